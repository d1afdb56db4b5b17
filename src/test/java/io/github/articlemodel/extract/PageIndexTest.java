package io.github.articlemodel.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

final class PageIndexTest {
    // html (1) > body (2) > div (3) > p (4) > text (5)
    private static final Document PLAIN = Jsoup.parse("<div><p>text</p></div>");
    // html (1) > body (2) > svg (3) > g (4) > g (5) > path (6)
    private static final Document ICON = Jsoup.parse("<p>a</p><svg><g><g><path d='M0'></path></g></g></svg>");

    @Test
    void reachesDepthWhenSomeNodeSitsAtTheLimit() {
        assertTrue(PageIndex.of(PLAIN, 5).reachesDepth(), "the text node sits at depth 5");
        assertFalse(PageIndex.of(PLAIN, 6).reachesDepth());
        assertTrue(PageIndex.of(PLAIN, 1).reachesDepth());
    }

    @Test
    void nodesInsideInlineSvgCountThoughTheirElementsAreNotIndexed() {
        assertTrue(PageIndex.of(ICON, 6).reachesDepth(), "the path sits at depth 6, inside the svg");
        assertFalse(PageIndex.of(ICON, 7).reachesDepth());
    }

    @Test
    void findsTheMetadataElementsInOneWalk() {
        Document doc = Jsoup.parse("<html lang=en><head><title>T</title><meta name=a content=b>"
                + "<meta http-equiv=refresh content=5><link rel=canonical href=/x>"
                + "<script type='application/ld+json'>{}</script></head><body><h1>H</h1><h2>S</h2>"
                + "<div itemscope itemtype='https://schema.org/NewsArticle'></div></body></html>");
        PageIndex index = PageIndex.of(doc, 512);
        assertEquals(1, index.scripts.size());
        assertEquals(2, index.metas.size());
        assertEquals(1, index.httpEquivs.size());
        assertEquals(1, index.canonicals.size());
        assertEquals("T", index.title.text());
        assertEquals("H", index.h1s.get(0).text());
        assertEquals("S", index.h2s.get(0).text());
        assertEquals("en", index.html.attr("lang"));
        assertTrue(index.articleScope.isPresent());
    }
}
