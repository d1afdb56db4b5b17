package io.github.articlemodel.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

final class AsciiWordsTest {
    private final AsciiWords words = AsciiWords.of(List.of("updated", "posted", "обновлено"));

    @Test
    void findsAWordInAnyAsciiCaseFromThePositionOn() {
        assertTrue(words.mayHold("Last UPDATED 3 May", 0));
        assertTrue(words.mayHold("x posted", 2));
        assertFalse(words.mayHold("posted by Jane", 1), "the word starts before the position");
        assertFalse(words.mayHold("Jane Doe", 0));
        assertFalse(words.mayHold("update", 0), "a word cut short");
    }

    @Test
    void anyCharacterBeyondAsciiLetsTheTextThrough() {
        assertTrue(words.mayHold("\u212Aelvin", 0), "the Kelvin sign folds to k");
        assertTrue(words.mayHold("обновлено", 0));
        assertFalse(words.mayHold("é then plain", 2));
    }

    @Test
    void mayStartReadsOnlyTheStart() {
        assertTrue(words.mayStart("Posted by Jane"));
        assertTrue(words.mayStart("UPDATEDx"), "a word that runs on still starts the text");
        assertFalse(words.mayStart("Jane posted"));
        assertFalse(words.mayStart(""));
        assertTrue(words.mayStart("Jane \u212A"), "beyond ASCII within the longest word's length");
        assertFalse(words.mayStart("Jane Doe, R\u00e9union"), "beyond ASCII past it");
    }

    @Test
    void longestCountsEveryWord() {
        assertEquals(9, words.longest());
    }
}
