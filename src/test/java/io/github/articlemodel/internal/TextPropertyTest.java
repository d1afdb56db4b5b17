package io.github.articlemodel.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.articlemodel.model.PropertyTries;
import java.text.Normalizer;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * The fast paths of {@link Text} give exactly what the plain definition gives: collapse white
 * space, drop invisible and control characters, replace lone surrogates, then NFC.
 */
final class TextPropertyTest {
    /** Letters, marks, spaces of every kind, invisible characters, controls, surrogate halves. */
    private static final String ALPHABET = "ab Z.,é\u00e9e\u0301\u0308\u00a0\u2000\u2009\u202f\u3000\t\n\r"
            + "\u200b\u200c\u200d\ufeff\u00ad\u0000\u0007\u0085\u007f\ud83d\ude00\u212b\u0410\u4e2d\u0344"
            + "\u2019\u201e\u2014\u2026\u20ac\u2028\u205f";

    private static Gen<String> strings() {
        Gen<String> gen = in -> {
            StringBuilder sb = new StringBuilder();
            int n = Generate.range(0, 14).generate(in);
            for (int k = 0; k < n; k++) {
                int pick = Generate.range(0, ALPHABET.length() + 5).generate(in);
                // Mostly the alphabet, often plain letters and single spaces (the fast path).
                sb.append(pick < ALPHABET.length() ? ALPHABET.charAt(pick) : pick % 2 == 0 ? ' ' : 'x');
            }
            return sb.toString();
        };
        return gen.describedAs(s -> s.chars().mapToObj(c -> String.format("\\u%04x", c))
                .reduce("", String::concat));
    }

    /** The definition, written the plain way. */
    private static String reference(String s) {
        StringBuilder sb = new StringBuilder();
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ("\u200B\u200C\u200D\uFEFF\u00AD".indexOf(c) >= 0) {
                continue;
            }
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                space = sb.length() > 0;
                continue;
            }
            if (Character.isISOControl(c)) {
                continue;
            }
            if (Character.isSurrogate(c) && !(Character.isHighSurrogate(c)
                    ? i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))
                    : i > 0 && Character.isHighSurrogate(s.charAt(i - 1)))) {
                c = '\uFFFD';
            }
            if (space) {
                sb.append(' ');
                space = false;
            }
            sb.append(c);
        }
        return Normalizer.normalize(sb.toString(), Normalizer.Form.NFC);
    }

    @Test
    void cleanIsTheDefinition() {
        PropertyTries.qt().forAll(strings()).checkAssert(s -> assertEquals(reference(s), Text.clean(s)));
    }

    @Test
    void cleanLengthIsTheLengthOfClean() {
        PropertyTries.qt().forAll(strings()).checkAssert(s -> assertEquals(Text.clean(s).length(),
                Text.cleanLength(s)));
    }

    @Test
    void cleanTextIsReturnedAsItIs() {
        String s = "Hafenbehörde öffnet, 12 Uhr.";
        org.junit.jupiter.api.Assertions.assertSame(s, Text.clean(s));
        assertEquals(0, Text.cleanLength(" \u00a0\n"));
        assertEquals(3, Text.cleanLength(" a  b "));
        assertEquals(1, Text.cleanLength("e\u0301"));
    }
}
