package io.github.articlemodel.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.articlemodel.model.PropertyTries;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The glances before a line's byline patterns ({@link BylineExtractor#mayHoldLineLabel},
 * {@link BylineExtractor#mayBeDateline}) only spare lines that give no names: whenever a segment
 * reads like a byline, or the line is a dateline that ends with a name, its glance lets the line through.
 */
final class BylineLineNamesPropertyTest {
    /**
     * Pieces of lines: labels and their starts in any case, separators the line is split at, dates
     * and times, names, and letters beyond ASCII that fold to a label's letters ("İnterview", "ſcritto").
     */
    private static final List<String> PIECES = List.of("By", "by ", "BY:", "Von ", "von:", "Par", "door ", "Por",
            "przez", "Written by ", "Posted by", "geschrieben von ", "Eingestellt von", "gepostet von", "Geplaatst door",
            "ein Beitrag von ", "Blog-Beitrag von", "Gastbeitrag von", "beitrag von", "Ein Artikel von", "verfasst von",
            "escrito por", "scritto da", "napisał", "Napisała ", "a post by ", "Text", "Texte: ", "tekst", "Autor",
            "Autorin:", "autoren", "Author", "AUTHORS: ", "auteur", "Auteurs", "Interview ", "Redaktion", "redaktion: ",
            "İnterview ", "ſcritto da ", "ı", "ſ", "K", " | ", " · ", " • ", "|", ":", " ", "  ", "-", " – ", "—",
            "12.03.2023", "04.02.2022 | 13:10 Uhr | ", "1", "25/10/22 - ", "Uhr", "h ", "Jane", " Doe", "Maria Jansen",
            "Kim", "news", "Bild", "Das Haus", "(", "é", "a", "b", "t", "x");

    private static Gen<String> lines() {
        return PropertyTries.joined(PIECES, 1, 7);
    }

    @Test
    void theGlanceLetsThroughEveryLineWithABylineSegment() {
        PropertyTries.qt().forAll(lines()).checkAssert(own -> {
            if (!BylineExtractor.bylineSegments(own).isEmpty()) {
                assertTrue(BylineExtractor.mayHoldLineLabel(own), () -> "'" + own + "'");
            }
        });
    }

    @Test
    void theGlanceLetsThroughEveryDatelineNearTheHeadline() {
        PropertyTries.qt().forAll(lines()).checkAssert(own -> {
            if (BylineExtractor.DATE_THEN_NAME.matcher(own).matches()) {
                assertTrue(BylineExtractor.mayBeDateline(own), () -> "'" + own + "'");
            }
        });
    }

    @Test
    void theGlancesTurnAwayLinesWithoutALabelOrADigitFirst() {
        assertTrue(BylineExtractor.mayHoldLineLabel("12.03.2023 | Von Jane Doe"));
        assertTrue(BylineExtractor.mayHoldLineLabel("İnterview: Jane Doe"), "a letter beyond ASCII: the patterns decide");
        assertFalse(BylineExtractor.mayHoldLineLabel("25.10.2022 - Jane Doe"));
        assertFalse(BylineExtractor.mayHoldLineLabel("3 Kommentare"));
        assertTrue(BylineExtractor.mayBeDateline("25.10.2022 - Jane Doe"));
        assertFalse(BylineExtractor.mayBeDateline("Am 25.10.2022 - Jane Doe"));
        assertFalse(BylineExtractor.mayBeDateline(""));
    }
}
