package io.github.articlemodel.apitests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.articlemodel.Articles;
import io.github.articlemodel.model.Article;
import io.github.articlemodel.model.ArticleType;
import io.github.articlemodel.model.Byline;
import io.github.articlemodel.model.DateValue;
import io.github.articlemodel.model.Paragraph;
import io.github.articlemodel.schemaorg.JsonLdRead;
import io.github.articlemodel.schemaorg.SchemaOrg;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The schema.org API as a user sees it: only public types and methods. */
final class SchemaOrgApiTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** The article of the package documentation's example. */
    private static Article article() {
        return new Article.Builder()
                .url("https://example.org/news/1")
                .type(ArticleType.NEWS_ARTICLE)
                .headline("NATO offers arms control talks to Russia")
                .addBylines(new Byline.Builder().name("Jane Doe").url("https://example.org/staff/jane").build())
                .datePublished(DateValue.of(OffsetDateTime.parse("2022-01-12T18:40:00+01:00")))
                .addBody(Paragraph.of("NATO made an offer to Russia on Wednesday."))
                .build();
    }

    @Test
    void theDocumentedExample() {
        assertEquals("<meta property=\"og:type\" content=\"article\">\n"
                + "<meta property=\"og:title\" content=\"NATO offers arms control talks to Russia\">\n"
                + "<meta property=\"og:url\" content=\"https://example.org/news/1\">\n"
                + "<meta property=\"article:published_time\" content=\"2022-01-12T18:40:00+01:00\">\n"
                + "<meta property=\"article:author\" content=\"https://example.org/staff/jane\">\n"
                + "<meta name=\"twitter:card\" content=\"summary\">\n"
                + "<meta name=\"twitter:title\" content=\"NATO offers arms control talks to Russia\">\n",
                SchemaOrg.toMetaTags(article()));
        assertEquals("<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@graph\":["
                + "{\"@type\":\"WebPage\",\"@id\":\"https://example.org/news/1#webpage\","
                + "\"name\":\"NATO offers arms control talks to Russia\"},"
                + "{\"@type\":\"NewsArticle\",\"@id\":\"https://example.org/news/1#article\","
                + "\"mainEntityOfPage\":{\"@id\":\"https://example.org/news/1#webpage\"},"
                + "\"url\":\"https://example.org/news/1\",\"headline\":\"NATO offers arms control talks to Russia\","
                + "\"datePublished\":\"2022-01-12T18:40:00+01:00\","
                + "\"author\":[{\"@type\":\"Person\",\"@id\":\"https://example.org/news/1#author-1\","
                + "\"name\":\"Jane Doe\",\"url\":\"https://example.org/staff/jane\"}],"
                + "\"wordCount\":8,\"articleBody\":\"NATO made an offer to Russia on Wednesday.\"}]}</script>",
                SchemaOrg.toScriptTag(article()));
    }

    @Test
    void theThreeFormsOfTheJsonLdAgree() {
        Article a = article();
        ObjectNode tree = SchemaOrg.toJsonLdTree(a);
        assertEquals(tree, JSON.readTree(SchemaOrg.toJsonLd(a)));
        assertEquals(tree, JSON.readTree(SchemaOrg.toJsonLdPretty(a)));
        assertEquals(SchemaOrg.CONTEXT, tree.get("@context").asString());
        assertFalse(SchemaOrg.toJsonLd(a).contains("\n"));
        assertTrue(SchemaOrg.toJsonLdPretty(a).contains("\n  \"@graph\": [\n"));
    }

    @Test
    void aHostileHeadlineStaysInsideTheScript() {
        Article a = new Article.Builder().headline("</script><script>alert(1)</script><!-- & \u2028").build();
        String tag = SchemaOrg.toScriptTag(a);
        assertTrue(tag.contains("\"headline\":\"\\u003c/script\\u003e\\u003cscript\\u003ealert(1)\\u003c/script\\u003e"
                + "\\u003c!-- \\u0026 \\u2028\""), tag);
        Document doc = Jsoup.parse("<html><head>" + tag + "</head><body></body></html>");
        assertEquals(1, doc.select("script").size());
        JsonLdRead read = SchemaOrg.fromHtml(doc.outerHtml());
        assertEquals(a.headline(), read.article().orElseThrow().headline());
    }

    @Test
    void attributesAreEscaped() {
        Article a = new Article.Builder().headline("\"><script>x</script> & 'y'\r\n").build();
        assertTrue(SchemaOrg.toMetaTags(a).contains(
                "<meta property=\"og:title\" content=\"&quot;&gt;&lt;script&gt;x&lt;/script&gt; &amp; &#39;y&#39;&#13;\n\">"),
                SchemaOrg.toMetaTags(a));
    }

    @Test
    void anEditedTreeCanBeEmbedded() {
        Article a = new Article.Builder().url("https://example.org/p").isAccessibleForFree(false).build();
        ObjectNode tree = SchemaOrg.toJsonLdTree(a);
        JsonNode article = tree.get("@graph").get(1);
        assertEquals(SchemaOrg.PAYWALL_SELECTOR, article.get("hasPart").get("cssSelector").asString());
        ((ObjectNode) article.get("hasPart")).put("cssSelector", ".premium-content");
        assertTrue(SchemaOrg.toScriptTag(tree).contains("\"cssSelector\":\".premium-content\""));
    }

    @Test
    void readingBackTheWrittenJsonLd() {
        JsonLdRead read = SchemaOrg.fromJsonLd(SchemaOrg.toJsonLd(article()));
        assertEquals(List.of(), read.problems());
        assertEquals(OptionalInt.of(8), read.wordCount());
        Article back = read.article().orElseThrow();
        assertEquals(article().headline(), back.headline());
        assertEquals(article().bylines(), back.bylines());
        assertEquals(article().datePublished().get().value(), back.datePublished().get().value());
        assertEquals(article().text(), back.text());
        assertTrue(read.toString().startsWith("JsonLdRead{article=Optional[Article{"), read.toString());
    }

    @Test
    void readingAPage() throws IOException {
        String html = Files.readString(Path.of("examples/pages/nato-talks.html"), StandardCharsets.UTF_8);
        JsonLdRead read = SchemaOrg.fromHtml(html, "https://www.atlantic-ledger.example/");
        Article a = read.article().orElseThrow();
        assertEquals(Optional.of("NATO offers arms control talks to Russia"), a.headline());
        assertEquals(ArticleType.NEWS_ARTICLE, a.type());
        // The whole page, written as JSON-LD and read back, keeps its headline and byline.
        Article extracted = Articles.parse(Path.of("examples/pages/nato-talks.html"), null);
        Article back = SchemaOrg.fromJsonLd(SchemaOrg.toJsonLd(extracted)).article().orElseThrow();
        assertEquals(extracted.headline(), back.headline());
        assertEquals(extracted.bylines(), back.bylines());
        assertEquals(extracted.comments().size(), back.comments().size());
        assertEquals(extracted.quotes().size(), back.quotes().size());
    }

    @Test
    void badInputIsAProblemNotAnException() {
        JsonLdRead read = SchemaOrg.fromJsonLd("{not json");
        assertEquals(Optional.empty(), read.article());
        assertEquals(List.of("JSON-LD block 0 is not readable JSON; skipped",
                "no node of an article type (Article, NewsArticle, BlogPosting, ...) or WebPage"), read.problems());
        assertEquals(OptionalInt.empty(), read.wordCount());
    }

    @Test
    void programmerErrorsThrow() {
        assertThrows(NullPointerException.class, () -> SchemaOrg.toJsonLd(null));
        assertThrows(NullPointerException.class, () -> SchemaOrg.toScriptTag((Article) null));
        assertThrows(NullPointerException.class, () -> SchemaOrg.toScriptTag((JsonNode) null));
        assertThrows(NullPointerException.class, () -> SchemaOrg.toMetaTags(null));
        assertThrows(NullPointerException.class, () -> SchemaOrg.fromHtml(null));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SchemaOrg.fromJsonLd("{}", "ftp://example.org/"));
        assertEquals("baseUrl must be an absolute http(s) URL: ftp://example.org/", e.getMessage());
        assertTrue(SchemaOrg.MAX_BLOCK_CHARS > 0 && SchemaOrg.MAX_DEPTH > 0 && SchemaOrg.MAX_COMMENTS > 0);
    }
}
