package io.github.articlemodel.schemaorg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.articlemodel.Articles;
import io.github.articlemodel.model.Article;
import io.github.articlemodel.model.ModelGenerators;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** The JSON-LD the writer gives: its shape, node by node, and its validity. */
final class SchemaOrgWriterTest {
    private static final String ID = Samples.PAGE;

    private static JsonNode node(ObjectNode doc, String id) {
        for (JsonNode n : doc.get("@graph")) {
            if (n.path("@id").asString("").equals(id)) {
                return n;
            }
        }
        throw new AssertionError("no node " + id + " in " + doc);
    }

    @Test
    void theExampleArticleIsValidWithoutWarnings() {
        ObjectNode doc = SchemaOrg.toJsonLdTree(Samples.harbour());
        assertEquals(List.of(), SchemaValidator.validate(doc), () -> SchemaOrg.toJsonLdPretty(Samples.harbour()));
    }

    @Test
    void theExamplePageIsValidWithoutWarnings() throws IOException {
        Article nato = Articles.parse(Path.of("examples/pages/nato-talks.html"), null);
        ObjectNode doc = SchemaOrg.toJsonLdTree(nato);
        assertEquals(List.of(), SchemaValidator.validate(doc), () -> SchemaOrg.toJsonLdPretty(nato));
        assertFalse(nato.quotes().isEmpty());
        assertFalse(nato.comments().isEmpty());
    }

    @Test
    void oneGraphUnderTheSchemaOrgContext() {
        ObjectNode doc = SchemaOrg.toJsonLdTree(Samples.harbour());
        assertEquals(List.of("@context", "@graph"), names(doc));
        assertEquals("https://schema.org", doc.get("@context").asString());
        List<String> types = new ArrayList<>();
        doc.get("@graph").forEach(n -> types.add(n.get("@type").asString()));
        assertEquals(List.of("WebSite", "Organization", "WebPage", "NewsArticle", "Person", "Quotation",
                "Organization", "Quotation", "WebPage"), types);
    }

    @Test
    void theArticleNode() {
        JsonNode a = node(SchemaOrg.toJsonLdTree(Samples.harbour()), ID + "#article");
        assertEquals("NewsArticle", a.get("@type").asString());
        assertEquals(ID, a.get("mainEntityOfPage").get("@id").asString());
        assertEquals(ID + "?utm_source=feed", a.get("url").asString());
        assertEquals("Council approves harbour plan after two-year fight", a.get("headline").asString());
        assertEquals("2025-06-01T08:00:00+01:00", a.get("datePublished").asString());
        assertEquals("2025-06-01T09:20:00+01:00", a.get("dateModified").asString());
        assertEquals("[\"Local\",\"Harbour\"]", a.get("articleSection").toString());
        assertEquals("[\"harbour\",\"council\"]", a.get("keywords").toString());
        assertEquals(Samples.harbour().wordCount(), a.get("wordCount").asInt());
        assertEquals("en-GB", a.get("inLanguage").asString());
        assertEquals(ID + "#publisher", a.get("publisher").get("@id").asString());
        assertEquals(2, a.get("commentCount").asInt());
        assertEquals(ID + "?utm_source=feed", a.get("discussionUrl").asString());
        assertFalse(a.get("isAccessibleForFree").asBoolean());
        assertEquals("{\"@type\":\"WebPageElement\",\"isAccessibleForFree\":false,\"cssSelector\":\".paywall\"}",
                a.get("hasPart").toString());
        assertEquals("[{\"@type\":\"CreativeWork\",\"name\":\"Harbour feasibility study 2024\","
                + "\"url\":\"https://council.example.gov/reports/harbour-2024.pdf\"}]", a.get("citation").toString());
        assertTrue(a.get("articleBody").asString().startsWith("A vote after two years\nThe council voted"));
    }

