package io.github.articlemodel.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.articlemodel.model.PropertyTries;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * The footer copyright's glances only spare what the slower rule turns away: the copyright pattern
 * finds nothing where {@link BylineExtractor#mayHoldCopyright} says no, and
 * {@link BylineExtractor#hasOwnText} answers as {@link Element#ownText()} does.
 */
final class BylineFooterPropertyTest {
    /** Pieces of copyright lines: its marks in any case, cut and whole, years, names, letters that fold to the word's. */
    private static final List<String> LINE_PIECES = List.of("©", "(c)", "(C)", "(", ")", "c", "Copyright", "COPYRIGHT",
            "copyright", "copy", "right", "Copyrıght", "copyrİght", " ", "  ", "2012", "-", "–", "2019", "by ", "Jane",
            " Doe", "Example Media", ".", ",", "|", "All rights reserved", "Alle Rechte", "von", "ſ", "K", "é", "x");

    /** Pieces of an element's content: white space and controls of all kinds, invisible characters, letters, line breaks, children. */
    private static final List<String> HTML_PIECES = List.of(" ", "\n", "\t", "\r", "\f", "&#11;", "&#1;", "&#31;",
            "&nbsp;", "\u00a0", "\u200b", "\u00ad", "\u3000", "\u2028", "x", "Jane", "<br>", "<b> </b>", "<b>x</b>",
            "<span>Jane Doe</span>", "<!-- c -->", "&amp;", "&#127;");

    private static Gen<String> lines() {
        return PropertyTries.joined(LINE_PIECES, 1, 7);
    }

    @Test
    void theGlanceLetsThroughEveryCopyrightLine() {
        PropertyTries.assertLetsThrough(lines(), BylineExtractor.COPYRIGHT_HOLDER, BylineExtractor::mayHoldCopyright);
    }

    @Test
    void theOwnTextGlanceAnswersAsOwnText() {
        PropertyTries.qt().forAll(PropertyTries.joined(HTML_PIECES, 0, 6), Generate.booleans()).checkAssert((inner, pre) -> {
            String tag = pre ? "pre" : "div";
            Element p = Jsoup.parse("<" + tag + " id=p>" + inner + "</" + tag + ">").getElementById("p");
            assertEquals(!p.ownText().isEmpty(), BylineExtractor.hasOwnText(p), () -> tag + ": '" + inner + "'");
        });
    }

    @Test
    void theGlancesOnExamples() {
        assertTrue(BylineExtractor.mayHoldCopyright("© 2012 Jane Doe"));
        assertTrue(BylineExtractor.mayHoldCopyright("COPYRIGHT Jane Doe"));
        assertTrue(BylineExtractor.mayHoldCopyright("(c) Jane Doe"));
        assertFalse(BylineExtractor.mayHoldCopyright("Impressum | Datenschutz | Kontakt"));
        Element pre = Jsoup.parse("<pre id=p>\u00a0</pre>").getElementById("p");
        assertTrue(BylineExtractor.hasOwnText(pre), "a no-break space kept in preformatted text");
        Element div = Jsoup.parse("<div id=p> \n <b>Jane</b> <br> </div>").getElementById("p");
        assertFalse(BylineExtractor.hasOwnText(div), "a child's text is not the element's own");
    }
}
