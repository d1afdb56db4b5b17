package io.github.articlemodel.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.articlemodel.model.Article;
import io.github.articlemodel.schemaorg.SchemaOrg;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** The formats jsonld and html on the command line. */
final class SchemaOrgFormatsTest {
    @TempDir
    Path dir;

    @Test
    void jsonldWritesOneIndentedDocumentForOneFile() throws IOException {
        Path alpha = Cli.fixture("alpha.html", dir.resolve("alpha.html"));
        Cli.Result r = Cli.run("--format", "jsonld", alpha.toString());
        assertEquals(Main.EXIT_OK, r.exit(), r.err());
        assertTrue(r.out().startsWith("{\n  \"@context\": \"https://schema.org\",\n  \"@graph\": ["), r.out());
        assertTrue(r.out().endsWith("}\n"), r.out());
        JsonNode doc = Cli.json(r.out());
        assertFalse(doc.has("source"), "a single document is pure JSON-LD");
        Article back = SchemaOrg.fromJsonLd(r.out()).article().orElseThrow();
        assertEquals(Optional.of("Alpha report"), back.headline());
    }

    @Test
    void jsonldWritesALinePerPageOfABatch() throws IOException {
        Path alpha = Cli.fixture("alpha.html", dir.resolve("pages/a.html"));
        Path beta = Cli.fixture("beta.htm", dir.resolve("pages/b.htm"));
        Cli.Result r = Cli.run("--format=jsonld", dir.resolve("pages").toString());
        assertEquals(Main.EXIT_OK, r.exit(), r.err());
        List<JsonNode> lines = r.jsonLines();
        assertEquals(2, lines.size(), r.out());
        assertEquals(List.of("source", "jsonld"), List.copyOf(lines.get(0).propertyNames()));
        assertEquals(alpha.toString(), lines.get(0).get("source").asString());
        assertEquals(beta.toString(), lines.get(1).get("source").asString());
        assertEquals("https://schema.org", lines.get(1).get("jsonld").get("@context").asString());
        Article a = SchemaOrg.fromJsonLd(lines.get(0).get("jsonld").toString()).article().orElseThrow();
        assertEquals(Optional.of("Alpha report"), a.headline());
    }

    @Test
    void htmlWritesTheMetaTagsThenTheScriptTag() throws IOException {
        Path alpha = Cli.fixture("alpha.html", dir.resolve("alpha.html"));
        Cli.Result r = Cli.run("--format", "html", "--url", "https://example.org/news/alpha", alpha.toString());
        assertEquals(Main.EXIT_OK, r.exit(), r.err());
        assertTrue(r.out().startsWith("<meta property=\"og:type\" content=\"article\">\n"
                + "<meta property=\"og:title\" content=\"Alpha report\">\n"), r.out());
        assertTrue(r.out().contains("<meta property=\"og:url\" content=\"https://example.org/news/alpha\">\n"), r.out());
        assertTrue(r.out().endsWith("</script>\n"), r.out());
        Document head = Jsoup.parse("<html><head>" + r.out() + "</head></html>");
        assertEquals(1, head.select("script[type=application/ld+json]").size());
        assertTrue(head.select("meta").size() >= 4);
        Article back = SchemaOrg.fromHtml(r.out(), null).article().orElseThrow();
        assertEquals(Optional.of("https://example.org/news/alpha"), back.url());
    }

    @Test
    void htmlTakesOneFile() throws IOException {
        Cli.fixture("alpha.html", dir.resolve("pages/a.html"));
        Cli.Result r = Cli.run("--format", "html", dir.resolve("pages").toString());
        assertEquals(Main.EXIT_USAGE, r.exit());
        assertTrue(r.err().contains("--format html takes a single file, not a folder"), r.err());
    }
}