    @Test
    void bylinesAreInlinePartiesWithIds() {
        JsonNode a = node(SchemaOrg.toJsonLdTree(Samples.harbour()), ID + "#article");
        assertEquals("[{\"@type\":\"Person\",\"@id\":\"" + ID + "#author-1\",\"name\":\"Jane Doe\","
                + "\"url\":\"https://news.example.com/staff/jane-doe\","
                + "\"affiliation\":{\"@type\":\"Organization\",\"name\":\"Example Daily\"}},"
                + "{\"@type\":\"Person\",\"@id\":\"" + ID + "#author-2\",\"name\":\"John Roe\","
                + "\"url\":\"https://news.example.com/staff/john-roe\"}]", a.get("author").toString());
        assertEquals("[{\"@type\":\"Role\",\"roleName\":\"photographer\",\"contributor\":{\"@type\":\"Person\","
                + "\"@id\":\"" + ID + "#photographer-1\",\"name\":\"Ann Lens\"}},"
                + "{\"@type\":\"Role\",\"roleName\":\"editor\",\"contributor\":{\"@type\":\"Organization\","
                + "\"@id\":\"" + ID + "#editor-1\",\"name\":\"Desk\"}}]", a.get("contributor").toString());
        assertFalse(a.has("editor"), "schema.org's editor is a Person");
    }

    @Test
    void imagesAreImageObjectsWithPixelSizes() {
        JsonNode a = node(SchemaOrg.toJsonLdTree(Samples.harbour()), ID + "#article");
        assertEquals("[{\"@type\":\"ImageObject\",\"url\":\"https://news.example.com/img/harbour-16x9.jpg\","
                + "\"caption\":\"The old harbour at dawn\",\"description\":\"Boats in a harbour\","
                + "\"creditText\":\"Photo: Ann Lens\","
                + "\"width\":{\"@type\":\"QuantitativeValue\",\"value\":1600,\"unitCode\":\"E37\"},"
                + "\"height\":{\"@type\":\"QuantitativeValue\",\"value\":900,\"unitCode\":\"E37\"}}]",
                a.get("image").toString());
    }

    @Test
    void pageSiteAndPublisher() {
        ObjectNode doc = SchemaOrg.toJsonLdTree(Samples.harbour());
        JsonNode page = node(doc, ID);
        assertEquals("WebPage", page.get("@type").asString());
        assertEquals(ID, page.get("url").asString());
        assertEquals(ID + "#website", page.get("isPartOf").get("@id").asString());
        assertEquals("[\"https://news.example.com/2025/05/20/harbour-vote-delayed\"]", page.get("relatedLink").toString());
        JsonNode site = node(doc, ID + "#website");
        assertEquals("Example Daily", site.get("name").asString());
        JsonNode publisher = node(doc, ID + "#publisher");
        assertEquals("https://news.example.com/logo.png", publisher.get("logo").get("url").asString());
        JsonNode stub = node(doc, ID + "#related-1");
        assertEquals("{\"@type\":\"WebPage\",\"@id\":\"" + ID + "#related-1\","
                + "\"url\":\"https://news.example.com/2025/05/20/harbour-vote-delayed\","
                + "\"name\":\"Harbour vote delayed again\",\"headline\":\"Harbour vote delayed again\"}", stub.toString());
    }

    @Test
    void quotationsShareTheirSpeakerNodes() {
        ObjectNode doc = SchemaOrg.toJsonLdTree(Samples.harbour());
        JsonNode q = node(doc, ID + "#quote-1");
        assertEquals("This is the biggest investment in the town for fifty years,", q.get("text").asString());
        assertEquals(ID + "#speaker-1", q.get("creator").get("@id").asString());
        assertEquals(ID + "#speaker-1", q.get("spokenByCharacter").get("@id").asString());
        assertEquals(ID + "#article", q.get("isPartOf").get("@id").asString());
        assertEquals("{\"@type\":\"Person\",\"@id\":\"" + ID + "#speaker-1\",\"name\":\"Maria Lopez\"}",
                node(doc, ID + "#speaker-1").toString());
        assertEquals("Organization", node(doc, ID + "#speaker-2").get("@type").asString());
    }

