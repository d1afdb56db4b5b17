package io.github.articlemodel.extract;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.articlemodel.model.Article;
import io.github.articlemodel.model.ArticleType;
import io.github.articlemodel.model.CrossReference;
import io.github.articlemodel.model.Figure;
import io.github.articlemodel.model.Source;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

final class ArticleAssemblerTest {
    private static final String URL = "https://www.harbour-herald.example/news/harbour-reopens/";

    private static final String BODY = """
            <p>The harbour of Westport reopened on Monday, three days after the storm tore through the coast,
            damaging piers, boats and warehouses along the quay.</p>
            <p>Workers cleared the debris through the weekend, and the first ferries left at dawn, carrying
            passengers who had waited since Friday.</p>
            """;

    private static Article assemble(ExtractionContext ctx) {
        return ArticleAssembler.assemble(ctx, Pages.parts(ctx));
    }

    /** A story whose headline is "Harbour reopens after the storm", with {@code opening} before its text and {@code closing} after. */
    private static ExtractionContext story(String opening, String closing) {
        return Pages.context("""
                <html><head><meta property="og:title" content="Harbour reopens after the storm"></head>
                <body><main><article>
                """ + opening + """
                <p>The harbour of Westport reopened on Monday, three days after the storm tore through the coast,
                damaging piers, boats and warehouses along the quay.</p>
                <p><strong>Read also:</strong> <a href="/news/storm-warning/">Storm warning issued for the coast</a></p>
                <p>Workers cleared the debris through the weekend, and the first ferries left at dawn, carrying
                passengers who had waited since Friday.</p>
                """ + closing + """
                </article></main></body></html>
                """, URL);
    }

    @Test
    void theHeadlineRepeatedAtTheTopOfTheBodyIsDroppedAndCrossReferencesFollowTheirBlock() {
        Article a = assemble(story("<h1>Harbour reopens after the storm</h1>", ""));
        assertTrue(a.body().get(0).plainText().startsWith("The harbour of Westport"), a.body()::toString);
        assertEquals(1, a.crossReferences().size());
        CrossReference r = a.crossReferences().get(0);
        assertEquals(OptionalInt.of(0), r.afterBlock());
        assertTrue(a.body().get(r.afterBlock().getAsInt()).plainText().startsWith("The harbour of Westport"));
    }

    @Test
    void theHeadlineRepeatedUnderAKickerLeavesWithItTheLeadPictureStaysAndLaterBlocksKeepTheirCrossReferences() {
        Article a = assemble(story("""
                <figure><img src="/uploads/pier.jpg" alt="The north pier"></figure>
                <p>Feature</p>
                <h1>Harbour reopens after the storm</h1>
                """, """
                <h2>Harbour reopens after the storm</h2>
                <p>A heading that repeats the headline below the first paragraph is the article's own.</p>
                """));
        List<String> texts = a.body().stream().map(b -> b.plainText()).toList();
        assertEquals(1, texts.stream().filter(t -> t.equals("Harbour reopens after the storm")).count(), texts::toString);
        // The kicker above the headline is the header's, as the headline is; the lead picture is the article's.
        assertInstanceOf(Figure.class, a.body().get(0));
        assertFalse(texts.contains("Feature"), texts::toString);
        assertTrue(texts.get(1).startsWith("The harbour of Westport"), texts::toString);
        CrossReference r = a.crossReferences().get(0);
        assertEquals(OptionalInt.of(1), r.afterBlock());
    }

    // --- other fields ---

    @Test
    void aDescriptionThatOnlyNamesTheSiteGivesWayToTheNextSourceOrToNone() {
        ExtractionContext ctx = Pages.context("""
                <html><head>
                <meta property="og:site_name" content="Harbour Herald">
                <meta property="og:description" content="Harbour Herald">
                <meta name="description" content="Three days after the storm, the ferries leave again.">
                </head><body><main><article>""" + BODY + "</article></main></body></html>", URL);
        Article a = assemble(ctx);
        assertEquals(Optional.of("Three days after the storm, the ferries leave again."), a.description());
        assertEquals(Source.META, a.provenance().get("description").winner().source());
        Article alone = assemble(Pages.context("""
                <html><head>
                <meta property="og:site_name" content="Harbour Herald">
                <meta property="og:description" content="Harbour  herald">
                </head><body><main><article>""" + BODY + "</article></main></body></html>", URL));
        assertEquals(Optional.empty(), alone.description());
    }

    @Test
    void aDescriptionTheSiteLeftAsAnUnfilledTemplateGivesWayToTheNextSource() {
        ExtractionContext ctx = Pages.context("""
                <html><head>
                <script type="application/ld+json">
                {"@context":"https://schema.org","@type":"NewsArticle","headline":"Harbour reopens",
                 "description":"{{ seo.helper.textFrom(entry.teaser) }}"}
                </script>
                <meta property="og:description" content="Three days after the storm, the ferries leave again.">
                </head><body><main><article>""" + BODY + "</article></main></body></html>", URL);
        Article a = assemble(ctx);
        assertEquals(Optional.of("Three days after the storm, the ferries leave again."), a.description());
        assertEquals(Source.OPENGRAPH, a.provenance().get("description").winner().source());
    }

