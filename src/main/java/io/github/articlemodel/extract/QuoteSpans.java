package io.github.articlemodel.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * Finds quoted spans in the body text: every common style of quotation mark (“…”, "…", „…“, «…»,
 * »…«, ‹…›, ‚…‘, ‘…’, 「…」, 『…』), mismatched straight and curly pairs, and quotes that run over
 * several paragraphs (an opening mark on each paragraph, the closing mark only at the end). Single
 * marks count only where they stand at word edges, so apostrophes ("it’s", "the whales’") are not
 * taken for quotation marks. Each closing-mark search is remembered, so a page full of unmatched
 * marks costs linear time.
 */
final class QuoteSpans {
    private QuoteSpans() {}

    /** What kind of text a segment is. */
    enum Kind { PARAGRAPH, ITEM, HEADING, CAPTION, BLOCK }

    /**
     * A piece of body text: a paragraph, one list item, a heading, a caption or a block quotation.
     *
     * @param block  the index of its block in the article body
     * @param offset where its text starts in {@code Article.text()}
     */
    record Segment(int block, int offset, String text, Kind kind) {}

    /**
     * A quoted span: from just after the opening mark at {@code open} in segment {@code startSeg}
     * to the closing mark at {@code close} in segment {@code endSeg} (or that segment's end when
     * the quote is never closed).
     */
    record Span(int startSeg, int open, int endSeg, int close, char mark, boolean closed) {
        boolean multi() {
            return endSeg != startSeg;
        }
    }

    /** Longest span inside one paragraph, in characters. */
    static final int MAX_SPAN = 6000;
    /** Longest span of single marks, in characters. */
    static final int MAX_SINGLE_SPAN = 400;
    /** Most paragraphs one quote may run over. */
    static final int MAX_PARAGRAPHS = 12;

    private static final String DOUBLE_OPEN = "“„\"”«»‹›「『";
    private static final String SINGLE_OPEN = "‘‚'";
    /** Every character {@link #isOpener} may take for an opening mark. */
    static final String OPENERS = DOUBLE_OPEN + SINGLE_OPEN;

    static List<Span> find(List<Segment> segs, BooleanSupplier outOfTime, int max) {
        List<Span> out = new ArrayList<>();
        int s = 0;
        int from = 0;
        while (s < segs.size() && out.size() < max) {
            if ((s & 31) == 0 && from == 0 && outOfTime.getAsBoolean()) {
                break;
            }
            String text = segs.get(s).text();
            int[] at = marks(text);
            Scanner sc = at.length == 0 ? null : new Scanner(text, at);
            int i = from;
            from = 0;
            int next = s + 1;
            int nextFrom = 0;
            // Only the marks are looked at: most characters cannot open a quote.
            int k = sc == null ? 0 : sc.firstMark(i);
            while (k < at.length && out.size() < max) {
                i = at[k];
                char c = text.charAt(i);
                if (!isOpener(text, i)) {
                    k++;
                    continue;
                }
                int close = sc.close(i, c);
                if (close >= 0) {
                    if (hasWords(text, i + 1, close)) {
                        out.add(new Span(s, i, s, close, c, true));
                    }
                    k = sc.firstMark(close + 1);
                    continue;
                }
                if (SINGLE_OPEN.indexOf(c) >= 0) {
                    k++; // a lone single mark is an apostrophe or a typo, not a quote
                    continue;
                }
                // Unclosed: the quote may go on in the next paragraphs, each opening with a mark.
                int[] end = continuation(segs, s, c);
                if (end != null) {
                    out.add(new Span(s, i, end[0], end[1], c, end[2] == 1));
                    if (end[2] == 1) {
                        next = end[0];
                        nextFrom = end[1] + 1;
                    } else {
                        next = end[0] + 1;
                    }
                } else if (hasWords(text, i + 1, text.length())) {
                    out.add(new Span(s, i, s, text.length(), c, false));
                }
                break;
            }
            s = next;
            from = nextFrom;
        }
        return out;
    }

