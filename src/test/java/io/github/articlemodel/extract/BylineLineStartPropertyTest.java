package io.github.articlemodel.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.articlemodel.model.PropertyTries;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * The glance before the byline-line pattern ({@link BylineExtractor#mayStartLine}) only spares it
 * texts it would not match: with it the texts read as byline lines are those the pattern alone
 * (and the first-letter glance it replaced) let through.
 */
final class BylineLineStartPropertyTest {
    /** The pattern as it was written before its words became a list. */
    private static final Pattern WRITTEN = Pattern.compile(
            "[\\s|·•\\-–—]*(?:\\d|(?:by|von|par|door|por|przez|text|texte|tekst|autor|autorin|autoren|authors?"
                    + "|auteurs?|written|geschrieben|ein|blog[- ]?beitrag|gastbeitrag|beitrag|verfasst|redaktion|interview|escrito|scritto|napisał"
                    + "|napisała|a post)(?![\\p{L}]))",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** Pieces of texts: cue words and their starts in any case, separators, letters that fold to ASCII ones. */
    private static final List<String> PIECES = List.of("by", "By", "BY", "von", "Von", "vom", "par", "Por", "door",
            "przez", "Text", "texte", "tekst", "Autor", "autorin", "AUTHORS", "author", "auteur", "Written",
            "geschrieben", "ein", "Eine", "blog-beitrag", "Blog Beitrag", "blogbeitrag", "Gastbeitrag", "beitrag",
            "verfasst", "Redaktion", "interview", "escrito", "scritto", "napisał", "Napisała", "a post", "A Post",
            "a", "b", "e", "i", "n", "s", "t", "x", "q", " ", "  ", "\u00a0", "\t", "\n", ":", "|", "·", "•", "-",
            "–", "—", "1", "12.", "2023", "ſ", "İ", "ı", "K", "é", "ß", "Jane", "Doe", "Bild", "Das", "(", "\"");

    private static boolean firstLetterGlance(String w) {
        for (int i = 0; i < w.length() && i < 40; i++) {
            char c = w.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00a0') {
                continue;
            }
            if (c >= '0' && c <= '9' || c == '|' || c == '·' || c == '•' || c == '-' || c == '–' || c == '—') {
                return true;
            }
            return "bvpdtagerswni".indexOf(c | 0x20) >= 0;
        }
        return false;
    }

    private static String window(String w) {
        return w.length() > 40 ? w.substring(0, 40) : w;
    }

    private static Gen<String> texts() {
        Gen<String> piece = Generate.pick(PIECES);
        return in -> {
            StringBuilder sb = new StringBuilder();
            int n = Generate.range(1, 6).generate(in);
            for (int i = 0; i < n; i++) {
                sb.append(piece.generate(in));
            }
            return sb.toString();
        };
    }

    @Test
    void theGlanceLetsThroughEveryTextThePatternReadsAsALineStart() {
        PropertyTries.qt().forAll(texts()).checkAssert(w -> {
            boolean before = firstLetterGlance(w) && WRITTEN.matcher(window(w)).lookingAt();
            boolean now = BylineExtractor.mayStartLine(w) && BylineExtractor.LINE_START.matcher(window(w)).lookingAt();
            assertEquals(before, now, () -> "'" + w + "'");
        });
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
