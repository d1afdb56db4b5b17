package io.github.articlemodel.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import io.github.articlemodel.model.Article;
import io.github.articlemodel.model.ModelGenerators;
import io.github.articlemodel.model.PropertyTries;
import java.io.InputStream;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Properties of the JSON form, each checked on {@link PropertyTries#count()} generated articles:
 * every way of writing reads back to an equal article, what is written validates against the
 * shipped schema, and properties come in the contract's order.
 */
class ArticleJsonPropertiesTest {
    private static Schema schema;

    @BeforeAll
    static void loadSchema() throws Exception {
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                b -> b.schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));
        try (InputStream in = ArticleJson.schema()) {
            schema = registry.getSchema(in);
        }
    }

    @Test
    void compactJsonReadsBackEqual() {
        PropertyTries.qt().forAll(ModelGenerators.articles()).checkAssert(a -> {
            String json = ArticleJson.write(a);
            assertFalse(json.contains("\n"), "compact JSON is one line");
            assertEquals(a, ArticleJson.read(json));
        });
    }

    @Test
    void prettyJsonReadsBackEqual() {
        PropertyTries.qt().forAll(ModelGenerators.articles()).checkAssert(a -> {
            String pretty = ArticleJson.writePretty(a);
            assertEquals(a, ArticleJson.read(pretty));
            assertEquals(ArticleJson.write(a), ArticleJson.mapper().readTree(pretty).toString(),
                    "pretty and compact JSON hold the same tokens");
        });
    }

    @Test
    void treeReadsBackEqualAndMatchesTheText() {
        PropertyTries.qt().forAll(ModelGenerators.articles()).checkAssert(a -> {
            ObjectNode tree = ArticleJson.toTree(a);
            assertEquals(a, ArticleJson.fromTree(tree));
            assertEquals(ArticleJson.mapper().readTree(ArticleJson.write(a)), tree);
        });
    }

    @Test
    void writerAndStreamsAgreeWithStrings() {
        PropertyTries.qt().forAll(ModelGenerators.articles()).checkAssert(a -> {
            StringWriter out = new StringWriter();
            ArticleJson.write(a, out);
            String json = ArticleJson.write(a);
            assertEquals(json, out.toString());
            assertEquals(a, ArticleJson.read(new java.io.StringReader(json)));
            assertEquals(a, ArticleJson.read(new java.io.ByteArrayInputStream(
                    json.getBytes(java.nio.charset.StandardCharsets.UTF_8))));
        });
    }

    @Test
    void everyWrittenArticleValidatesAgainstTheSchema() {
        PropertyTries.qt().forAll(ModelGenerators.articles()).checkAssert(a -> {
            List<Error> errors = schema.validate(ArticleJson.toTree(a));
            assertTrue(errors.isEmpty(), () -> errors + " in " + ArticleJson.write(a));
        });
    }

    @Test
    void propertiesComeInTheContractOrder() {
        PropertyTries.qt().forAll(ModelGenerators.articles()).checkAssert(a -> {
            List<String> problems = new ArrayList<>();
            JsonContract.checkOrder(ArticleJson.mapper().readTree(ArticleJson.write(a)), "article", "$", problems);
            assertTrue(problems.isEmpty(), () -> problems + " in " + ArticleJson.write(a));
        });
    }

    @Test
    void derivedValuesAreWrittenAsTheModelComputesThem() {
        PropertyTries.qt().forAll(ModelGenerators.articles()).checkAssert(a -> {
            JsonNode tree = ArticleJson.toTree(a);
            assertEquals(!a.text().isEmpty(), tree.has("text"));
            if (!a.text().isEmpty()) {
                assertEquals(a.text(), tree.get("text").stringValue());
            }
            assertEquals(!a.body().isEmpty(), tree.has("wordCount"));
            if (!a.body().isEmpty()) {
                assertEquals(a.wordCount(), tree.get("wordCount").intValue());
            }
        });
    }

    @Test
    void theSchemaListsPropertiesInTheContractOrder() throws Exception {
        JsonNode root;
        try (InputStream in = ArticleJson.schema()) {
            root = ArticleJson.mapper().readTree(in);
        }
        for (Map.Entry<String, List<String>> e : JsonContract.ORDER.entrySet()) {
            JsonNode def = e.getKey().equals("article") ? root : root.get("$defs").get(JsonContract.schemaDef(e.getKey()));
            List<String> names = new ArrayList<>(def.get("properties").propertyNames());
            List<String> expected = new ArrayList<>(e.getValue());
            if (e.getKey().equals("article")) {
                expected.add("source");
            }
            assertEquals(expected, names, e.getKey());
            assertEquals(false, def.get("additionalProperties").booleanValue(), e.getKey());
        }
    }
}
