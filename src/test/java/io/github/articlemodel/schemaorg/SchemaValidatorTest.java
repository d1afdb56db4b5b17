package io.github.articlemodel.schemaorg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The validator finds what it should, and only that. */
final class SchemaValidatorTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String ARTICLE = "{'@type':'NewsArticle','@id':'https://e.org/a#article',"
            + "'headline':'H','image':'https://e.org/i.jpg','datePublished':'2022-01-12',"
            + "'author':[{'@type':'Person','name':'Jane Doe','url':'https://e.org/jane'}]";

    /** A document of one graph; single quotes stand for double quotes. */
    private static JsonNode graph(String... nodes) {
        return JSON.readTree(("{'@context':'https://schema.org','@graph':[" + String.join(",", nodes) + "]}")
                .replace('\'', '"'));
    }

    private static List<String> messages(JsonNode doc, SchemaValidator.Severity severity) {
        return SchemaValidator.validate(doc).stream().filter(f -> f.severity() == severity)
                .map(SchemaValidator.Finding::toString).collect(Collectors.toList());
    }

    private static void assertOneError(String expected, JsonNode doc) {
        List<String> errors = messages(doc, SchemaValidator.Severity.ERROR);
        assertEquals(1, errors.size(), errors::toString);
        assertTrue(errors.get(0).contains(expected), errors::toString);
    }

    @Test
    void aCompleteArticleHasNoFindings() {
        assertEquals(List.of(), SchemaValidator.validate(graph(ARTICLE + "}")));
    }

    @Test
    void typesMustBeSchemaOrgClasses() {
        assertOneError("@type NewsArticel is not a schema.org class", graph(ARTICLE.replace("NewsArticle", "NewsArticel") + "}"));
        assertOneError("@type Text is a data type", graph(ARTICLE + ",'about':{'@type':'Text'}}"));
        assertOneError("an object without @type", graph(ARTICLE + ",'about':{'name':'x'}}"));
    }

    @Test
    void propertiesMustExistWithTheirCase() {
        assertOneError("property wordcount does not exist in schema.org (names are case-sensitive); did you mean"
                + " wordCount?", graph(ARTICLE + ",'wordcount':12}"));
    }

    @Test
    void propertiesMustFitTheirDomain() {
        assertOneError("property articleBody is not for a WebPage",
                graph("{'@type':'WebPage','@id':'https://e.org/','articleBody':'text'}"));
        assertOneError("property relatedLink is not for a NewsArticle", graph(ARTICLE + ",'relatedLink':'https://e.org/b'}"));
    }

    @Test
    void valuesMustFitTheirRange() {
        assertOneError("'12 January 2022' is no Date|DateTime", graph(ARTICLE.replace("2022-01-12", "12 January 2022") + "}"));
        assertOneError("'2022-02-30' is no Date|DateTime", graph(ARTICLE.replace("2022-01-12", "2022-02-30") + "}"));
        assertOneError("'451' is no Integer", graph(ARTICLE + ",'wordCount':'451'}"));
        assertOneError("4.5 is no Integer", graph(ARTICLE + ",'wordCount':4.5}"));
        assertOneError("'yes' is no Boolean", graph(ARTICLE + ",'isAccessibleForFree':'yes'}"));
        assertOneError("'not a url' is no URL", graph(ARTICLE + ",'discussionUrl':'not a url'}"));
        assertOneError("600 is no Distance|QuantitativeValue",
                graph(ARTICLE + ",'thumbnail':{'@type':'ImageObject','url':'https://e.org/t.png','width':600}}"));
        assertOneError("a Place where Organization|Person is expected",
                graph(ARTICLE + ",'publisher':{'@type':'Place','name':'x'}}"));
        assertOneError("null is no value", graph(ARTICLE + ",'description':null}"));
    }

    @Test
    void enumerationMembersFitTheirEnumeration() {
        assertEquals(List.of(), messages(graph(ARTICLE + ",'creativeWorkStatus':'Published'}"),
                SchemaValidator.Severity.ERROR));
        assertEquals(List.of(), messages(graph("{'@type':'Offer','@id':'https://e.org/o',"
                + "'availability':'https://schema.org/InStock'}"), SchemaValidator.Severity.ERROR));
        assertOneError("'https://schema.org/True' is no ItemAvailability",
                graph("{'@type':'Offer','@id':'https://e.org/o','availability':'https://schema.org/True'}"));
    }

    @Test
    void referencesMustResolveAndIdsBeUnique() {
        assertOneError("the reference https://e.org/#publisher resolves to no node",
                graph(ARTICLE + ",'publisher':{'@id':'https://e.org/#publisher'}}"));
        assertOneError("@id https://e.org/a#article is defined twice with different headline",
                graph(ARTICLE + "}", ARTICLE.replace("'H'", "'G'") + "}"));
        assertEquals(List.of(), messages(graph(ARTICLE + "}", "{'@id':'https://e.org/a#article',"
                + "'@type':'NewsArticle','headline':'H'}"), SchemaValidator.Severity.ERROR),
                "JSON-LD merges objects with the same @id");
        assertOneError("the reference https://e.org/p is a WebPage where Organization|Person is expected",
                graph(ARTICLE + ",'publisher':{'@id':'https://e.org/p'}}", "{'@type':'WebPage','@id':'https://e.org/p'}"));
    }

    @Test
    void theContextMustBeSchemaOrg() {
        JsonNode doc = JSON.readTree("{\"@context\":\"https://example.org/vocab\",\"@graph\":[]}");
        assertOneError("the context must be https://schema.org", doc);
    }

    @Test
    void theRolePatternIsUnderstood() {
        String role = ",'contributor':[{'@type':'Role','roleName':'photographer',"
                + "'contributor':{'@type':'Person','name':'Ann'}}]}";
        assertEquals(List.of(), messages(graph(ARTICLE + role), SchemaValidator.Severity.ERROR));
        assertOneError("a Role where Organization|Person is expected",
                graph(ARTICLE + ",'contributor':[{'@type':'Role','roleName':'photographer'}]}"));
    }

    @Test
    void googlesArticleProfile() {
        assertOneError("author must be an array", graph(ARTICLE.replace("'author':[", "'author':").replace("}]", "}") + "}"));
        List<String> stringAuthor = messages(graph(ARTICLE.replace(
                "[{'@type':'Person','name':'Jane Doe','url':'https://e.org/jane'}]", "['Jane Doe']") + "}"),
                SchemaValidator.Severity.ERROR);
        assertEquals(2, stringAuthor.size(), stringAuthor::toString);
        assertTrue(stringAuthor.get(0).contains("'Jane Doe' is no Organization|Person (author)"), stringAuthor::toString);
        assertTrue(stringAuthor.get(1).contains("an author must be a Person or Organization object"),
                stringAuthor::toString);
        assertOneError("dateModified 2022-01-11 is before datePublished 2022-01-12",
                graph(ARTICLE + ",'dateModified':'2022-01-11'}"));
        assertEquals(List.of(), messages(graph(ARTICLE + ",'dateModified':'2022-01-12T08:00:00Z'}"),
                SchemaValidator.Severity.ERROR), "the same day at a finer precision is not before it");
        for (String name : List.of("By Jane Doe", "Doe, Jane", "Jane Doe and John Roe")) {
            List<String> warnings = messages(graph(ARTICLE.replace("Jane Doe", name) + "}"), SchemaValidator.Severity.WARNING);
            assertEquals(1, warnings.size(), warnings::toString);
            assertTrue(warnings.get(0).contains("without 'By', commas or ' and '"), warnings::toString);
        }
        List<String> bare = messages(graph("{'@type':'BlogPosting','@id':'https://e.org/b','author':[{'@type':'Person',"
                + "'name':'Jo'}]}"), SchemaValidator.Severity.WARNING);
        assertEquals(4, bare.size(), bare::toString);
        assertTrue(bare.toString().contains("no headline") && bare.toString().contains("no image")
                && bare.toString().contains("no datePublished") && bare.toString().contains("should have a url"), bare::toString);
    }

    @Test
    void theCommentProfile() {
        String good = ",'comment':[{'@type':'Comment','@id':'https://e.org/a#c1','text':'Hi',"
                + "'parentItem':{'@id':'https://e.org/a#article'}}]}";
        assertEquals(List.of(), SchemaValidator.validate(graph(ARTICLE + good)));
        assertOneError("a Comment must have text", graph(ARTICLE + good.replace("'text':'Hi',", "")));
        assertOneError("must name the item it replies to as parentItem",
                graph(ARTICLE + good.replace(",'parentItem':{'@id':'https://e.org/a#article'}", "")));
        assertOneError("is not the item that lists the comment", graph(ARTICLE + good.replace("#article'}}", "#c1'}}")));
        assertOneError("must be listed in the comment of the item it replies to", graph(ARTICLE + "}",
                "{'@type':'Comment','@id':'https://e.org/a#c1','text':'Hi','parentItem':{'@id':'https://e.org/a#article'}}"));
        assertOneError("the author must have a name", graph(ARTICLE + good.replace("'text':'Hi',",
                "'text':'Hi','author':{'@type':'Person','url':'https://e.org/x'},")));
    }

    @Test
    void theQuotationProfile() {
        String good = "{'@type':'Quotation','@id':'https://e.org/a#q1','text':'Yes.',"
                + "'creator':{'@id':'https://e.org/a#s1'},'isPartOf':{'@id':'https://e.org/a#article'}}";
        String speaker = "{'@type':'Person','@id':'https://e.org/a#s1','name':'Jo'}";
        assertEquals(List.of(), SchemaValidator.validate(graph(ARTICLE + "}", speaker, good)));
        assertOneError("a Quotation must have text", graph(ARTICLE + "}", speaker, good.replace("'text':'Yes.',", "")));
        assertOneError("must be isPartOf the article", graph(ARTICLE + "}", speaker,
                good.replace(",'isPartOf':{'@id':'https://e.org/a#article'}", "")));
        assertOneError("isPartOf must be an article", graph(ARTICLE + "}", speaker,
                "{'@type':'WebPage','@id':'https://e.org/p'}", good.replace("a#article'}", "p'}")));
        assertOneError("creator must have a name", graph(ARTICLE + "}", speaker.replace(",'name':'Jo'", ",'url':'https://e.org/jo'"), good));
    }

    /**
     * The reference shape of the issue, read strictly: its only errors are the image sizes given as
     * bare numbers, which schema.org 30.0 types as Distance or QuantitativeValue (Google accepts
     * them; the writer writes QuantitativeValues).
     */
    @Test
    void theWorkedExampleIsValidButForItsNumericSizes() throws IOException {
        Path example = Path.of("../shared/schemaorg/worked-example.jsonld");
        assumeTrue(Files.isRegularFile(example), "../shared/schemaorg is not present");
        JsonNode doc = JSON.readTree(Files.readString(example, StandardCharsets.UTF_8));
        List<String> errors = messages(doc, SchemaValidator.Severity.ERROR);
        assertEquals(4, errors.size(), errors::toString);
        assertTrue(errors.stream().allMatch(e -> e.contains("is no Distance|QuantitativeValue")), errors::toString);
    }
}
