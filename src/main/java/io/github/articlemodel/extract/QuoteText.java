package io.github.articlemodel.extract;

import io.github.articlemodel.internal.QuoteCues;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The writer's own words around the quotes: a segment's text with every quoted span masked (the
 * "frame"), cut into tokens and sentences. Cue verbs and names are looked for in the frame only,
 * so nothing inside a quotation is taken for its attribution.
 */
final class QuoteText {
    /** Stands in the frame for each character of a quoted span, marks included. */
    static final char MASK = '\uE000';

    final String text;
    final char[] frame;
    /** Sentence start offsets, ascending, starting with 0. */
    final int[] sentences;
    private List<Tok> tokens;

    QuoteText(String text, List<int[]> masked) {
        this.text = text;
        this.frame = text.toCharArray();
        for (int[] m : masked) {
            Arrays.fill(frame, Math.max(0, m[0]), Math.min(frame.length, m[1]), MASK);
        }
        this.sentences = sentenceStarts();
    }

    /** One token: a word, a punctuation character, or a masked quote. */
    static final class Tok {
        private final int start;
        private final int end;
        private final String text;
        private final String lower;
        /** What its first character is, read once: the tests below run many times per token. */
        private final boolean word;
        private final boolean cap;
        private final boolean lowerCase;

        Tok(int start, int end, String text) {
            this.start = start;
            this.end = end;
            this.text = text;
            this.lower = text.toLowerCase(Locale.ROOT);
            char c = text.charAt(0);
            this.word = Character.isLetterOrDigit(c);
            this.cap = Character.isUpperCase(c);
            this.lowerCase = word && Character.isLowerCase(c);
        }

        int start() {
            return start;
        }

        int end() {
            return end;
        }

        String text() {
            return text;
        }

        boolean quote() {
            return text.charAt(0) == MASK;
        }

        boolean word() {
            return word;
        }

        boolean cap() {
            return cap;
        }

        /** A word that starts with a lower-case letter. */
        boolean lowerCase() {
            return lowerCase;
        }

        boolean punct(String chars) {
            return text.length() == 1 && chars.indexOf(text.charAt(0)) >= 0;
        }

        String lower() {
            return lower;
        }

        @Override
        public String toString() {
            return text;
        }
    }

    /** All tokens of the frame, in order. */
    List<Tok> tokens() {
        if (tokens == null) {
            tokens = tokenize(0, frame.length);
        }
        return tokens;
    }

    /** The index of the first token that ends after {@code pos}. */
    int tokenAt(int pos) {
        List<Tok> t = tokens();
        int lo = 0;
        int hi = t.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (t.get(mid).end() <= pos) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** The index of the sentence holding {@code pos}. */
    int sentenceOf(int pos) {
        int i = Arrays.binarySearch(sentences, pos);
        return i >= 0 ? i : -i - 2;
    }

    int sentenceStart(int pos) {
        return sentences[Math.max(0, sentenceOf(pos))];
    }

    int sentenceEnd(int pos) {
        int i = sentenceOf(pos) + 1;
        return i < sentences.length ? sentences[i] : frame.length;
    }

    private List<Tok> tokenize(int from, int to) {
        List<Tok> out = new ArrayList<>();
        int i = from;
        while (i < to) {
            char c = frame[i];
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                i++;
                continue;
            }
            int start = i;
            if (c == MASK) {
                while (i < to && frame[i] == MASK) {
                    i++;
                }
                out.add(new Tok(start, i, String.valueOf(MASK)));
                continue;
            }
            if (Character.isLetterOrDigit(c)) {
                i++;
                boolean dotted = false;
                while (i < to) {
                    char d = frame[i];
                    if (Character.isLetterOrDigit(d) || Character.getType(d) == Character.NON_SPACING_MARK) {
                        i++;
                    } else if ((d == '\'' || d == '’' || d == '-') && i + 1 < to && Character.isLetterOrDigit(frame[i + 1])) {
                        i += 2;
                    } else if (d == '.' && i + 1 < to && Character.isLetter(frame[i + 1]) && i + 2 <= to
                            && (i - start == 1 || dotted) && Character.isLetter(frame[i - 1])) {
                        dotted = true; // U.S, U.N, Ph.D
                        i += 2;
                    } else {
                        break;
                    }
                }
                if (i < to && frame[i] == '.') {
                    String w = new String(frame, start, i - start).toLowerCase(Locale.ROOT);
                    if (w.length() == 1 && Character.isLetter(w.charAt(0)) || dotted
                            || QuoteCues.isAbbreviation(w) && !w.chars().allMatch(Character::isDigit)
                            || QuoteCues.honorific(w + ".") != 0) {
                        i++;
                    }
                }
                out.add(new Tok(start, i, text.substring(start, i)));
                continue;
            }
            out.add(new Tok(start, i + 1, text.substring(start, i + 1)));
            i++;
        }
        return out;
    }

    /**
     * Sentence starts: after a full stop, question or exclamation mark (or a quote that ends
     * with one) followed by space and a capital, a digit or a new quotation; not after
     * abbreviations and initials ("Mr.", "U.S.", "J.").
     */
    private int[] sentenceStarts() {
        int[] out = new int[8];
        int count = 1; // out[0] = 0
        int n = frame.length;
        for (int i = 0; i < n; i++) {
            char c = frame[i];
            boolean end;
            if (c == '.' || c == '!' || c == '?' || c == '…') {
                end = c != '.' || !abbreviationBefore(i);
            } else if (c == MASK && (i + 1 == n || frame[i + 1] != MASK)) {
                // A quote that ends its sentence: “It was hard.” She left.
                int k = i - 1;
                while (k > 0 && frame[k] == MASK && "’'”\"»›) \u00a0".indexOf(text.charAt(k)) >= 0) {
                    k--;
                }
                end = k >= 0 && frame[k] == MASK && ".!?…".indexOf(text.charAt(k)) >= 0;
            } else {
                continue;
            }
            if (!end) {
                continue;
            }
            int j = i + 1;
            while (j < n && ")]”’\"»".indexOf(frame[j]) >= 0) {
                j++;
            }
            int k = j;
            while (k < n && (Character.isWhitespace(frame[k]) || Character.isSpaceChar(frame[k]))) {
                k++;
            }
            if (k == j || k >= n) {
                continue;
            }
            char next = frame[k];
            if (Character.isUpperCase(next) || Character.isDigit(next) || next == MASK || "“„\"«‘([¿¡".indexOf(next) >= 0) {
                if (count == out.length) {
                    out = Arrays.copyOf(out, count * 2);
                }
                out[count++] = k;
                i = k - 1;
            }
        }
        return Arrays.copyOf(out, count);
    }

    private boolean abbreviationBefore(int dot) {
        int k = dot;
        while (k > 0 && (Character.isLetter(frame[k - 1]) || frame[k - 1] == '.')) {
            k--;
        }
        if (k == dot) {
            return false;
        }
        String w = new String(frame, k, dot - k).toLowerCase(Locale.ROOT);
        if (w.length() == 1) {
            return Character.isUpperCase(frame[k]); // an initial: "Robert M. Danin"
        }
        return QuoteCues.isAbbreviation(w) && (w.indexOf('.') > 0 || w.length() <= 4);
    }
}
