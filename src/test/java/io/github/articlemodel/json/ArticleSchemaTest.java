package io.github.articlemodel.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import io.github.articlemodel.model.Article;
import io.github.articlemodel.model.ModelGenerators;
import io.github.articlemodel.model.PropertyTries;
import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The shipped JSON Schema is a valid draft 2020-12 schema, accepts what is written (see also
 * {@link ArticleJsonPropertiesTest}) and rejects what the contract does not allow.
 */
class ArticleSchemaTest {
    private static SchemaRegistry registry;
    private static Schema schema;
    private static JsonNode schemaNode;

    @BeforeAll
    static void load() throws Exception {
        registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                b -> b.schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));
        try (InputStream in = ArticleJson.schema()) {
            schemaNode = ArticleJson.mapper().readTree(in);
        }
        schema = registry.getSchema(schemaNode);
    }

    private static List<Error> errors(String json) {
        return schema.validate(ArticleJson.mapper().readTree(json));
    }

    private static void valid(String json) {
        List<Error> errors = errors(json);
        assertTrue(errors.isEmpty(), () -> errors + " for " + json);
    }

    private static void invalid(String json) {
        assertFalse(errors(json).isEmpty(), () -> "valid: " + json);
    }

    @Test
    void isAValidDraft202012Schema() {
        Schema meta = registry.getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));
        List<Error> errors = meta.validate(schemaNode);
        assertTrue(errors.isEmpty(), errors::toString);
        assertEquals("https://json-schema.org/draft/2020-12/schema", schemaNode.get("$schema").stringValue());
        assertTrue(schemaNode.get("$id").stringValue().startsWith("https://"));
    }

    @Test
    void everyObjectForbidsAdditionalProperties() {
        assertEquals(false, schemaNode.get("additionalProperties").booleanValue());
        for (String name : schemaNode.get("$defs").propertyNames()) {
            JsonNode def = schemaNode.get("$defs").get(name);
            if ("object".equals(def.path("type").asString(""))) {
                assertEquals(false, def.get("additionalProperties").booleanValue(), name);
            }
        }
    }

    @Test
    void theGoldenArticleIsValid() throws Exception {
        valid(GoldenFileTest.golden());
    }

    @Test
    void theCommandLineSourceIsAllowedOnTheArticleOnly() {
        valid("{\"source\":\"pages/a.html\",\"type\":\"Article\"}");
        invalid("{\"type\":\"Article\",\"bylines\":[{\"name\":\"J\",\"type\":\"Person\",\"role\":\"author\",\"source\":\"x\"}]}");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "{}",
        "{\"type\":\"Article\",\"extra\":1}",
        "{\"type\":\"Story\"}",
        "{\"type\":\"Article\",\"url\":\"javascript:alert(1)\"}",
        "{\"type\":\"Article\",\"url\":\"/relative/path\"}",
        "{\"type\":\"Article\",\"url\":\"https:///no-host\"}",
        "{\"type\":\"Article\",\"headline\":\" \\n\"}",
        "{\"type\":\"Article\",\"language\":\"english!\"}",
        "{\"type\":\"Article\",\"sections\":[]}",
        "{\"type\":\"Article\",\"datePublished\":\"2022-01-12\"}",
        "{\"type\":\"Article\",\"datePublished\":\"12.01.2022\",\"datePublishedRaw\":\"12.01.2022\"}",
        "{\"type\":\"Article\",\"datePublished\":\"2022-1-5\",\"datePublishedRaw\":\"x\"}",
        "{\"type\":\"Article\",\"body\":[{\"type\":\"paragraph\",\"text\":\"t\"}]}",
        "{\"type\":\"Article\",\"body\":[{\"type\":\"video\"}],\"wordCount\":0}",
        "{\"type\":\"Article\",\"body\":[{\"type\":\"heading\",\"text\":\"t\"}],\"wordCount\":1}",
        "{\"type\":\"Article\",\"body\":[{\"type\":\"heading\",\"level\":7,\"text\":\"t\"}],\"wordCount\":1}",
        "{\"type\":\"Article\",\"body\":[{\"type\":\"heading\",\"level\":1,\"text\":\"t\",\"items\":[\"a\"]}],\"wordCount\":1}",
        "{\"type\":\"Article\",\"body\":[{\"type\":\"list\",\"items\":[\"a\"]}],\"wordCount\":1}",
        "{\"type\":\"Article\",\"body\":[{\"type\":\"table\",\"rows\":[]}],\"wordCount\":0}",
        "{\"type\":\"Article\",\"bylines\":[{\"name\":\"J\",\"type\":\"Role\",\"role\":\"author\"}]}",
        "{\"type\":\"Article\",\"comments\":[{\"text\":\"a\",\"replies\":[{\"id\":\"x\"}]}]}",
        "{\"type\":\"Article\",\"commentCount\":-1}",
        "{\"type\":\"Article\",\"provenance\":{}}",
        "{\"type\":\"Article\",\"provenance\":{\"headline\":{\"winner\":{\"source\":\"html\",\"locator\":\"l\",\"value\":\"v\"}}}}",
    })
    void rejectsWhatTheContractDoesNotAllow(String json) {
        invalid(json);
    }

    @Test
    void nonBlankMeansWhatTheModelMeans() {
        // NBSP is not white space for Java's isBlank, an em space is.
        valid("{\"type\":\"Article\",\"headline\":\"\u00a0\"}");
        invalid("{\"type\":\"Article\",\"headline\":\"\u2003\\u001f\"}");
        PropertyTries.qt().forAll(ModelGenerators.texts(3)).checkAssert(s -> {
            ObjectNode article = ArticleJson.mapper().createObjectNode().put("type", "Article").put("headline", s);
            assertEquals(!s.isBlank(), schema.validate(article).isEmpty(), () -> "headline " + codePoints(s));
        });
    }

    @Test
    void theDatePatternAcceptsEveryIsoFormTheModelWrites() {
        PropertyTries.qt().forAll(ModelGenerators.dateValues()).checkAssert(d -> {
            Article a = new Article.Builder().datePublished(d).build();
            assertTrue(schema.validate(ArticleJson.toTree(a)).isEmpty(), d::iso);
        });
    }

    private static String codePoints(String s) {
        StringBuilder sb = new StringBuilder();
        s.codePoints().forEach(c -> sb.append(String.format("U+%04X ", c)));
        return sb.toString();
    }
}
