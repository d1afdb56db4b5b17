package io.github.articlemodel.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.articlemodel.model.AgentType;
import io.github.articlemodel.model.Article;
import io.github.articlemodel.model.ArticleType;
import io.github.articlemodel.model.BylineRole;
import io.github.articlemodel.model.DateValue;
import io.github.articlemodel.model.Heading;
import io.github.articlemodel.model.ListBlock;
import io.github.articlemodel.model.Paragraph;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.json.JsonReadFeature;
import tools.jackson.core.json.JsonWriteFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.cfg.JsonNodeFeature;

/** What the reader accepts beyond the exact written form, and how the mapper is configured. */
class ArticleJsonReadingTest {
    @Test
    void unknownAndDerivedPropertiesAreIgnored() {
        Article a = ArticleJson.read("{\"source\":\"pages/a.html\",\"headline\":\"H\",\"text\":\"not the body\","
                + "\"wordCount\":99,\"future\":{\"nested\":[1,{\"x\":null}]},"
                + "\"bylines\":[{\"name\":\"Jane\",\"email\":\"jane@example.org\"}],"
                + "\"body\":[{\"type\":\"paragraph\",\"text\":\"One two\",\"style\":\"lead\"}]}");
        assertEquals("H", a.headline().orElseThrow());
        assertEquals("One two", a.text());
        assertEquals(2, a.wordCount());
        assertEquals("Jane", a.bylines().get(0).name());
    }

    @Test
    void nullIsAbsent() {
        assertEquals(new Article.Builder().build(),
                ArticleJson.read("{\"url\":null,\"headline\":null,\"bylines\":null,\"commentCount\":null,"
                        + "\"isAccessibleForFree\":null,\"provenance\":null,\"datePublished\":null}"));
    }

    @Test
    void defaultsApplyWhenValuesAreAbsent() {
        Article a = ArticleJson.read("{\"bylines\":[{\"name\":\"Jane\"}],"
                + "\"body\":[{\"type\":\"list\",\"items\":[\"a\"]}],"
                + "\"quotes\":[{\"text\":\"a\",\"speaker\":{\"name\":\"S\"},\"kind\":\"partial\",\"blockIndex\":0,\"start\":0,\"end\":1}]}");
        assertEquals(ArticleType.ARTICLE, a.type());
        assertEquals(AgentType.PERSON, a.bylines().get(0).type());
        assertEquals(BylineRole.AUTHOR, a.bylines().get(0).role());
        assertFalse(((ListBlock) a.body().get(0)).ordered());
        assertEquals(AgentType.PERSON, a.quotes().get(0).speaker().orElseThrow().type());
    }

    @Test
    void theRawDateDefaultsToTheIsoText() {
        Article a = ArticleJson.read("{\"datePublished\":\"2022-01-12\"}");
        assertEquals(DateValue.of("2022-01-12", LocalDate.of(2022, 1, 12)), a.datePublished().orElseThrow());
    }

    @Test
    void aBlockTypeMayComeAfterItsProperties() {
        Article a = ArticleJson.read("{\"body\":[{\"text\":\"T\",\"level\":3,\"type\":\"heading\"}]}");
        assertEquals(Heading.of(3, "T"), a.body().get(0));
    }

    @Test
    void propertiesOfOtherBlockTypesAreSkippedOnceTheTypeIsKnown() {
        Article a = ArticleJson.read("{\"body\":[{\"type\":\"paragraph\",\"text\":\"T\",\"rows\":5,\"level\":\"x\"}]}");
        assertEquals(Paragraph.of("T"), a.body().get(0));
    }

    @Test
    void whiteSpaceAndOrderDoNotMatter() {
        Article a = ArticleJson.read(" \n\t{ \"tags\" : [ \"b\" , \"a\" ] ,\r\n \"headline\" : \"H\" } \n");
        assertEquals(List.of("b", "a"), a.tags());
        assertEquals("H", a.headline().orElseThrow());
    }

    @Test
    void streamsAreUtf8() {
        byte[] json = "{\"headline\":\"Z\u00fcrich \uD83D\uDE00\"}".getBytes(StandardCharsets.UTF_8);
        assertEquals("Z\u00fcrich \uD83D\uDE00", ArticleJson.read(new ByteArrayInputStream(json)).headline().orElseThrow());
    }

