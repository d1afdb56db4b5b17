package io.github.articlemodel.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.articlemodel.internal.Cues;
import io.github.articlemodel.model.PropertyTries;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

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

    /** Each element the body stage's old search of a left-out region tested and kept, outside inline SVG. */
    private static List<Element> containersBySearch(Document doc) {
        Set<String> never = Set.of("a", "li", "ul", "ol", "img", "picture", "source", "span", "i", "b", "em", "strong",
                "small", "br", "button", "input", "label", "option", "select", "time", "svg", "math");
        List<Element> out = new ArrayList<>();
        for (Element e : doc.getAllElements()) {
            boolean inSvg = false;
            for (Element a = e; a != null; a = a.parent()) {
                inSvg |= a.nameIs("svg");
            }
            if (!inSvg && e.attributesSize() > 0 && !never.contains(e.normalName()) && Cues.isBodyContainer(e)) {
                out.add(e);
            }
        }
        return out;
    }

    @Test
    void keepsTheKnownBodyContainersInPageOrder() {
        Document doc = Jsoup.parse("<div class='wrap ENTRY-content'><p>a</p></div><span class=entry-content>s</span>"
                + "<section itemprop=articleBody><div class='x post-body'>b</div></section>"
                + "<div class='x\tpost-body'>tab</div><div class='entry-content-wide'>c</div>"
                + "<svg><foreignObject><div class=entry-content>d</div></foreignObject></svg>"
                + "<math><mi class=entry-content>e</mi></math><li class=entry-content>f</li>");
        List<String> names = PageIndex.of(doc, 512).bodyContainers.stream()
                .map(e -> e.normalName() + "." + e.className() + e.attr("itemprop")).toList();
        assertEquals(List.of("div.wrap ENTRY-content", "section.articleBody", "div.x post-body", "mi.entry-content"),
                names, "math's elements are kept: the body stage passes over them as it did");
        assertEquals(containersBySearch(doc), PageIndex.of(doc, 512).bodyContainers);
    }

    @Test
    void keepsWhatTheSearchFoundOnGeneratedPages() {
        String[] tags = {"div", "section", "span", "li", "ul", "article", "svg", "math", "p", "a"};
        String[] classes = {"", "entry-content", "Post-Body x", "content", "x rich-text", "comments", "article-body "};
        PropertyTries.qt().forAll(Generate.longRange(0, Long.MAX_VALUE)).checkAssert(seed -> {
            java.util.Random r = new java.util.Random(seed);
            StringBuilder html = new StringBuilder();
            for (int k = 0; k < 30; k++) {
                if (r.nextInt(3) == 0) {
                    html.append("</").append(tags[r.nextInt(tags.length)]).append('>');
                } else {
                    html.append('<').append(tags[r.nextInt(tags.length)]).append(" class='")
                            .append(classes[r.nextInt(classes.length)]).append('\'')
                            .append(r.nextInt(5) == 0 ? " itemprop=articlebody" : "").append(">t");
                }
            }
            Document doc = Jsoup.parse(html.toString());
            assertEquals(containersBySearch(doc), PageIndex.of(doc, 512).bodyContainers, html::toString);
        });
    }
}
