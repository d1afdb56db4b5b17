package io.github.articlemodel.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.articlemodel.model.PropertyTries;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The glance before the byline-line pattern ({@link BylineExtractor#mayStartLine}) only spares it
 * texts it would not match: whenever the pattern reads a text as a line start, the glance lets it through.
 */
final class BylineLineStartPropertyTest {
    /**
     * Pieces of texts: cue words and their starts in any case, separators, letters and words beyond
     * ASCII that fold to cue letters ("İnterview", "ſcritto").
     */
    private static final List<String> PIECES = List.of("by", "By", "BY", "von", "Von", "vom", "par", "Por", "door",
            "przez", "Text", "texte", "tekst", "Autor", "autorin", "AUTHORS", "author", "auteur", "Written",
            "geschrieben", "ein", "Eine", "blog-beitrag", "Blog Beitrag", "blogbeitrag", "Gastbeitrag", "beitrag",
            "verfasst", "Redaktion", "interview", "escrito", "scritto", "napisał", "Napisała", "a post", "A Post",
            "a", "b", "e", "i", "n", "s", "t", "x", "q", " ", "  ", "\u00a0", "\t", "\n", ":", "|", "·", "•", "-",
            "–", "—", "1", "12.", "2023", "ſ", "İ", "ı", "K", "é", "ß", "Jane", "Doe", "Bild", "Das", "(", "\"",
            "İnterview", "ınterview", "ſcritto");

    private static String window(String w) {
        return w.length() > 40 ? w.substring(0, 40) : w;
    }

    private static Gen<String> texts() {
        return PropertyTries.joined(PIECES, 1, 6);
    }

    @Test
    void theGlanceLetsThroughEveryTextThePatternReadsAsALineStart() {
        PropertyTries.qt().forAll(texts()).checkAssert(w -> {
            if (BylineExtractor.LINE_START.matcher(window(w)).lookingAt()) {
                assertTrue(BylineExtractor.mayStartLine(w), () -> "'" + w + "'");
            }
        });
    }

    @Test
    void startsLineAnswersAsThePatternOnTheFirstFortyCharacters() {
        PropertyTries.qt().forAll(texts()).checkAssert(w -> assertEquals(
                BylineExtractor.LINE_START.matcher(window(w)).lookingAt(), BylineExtractor.startsLine(w), () -> "'" + w + "'"));
    }

    @Test
    void aDigitAfterTheSeparatorsStartsALineUpToTheFortiethCharacter() {
        assertTrue(BylineExtractor.startsLine(" | – 12.03.2023"));
        assertTrue(BylineExtractor.startsLine("\t\u000B·•—3 Kommentare"));
        assertFalse(BylineExtractor.startsLine("\u00a012.03.2023"), "no-break space is no separator of the pattern's");
        assertFalse(BylineExtractor.startsLine(" ".repeat(40) + "12"), "past the fortieth character");
        assertTrue(BylineExtractor.startsLine(" ".repeat(39) + "1"));
    }

    @Test
    void inAsciiACueWordStartsALineWhenNoLetterFollowsIt() {
        assertTrue(BylineExtractor.startsLine(" | Texte: Jane Doe"));
        assertTrue(BylineExtractor.startsLine("A POST BY Jane"));
        assertTrue(BylineExtractor.startsLine(" ".repeat(38) + "by"), "the fortieth character ends the text for the cue");
        assertFalse(BylineExtractor.startsLine("Textilien aus Wolle"));
        assertFalse(BylineExtractor.startsLine("A postcard from Jane"));
        assertFalse(BylineExtractor.startsLine(" ".repeat(39) + "by"), "a cue cut at the fortieth character");
    }

    @Test
    void theGlanceLetsThroughLettersThatFoldToACuesFirst() {
        for (String w : List.of("İnterview", "ınterview", "ſcritto", " İnterview mit Jane Doe")) {
            assertTrue(BylineExtractor.LINE_START.matcher(window(w)).lookingAt(), w);
            assertTrue(BylineExtractor.mayStartLine(w), w);
        }
    }

    @Test
    void theGlanceReadsTwoLetters() {
        assertTrue(BylineExtractor.mayStartLine("  Von Jane Doe"));
        assertTrue(BylineExtractor.mayStartLine("| by Jane"));
        assertTrue(BylineExtractor.mayStartLine("12.03.2023"));
        assertTrue(BylineExtractor.mayStartLine("A post by Jane"));
        assertTrue(BylineExtractor.mayStartLine("eſcrito por"), "a letter beyond ASCII second: the pattern decides");
        assertFalse(BylineExtractor.mayStartLine("Bild: Jane Doe"));
        assertFalse(BylineExtractor.mayStartLine("Das Haus"));
        assertFalse(BylineExtractor.mayStartLine("b"));
        assertFalse(BylineExtractor.mayStartLine("   "));
    }
}
