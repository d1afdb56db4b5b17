package io.github.articlemodel.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

final class TextTest {
    @Test
    void runsOfWhiteSpaceBecomeOneSpaceAndEndsAreTrimmed() {
        assertEquals("a b c", Text.clean("  a \t\n b\r\n\r\n   c  "));
    }

    @Test
    void noBreakAndOtherUnicodeSpacesAreSpaces() {
        assertEquals("a b", Text.clean("a\u00a0\u00a0b"));
        assertEquals("12 000 €", Text.clean("12\u202f000\u00a0€"));
        assertEquals("a b", Text.clean("a\u3000b"));
        assertEquals("a b", Text.clean("a\u2009\u200ab"));
        assertEquals("a", Text.clean("\u00a0a\u00a0"));
    }

    @Test
    void zeroWidthCharactersAndSoftHyphensDisappear() {
        assertEquals("harbour", Text.clean("har\u200Bbo\u200Cu\u200Dr\uFEFF"));
        assertEquals("Hafenbehörde", Text.clean("Hafen\u00ADbehörde"));
        assertEquals("a b", Text.clean("a \u200B b"));
        assertEquals("", Text.clean("\u200B\uFEFF"));
    }

    @Test
    void controlCharactersDisappear() {
        assertEquals("ab", Text.clean("a\u0000\u0007b"));
    }

    @Test
    void resultIsNfc() {
        String decomposed = "Pe\u0301rez Mu\u0308ller";
        String clean = Text.clean(decomposed);
        assertEquals("P\u00e9rez M\u00fcller", clean);
        assertEquals(12, clean.length());
    }

    @Test
    void nullAndEmpty() {
        assertEquals("", Text.clean(null));
        assertEquals("", Text.clean(""));
        assertEquals(Optional.empty(), Text.cleanOpt(" \n\u00a0"));
        assertEquals(Optional.of("x"), Text.cleanOpt(" x "));
    }

    @Test
    void truncateNeverSplitsASurrogatePair() {
        String s = "ab\uD83D\uDE00cd"; // a b 😀 c d
        assertEquals("ab", Text.truncate(s, 3));
        assertEquals("ab\uD83D\uDE00", Text.truncate(s, 4));
        assertEquals(s, Text.truncate(s, 10));
    }

    @Test
    void keyIgnoresCaseAndSpacing() {
        assertEquals(Text.key("Harbour  Herald"), Text.key(" harbour\u00a0HERALD "));
    }

    @Test
    void loneSurrogatesBecomeReplacementCharactersAndPairsStay() {
        assertEquals("a\uFFFDb", Text.clean("a\uD800b"));
        assertEquals("a\uFFFDb", Text.clean("a\uDC00b"));
        assertEquals("a\uD83D\uDE00b", Text.clean("a\uD83D\uDE00b"));
    }

    @Test
    void lettersKeepOnlyLettersAndDigitsInLowerCase() {
        assertEquals("elexample24", Text.letters("El Example 24"));
        assertEquals(Text.letters("El Example"), Text.letters("www.ElExample").substring(3));
        // A letter outside the Basic Multilingual Plane is one letter, not two lone surrogates.
        assertEquals("straße\uD835\uDC00", Text.letters("Straße – \uD835\uDC00!"));
        assertEquals("", Text.letters(" – … "));
    }