    /**
     * Where a quote left open at the end of segment {@code s} ends: {segment, index of the closing
     * mark (or the text's length), 1 if closed}; null when the next paragraph does not continue it.
     */
    private static int[] continuation(List<Segment> segs, int s, char mark) {
        Kind kind = segs.get(s).kind();
        if (kind != Kind.PARAGRAPH && kind != Kind.BLOCK) {
            return null;
        }
        int last = -1;
        for (int k = s + 1; k < segs.size() && k <= s + MAX_PARAGRAPHS; k++) {
            Segment seg = segs.get(k);
            if (seg.kind() != kind) {
                break;
            }
            String t = seg.text();
            int first = 0;
            while (first < t.length() && Character.isWhitespace(t.charAt(first))) {
                first++;
            }
            if (first >= t.length() || !sameFamily(mark, t.charAt(first)) || !isOpener(t, first)) {
                break;
            }
            last = k;
            int close = new Scanner(t, marks(t)).close(first, t.charAt(first));
            if (close >= 0) {
                // The reopening mark closes in this paragraph: the quote ends here, unless another
                // mark opens after it (then that one is the open quote and we go on).
                return new int[] {k, close, 1};
            }
        }
        if (last < 0) {
            return null;
        }
        return new int[] {last, segs.get(last).text().length(), 0};
    }

    /** Every character that can open or close a quotation. */
    private static final String MARKS = OPENERS + "’」』";

    /**
     * Where the quotation marks stand in a text, ascending. Found with one {@link String#indexOf(int, int)}
     * run per mark, which is much faster than a test on every character, and for text without
     * curly marks is only a few runs.
     */
    static int[] marks(String text) {
        int[] at = null;
        int n = 0;
        for (int m = 0; m < MARKS.length(); m++) {
            char mark = MARKS.charAt(m);
            for (int j = text.indexOf(mark); j >= 0; j = text.indexOf(mark, j + 1)) {
                if (at == null) {
                    at = new int[16];
                } else if (n == at.length) {
                    at = java.util.Arrays.copyOf(at, n * 2);
                }
                at[n++] = j;
            }
        }
        if (n == 0) {
            return new int[0];
        }
        at = java.util.Arrays.copyOf(at, n);
        java.util.Arrays.sort(at);
        return at;
    }

    private static boolean sameFamily(char a, char b) {
        return DOUBLE_OPEN.indexOf(a) >= 0 ? DOUBLE_OPEN.indexOf(b) >= 0 : SINGLE_OPEN.indexOf(b) >= 0;
    }

