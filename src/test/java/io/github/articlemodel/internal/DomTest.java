package io.github.articlemodel.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

final class DomTest {
    @Test
    void whiteSpaceBetweenTagsDoesNotUseUpTheTextPrefix() {
        String empty = "<span></span>\n    ".repeat(100);
        Element div = Jsoup.parseBodyFragment("<div>\n  " + empty + "<p>Read also: <a href=/x>Storm</a></p></div>")
                .body().child(0);
        assertEquals("Read als", Dom.textPrefix(div, 8));
        assertEquals("Read also: Storm", Dom.textPrefix(div, 80));
    }

    @Test
    void aCssPathNamesEachStepByItsFirstClassWhateverSpaceFollowsIt() {
        Element p = Jsoup.parse("<html><body><section class=\" story\u000Bwide\"><div class=\"lead\tbox\">"
                + "<p class=\"a\u0001b\nc\">x</p></div></section></body></html>").selectFirst("p");
        // A vertical tab or a tab ends the first class; a control character that is no white space does not.
        assertEquals("body > section.story > div.lead > p.a\u0001b", Dom.cssPath(p));
        Element div = Jsoup.parse("<div id=\"main\"><p class=\"only\">x</p></div>").selectFirst("p");
        assertEquals("div#main > p.only", Dom.cssPath(div));
    }

    @Test
    void lineBreaksAndBlocksSeparateWordsOnce() {
        Element div = Jsoup.parseBodyFragment("<div>Harbour<br><br> <br>reopens<p>today</p></div>").body().child(0);
        assertEquals("Harbour reopens today", Dom.textPrefix(div, 80));
    }

    @Test
    void walkVisitsElementsInPageOrderWithTheirDepthAndObeysSkipAndStop() {
        Element root = Jsoup.parseBodyFragment("<div><p>a<b>b</b></p><nav><a>x</a></nav><ul><li>1</li><li>2</li></ul>"
                + "<p>c</p></div>").body().child(0);
        List<String> seen = new ArrayList<>();
        Dom.walk(root, (e, depth) -> {
            seen.add(e.normalName() + depth);
            if (e.nameIs("nav")) {
                return Dom.SKIP;
            }
            return e.nameIs("li") && e.text().equals("2") ? Dom.STOP : Dom.DESCEND;
        });
        assertEquals(List.of("p1", "b2", "nav1", "ul1", "li2", "li2"), seen);
    }

    @Test
    void walkGoesDeeperThanAnyFixedStack() {
        Element root = Jsoup.parseBodyFragment("<div></div>").body().child(0);
        Element inner = root;
        for (int i = 0; i < 500; i++) {
            inner = inner.appendElement("span");
        }
        int[] deepest = {0};
        Dom.walk(root, (e, depth) -> {
            deepest[0] = Math.max(deepest[0], depth);
            return Dom.DESCEND;
        });
        assertEquals(500, deepest[0]);
    }

    @Test
    void aTokenIsAWholeSpaceSeparatedWordInAnyCase() {
        assertTrue(Dom.hasToken("tag", "tag"));
        assertTrue(Dom.hasToken(" category\tTAG ", "tag"));
        assertTrue(Dom.hasToken("nofollow tag", "tag"));
        assertFalse(Dom.hasToken("tags", "tag"));
        assertFalse(Dom.hasToken("stag tagged", "tag"));
        assertFalse(Dom.hasToken("", "tag"));
    }
}