    @Test
    void theCharactersTakenAsNfcAreSoAndComposeWithNothingBefore() {
        // Every character that a canonical decomposition holds after its first: what may combine.
        java.util.Set<Integer> combining = new java.util.HashSet<>();
        for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
            if (Character.isSurrogate((char) cp) && cp < 0x10000) {
                continue;
            }
            String d = java.text.Normalizer.normalize(new String(Character.toChars(cp)), java.text.Normalizer.Form.NFD);
            d.codePoints().skip(1).forEach(combining::add);
        }
        int checked = 0;
        for (int r = 0; r < Text.NFC_SAFE_RANGES.length; r += 2) {
            assertEquals(true, Text.NFC_SAFE_RANGES[r] <= Text.NFC_SAFE_RANGES[r + 1]
                    && (r == 0 || Text.NFC_SAFE_RANGES[r - 1] < Text.NFC_SAFE_RANGES[r]), "in order: " + r);
            for (char c = Text.NFC_SAFE_RANGES[r]; c <= Text.NFC_SAFE_RANGES[r + 1]; c++) {
                String s = String.valueOf(c);
                assertEquals(s, java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFC), "NFC of " + (int) c);
                assertEquals(false, combining.contains((int) c), "combines: " + (int) c);
                int type = Character.getType(c);
                assertEquals(false, type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                        || type == Character.ENCLOSING_MARK, "a mark: " + (int) c);
                assertEquals(true, Text.nfcSafe(c));
                // clean keeps it as it is: no space, nothing it drops
                boolean kept = !Text.isSpace(c) && !Text.invisible(c) && !Character.isISOControl(c);
                assertEquals(true, kept, "kept: " + (int) c);
                checked++;
            }
        }
        assertEquals(true, checked > 30000);
        for (int cp = 0x1F000; cp <= 0x1FBFF; cp++) {
            String s = new String(Character.toChars(cp));
            assertEquals(s, java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFC), "NFC of " + cp);
            assertEquals(false, combining.contains(cp), "combines: " + cp);
            int type = Character.getType(cp);
            assertEquals(false, type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                    || type == Character.ENCLOSING_MARK, "a mark: " + cp);
            assertEquals(true, Text.emojiHalf(s, 0) && Text.emojiHalf(s, 1));
            assertEquals(2, Text.cleanLength(s));
        }
        assertEquals(false, Text.emojiHalf("\uD83D", 0)); // a lone half is no emoji
        assertEquals(false, Text.emojiHalf("x\uDE00", 1));
        // Text of those scripts is left as it is, and counted as it is.
        String mixed = "Пример текста, 中文 日本語のテキスト, 한국어 텍스트, Ελληνικά, עברית, العربية, ภาษาไทย";
        assertEquals(mixed, Text.clean(mixed));
        assertEquals(mixed.length(), Text.cleanLength(" " + mixed + "\n"));
        assertEquals("\u0419", Text.clean("\u0418\u0306")); // a letter and its mark still compose
    }

    @Test
    void isSpaceIsWhiteSpaceOrASpaceSeparatorAndNfcSafeIsItsRanges() {
        for (int c = 0; c <= 0xFFFF; c++) {
            char ch = (char) c;
            assertEquals(Character.isWhitespace(ch) || Character.isSpaceChar(ch), Text.isSpace(ch), "char " + c);
            boolean inRange = c < 0x300 || c >= 0x2010 && c <= 0x2027 || c >= 0x2030 && c <= 0x205E
                    || c >= 0x20A0 && c <= 0x20BF;
            for (int r = 0; r < Text.NFC_SAFE_RANGES.length; r += 2) {
                inRange |= c >= Text.NFC_SAFE_RANGES[r] && c <= Text.NFC_SAFE_RANGES[r + 1];
            }
            assertEquals(inRange, Text.nfcSafe(ch), "char " + c);
        }
    }

    @Test
    void theEdgesOfATextAreReadPastWhatCleaningDrops() {
        assertTrue(Text.opensWithSpace("\u200b word"));
        assertTrue(Text.closesWithSpace("word \ufeff\u00ad"));
        assertTrue(Text.opensWithSpace("\u2007word"));
        assertFalse(Text.opensWithSpace("\u200bword "));
        assertFalse(Text.closesWithSpace(" word\u0001"));
        // Nothing kept: no space to give, whatever stands around it.
        assertFalse(Text.opensWithSpace("\u200b\u00ad"));
        assertFalse(Text.closesWithSpace(""));
    }
}
