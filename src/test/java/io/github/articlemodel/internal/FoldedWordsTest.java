package io.github.articlemodel.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

final class FoldedWordsTest {
    private final FoldedWords words = FoldedWords.of(List.of("updated", "posted", "kontakt", "über", "обновлено"));

    @Test
    void findsAWordInAnyCaseFromThePositionOn() {
        assertTrue(words.mayHold("Last UPDATED 3 May", 0));
        assertTrue(words.mayHold("x posted", 2));
        assertFalse(words.mayHold("posted by Jane", 1), "the word starts before the position");
        assertFalse(words.mayHold("Jane Doe", 0));
        assertFalse(words.mayHold("update", 0), "a word cut short");
        assertTrue(words.mayHold("Mehr ÜBER uns", 0), "a word starting beyond ASCII");
        assertTrue(words.mayHold("ОБНОВЛЕНО 3 мая", 0));
    }

    @Test
    void comparesCharactersAsACaseInsensitiveUnicodePatternDoes() {
        // Each of these the pattern matches: the glance must let it through.
        for (String text : List.of("\u212Aontakt", "po\u017Fted", "Kontakt", "UPDATED")) {
            assertTrue(Pattern.compile("kontakt|posted|updated", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)
                    .matcher(text).find(), text);
            assertTrue(words.mayHold(text, 0), text);
        }
    }

    @Test
    void aCharacterBeyondAsciiNoLongerLetsTheTextThroughByItself() {
        assertFalse(words.mayHold("Sylvia Torres-Guillén, René Müller", 0));
        assertFalse(words.mayStart("Émile Zola"));
    }

    @Test
    void mayStartReadsOnlyTheStart() {
        assertTrue(words.mayStart("Posted by Jane"));
        assertTrue(words.mayStart("UPDATEDx"), "a word that runs on still starts the text");
        assertTrue(words.mayStart("\u212Aontakt: Jane"), "the Kelvin sign folds to k");
        assertFalse(words.mayStart("Jane posted"));
        assertFalse(words.mayStart(""));
    }

    @Test
    void longestCountsEveryWord() {
        assertEquals(9, words.longest());
    }
}
