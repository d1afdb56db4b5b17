package io.github.articlemodel.apitests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.articlemodel.json.ArticleJson;
import io.github.articlemodel.json.ArticleJsonException;
import io.github.articlemodel.json.ArticleModule;
import io.github.articlemodel.model.Article;
import io.github.articlemodel.model.ArticleType;
import io.github.articlemodel.model.Byline;
import io.github.articlemodel.model.Comment;
import io.github.articlemodel.model.DateValue;
import io.github.articlemodel.model.Heading;
import io.github.articlemodel.model.Paragraph;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The JSON API as a user sees it: only public types and methods. */
class JsonApiTest {
    private static Article article() {
        return new Article.Builder()
                .url("https://example.org/news/1")
                .type(ArticleType.NEWS_ARTICLE)
                .headline("NATO offers arms control talks to Russia")
                .addBylines(Byline.person("Jane Doe"))
                .datePublished(DateValue.of("12.01.2022", LocalDate.of(2022, 1, 12)))
                .addBody(Heading.of(2, "The offer"), Paragraph.of("NATO made an offer to Russia on Wednesday."))
                .addComments(new Comment.Builder().text("Good.")
                        .addReply(new Comment.Builder().text("Yes.").build()).build())
                .build();
    }

    @Test
    void writesTheDocumentedForm() {
        assertEquals("{\"url\":\"https://example.org/news/1\",\"type\":\"NewsArticle\","
                + "\"headline\":\"NATO offers arms control talks to Russia\","
                + "\"bylines\":[{\"name\":\"Jane Doe\",\"type\":\"Person\",\"role\":\"author\"}],"
                + "\"datePublished\":\"2022-01-12\",\"datePublishedRaw\":\"12.01.2022\","
                + "\"body\":[{\"type\":\"heading\",\"level\":2,\"text\":\"The offer\"},"
                + "{\"type\":\"paragraph\",\"text\":\"NATO made an offer to Russia on Wednesday.\"}],"
                + "\"text\":\"The offer\\nNATO made an offer to Russia on Wednesday.\",\"wordCount\":10,"
                + "\"comments\":[{\"text\":\"Good.\",\"replies\":[{\"text\":\"Yes.\"}]}]}",
                ArticleJson.write(article()));
    }

    @Test
    void everyWayOfWritingReadsBack() {
        Article a = article();
        assertEquals(a, ArticleJson.read(ArticleJson.write(a)));
        assertEquals(a, ArticleJson.read(ArticleJson.writePretty(a)));
        StringWriter out = new StringWriter();
        ArticleJson.write(a, out);
        assertEquals(a, ArticleJson.read(new StringReader(out.toString())));
        assertEquals(a, ArticleJson.read(new ByteArrayInputStream(out.toString().getBytes(StandardCharsets.UTF_8))));
        ObjectNode tree = ArticleJson.toTree(a);
        assertEquals("NewsArticle", tree.get("type").stringValue());
        assertEquals(a, ArticleJson.fromTree(tree));
    }

    @Test
    void prettyOutputIsIndentedWithLineFeeds() {
        String pretty = ArticleJson.writePretty(article());
        assertTrue(pretty.startsWith("{\n  \"url\": \"https://example.org/news/1\",\n"
                + "  \"type\": \"NewsArticle\","), pretty);
        assertTrue(!pretty.contains("\r") && !pretty.endsWith("\n"));
    }

    @Test
    void errorsNameTheirPath() {
        ArticleJsonException e = assertThrows(ArticleJsonException.class,
                () -> ArticleJson.read("{\"bylines\":[{\"name\":\" \"}]}"));
        assertEquals("$.bylines[0].name", e.path());
        assertTrue(e.getMessage().startsWith("$.bylines[0].name: "), e.getMessage());
        assertTrue(e.line().isPresent() && e.column().isPresent());
    }

    @Test
    void theSchemaShipsInTheJar() throws Exception {
        try (InputStream in = ArticleJson.schema()) {
            JsonNode schema = ArticleJson.mapper().readTree(in);
            assertEquals("Article", schema.get("title").stringValue());
            assertNotNull(schema.get("$defs").get("comment"));
        }
        try (InputStream in = ArticleJson.class.getResourceAsStream(ArticleJson.SCHEMA_RESOURCE)) {
            assertNotNull(in);
        }
    }

    @Test
    void theModuleWorksOnAnOwnMapper() {
        JsonMapper mine = JsonMapper.builder().addModule(new ArticleModule()).build();
        List<Article> batch = List.of(article(), new Article.Builder().headline("Second").build());
        String json = mine.writeValueAsString(batch);
        assertEquals(batch, List.of(mine.readValue(json, Article[].class)));
        assertEquals(ArticleJson.write(article()), mine.writeValueAsString(article()));
    }
}
