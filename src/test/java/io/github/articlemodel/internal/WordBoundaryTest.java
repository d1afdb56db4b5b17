package io.github.articlemodel.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.articlemodel.model.PropertyTries;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * {@link WordBoundary} says what JDK 17's {@code \b} says, on every JDK: checked against that rule
 * written out in Java ({@link #jdk17Boundary}), and on words that start or end with a letter beyond
 * ASCII, where a bare {@code \b} fails from JDK 19 on.
 */
final class WordBoundaryTest {
    private static final Pattern START = Pattern.compile(WordBoundary.START);
    private static final Pattern END = Pattern.compile(WordBoundary.END);

    /** Letters, digits, "_", marks (also beyond the Basic Multilingual Plane), spaces and punctuation. */
    private static final List<String> PIECES = List.of("a", "Z", "7", "_", "é", "ü", "Ω", "日", "٣", "\u0301",
            "\u0308", "\u20DD", "\uD835\uDC00", "\uD834\uDD67", " ", "\u00a0", "-", "'", ".", "«", "\u200B");

    private static Gen<String> texts() {
        return PropertyTries.joined(PIECES, 1, 8);
    }

    @Test
    void startAndEndAgreeWithJdk17sWordBoundary() {
        PropertyTries.qt().forAll(texts().describedAs(WordBoundaryTest::escaped)).checkAssert(s -> {
            for (int i = 0; i <= s.length(); i++) {
                boolean boundary = jdk17Boundary(s, i);
                if (i < s.length() && isWord(s.codePointAt(i))) {
                    assertEquals(boundary, at(START, s, i), () -> "start in " + escaped(s));
                }
                if (i > 0 && isWord(s.codePointBefore(i))) {
                    assertEquals(boundary, at(END, s, i), () -> "end in " + escaped(s));
                }
            }
        });
    }

    @Test
    void wordsWithLettersBeyondAsciiAtTheirEdgesAreFound() {
        // Each fails with a bare \b from JDK 19 on.
        assertTrue(find("publié" + WordBoundary.END, "publié le 3 mai 2022"));
        assertTrue(find(WordBoundary.START + "über" + WordBoundary.END, "Ein Wort über Brücken"));
        assertTrue(find(WordBoundary.START + "à" + WordBoundary.END, "écrit à Paris"));
        assertTrue(find(WordBoundary.START + "ética", "la ética"));
    }

    @Test
    void noBoundaryInsideAWord() {
        assertFalse(find(WordBoundary.START + "ber", "über"), "after a letter beyond ASCII");
        assertFalse(find("publi" + WordBoundary.END, "publié"), "before a letter beyond ASCII");
        assertFalse(find("cafe" + WordBoundary.END, "cafe\u0301"), "before a combining mark");
        assertFalse(find(WordBoundary.START + "x", "e\u0301x"), "after a mark on a letter");
        assertFalse(find(WordBoundary.START + "a", "_a"), "after an underscore");
        assertTrue(find(WordBoundary.START + "x", " \u0301x"), "after a mark on no letter");
    }

    private static boolean find(String regex, String text) {
        return Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(text).find();
    }

    private static boolean at(Pattern p, String s, int i) {
        Matcher m = p.matcher(s);
        m.region(i, s.length()).useTransparentBounds(true);
        return m.lookingAt();
    }

    /** JDK 17's {@code \b} at {@code i} (java.util.regex.Pattern.Bound), without a region. */
    private static boolean jdk17Boundary(String s, int i) {
        boolean left = false;
        if (i > 0) {
            int ch = s.codePointBefore(i);
            left = isWord(ch) || Character.getType(ch) == Character.NON_SPACING_MARK && hasBase(s, i - 1);
        }
        boolean right = false;
        if (i < s.length()) {
            int ch = s.codePointAt(i);
            right = isWord(ch) || Character.getType(ch) == Character.NON_SPACING_MARK && hasBase(s, i);
        }
        return left ^ right;
    }

    private static boolean isWord(int ch) {
        return ch == '_' || Character.isLetterOrDigit(ch);
    }

    /** Whether marks from {@code i} back rest on a letter or digit, read one UTF-16 unit at a time as JDK 17 does. */
    private static boolean hasBase(String s, int i) {
        for (int x = i; x >= 0; x--) {
            int ch = s.codePointAt(x);
            if (Character.isLetterOrDigit(ch)) {
                return true;
            }
            if (Character.getType(ch) != Character.NON_SPACING_MARK) {
                return false;
            }
        }
        return false;
    }

    private static String escaped(String s) {
        StringBuilder sb = new StringBuilder();
        s.chars().forEach(c -> sb.append(c < 128 && c >= 32 ? String.valueOf((char) c) : String.format("\\u%04X", c)));
        return sb.toString();
    }
}
