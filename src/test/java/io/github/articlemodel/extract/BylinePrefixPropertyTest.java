package io.github.articlemodel.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.articlemodel.model.PropertyTries;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The glance before the label pattern ({@link BylineExtractor#mayStartWithPrefix}) only spares it
 * names it would leave as they are: {@link BylineExtractor#withoutPrefix} agrees with the pattern.
 */
final class BylinePrefixPropertyTest {
    /**
     * Pieces of names: every word written in the pattern itself (so a label word the glance forgot
     * shows), in three cases, separators, names, and letters beyond ASCII that fold to ASCII ones.
     */
    private static final List<String> PIECES = pieces();

    private static List<String> pieces() {
        Set<String> out = new LinkedHashSet<>();
        Matcher m = Pattern.compile("\\p{L}+").matcher(BylineExtractor.PREFIX.pattern());
        while (m.find()) {
            String w = m.group();
            out.add(w);
            out.add(w.toUpperCase(Locale.ROOT));
            out.add(Character.toUpperCase(w.charAt(0)) + w.substring(1));
        }
        out.addAll(List.of(" ", ": ", " - ", "-", "：", "Jane", "Doe", "Hanna", "Lisa", "Xu", "Yvonne", "Jörg",
                "İnterview", "ſource", "K", "é", "1", "(", "@"));
        return new ArrayList<>(out);
    }

    private static Gen<String> names() {
        return PropertyTries.joined(PIECES, 1, 5);
    }

    @Test
    void theGlanceAgreesWithThePattern() {
        PropertyTries.qt().forAll(names()).checkAssert(s -> assertEquals(
                BylineExtractor.PREFIX.matcher(s).replaceFirst(""), BylineExtractor.withoutPrefix(s), () -> "'" + s + "'"));
    }

    @Test
    void everyWordOfThePatternStartingALabelPassesTheGlance() {
        for (String w : PIECES) {
            String s = w + " Jane Doe";
            if (!BylineExtractor.PREFIX.matcher(s).replaceFirst("").equals(s)) {
                assertTrue(BylineExtractor.mayStartWithPrefix(s), s);
            }
        }
    }

    @Test
    void theGlanceSparesPlainNames() {
        assertFalse(BylineExtractor.mayStartWithPrefix("Jane Doe"));
        assertFalse(BylineExtractor.mayStartWithPrefix("Hanna Schmidt"));
        assertFalse(BylineExtractor.mayStartWithPrefix(""));
        assertTrue(BylineExtractor.mayStartWithPrefix("By Jane Doe"));
        assertTrue(BylineExtractor.mayStartWithPrefix("İnterview: Jane Doe"), "beyond ASCII: the pattern decides");
        assertEquals("Jane Doe", BylineExtractor.withoutPrefix("Written by Jane Doe"));
        assertEquals("Jane Doe", BylineExtractor.withoutPrefix("Jane Doe"));
    }
}
