package io.github.articlemodel.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

final class AncestryTest {
    private static final Document PAGE = Jsoup.parse("<div id=layout><main id=main><h1 id=h>T</h1>"
            + "<div id=text><p>x</p></div></main><aside id=side><span id=by>By Jane</span></aside></div>");

    private static Element id(String id) {
        return PAGE.getElementById(id);
    }

    @Test
    void theTwoElementsAndAllTheirAncestorsAreHolders() {
        Ancestry ancestry = new Ancestry(id("h"), id("text"), (a, self, holds) -> Ancestry.FINE);
        for (String holder : List.of("h", "text", "main", "layout")) {
            assertTrue(ancestry.holds(id(holder)), holder);
        }
        assertTrue(ancestry.holds(PAGE.body()));
        assertTrue(ancestry.holds(PAGE));
        assertFalse(ancestry.holds(id("side")));
        assertFalse(ancestry.holds(id("by")));
    }

    @Test
    void eitherElementMayBeMissing() {
        Ancestry none = new Ancestry(null, null, (a, self, holds) -> Ancestry.FINE);
        assertFalse(none.holds(PAGE.body()));
        Ancestry second = new Ancestry(null, id("text"), (a, self, holds) -> Ancestry.FINE);
        assertTrue(second.holds(id("main")));
        assertFalse(second.holds(id("h")));
    }

    @Test
    void anAncestorsVerdictIsAskedOnceAndTheCandidatesEachTime() {
        List<String> asked = new ArrayList<>();
        Ancestry ancestry = new Ancestry(id("h"), id("text"), (a, self, holds) -> {
            asked.add(a.id() + (self ? " self" : "") + (holds ? " holds" : ""));
            return a.nameIs("aside") ? Ancestry.EXCLUDED : Ancestry.FINE;
        });
        assertEquals(Ancestry.EXCLUDED, ancestry.verdict(id("side"), false));
        assertEquals(Ancestry.EXCLUDED, ancestry.verdict(id("side"), false));
        assertEquals(Ancestry.FINE, ancestry.verdict(id("by"), true));
        assertEquals(Ancestry.FINE, ancestry.verdict(id("by"), true));
        assertEquals(Ancestry.FINE, ancestry.verdict(id("main"), false));
        assertEquals(List.of("side", "by self", "by self", "main holds"), asked);
    }
}
