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
     * Which of {@code words} occur in {@code s}, bit k for {@code words[k]}: each as {@link #find}
     * answers, in one pass over the word starts for those that share the first one's separators.
     */
    static int findAll(ClassWords[] words, String s) {
        int found = 0;
        int pending = 0;
        String separators = words[0].separators;
        for (int k = 0; k < words.length; k++) {
            if (words[k].separators == null || !words[k].separators.equals(separators)) {
                found |= words[k].find(s) ? 1 << k : 0; // another shape: on its own
            } else {
                pending |= 1 << k;
            }
        }
        for (int i = 0, n = s.length(); i < n && pending != 0; i++) {
            if (i > 0 && separators.indexOf(s.charAt(i - 1)) < 0) {
                continue;
            }
            char c = s.charAt(i);
            if (c >= 128) {
                continue;
            }
            for (int k = 0; k < words.length; k++) {
                char[][] alternatives = words[k].byFirst == null ? null : words[k].byFirst[c];
                if ((pending & 1 << k) == 0 || alternatives == null) {
                    continue;
                }
                boolean[][] opt = words[k].optional[c];
                for (int a = 0; a < alternatives.length; a++) {
                    if (words[k].matchesAt(alternatives[a], opt[a], s, i)) {
                        found |= 1 << k;
                        pending &= ~(1 << k);
                        break;
                    }
                }
            }
        }
        return found;
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