    private static boolean hasWords(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (Character.isLetterOrDigit(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** Whether the character at {@code i} can open a quotation. */
    static boolean isOpener(String text, int i) {
        char c = text.charAt(i);
        if (c < '\u2018' ? c != '"' && c != '\'' && c != '«' && c != '»' && c != '‹' && c != '›' : c > '\u300F') {
            return false; // the fast way out for almost every character
        }
        char before = i > 0 ? text.charAt(i - 1) : ' ';
        char after = i + 1 < text.length() ? text.charAt(i + 1) : ' ';
        switch (c) {
            case '“': case '„': case '«': case '‹': case '「': case '『':
                return !Character.isWhitespace(after) || c == '«' || c == '‹';
            case '"': case '”': case '»': case '›':
                // Ambiguous marks open only at the start of a word: "…", Swedish ”…”, Danish »…«.
                return edgeBefore(before) && !Character.isWhitespace(after) && !isCloserLike(after)
                        && !Character.isDigit(before);
            case '‘': case '‚': case '\'':
                return edgeBefore(before) && (Character.isLetterOrDigit(after) || after == '[' || after == '“'
                        || after == '"' || after == '¿' || after == '¡' || after == '…')
                        && !(c == '\'' && Character.isDigit(after) && i + 2 < text.length()
                        && Character.isDigit(text.charAt(i + 2)) && !hasAfter(text, i + 3, '\''));
            default:
                return false;
        }
    }

    private static boolean hasAfter(String text, int from, char c) {
        int limit = Math.min(text.length(), from + MAX_SINGLE_SPAN);
        for (int k = from; k < limit; k++) {
            if (text.charAt(k) == c) {
                return true;
            }
        }
        return false;
    }

    private static boolean isCloserLike(char c) {
        return c == '.' || c == ',' || c == ';' || c == ':' || c == ')' || c == '!' || c == '?';
    }

    /** Whether a mark after this character stands at the start of a word. */
    private static boolean edgeBefore(char before) {
        return Character.isWhitespace(before) || Character.isSpaceChar(before) || "([{—–-/:;“„\"«‹‘‚>¿¡".indexOf(before) >= 0;
    }

    /** Whether a mark after this character, and before that one, stands at the end of a word. */
    private static boolean edgeAfter(String text, int j) {
        char after = j + 1 < text.length() ? text.charAt(j + 1) : ' ';
        return !Character.isLetterOrDigit(after);
    }

    /**
     * Finds closing marks in one text, remembering each search: while the next search starts
     * before the closer found last (for the same set of closers), the answer is the same, so
     * the scans together stay linear in the text's length.
     */
    private static final class Scanner {
        private final String text;
        /** Where the marks stand ({@link #marks}): a closing mark is looked for only there. */
        private final int[] marks;
        private final int[] memoFrom = new int[13];
        private final int[] memoResult = new int[13];
        private final int[] memoScanned = new int[13];

        Scanner(String text, int[] marks) {
            this.text = text;
            this.marks = marks;
            java.util.Arrays.fill(memoFrom, -1);
        }

        /** The index in {@link #marks} of the first mark at or after {@code pos}. */
        int firstMark(int pos) {
            int k = java.util.Arrays.binarySearch(marks, pos);
            return k >= 0 ? k : -k - 1;
        }

        /** The index of the mark that closes the one opened at {@code open}, or -1. */
        int close(int open, char o) {
            int kind = kind(o);
            boolean single = SINGLE_OPEN.indexOf(o) >= 0;
            int start = open + 1;
            int limit = Math.min(text.length(), start + (single ? MAX_SINGLE_SPAN : MAX_SPAN));
            int from = start;
            if (memoFrom[kind] >= 0 && memoFrom[kind] <= start) {
                int r = memoResult[kind];
                if (r >= start) {
                    return r < limit ? r : -1; // no closer between the last search's start and r
                }
                if (r < 0 && memoScanned[kind] > start) {
                    from = memoScanned[kind]; // nothing closes before where the last search stopped
                }
            }
            int r = -1;
            for (int k = firstMark(from); k < marks.length && marks[k] < limit; k++) {
                if (closes(o, marks[k])) {
                    r = marks[k];
                    break;
                }
            }
            memoFrom[kind] = start;
            memoResult[kind] = r;
            memoScanned[kind] = r < 0 ? limit : r;
            return r;
        }

        private boolean closes(char o, int j) {
            char c = text.charAt(j);
            switch (o) {
                case '“':
                case '„':
                    return c == '”' || (c == '“' && o == '„') || (c == '"' && closerEdge(j))
                            || ((c == '’' || c == '\'') && j + 1 < text.length() && text.charAt(j + 1) == c
                            && closerEdge(j + 1));
                case '"':
                    return (c == '"' || c == '”') && closerEdge(j) || c == '”';
                case '”':
                    return c == '”' && closerEdge(j);
                case '«':
                    return c == '»';
                case '»':
                    return c == '«';
                case '‹':
                    return c == '›';
                case '›':
                    return c == '‹';
                case '「':
                    return c == '」';
                case '『':
                    return c == '』';
                case '‘':
                case '‚':
                    return (c == '’' || (c == '‘' && o == '‚')) && closerEdge(j);
                case '\'':
                    return (c == '\'' || c == '’') && closerEdge(j);
                default:
                    return false;
            }
        }

        /** A closing mark follows a word (or its punctuation) and is not followed by a letter. */
        private boolean closerEdge(int j) {
            char before = j > 0 ? text.charAt(j - 1) : ' ';
            return !Character.isWhitespace(before) && edgeAfter(text, j);
        }

        private static int kind(char o) {
            switch (o) {
                case '“': return 0;
                case '„': return 1;
                case '"': return 2;
                case '”': return 3;
                case '«': return 4;
                case '»': return 5;
                case '‹': return 6;
                case '›': return 7;
                case '「': return 8;
                case '『': return 9;
                case '‘': return 10;
                case '‚': return 11;
                default: return 12;
            }
        }
    }
}
