package io.github.articlemodel.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Lower-case words filed by their first character, for a regex-free necessary test before a
 * case-insensitive (Unicode) pattern made of them: whether a text holds one of the words, its
 * characters compared at least as loosely as such a pattern compares them (the Kelvin sign
 * matches "k", "ſ" matches "s", "É" matches "é"). Most texts hold none: the pattern is spared.
 */
public final class FoldedWords {
    /** The words by the folded form ({@link Cues#fold}) of their first character, when that is ASCII. */
    private final String[][] byFirst = new String[128][];
    /** The words whose first character folds beyond ASCII ("über", "обновлено"). */
    private final String[] beyondAscii;
    private final int longest;

    private FoldedWords(Collection<String> words) {
        int max = 0;
        List<String> beyond = new ArrayList<>();
        for (String w : words) {
            max = Math.max(max, w.length());
            char c = Cues.fold(w.charAt(0));
            if (c < 0x80) {
                String[] known = byFirst[c] == null ? new String[0] : byFirst[c];
                String[] more = java.util.Arrays.copyOf(known, known.length + 1);
                more[known.length] = w;
                byFirst[c] = more;
            } else {
                beyond.add(w);
            }
        }
        this.beyondAscii = beyond.toArray(new String[0]);
        this.longest = max;
    }

    /** The words, each in lower case and not empty. */
    public static FoldedWords of(Collection<String> words) {
        return new FoldedWords(words);
    }

    /** The length of the longest word. */
    public int longest() {
        return longest;
    }

    /**
     * Whether one of the words starts in {@code s} at {@code from} or later; false means no
     * case-insensitive match of a word starts there.
     */
    public boolean mayHold(String s, int from) {
        for (int i = from, n = s.length(); i < n; i++) {
            if (wordAt(s, i)) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code s} may start with one of the words. */
    public boolean mayStart(String s) {
        return !s.isEmpty() && wordAt(s, 0);
    }

    /**
     * Whether one of the words starts at {@code i} of {@code s}, in any case: the rest is compared
     * as {@link String#regionMatches(boolean, int, String, int, int)} ignoring case does, which
     * takes every pair of characters a case-insensitive Unicode pattern takes.
     */
    private boolean wordAt(String s, int i) {
        char c = Cues.fold(s.charAt(i));
        String[] words = c < 0x80 ? byFirst[c] : beyondAscii;
        if (words != null) {
            for (String w : words) {
                if (s.regionMatches(true, i, w, 0, w.length())) {
                    return true;
                }
            }
        }
        return false;
    }
}
