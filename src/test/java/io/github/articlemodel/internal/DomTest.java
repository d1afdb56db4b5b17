package io.github.articlemodel.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
    void lineBreaksAndBlocksSeparateWordsOnce() {
        Element div = Jsoup.parseBodyFragment("<div>Harbour<br><br> <br>reopens<p>today</p></div>").body().child(0);
        assertEquals("Harbour reopens today", Dom.textPrefix(div, 80));
    }
}
