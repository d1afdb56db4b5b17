package io.github.articlemodel.extract;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.articlemodel.model.Article;
import io.github.articlemodel.model.ArticleType;
import io.github.articlemodel.model.CrossReference;
import io.github.articlemodel.model.FieldProvenance;
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

    // --- headline ---

    @Test
    void theVisibleH1ThatAgreesWithOgTitleWinsAndProvenanceRecordsIt() {
        ExtractionContext ctx = Pages.context("""
                <html><head>
                <title>Harbour reopens after the storm – Harbour Herald</title>
                <meta property="og:title" content="Harbour reopens after the storm – Harbour Herald">
                </head><body>
                <aside class="sidebar"><h1>Harbour Herald</h1></aside>
                <main><article><h1 class="entry-title">Harbour reopens after the storm</h1>
                <div class="entry-content">""" + BODY + """
                </div></article></main></body></html>
                """, URL);
        Article a = assemble(ctx);
        assertEquals(Optional.of("Harbour reopens after the storm"), a.headline());
        FieldProvenance p = a.provenance().get("headline");
        assertEquals(Source.DOM, p.winner().source());
        assertEquals("h1:eq(1)", p.winner().locator());
        assertEquals("Harbour reopens after the storm", p.winner().value());
        assertTrue(p.reason().orElseThrow().contains("opengraph"), p::toString);
        assertTrue(p.others().stream().anyMatch(c -> c.source() == Source.OPENGRAPH), p::toString);
    }

    @Test
    void withoutAnAgreeingH1TheMostTrustedMetadataTitleWinsWithoutTheSiteName() {
        ExtractionContext ctx = Pages.context("""
                <html><head>
                <meta property="og:site_name" content="Harbour Herald">
                <meta name="twitter:title" content="Ferries back | Harbour Herald">
                <meta property="og:title" content="Harbour reopens after the storm | Harbour Herald">
                </head><body><main><article><div class="entry-content">""" + BODY + """
                </div></article></main></body></html>
                """, URL);
        Article a = assemble(ctx);
        assertEquals(Optional.of("Harbour reopens after the storm"), a.headline());
        assertEquals(Source.OPENGRAPH, a.provenance().get("headline").winner().source());
        assertEquals(Optional.of("Harbour Herald"), a.siteName());
    }

    private static Article withHead(String head, String beforeBody) {
        return assemble(Pages.context("<html><head>" + head + "</head><body><main><article>" + beforeBody
                + "<div class=\"entry-content\">" + BODY + "</div></article></main></body></html>", URL));
    }

    @Test
    void theOnlyH1WinsOverASocialTitleThatWasRewritten() {
        Article a = withHead("<meta property=\"og:title\" content=\"Storm over: ferries sail again\">",
                "<h1>Westport harbour reopens three days after the storm</h1>");
        assertEquals(Optional.of("Westport harbour reopens three days after the storm"), a.headline());
        assertEquals("the page's only h1", a.provenance().get("headline").reason().orElseThrow());
    }

    @Test
    void anH1ThatAgreesButForQuotesAndDashesKeepsItsTypography() {
        Article a = withHead("<meta property=\"og:title\" content=\"Mayor calls storm 'the worst in decades' - Harbour Herald\">",
                "<h1>Mayor calls storm \u2018the worst in decades\u2019</h1>");
        assertEquals(Optional.of("Mayor calls storm \u2018the worst in decades\u2019"), a.headline());
        assertEquals(Source.DOM, a.provenance().get("headline").winner().source());
    }

    @Test
    void anH1ThatWrapsTheMetadataHeadlineInAKickerGivesTheHeadline() {
        Article a = withHead("<meta property=\"og:title\" content=\"Harbour reopens after the storm\">"
                + "<title>Local news - Harbour reopens after the storm | Harbour Herald</title>",
                "<h1><span class=\"kicker\">Local news</span> Harbour reopens after the storm</h1>");
        assertEquals(Optional.of("Harbour reopens after the storm"), a.headline());
        assertEquals(Source.OPENGRAPH, a.provenance().get("headline").winner().source());
    }

    @Test
    void anH1EndingInTheSiteNameAfterASeparatorGivesTheMetadataHeadline() {
        Article a = withHead("<meta property=\"og:title\" content=\"Harbour reopens after the storm\">",
                "<h1>Harbour reopens after the storm <span>| Harbour Herald</span></h1>");
        assertEquals(Optional.of("Harbour reopens after the storm"), a.headline());
    }

    @Test
    void aLongerH1WithoutASeparatorIsALongerHeadlineNotAWrapper() {
        Article a = withHead("<meta property=\"og:title\" content=\"Harbour reopens after the storm\">",
                "<h1>Harbour reopens after the storm with new piers</h1>");
        assertEquals(Optional.of("Harbour reopens after the storm with new piers"), a.headline());
    }

    @Test
    void aCutOffSocialTitleNeverReplacesTheH1() {
        Article a = withHead("<meta property=\"og:title\" content=\"Harbour reopens after the storm that...\">",
                "<h1>Local news: Harbour reopens after the storm that tore the coast</h1>");
        assertEquals(Optional.of("Local news: Harbour reopens after the storm that tore the coast"), a.headline());
    }

    @Test
    void theSiteNameInAnEarlierH1DoesNotHideTheHeadlineH1() {
        Article a = withHead("<meta property=\"og:site_name\" content=\"Harbour Herald\">"
                + "<meta property=\"og:title\" content=\"Ferries sail again\">",
                "<h1>Harbour Herald</h1><h1>Ferries sail again</h1>");
        assertEquals(Optional.of("Ferries sail again"), a.headline());
        assertEquals("h1:eq(1)", a.provenance().get("headline").winner().locator());
    }

    @Test
    void aPermalinkSignAfterTheHeadingIsNotPartOfTheHeadline() {
        Article a = withHead("<title>Configuring the harbour lights</title>",
                "<h1>Configuring the harbour lights<a class=\"headerlink\" href=\"#top\">\u00b6</a></h1>");
        assertEquals(Optional.of("Configuring the harbour lights"), a.headline());
        FieldProvenance p = a.provenance().get("headline");
        assertEquals("h1:eq(0)", p.winner().locator());
        assertTrue(p.others().stream().noneMatch(c -> c.locator().equals("h1:eq(0)")), p::toString);
    }

    @Test
    void aOneWordH1LosesToALongerPageTitle() {
        Article a = withHead("<title>Harbour lights</title>", "<h1>Lorem</h1>");
        assertEquals(Optional.of("Harbour lights"), a.headline());
    }

    @Test
    void theHeadlineRepeatedAtTheTopOfTheBodyIsDroppedAndCrossReferencesFollowTheirBlock() {
        ExtractionContext ctx = Pages.context("""
                <html><head><meta property="og:title" content="Harbour reopens after the storm"></head>
                <body><main><article>
                <h1>Harbour reopens after the storm</h1>
                <p>The harbour of Westport reopened on Monday, three days after the storm tore through the coast,
                damaging piers, boats and warehouses along the quay.</p>
                <p><strong>Read also:</strong> <a href="/news/storm-warning/">Storm warning issued for the coast</a></p>
                <p>Workers cleared the debris through the weekend, and the first ferries left at dawn, carrying
                passengers who had waited since Friday.</p>
                </article></main></body></html>
                """, URL);
        Article a = assemble(ctx);
        assertTrue(a.body().get(0).plainText().startsWith("The harbour of Westport"), a.body()::toString);
        assertEquals(1, a.crossReferences().size());
        CrossReference r = a.crossReferences().get(0);
        assertEquals(OptionalInt.of(0), r.afterBlock());
        assertTrue(a.body().get(r.afterBlock().getAsInt()).plainText().startsWith("The harbour of Westport"));
    }

    // --- other fields ---

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
}