    @Test
    void aByteOrderMarkAtTheStartIsSkipped() {
        Article expected = new Article.Builder().headline("h").build();
        String json = "\uFEFF{\"headline\":\"h\"}";
        assertEquals(expected, ArticleJson.read(json));
        assertEquals(expected, ArticleJson.read(new java.io.StringReader(json)));
        assertEquals(expected, ArticleJson.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))));
        byte[] noBom = "{\"headline\":\"h\"}".getBytes(StandardCharsets.UTF_8);
        assertEquals(expected, ArticleJson.read(new ByteArrayInputStream(noBom)));
        assertEquals(new Article.Builder().build(), ArticleJson.read(new ByteArrayInputStream(new byte[] {'{', '}'})));
    }

    @Test
    void otherEncodingsAreNotGuessed() {
        byte[] utf16 = "{\"headline\":\"h\"}".getBytes(StandardCharsets.UTF_16);
        org.junit.jupiter.api.Assertions.assertThrows(ArticleJsonException.class,
                () -> ArticleJson.read(new ByteArrayInputStream(utf16)));
    }

    @Test
    void escapesAreReadAndOnlyNecessaryOnesWritten() {
        Article a = ArticleJson.read("{\"headline\":\"\\u0041\\/\\\"\\\\\\n\\t\\ud83d\\ude00\"}");
        assertEquals("A/\"\\\n\t\uD83D\uDE00", a.headline().orElseThrow());
        assertEquals("{\"type\":\"Article\",\"headline\":\"A/\\\"\\\\\\n\\t\uD83D\uDE00\"}", ArticleJson.write(a));
        assertEquals("{\"type\":\"Article\",\"headline\":\"\\u0000\\u001F\u2028\"}",
                ArticleJson.write(new Article.Builder().headline("\u0000\u001f\u2028").build()));
    }

    @Test
    void theMinimalArticle() {
        assertEquals("{\"type\":\"Article\"}", ArticleJson.write(new Article.Builder().build()));
        assertEquals("{\n  \"type\": \"Article\"\n}", ArticleJson.writePretty(new Article.Builder().build()));
        assertEquals(new Article.Builder().build(), ArticleJson.read("{}"));
    }

    @Test
    void theMapperIsSharedAndPinned() {
        assertSame(ArticleJson.mapper(), ArticleJson.mapper());
        var m = ArticleJson.mapper();
        assertTrue(m.isEnabled(DeserializationFeature.FAIL_ON_TRAILING_TOKENS));
        assertFalse(m.isEnabled(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES));
        assertFalse(m.isEnabled(SerializationFeature.INDENT_OUTPUT));
        assertFalse(m.isEnabled(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS));
        assertFalse(m.isEnabled(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY));
        assertFalse(m.isEnabled(JsonNodeFeature.WRITE_PROPERTIES_SORTED));
        assertTrue(m.isEnabled(StreamReadFeature.STRICT_DUPLICATE_DETECTION));
        assertFalse(m.isEnabled(StreamReadFeature.AUTO_CLOSE_SOURCE));
        assertFalse(m.isEnabled(JsonReadFeature.ALLOW_TRAILING_COMMA));
        assertFalse(m.isEnabled(JsonWriteFeature.ESCAPE_FORWARD_SLASHES));
        assertFalse(m.isEnabled(JsonWriteFeature.ESCAPE_NON_ASCII));
        StreamReadConstraints limits = m.tokenStreamFactory().streamReadConstraints();
        assertEquals(64L * 1024 * 1024, ArticleJson.MAX_DOCUMENT_LENGTH);
        assertEquals(2000, ArticleJson.MAX_NESTING_DEPTH);
        assertEquals(32 * 1024 * 1024, ArticleJson.MAX_STRING_LENGTH);
        assertEquals(ArticleJson.MAX_DOCUMENT_LENGTH, limits.getMaxDocumentLength());
        assertEquals(ArticleJson.MAX_NESTING_DEPTH, limits.getMaxNestingDepth());
        assertEquals(ArticleJson.MAX_STRING_LENGTH, limits.getMaxStringLength());
        assertEquals(999, ArticleJson.MAX_COMMENT_DEPTH);
    }
}
