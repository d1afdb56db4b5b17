package io.github.articlemodel.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.articlemodel.model.PropertyTries;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The glance before the range-end pattern ({@link Dates#mayEndRange}) only spares it texts it would
 * not match: whenever the pattern finds a range's end, the glance lets the text through.
 */
final class DatesRangeEndPropertyTest {
    /**
     * Pieces of the text before a date: the range words in any case, dashes, digits, white space of
     * every kind (line terminators beyond ASCII too) and letters beyond ASCII that fold to ASCII ones.
     */
    private static final List<String> PIECES = List.of("bis", "BIS", "until", "Till", "to", "TO", "au", "al", "Al",
            "hasta", "vom", "am", "on", "le", "von", "3.", "5", "12", " ", "  ", "\t", "\n", "\r", "\u000b", "\f",
            "\u00a0", "\u0085", "\u2028", "\u2029", "-", "–", "—", ",", ".", ":", "ſ", "İ", "ı", "K", "é", "x", "b",
            "s", "o", "a", "u", "l", "t", "i", "Februar", "Jane");

    private static Gen<String> texts() {
        return PropertyTries.joined(PIECES, 0, 8);
    }

    @Test
    void theGlanceLetsThroughEveryTextWithARangeEnd() {
        PropertyTries.assertLetsThrough(texts(), Dates.RANGE_END, Dates::mayEndRange);
    }

    @Test
    void rangeEndsBeyondAsciiStillCount() {
        for (String s : List.of("5. bis ", "5. bis\u2028", "12 -", "12 – ", "bi\u017f ", "until\n")) {
            assertTrue(Dates.RANGE_END.matcher(s).find(), s);
            assertTrue(Dates.mayEndRange(s), s);
        }
        assertEquals(Dates.Label.OTHER, Dates.labelBefore("Vom 5. bis 11. Februar 2022", 11));
        assertEquals(Dates.Label.NONE, Dates.labelBefore("Am 11. Februar 2022", 3));
    }
}
