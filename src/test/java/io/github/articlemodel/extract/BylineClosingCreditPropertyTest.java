package io.github.articlemodel.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.articlemodel.internal.Text;
import io.github.articlemodel.model.PropertyTries;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * The glance before the closing credit's pattern ({@link BylineExtractor#mayCloseWithCredit}) only
 * spares paragraphs whose text the pattern finds nothing in.
 */
final class BylineClosingCreditPropertyTest {
    /**
     * Pieces of a paragraph's end: credits whole and split over elements, full stops, brackets, white
     * space and controls, invisible characters, line breaks, comments and scripts, letters.
     */
    private static final List<String> PIECES = List.of("(dpa)", "(FR mit dpa)", "(", ")", ".", ").", "dpa", "AFP",
            "<b>(dpa</b>)", "<span>)</span>", "<i>.</i>", "<b></b>", "<br>", "<div>.</div>", "<!-- ) -->",
            "<script>x = ')'</script>", " ", "\n", "&nbsp;", "\u00a0", "\u200b", "\u00ad", "&#1;", "&#127;", "&#133;",
            "\u2028", "word", "x", "é", ",", "!");

    private static String text(Element p) {
        return Text.clean(p.text());
    }

    @Test
    void theGlanceLetsThroughEveryParagraphWithAClosingCredit() {
        PropertyTries.qt().forAll(PropertyTries.joined(PIECES, 0, 7)).checkAssert(inner -> {
            Element p = Jsoup.parse("<p id=p>" + inner + "</p>").getElementById("p");
            if (BylineExtractor.CLOSING_CREDIT.matcher(text(p)).find()) {
                assertTrue(BylineExtractor.mayCloseWithCredit(p), () -> "'" + inner + "'");
            }
        });
    }

    @Test
    void theGlanceReadsTheLastVisibleCharacters() {
        assertTrue(BylineExtractor.mayCloseWithCredit(Jsoup.parse("<p id=p>The harbour reopened. (dpa)</p>").getElementById("p")));
        assertTrue(BylineExtractor.mayCloseWithCredit(Jsoup.parse("<p id=p>The harbour reopened (<b>dpa</b>). </p>").getElementById("p")));
        assertFalse(BylineExtractor.mayCloseWithCredit(Jsoup.parse("<p id=p>The harbour reopened.</p>").getElementById("p")));
        assertFalse(BylineExtractor.mayCloseWithCredit(Jsoup.parse("<p id=p>(dpa) The harbour <b>reopened</b></p>").getElementById("p")));
        assertFalse(BylineExtractor.mayCloseWithCredit(Jsoup.parse("<p id=p> </p>").getElementById("p")));
    }
}
