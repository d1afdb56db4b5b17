package io.github.articlemodel.schemaorg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The graph reader's lookups: full property IRIs, objects sharing an @id, entity-escaped blocks. */
final class JsonLdGraphTest {
    private static JsonLdGraph read(String... blocks) {
        return JsonLdGraph.read(List.of(blocks), 1 << 20, 64);
    }

    @Test
    void propertiesAreFoundUnderTheirFullNames() {
        JsonLdGraph g = read("{\"@type\":\"http://schema.org/NewsArticle\",\"http://schema.org/headline\":"
                + "[{\"@value\":\"A\"}],\"https://schema.org/wordCount\":3,\"schema:inLanguage\":\"en\"}");
        JsonLdGraph.Node n = g.nodes().get(0);
        assertEquals(List.of("NewsArticle"), n.types());
        assertEquals(Optional.of("A"), n.get("headline").flatMap(JsonLdGraph::text));
        assertEquals(Optional.of("3"), n.get("WORDCOUNT").flatMap(JsonLdGraph::text));
        assertEquals(Optional.of("en"), n.get("inLanguage").flatMap(JsonLdGraph::text));
        assertTrue(n.get("headlin").isEmpty());
    }

    @Test
    void lookupMergesObjectsWithTheSameId() {
        JsonLdGraph g = read("{\"@graph\":[{\"@type\":\"Article\",\"author\":{\"@id\":\"#jane\",\"name\":\"Jane\"}},"
                + "{\"@type\":\"Person\",\"@id\":\"#jane\",\"url\":\"https://e.org/jane\"}]}");
        JsonNode author = g.nodes().get(0).get("author").orElseThrow();
        assertEquals(Optional.of("Jane"), g.lookup(author, "name").flatMap(JsonLdGraph::text));
        assertEquals(Optional.of("https://e.org/jane"), g.lookup(author, "url").flatMap(JsonLdGraph::text));
        assertEquals(List.of("Person"), g.types(author));
        assertEquals(Optional.of("https://e.org/jane"),
                g.lookup(g.resolve(author).orElseThrow(), "URL").flatMap(JsonLdGraph::text));
    }

    @Test
    void anEscapedQuoteInsideAStringIsText() {
        JsonLdGraph g = read("{\"@type\":\"Article\",\"headline\":\"He said &quot;no&quot;\"}");
        assertEquals(List.of(), g.problems());
        assertEquals(Optional.of("He said &quot;no&quot;"), g.nodes().get(0).get("headline").flatMap(JsonLdGraph::text));
    }

    @Test
    void aWholeBlockEscapedAsHtmlIsUnescaped() {
        JsonLdGraph g = read("{&quot;@type&quot;:&quot;Article&quot;,&quot;headline&quot;:&quot;A &amp;amp; B&quot;}");
        assertEquals(List.of(), g.problems());
        assertEquals(Optional.of("A &amp; B"), g.nodes().get(0).get("headline").flatMap(JsonLdGraph::text));
    }

    @Test
    void aClosingSemicolonIsIgnored() {
        JsonLdGraph g = read("[{\"@type\":\"Article\",\"headline\":\"A\"}];\n");
        assertEquals(List.of(), g.problems());
        assertEquals(1, g.nodes().size());
    }

    @Test
    void cdataWrappersAreCutAndWhatIsInsideKept() {
        assertEquals("{}", JsonLdGraph.withoutCdata("<![CDATA[{}]]>"));
        assertEquals("{}", JsonLdGraph.withoutCdata(" //<![CDATA[\n{}\n//]]> "));
        assertEquals("{}", JsonLdGraph.withoutCdata("// <![CDATA[\n{}\n  // ]]>\n"));
        assertEquals("{\"a\":\"x]]>y\"}", JsonLdGraph.withoutCdata("{\"a\":\"x]]>y\"}"));
        assertEquals("// a comment\n{}", JsonLdGraph.withoutCdata("// a comment\n{}"));
        assertEquals("", JsonLdGraph.withoutCdata("<![CDATA[]]>"));
        assertEquals("", JsonLdGraph.withoutCdata("//]]>"));
    }
}
