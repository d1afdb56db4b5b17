package io.github.articlemodel.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.articlemodel.internal.QuoteCues.Word;
import io.github.articlemodel.model.PropertyTries;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

/**
 * The one-look-up entries of the word tables ({@link QuoteCues#word}) must answer exactly as the
 * tables' own tests do, and a word in none of them must get none of their answers.
 */
final class QuoteCuesTest {
    /** The entry's answers, in the words of the tests they stand for. */
    private static void sameAnswers(String lower) {
        Word e = QuoteCues.word(lower);
        String cap = lower.isEmpty() ? lower : lower.substring(0, 1).toUpperCase(Locale.ROOT) + lower.substring(1);
        assertEquals(QuoteCues.isStopword(lower), e != null && e.is(Word.STOPWORD), lower);
        assertEquals(QuoteCues.isCalendar(lower), e != null && e.is(Word.CALENDAR_WORD), lower);
        assertEquals(QuoteCues.isBoundary(lower), e != null && e.is(Word.BOUNDARY), lower);
        assertEquals(QuoteCues.isCapitalisedRole(lower), e != null && e.is(Word.CAPITALISED_ROLE), lower);
        assertEquals(QuoteCues.isAux(lower), QuoteCues.isAux(lower, e), lower);
        assertEquals(QuoteCues.isTitle(lower), QuoteCues.isTitleLower(lower, e), lower);
        assertEquals(QuoteCues.roleLower(lower), e == null ? 0 : e.role(), lower);
        assertEquals(QuoteCues.cue(lower), e == null ? null : e.cue(), lower);
        assertEquals(QuoteCues.isPluralRole(lower), e != null && e.is(Word.PLURAL_ROLE), lower);
        // A plural head counts only capitalised: both spellings of the word.
        for (String w : List.of(lower, cap)) {
            boolean upper = !w.isEmpty() && Character.isUpperCase(w.charAt(0));
            assertEquals(QuoteCues.isOrgHead(w),
                    e != null && (e.is(Word.ORG_HEAD) || upper && e.is(Word.ORG_HEAD_PLURAL)), w);
        }
    }

    @Test
    void everyKnownWordAndItsNeighboursAnswerAsTheTables() {
        List<String> words = new ArrayList<>(QuoteCues.lexiconWords());
        assertTrue(words.size() > 500);
        for (String w : words) {
            // The word, its plurals and the stems the plural rules strip: each known or not.
            for (String v : List.of(w, w + "s", w + "es", w.substring(0, w.length() - 1), w.replace("man", "men"))) {
                sameAnswers(v);
            }
        }
    }

    @Test
    void arbitraryWordsAnswerAsTheTables() {
        String letters = "aeinorstlmd-.'’äéß";
        PropertyTries.qt().forAll(Generate.range(0, Integer.MAX_VALUE), Generate.range(1, 12)).checkAssert((seed, n) -> {
            StringBuilder sb = new StringBuilder();
            int x = seed;
            for (int k = 0; k < n; k++) {
                sb.append(letters.charAt(Math.floorMod(x, letters.length())));
                x = x * 31 + 7;
            }
            sameAnswers(sb.toString());
        });
    }

    @Test
    void theFilterNeverTurnsAwayAKnownWord() {
        for (String w : QuoteCues.lexiconWords()) {
            for (String v : List.of(w, w.toUpperCase(Locale.ROOT), w.substring(0, 1).toUpperCase(Locale.ROOT)
                    + w.substring(1))) {
                String padded = "x " + v + " y";
                if (v.toLowerCase(Locale.ROOT).equals(w)) {
                    assertTrue(QuoteCues.mayBeWord(padded, 2, 2 + v.length()), v);
                }
            }
        }
        String letters = "aeinorstlmdAEIOSTK-.'’äÄßİ\u212A";
        PropertyTries.qt().forAll(Generate.range(0, Integer.MAX_VALUE), Generate.range(0, 12)).checkAssert((seed, n) -> {
            StringBuilder sb = new StringBuilder("(");
            int x = seed;
            for (int k = 0; k < n; k++) {
                sb.append(letters.charAt(Math.floorMod(x, letters.length())));
                x = x * 31 + 7;
            }
            String w = sb.append(')').toString();
            if (!QuoteCues.mayBeWord(w, 1, w.length() - 1)) {
                assertNull(QuoteCues.word(w.substring(1, w.length() - 1).toLowerCase(Locale.ROOT)), w);
            }
        });
        assertFalse(QuoteCues.mayBeWord("Stoltenberg", 0, 11));
    }

    @Test
    void wordsInNoTableHaveNoEntry() {
        for (String w : List.of("reeves", "tuesdays", "", "xyz", "seoul")) {
            if (!QuoteCues.lexiconWords().contains(w)) {
                assertNull(QuoteCues.word(w));
                sameAnswers(w);
            }
        }
    }

    @Test
    void noLongerWordIsAnAbbreviationOrADottedHonorific() {
        int longest = QuoteCues.longestAbbreviation();
        // Every word one longer than the bound, of letters, dots and digits the tables use.
        String letters = "abcdeghijklmnoprstuvz.0";
        PropertyTries.qt().forAll(Generate.range(0, Integer.MAX_VALUE)).checkAssert(seed -> {
            StringBuilder sb = new StringBuilder();
            int x = seed;
            for (int k = 0; k <= longest; k++) {
                sb.append(letters.charAt(Math.floorMod(x, letters.length())));
                x = x * 17 + 3;
            }
            String w = sb.toString();
            assertFalse(QuoteCues.isAbbreviation(w), w);
            assertEquals(0, QuoteCues.honorific(w + "."), w);
        });
        // The known ones are within the bound, and lengthened by letters past it are no longer any of them.
        for (String a : List.of("approx", "ph.d", "mevr", "sept", "prof", "sig")) {
            assertTrue(QuoteCues.isAbbreviation(a) || QuoteCues.honorific(a + ".") != 0, a);
            assertTrue(a.length() <= longest, a);
            String longer = a + "x".repeat(longest + 1 - a.length());
            assertFalse(QuoteCues.isAbbreviation(longer), longer);
            assertEquals(0, QuoteCues.honorific(longer + "."), longer);
        }
    }
}
