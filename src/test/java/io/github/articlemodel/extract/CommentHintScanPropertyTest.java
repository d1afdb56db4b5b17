package io.github.articlemodel.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.articlemodel.internal.Cues;
import io.github.articlemodel.model.PropertyTries;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The skip scan of {@link CommentExtractor#mayNameComments}, which reads only some characters of
 * a class or id, lets through every one that holds a comment hint in any case: as the lower-casing
 * of the comment tests sees it, and as a case-blind pattern that folds letters beyond ASCII sees it.
 */
final class CommentHintScanPropertyTest {
    /** Every hint in three cases, cut in two, with separators, plain words and letters that fold to ASCII ones. */
    private static final List<String> PIECES = pieces();

    private static List<String> pieces() {
        Set<String> out = new LinkedHashSet<>();
        for (String h : Cues.commentHints()) {
            out.add(h);
            out.add(h.toUpperCase(Locale.ROOT));
            out.add(Character.toUpperCase(h.charAt(0)) + h.substring(1));
            out.add(h.substring(0, h.length() / 2));
            out.add(h.substring(h.length() / 2));
            out.add(h.substring(0, 3));
            out.add(h.substring(1));
            out.add(h.substring(0, h.length() - 1));
        }
        out.addAll(List.of(" ", "-", "_", "--", "1", "col", "md", "a", "s", "mm", "wp", "block", "list", "e", "ic",
                "\u212A", "\u0130", "\u017F", "ü", "Ü", "é", "\u00A0", "„", "😀", "k", "i", "o", "m", "c"));
        return new ArrayList<>(out);
    }

    private static Gen<String> names() {
        return PropertyTries.joined(PIECES, 0, 7);
    }

    /** A hint in any case, folding as a case-blind Unicode pattern folds (the Kelvin sign as k, long s as s). */
    private static final Pattern ANY_HINT = Pattern.compile(
            "(?iu)" + String.join("|", Cues.commentHints()));

    @Test
    void letsThroughEveryNameThePatternFindsAHintIn() {
        PropertyTries.assertLetsThrough(names(), ANY_HINT, CommentExtractor::mayNameComments);
    }

    @Test
    void letsThroughEveryNameWhoseLowerCaseHoldsAHint() {
        PropertyTries.qt().forAll(names()).checkAssert(s -> {
            String lower = s.toLowerCase(Locale.ROOT);
            if (Cues.commentHints().stream().anyMatch(lower::contains)) {
                assertTrue(CommentExtractor.mayNameComments(s), () -> "'" + s + "'");
            }
        });
    }

    @Test
    void turnsAwayNamesWithoutAHint() {
        assertFalse(CommentExtractor.mayNameComments(""));
        assertFalse(CommentExtractor.mayNameComments("row"));
        assertFalse(CommentExtractor.mayNameComments("col-md-6 text-center wp-block-group"));
        assertFalse(CommentExtractor.mayNameComments("commen comm-ent disq reactor avi"));
        assertTrue(CommentExtractor.mayNameComments("wp-block-comments"));
        assertTrue(CommentExtractor.mayNameComments("AVIS"));
        assertTrue(CommentExtractor.mayNameComments("x-ReactIons"));
        assertTrue(CommentExtractor.mayNameComments("\u212Aommentare"), "the Kelvin sign lower-cases to k");
        assertTrue(CommentExtractor.mayNameComments("react\u0130"), "İ lower-cases to i and a dot above");
    }
}
