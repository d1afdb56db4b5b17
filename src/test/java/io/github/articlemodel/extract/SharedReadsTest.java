package io.github.articlemodel.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.github.articlemodel.internal.Dates;
import io.github.articlemodel.model.Comment;
import io.github.articlemodel.schemaorg.JsonLdGraph;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** What one stage reads once and another takes over gives what reading it again would. */
final class SharedReadsTest {
    private static final String URL = "https://www.harbour-herald.example/news/harbour-reopens/";

    private static final String JSON_LD_COMMENTS = """
            <html><head><title>Harbour reopens</title>
            <script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle",
              "headline":"Harbour reopens","comment":[{"@type":"Comment","author":"Vera","text":"First."},
              {"@type":"Comment","author":"Ole","text":"Second."}]}</script>
            </head><body><article><h1>Harbour reopens</h1><p>The harbour reopened on Monday.</p></article>
            </body></html>""";

    @Test
    void theMetadataStagesJsonLdGraphIsKeptForTheSameScriptsOnly() {
        ExtractionContext ctx = Pages.context(JSON_LD_COMMENTS, URL);
        List<Element> scripts = ctx.pageIndex().scripts;
        assertNull(ctx.jsonLdOf(scripts), "nothing kept before the metadata stage");
        MetadataExtractor.extract(ctx);
        JsonLdGraph kept = ctx.jsonLdOf(scripts);
        assertNotNull(kept);
        assertSame(kept, ctx.jsonLdOf(List.copyOf(scripts)), "the same elements in another list");
        assertNull(ctx.jsonLdOf(List.of()), "other scripts");
        assertNull(ctx.jsonLdOf(List.of(ctx.document().body())), "other elements");
    }

    @Test
    void aBlockOverALimitIsNotKept() {
        String big = "{\"@type\":\"NewsArticle\",\"headline\":\"" + "x".repeat(200) + "\"}";
        String html = "<html><head><script type='application/ld+json'>" + big + "</script></head><body></body></html>";
        ExtractionOptions d = ExtractionOptions.DEFAULTS;
        ExtractionOptions small = new ExtractionOptions(d.maxInputBytes(), d.maxDepth(), d.maxElements(), 100,
                d.maxJsonLdDepth(), d.maxComments(), d.maxTextLength(), d.timeBudget(), d.strict());
        ExtractionContext ctx = new ExtractionContext(Jsoup.parse(html, URL), URL, small, System.nanoTime());
        MetadataExtractor.extract(ctx);
        assertNull(ctx.jsonLdOf(ctx.pageIndex().scripts), "the stage read \"{}\" in its place, not the page's text");
    }

    @Test
    void theCommentsFromJsonLdAreTheSameWithOrWithoutTheKeptGraph() {
        ExtractionContext alone = Pages.context(JSON_LD_COMMENTS, URL);
        List<Comment> own = CommentExtractor.extract(alone).comments();
        ExtractionContext after = Pages.context(JSON_LD_COMMENTS, URL);
        MetadataExtractor.extract(after);
        assertNotNull(after.jsonLdOf(after.pageIndex().scripts));
        List<Comment> taken = CommentExtractor.extract(after).comments();
        assertEquals(2, own.size());
        assertEquals(own, taken);
    }

    @Test
    void thePageIndexKeepsEveryScriptInPageOrder() {
        Document doc = Jsoup.parse("<head><script>a=1</script><script type='application/ld+json'>{}</script></head>"
                + "<body><p>x</p><svg><script>b=2</script><g><script>c=3</script></g></svg>"
                + "<div><script src='/x.js'></script></div></body>");
        PageIndex index = PageIndex.of(doc, 512);
        assertEquals(doc.getElementsByTag("script"), index.allScripts);
        assertEquals(5, index.allScripts.size());
    }

    /** The dates near a headline read afresh, without a kept read. */
    private static List<Dates.Written> readAfresh(Element headline, int max) {
        return Dates.datesIn(DateExtractor.nearHeadline(headline), max);
    }

    @Test
    void theDatesNearAHeadlineAreThoseReadAgainWithTheLargerLimit() {
        Document doc = Jsoup.parse("<div><p>Kicker</p><h1>Harbour reopens</h1><p>Published 3 March 2023, updated"
                + " 4 March 2023. The storm of 1 February 2023 and the one of 5 January 2023 and 6 December 2022.</p>"
                + "</div><p>After</p>");
        Element h1 = doc.selectFirst("h1");
        List<Dates.Written> all = readAfresh(h1, 20);
        assertEquals(5, all.size(), "the fixture writes five dates near the headline");
        DateExtractor.NearHeadline near = new DateExtractor.NearHeadline();
        List<Dates.Written> few = near.dates(h1, 3);
        assertEquals(readAfresh(h1, 3), few);
        assertEquals(all, near.dates(h1, 20), "read again for more");
        assertEquals(readAfresh(h1, 2), near.dates(h1, 2));
        Element other = doc.selectFirst("p");
        assertEquals(readAfresh(other, 20), near.dates(other, 20), "another headline");
    }

    @Test
    void fewerDatesThanAskedForAreAllTheTextHolds() {
        Document doc = Jsoup.parse("<h1>Harbour reopens</h1><p>Published 3 March 2023.</p>");
        Element h1 = doc.selectFirst("h1");
        DateExtractor.NearHeadline near = new DateExtractor.NearHeadline();
        assertEquals(1, near.dates(h1, 3).size());
        assertEquals(readAfresh(h1, 20), near.dates(h1, 20));
    }
}