    @Test
    void commentsNestWithTheirParents() {
        JsonNode a = node(SchemaOrg.toJsonLdTree(Samples.harbour()), ID + "#article");
        JsonNode c = a.get("comment").get(0);
        assertEquals("Comment", c.get("@type").asString());
        assertEquals(ID + "#comment-1", c.get("@id").asString());
        assertEquals("comment-101", c.get("identifier").asString());
        assertEquals("{\"@type\":\"Person\",\"name\":\"harbourwatcher\"}", c.get("author").toString());
        assertEquals("2025-06-01T10:02:00+01:00", c.get("datePublished").asString());
        assertEquals(14, c.get("upvoteCount").asInt());
        assertEquals(ID + "#article", c.get("parentItem").get("@id").asString());
        JsonNode reply = c.get("comment").get(0);
        assertEquals(ID + "#comment-2", reply.get("@id").asString());
        assertEquals(ID + "#comment-1", reply.get("parentItem").get("@id").asString());
    }

    @Test
    void deepThreadsContinueInNodesOfTheirOwn() {
        Article deep = new Article.Builder().url("https://example.org/a").addComments(ModelGenerators.thread(5000))
                .build();
        ObjectNode doc = SchemaOrg.toJsonLdTree(deep);
        assertEquals(List.of(), SchemaValidator.errors(doc));
        int nodes = doc.get("@graph").size();
        assertEquals(2 + 5000 / JsonLdWriter.MAX_INLINE_COMMENT_DEPTH, nodes, "page, article, one per 16 levels");
        assertEquals(5000, SchemaOrg.fromJsonLd(SchemaOrg.toJsonLd(deep)).article().orElseThrow()
                .comments().get(0).threadSize());
    }

    @Test
    void anArticleWithoutAddressUsesBlankNodes() {
        Article a = new Article.Builder().headline("Untitled").addComments(
                new io.github.articlemodel.model.Comment.Builder().text("Hi").build()).build();
        ObjectNode doc = SchemaOrg.toJsonLdTree(a);
        assertEquals("_:webpage", doc.get("@graph").get(0).get("@id").asString());
        assertEquals("_:article", doc.get("@graph").get(1).get("@id").asString());
        assertFalse(doc.get("@graph").get(1).has("discussionUrl"), "no address, no discussionUrl");
        assertEquals(List.of(), SchemaValidator.errors(doc));
    }

    @Test
    void offsetsWithSecondsAreWrittenInUtc() {
        Article a = new Article.Builder().datePublished(io.github.articlemodel.model.DateValue.of(
                java.time.OffsetDateTime.of(1900, 1, 1, 12, 0, 0, 0, java.time.ZoneOffset.ofHoursMinutesSeconds(0, 19, 32))))
                .build();
        JsonNode article = SchemaOrg.toJsonLdTree(a).get("@graph").get(1);
        assertEquals("1900-01-01T11:40:28Z", article.get("datePublished").asString());
    }

    @Test
    void compactAndPrettyFormsHoldTheSameTree() {
        Article a = Samples.harbour();
        String compact = SchemaOrg.toJsonLd(a);
        String pretty = SchemaOrg.toJsonLdPretty(a);
        assertFalse(compact.contains("\n"));
        assertTrue(pretty.startsWith("{\n  \"@context\": \"https://schema.org\",\n  \"@graph\": ["), pretty);
        tools.jackson.databind.json.JsonMapper m = tools.jackson.databind.json.JsonMapper.builder().build();
        assertEquals(m.readTree(compact), m.readTree(pretty));
        assertEquals(SchemaOrg.toJsonLdTree(a), m.readTree(compact));
    }

    private static List<String> names(JsonNode n) {
        List<String> out = new ArrayList<>();
        n.propertyNames().forEach(out::add);
        return out;
    }
}