    @Test
    void languageTypeSectionsTagsAndCommentCount() {
        ExtractionContext ctx = Pages.context("""
                <html lang="english"><head>
                <meta property="og:locale" content="en_US">
                <meta property="article:section" content="Coast">
                <meta property="article:tag" content="storm"><meta property="article:tag" content="Storm">
                <meta name="keywords" content="ignored, because, og:tags, outrank, keywords">
                <script type="application/ld+json">{"@type":"BlogPosting","headline":"Harbour reopens","commentCount":"7"}</script>
                </head><body><main><article><div class="entry-content">""" + BODY + """
                </div></article></main></body></html>
                """, URL);
        Article a = assemble(ctx);
        assertEquals(Optional.of("en-US"), a.language());
        assertEquals(ArticleType.BLOG_POSTING, a.type());
        assertEquals(List.of("Coast"), a.sections());
        assertEquals(List.of("storm"), a.tags());
        assertEquals(OptionalInt.of(7), a.commentCount());
        assertEquals(Optional.of(URL), a.url());
    }

    // --- values the model rejects ---

    @Test
    void aJavascriptCanonicalUrlOnThePageNeverReachesTheArticle() {
        ExtractionContext ctx = Pages.context("""
                <html><head><link rel="canonical" href="javascript:alert(1)">
                <meta property="og:title" content="Harbour reopens"></head>
                <body><main><article><div class="entry-content">""" + BODY + """
                </div></article></main></body></html>
                """, URL);
        Article a = assertDoesNotThrow(() -> assemble(ctx));
        assertEquals(Optional.empty(), a.canonicalUrl());
        assertEquals(Optional.of("Harbour reopens"), a.headline());
    }

    @Test
    void aValueTheModelRejectsIsLeftOutWithAWarningAndTheRestIsKept() {
        ExtractionContext ctx = Pages.context("<html><body></body></html>", URL);
        Metadata m = new Metadata();
        m.add("url", Source.LINK, "link[rel=canonical]", "javascript:alert(1)");
        m.add("headline", Source.OPENGRAPH, "meta[property=og:title]", "Harbour reopens");
        ArticleAssembler.Parts parts = new ArticleAssembler.Parts(m,
                new BodyResult(Optional.empty(), List.of(), List.of()), Optional.empty(),
                new DateExtractor.Found(Optional.empty(), Optional.empty()), List.of(),
                new CommentExtractor.Found(List.of(), Optional.empty()));
        Article a = assertDoesNotThrow(() -> ArticleAssembler.assemble(ctx, parts));
        assertEquals(Optional.empty(), a.canonicalUrl());
        assertEquals(Optional.of("Harbour reopens"), a.headline());
        assertEquals(Optional.of(URL), a.url());
        assertTrue(ctx.warnings().stream().anyMatch(w -> w.code().startsWith("invalid.")), ctx.warnings()::toString);
    }

    @Test
    void aValueRejectedInsideItsBuilderWarnsOnceAndTheOthersKeepTheirProvenance() {
        ExtractionContext ctx = Pages.context("<html><body></body></html>", URL);
        Metadata m = new Metadata();
        m.add("headline", Source.OPENGRAPH, "meta[property=og:title]", "Harbour reopens");
        m.add("siteName", Source.OPENGRAPH, "meta[property=og:site_name]", "Harbour Herald");
        m.add("tags", Source.META, "meta[name=keywords]", "Harbour");
        m.add("tags", Source.META, "meta[name=keywords]", "Storm");
        m.add("publisherName", Source.JSON_LD, "script[type=application/ld+json]", "Harbour Herald");
        m.add("publisherLogo", Source.JSON_LD, "script[type=application/ld+json]", "javascript:alert(1)");
        ArticleAssembler.Parts parts = new ArticleAssembler.Parts(m,
                new BodyResult(Optional.empty(), List.of(), List.of()), Optional.empty(),
                new DateExtractor.Found(Optional.empty(), Optional.empty()), List.of(),
                new CommentExtractor.Found(List.of(), Optional.empty()));
        Article a = assertDoesNotThrow(() -> ArticleAssembler.assemble(ctx, parts));
        assertEquals(Optional.empty(), a.publisher());
        assertEquals(Optional.of("Harbour reopens"), a.headline());
        assertEquals(List.of("Harbour", "Storm"), a.tags());
        assertTrue(a.provenance().containsKey("headline") && a.provenance().containsKey("siteName"));
        assertEquals(List.of("invalid.publisher"),
                ctx.warnings().stream().map(w -> w.code()).filter(c -> c.startsWith("invalid.")).toList());
    }
}
