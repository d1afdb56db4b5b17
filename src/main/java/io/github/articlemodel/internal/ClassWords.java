package io.github.articlemodel.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A class-word pattern of {@link Cues}, answered without the regex engine. Those patterns are
 * alternations of words that start the string or follow a separator and end it or precede one:
 * {@code (?:^|[-_ ])(?:ad|breadcrumbs?|advert\w*|author-?box)(?:$|[-_ ])}. Class names are tested
 * by the hundred thousand, and most of them are short runs of such words, so each word start of the
 * string is looked up by its first character among the alternatives that begin with it, and those
 * are followed character by character.
 *
 * <p>The alternatives are read from the pattern's own source, so the words stay written in one
 * place. They may hold lower-case letters, digits, hyphens and underscores, each optional when a
 * {@code ?} follows it, and may end in {@code \w*}. A pattern of any other shape is run as it is.
 * Either way {@link #find} answers as {@code pattern.matcher(s).find()} does.
 */
final class ClassWords {
    private static final String[] OPENINGS = {"(?:^|[-_ ])(?:", "(?:^|[ ])(?:"};
    private static final String[] CLOSINGS = {")(?:$|[-_ ])", ")(?:$|[ ])"};
    private static final String[] SEPARATORS = {"-_ ", " "};
    /** A step of an alternative that takes any run of word characters, {@code \w*}. */
    private static final char WORD_RUN = 0;

    private final Pattern pattern;
    /** The characters a word follows or precedes; null when the pattern is run as it is. */
    private final String separators;
    /** The alternatives by first character (ASCII), each as steps: a character, or {@link #WORD_RUN}. */
    private final char[][][] byFirst;
    /** For each alternative's steps, whether step i may be left out. */
    private final boolean[][][] optional;

    private ClassWords(Pattern pattern, String separators, char[][][] byFirst, boolean[][][] optional) {
        this.pattern = pattern;
        this.separators = separators;
        this.byFirst = byFirst;
        this.optional = optional;
    }

    /** The matcher of a pattern: exact and regex-free for the class-word shape, the pattern itself for others. */
    static ClassWords of(Pattern pattern) {
        String source = pattern.pattern();
        for (int k = 0; k < OPENINGS.length; k++) {
            if (pattern.flags() == 0 && source.startsWith(OPENINGS[k]) && source.endsWith(CLOSINGS[k])
                    && source.length() > OPENINGS[k].length() + CLOSINGS[k].length()) {
                ClassWords words = parse(pattern, SEPARATORS[k],
                        source.substring(OPENINGS[k].length(), source.length() - CLOSINGS[k].length()));
                if (words != null) {
                    return words;
                }
            }
        }
        return new ClassWords(pattern, null, null, null);
    }

    /** Whether {@link #find} runs without the regex engine. */
    boolean exact() {
        return separators != null;
    }

    private static ClassWords parse(Pattern pattern, String separators, String alternatives) {
        List<List<char[]>> steps = new ArrayList<>();
        List<List<boolean[]>> optionals = new ArrayList<>();
        for (int i = 0; i < 128; i++) {
            steps.add(new ArrayList<>());
            optionals.add(new ArrayList<>());
        }
        for (String alternative : alternatives.split("\\|", -1)) {
            StringBuilder chars = new StringBuilder();
            List<Boolean> opt = new ArrayList<>();
            for (int i = 0; i < alternative.length(); i++) {
                char c = alternative.charAt(i);
                if (alternative.startsWith("\\w*", i) && i + 3 == alternative.length() && chars.length() > 0) {
                    chars.append(WORD_RUN);
                    opt.add(false);
                    i += 2;
                } else if (plain(c)) {
                    boolean optionalStep = i + 1 < alternative.length() && alternative.charAt(i + 1) == '?';
                    chars.append(c);
                    opt.add(optionalStep);
                    i += optionalStep ? 1 : 0;
                } else {
                    return null; // another construct: leave the pattern to the regex engine
                }
            }
            if (chars.length() == 0 || opt.get(0)) {
                return null; // an empty alternative, or one whose first character may be left out
            }
            boolean[] o = new boolean[opt.size()];
            for (int i = 0; i < o.length; i++) {
                o[i] = opt.get(i);
            }
            steps.get(chars.charAt(0)).add(chars.toString().toCharArray());
            optionals.get(chars.charAt(0)).add(o);
        }
        char[][][] byFirst = new char[128][][];
        boolean[][][] optional = new boolean[128][][];
        for (int c = 0; c < 128; c++) {
            if (!steps.get(c).isEmpty()) {
                byFirst[c] = steps.get(c).toArray(new char[0][]);
                optional[c] = optionals.get(c).toArray(new boolean[0][]);
            }
        }
        return new ClassWords(pattern, separators, byFirst, optional);
    }

    private static boolean plain(char c) {
        return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' || c == '_';
    }

    /** Whether the pattern occurs in {@code s}, as {@code pattern.matcher(s).find()} answers. */
    boolean find(String s) {
        if (separators == null) {
            return pattern.matcher(s).find();
        }
        for (int i = 0, n = s.length(); i < n; i++) {
            if (i > 0 && separators.indexOf(s.charAt(i - 1)) < 0) {
                continue;
            }
            char c = s.charAt(i);
            char[][] alternatives = c < 128 ? byFirst[c] : null;
            if (alternatives != null) {
                boolean[][] opt = optional[c];
                for (int a = 0; a < alternatives.length; a++) {
                    if (matchesAt(alternatives[a], opt[a], s, i)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * Several matchers answered together: bit k of {@link #findAll} for {@code words[k]}, each as
     * {@link #find} answers. The words of the exact ones are held in one trie, their optional
     * letters spelt out, so that each word start of the string is followed once, character by
     * character, for all of them; the others run on their own.
     */
    static final class Group {
        private final ClassWords[] words;
        /** The bits of the exact matchers, which the trie answers. */
        private final int exact;
        /** For each ASCII character, the bits of the exact matchers that take it as a separator. */
        private final int[] separatorBits = new int[128];
        /** Per trie node (the root at 0): its children's characters, and the children. */
        private char[][] keys = new char[64][];
        private int[][] kids = new int[64][];
        /** Per node: the bits of the alternatives spelt out up to it, and of those that go on with {@code \w*}. */
        private int[] ends = new int[64];
        private int[] runs = new int[64];
        private int nodes = 1;

        Group(ClassWords... words) {
            if (words.length > 31) {
                throw new IllegalArgumentException("at most 31 matchers: " + words.length);
            }
            this.words = words.clone();
            int bits = 0;
            keys[0] = new char[0];
            kids[0] = new int[0];
            for (int k = 0; k < words.length; k++) {
                ClassWords w = words[k];
                if (!w.exact()) {
                    continue;
                }
                bits |= 1 << k;
                for (int i = 0; i < w.separators.length(); i++) {
                    separatorBits[w.separators.charAt(i)] |= 1 << k;
                }
                for (int c = 0; c < 128; c++) {
                    for (int a = 0; w.byFirst[c] != null && a < w.byFirst[c].length; a++) {
                        add(w.byFirst[c][a], w.optional[c][a], 0, 0, 1 << k);
                    }
                }
            }
            exact = bits;
        }

        /** Adds the alternative's steps from {@code k} on below {@code node}, each optional step both ways. */
        private void add(char[] steps, boolean[] opt, int k, int node, int bit) {
            if (k == steps.length) {
                ends[node] |= bit;
                return;
            }
            if (steps[k] == WORD_RUN) {
                runs[node] |= bit; // the last step
                return;
            }
            if (opt[k]) {
                add(steps, opt, k + 1, node, bit);
            }
            add(steps, opt, k + 1, child(node, steps[k]), bit);
        }

        private int child(int node, char c) {
            char[] ks = keys[node];
            for (int i = 0; i < ks.length; i++) {
                if (ks[i] == c) {
                    return kids[node][i];
                }
            }
            if (nodes == keys.length) {
                keys = java.util.Arrays.copyOf(keys, nodes * 2);
                kids = java.util.Arrays.copyOf(kids, nodes * 2);
                ends = java.util.Arrays.copyOf(ends, nodes * 2);
                runs = java.util.Arrays.copyOf(runs, nodes * 2);
            }
            int made = nodes++;
            keys[made] = new char[0];
            kids[made] = new int[0];
            keys[node] = java.util.Arrays.copyOf(ks, ks.length + 1);
            keys[node][ks.length] = c;
            kids[node] = java.util.Arrays.copyOf(kids[node], ks.length + 1);
            kids[node][ks.length] = made;
            return made;
        }

        /** Which of the matchers find a match in {@code s}: bit k for {@code words[k]}. */
        int findAll(String s) {
            int found = 0;
            for (int k = 0; k < words.length; k++) {
                if ((exact & 1 << k) == 0 && words[k].find(s)) {
                    found |= 1 << k;
                }
            }
            int pending = exact;
            for (int i = 0, n = s.length(); i < n && pending != 0; i++) {
                // A word starts here for the matchers that take the character before as a separator.
                int open = i == 0 ? pending : pending & separatorBitsOf(s.charAt(i - 1));
                if (open == 0) {
                    continue;
                }
                int node = 0;
                for (int j = i; ; j++) {
                    if ((ends[node] & open) != 0) {
                        found |= ends[node] & open & endBits(s, j);
                    }
                    if ((runs[node] & open) != 0) {
                        // \w* and a word end: any run of word characters, then a word end.
                        for (int e = j; ; e++) {
                            found |= runs[node] & open & endBits(s, e);
                            if (e >= n || !wordChar(s.charAt(e))) {
                                break;
                            }
                        }
                    }
                    if (j >= n) {
                        break;
                    }
                    node = next(node, s.charAt(j));
                    if (node < 0) {
                        break;
                    }
                }
                pending &= ~found;
            }
            return found;
        }

        private int separatorBitsOf(char c) {
            return c < 128 ? separatorBits[c] : 0;
        }

        private int next(int node, char c) {
            char[] ks = keys[node];
            for (int i = 0; i < ks.length; i++) {
                if (ks[i] == c) {
                    return kids[node][i];
                }
            }
            return -1;
        }

        /**
         * The exact matchers for which a word ends at {@code j}: all at the end (where {@code $} also
         * stands before a final line break), else those that take the character there as a separator.
         */
        private int endBits(String s, int j) {
            int n = s.length();
            if (j >= n) {
                return exact;
            }
            char c = s.charAt(j);
            if (j == n - 1 && (c == '\n' ? j == 0 || s.charAt(j - 1) != '\r'
                    : c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029')
                    || j == n - 2 && c == '\r' && s.charAt(j + 1) == '\n') {
                return exact;
            }
            return separatorBitsOf(c);
        }
    }

    /** {@code matches(steps, opt, 0, s, j)}, its leading required characters compared in a loop. */
    private boolean matchesAt(char[] steps, boolean[] opt, String s, int j) {
        int k = 0;
        for (; k < steps.length && !opt[k] && steps[k] != WORD_RUN; k++, j++) {
            if (j >= s.length() || s.charAt(j) != steps[k]) {
                return false;
            }
        }
        return matches(steps, opt, k, s, j);
    }

    /** Whether steps {@code k..} of an alternative match from {@code j} up to a word end, trying every way. */
    private boolean matches(char[] steps, boolean[] opt, int k, String s, int j) {
        if (k == steps.length) {
            return wordEnd(s, j);
        }
        char step = steps[k];
        if (step == WORD_RUN) {
            for (int e = j; ; e++) {
                if (wordEnd(s, e)) {
                    return true;
                }
                if (e >= s.length() || !wordChar(s.charAt(e))) {
                    return false;
                }
            }
        }
        boolean here = j < s.length() && s.charAt(j) == step && matches(steps, opt, k + 1, s, j + 1);
        return here || opt[k] && matches(steps, opt, k + 1, s, j);
    }

    /** {@code (?:$|[-_ ])}: a separator, or the end, which {@code $} also finds before a final line break. */
    private boolean wordEnd(String s, int j) {
        int n = s.length();
        if (j >= n) {
            return true;
        }
        char c = s.charAt(j);
        if (separators.indexOf(c) >= 0) {
            return true;
        }
        if (j == n - 1) {
            return c == '\n' ? j == 0 || s.charAt(j - 1) != '\r'
                    : c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
        }
        return j == n - 2 && c == '\r' && s.charAt(j + 1) == '\n';
    }

    /** {@code \w} without UNICODE_CHARACTER_CLASS. */
    private static boolean wordChar(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_';
    }
}
