package io.github.articlemodel.internal;

import java.util.Collection;

/**
 * Lower-case words filed by their first character, for a regex-free necessary test before a
 * case-insensitive pattern made of them: whether a text holds a character beyond ASCII (where
 * Unicode case folding may make other letters match, as the Kelvin sign matches "k") or one of the
 * words in any ASCII case.
 */
public final class AsciiWords {
    private final String[][] byFirst = new String[128][];
    private final int longest;

    private AsciiWords(Collection<String> words) {
        int max = 0;
        for (String w : words) {
            max = Math.max(max, w.length());
            char c = w.charAt(0);
            if (c < 0x80) { // a word starting beyond ASCII needs such a character in the text
                String[] known = byFirst[c] == null ? new String[0] : byFirst[c];
                String[] more = java.util.Arrays.copyOf(known, known.length + 1);
                more[known.length] = w;
                byFirst[c] = more;
            }
        }
        this.longest = max;
    }

    /** The words, each in lower case and not empty. */
    public static AsciiWords of(Collection<String> words) {
        return new AsciiWords(words);
    }

    /** The length of the longest word. */
    public int longest() {
        return longest;
    }

    /**
     * Whether {@code s} from {@code from} on holds a character beyond ASCII, or one of the words
     * starting there in any ASCII case; false means no case-insensitive match of a word starts there.
     */
    public boolean mayHold(String s, int from) {
        int n = s.length();
        for (int i = from; i < n; i++) {
            if (s.charAt(i) >= 0x80) {
                return true;
            }
        }
        for (int i = from; i < n; i++) {
            if (wordAt(s, i)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@code s} may start with one of the words: a character beyond ASCII among its first
     * {@link #longest()}, or a word at its start in any ASCII case.
     */
    public boolean mayStart(String s) {
        for (int i = 0; i < s.length() && i < longest; i++) {
            if (s.charAt(i) >= 0x80) {
                return true;
            }
        }
        return !s.isEmpty() && wordAt(s, 0);
    }

    /** Whether one of the words starts at {@code i} of the ASCII text {@code s}, in any ASCII case. */
    private boolean wordAt(String s, int i) {
        String[] words = byFirst[s.charAt(i) | 0x20];
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
