package io.github.articlemodel.apitests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.articlemodel.model.ArticleType;
import io.github.articlemodel.schemaorg.JsonLdArticle;
import io.github.articlemodel.schemaorg.JsonLdGraph;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link JsonLdArticle} as a caller outside the library uses it, following its Javadoc example. */
final class JsonLdArticleApiTest {
    private static final String SCRIPT = """
            {"@context":"http://schema.org","@graph":[
              {"@type":"WebSite","@id":"#site","name":"Harbour Herald"},
              {"@type":"Person","@id":"#tom","name":"Tom <b>Berg</b>","url":"https://example.org/tom"},
              {"@type":"NewsArticle","headline":"Harbour reopens","isPartOf":{"@id":"#site"},
               "author":{"@id":"#tom"},"datePublished":"Wed, 12 Jan 2022 18:40:00 +0100",
               "isAccessibleForFree":"True","wordcount":"420"}]}
            """;

    @Test
    void readsEachFieldWithItsLocatorThroughReferences() {
        JsonLdGraph graph = JsonLdGraph.read(List.of(SCRIPT), 1 << 20, 64);
        JsonLdArticle a = JsonLdArticle.find(graph, "https://example.org/news/1").orElseThrow();
        assertTrue(a.isArticle());
        assertEquals(ArticleType.NEWS_ARTICLE, a.type());
        assertEquals("Harbour reopens", a.headline().orElseThrow().value());
        assertEquals("$[0]['@graph'][2]['headline']", a.headline().orElseThrow().locator());
        JsonLdArticle.Party tom = a.bylines().get(0);
        assertEquals("Tom Berg", tom.name());
        assertEquals("https://example.org/tom", tom.url().orElseThrow());
        assertEquals("2022-01-12T18:40:00+01:00", a.datePublished().orElseThrow().value().orElseThrow().iso());
        assertEquals(Boolean.TRUE, a.isAccessibleForFree().orElseThrow().value());
        assertEquals(420, a.wordCount().orElseThrow().value());
    }
}
