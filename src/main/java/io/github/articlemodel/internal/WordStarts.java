package io.github.articlemodel.internal;

import java.util.regex.Pattern;

/**
 * A necessary condition for a class-word pattern, tested without the regex engine. The class and
 * id tests of {@link Cues} are alternations of words that must start the string or follow a
 * hyphen, underscore or space ({@code (?:^|[-_ ])(?:ad|banner|...)(?:$|[-_ ])}). Such a pattern
 * can only match where a word of the string starts with the first two letters of one of its
 * alternatives, and most class names start no word that way; for them the test answers "no" with
 * one plain scan, and only the others go to the pattern.
 *
 * <p>The two-letter starts are read from the pattern's own source, so the words stay written in one
 * place. A pattern of another shape, or an alternative that does not start with a plain lower-case
 * ASCII letter or digit and another or a hyphen or underscore, gives a test that always says "maybe".
 */
final class WordStarts {
    private static final String[] OPENINGS = {"(?:^|[-_ ])(?:", "(?:^|[ ])(?:"};
    private static final String[] CLOSINGS = {")(?:$|[-_ ])", ")(?:$|[ ])"};

    /** Bit {@code a * 128 + b} is set for each alternative that starts with the ASCII characters a, b. */
    private final long[] starts;

    private WordStarts(long[] starts) {
        this.starts = starts;
    }

    /** The test for a pattern of the word-alternation shape; for any other, a test that always says "maybe". */
    static WordStarts of(Pattern pattern) {
        String alternatives = pattern.flags() == 0 ? alternatives(pattern.pattern()) : null;
        if (alternatives == null) {
            return new WordStarts(null);
        }
        long[] starts = new long[128 * 128 / 64];
        int depth = 0;
        int from = 0;
        for (int i = 0; i <= alternatives.length(); i++) {
            char c = i < alternatives.length() ? alternatives.charAt(i) : '|';
            if (c == '\\') {
                i++; // an escaped character opens and closes nothing
            } else if (c == '(' || c == '[') {
                depth++;
            } else if (c == ')' || c == ']') {
                depth--;
            } else if (c == '|' && depth == 0) {
                int key = start(alternatives.substring(from, i));
                if (key < 0) {
                    return new WordStarts(null);
                }
                starts[key >>> 6] |= 1L << key;
                from = i + 1;
            }
        }
        return new WordStarts(depth == 0 ? starts : null);
    }

    /** The alternatives between the word-start and word-end groups, or null for another shape. */
    private static String alternatives(String source) {
        for (int k = 0; k < OPENINGS.length; k++) {
            if (source.startsWith(OPENINGS[k]) && source.endsWith(CLOSINGS[k])
                    && source.length() > OPENINGS[k].length() + CLOSINGS[k].length()) {
                return source.substring(OPENINGS[k].length(), source.length() - CLOSINGS[k].length());
            }
        }
        return null;
    }

    /** The key of an alternative's first two characters, or -1 when they are not two plain literals. */
    private static int start(String alternative) {
        if (alternative.length() < 2) {
            return -1;
        }
        char second = alternative.charAt(1);
        if (!plain(alternative.charAt(0)) || !plain(second) && second != '-' && second != '_') {
            return -1;
        }
        // "ab?" or "ab*" makes the second character optional: no fixed start.
        if (alternative.length() > 2 && "?*{".indexOf(alternative.charAt(2)) >= 0) {
            return -1;
        }
        return alternative.charAt(0) * 128 + alternative.charAt(1);
    }

    private static boolean plain(char c) {
        return c >= 'a' && c <= 'z' || c >= '0' && c <= '9';
    }

    /**
     * False when the pattern cannot match {@code s}: no word of it (at the start, or after a hyphen,
     * underscore or space) begins with the first two characters of an alternative.
     */
    boolean mayMatch(String s) {
        if (starts == null) {
            return true;
        }
        for (int i = 0, last = s.length() - 1; i < last; i++) {
            if (i > 0) {
                char before = s.charAt(i - 1);
                if (before != '-' && before != '_' && before != ' ') {
                    continue;
                }
            }
            char a = s.charAt(i);
            char b = s.charAt(i + 1);
            if (a < 128 && b < 128) {
                int key = a * 128 + b;
                if ((starts[key >>> 6] & 1L << key) != 0) {
                    return true;
                }
            }
        }
        return false;
    }
}
