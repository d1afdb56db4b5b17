package io.github.articlemodel.extract;

import io.github.articlemodel.internal.QuoteCues;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.RandomAccess;

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
    /** Whether some character of the frame is masked. */
    private final boolean masked;
    private List<Tok> tokens;

    QuoteText(String text, List<int[]> masked) {
        this.text = text;
        this.frame = text.toCharArray();
        boolean any = false;
        for (int[] m : masked) {
            int from = Math.max(0, m[0]);
            int to = Math.min(frame.length, m[1]);
            Arrays.fill(frame, from, to, MASK);
            any |= from < to;
        }
        this.masked = any;
        this.sentences = sentenceStarts();
    }

    /** One token: a word, a punctuation character, or a masked quote. Its strings are made when first asked. */
    static final class Tok {
        private final String source;
        private final int start;
        private final int end;
        /** What its first character is, read once: the tests below run many times per token. */
        private final byte flags;
        private String text;
        private String lower;

        private Tok(String source, int start, int end, byte flags) {
            this.source = source;
            this.start = start;
            this.end = end;
            this.flags = flags;
        }

        int start() {
            return start;
        }

        int end() {
            return end;
        }

        String text() {
            String t = text;
            if (t == null) {
                t = (flags & QUOTE) != 0 ? MASK_TEXT : source.substring(start, end);
                text = t;
            }
            return t;
        }

        boolean quote() {
            return (flags & QUOTE) != 0;
        }

        boolean word() {
            return (flags & WORD) != 0;
        }

        boolean cap() {
            return (flags & CAP) != 0;
        }

        /** A word that starts with a lower-case letter. */
        boolean lowerCase() {
            return (flags & LOWER) != 0;
        }

        boolean punct(String chars) {
            if ((flags & QUOTE) != 0) {
                return chars.indexOf(MASK) >= 0;
            }
            return end - start == 1 && chars.indexOf(source.charAt(start)) >= 0;
        }

        String lower() {
            String l = lower;
            if (l == null) {
                l = text().toLowerCase(Locale.ROOT);
                lower = l;
            }
            return l;
        }

        /**
         * The length of {@link #lower()}, or a bound below it, without making it: lower-casing
         * never shortens a string (a test checks every code point).
         */
        int lowerLengthAtLeast() {
            return lower != null ? lower.length() : (flags & QUOTE) != 0 ? 1 : end - start;
        }

        /*
         * The word lists' answers for this token, asked again and again as names and cues are
         * looked for around each quote: each is asked of QuoteCues once, then kept. Two bits a
         * question: whether it was asked, and the answer.
         */
        private int asked;
        private int answers;
        private QuoteCues.Word entry;
        private boolean entryAsked;

        private boolean answer(int bit) {
            return (answers & bit) != 0;
        }

        private boolean known(int bit) {
            return (asked & bit) != 0;
        }

        private boolean keep(int bit, boolean value) {
            asked |= bit;
            if (value) {
                answers |= bit;
            }
            return value;
        }

        // Each answer below is the one QuoteCues gives for text(); lower() is exactly the lower case
        // it would make of it, so it is handed over instead of made again.

        /** The word tables' entry for {@link #lower()}, looked up once for all the tests below (null: in none). */
        private QuoteCues.Word entry() {
            if (!entryAsked) {
                // Most words asked about are names in no table: turned away without their lower case.
                boolean absent = (flags & QUOTE) == 0 && lower == null && !QuoteCues.mayBeWord(source, start, end);
                entry = absent ? null : QuoteCues.word(lower());
                entryAsked = true;
            }
            return entry;
        }

        private boolean in(int flag) {
            QuoteCues.Word e = entry();
            return e != null && e.is(flag);
        }

        /** {@code QuoteCues.isOrgHead(text())}: a plural head counts only capitalised ("Services"). */
        boolean orgHead() {
            return in(QuoteCues.Word.ORG_HEAD) || (flags & CAP) != 0 && in(QuoteCues.Word.ORG_HEAD_PLURAL);
        }

        /** {@code QuoteCues.isTitle(text())}. */
        boolean title() {
            return known(TITLE) ? answer(TITLE) : keep(TITLE, QuoteCues.isTitleLower(lower(), entry()));
        }

        /** {@code QuoteCues.isPluralRole(text())}: a role noun's plural, not the noun itself. */
        boolean pluralRole() {
            return in(QuoteCues.Word.PLURAL_ROLE);
        }

        /** {@code QuoteCues.isCapitalisedRole(text())}. */
        boolean capitalisedRole() {
            return in(QuoteCues.Word.CAPITALISED_ROLE);
        }

        /** {@code QuoteCues.isStopword(lower())}. */
        boolean stopword() {
            return in(QuoteCues.Word.STOPWORD);
        }

        /** {@code QuoteCues.isCalendar(lower())}. */
        boolean calendar() {
            return in(QuoteCues.Word.CALENDAR_WORD);
        }

        /** {@code QuoteCues.isAux(lower())}. */
        boolean aux() {
            return known(AUX) ? answer(AUX) : keep(AUX, QuoteCues.isAux(lower(), entry()));
        }

        /** {@code QuoteCues.isBoundary(lower())}. */
        boolean boundary() {
            return in(QuoteCues.Word.BOUNDARY);
        }

        /** A test of the caller's kept in this token's slot {@code bit} ({@link #NAME_WORD}, {@link #TITLE_WORD}). */
        boolean kept(int bit, java.util.function.Predicate<Tok> test) {
            return known(bit) ? answer(bit) : keep(bit, test.test(this));
        }

        /** {@code QuoteCues.role(text())}. */
        char role() {
            QuoteCues.Word e = entry();
            return e == null ? 0 : e.role();
        }

        /** {@code QuoteCues.cue(lower())}. */
        QuoteCues.CueKind cue() {
            QuoteCues.Word e = entry();
            return e == null ? null : e.cue();
        }

        /** Whether the token's text is exactly {@code s}, without making the text. */
        boolean is(String s) {
            return (flags & QUOTE) == 0 ? s.length() == end - start && source.startsWith(s, start)
                    : s.equals(MASK_TEXT);
        }

        @Override
        public String toString() {
            return text();
        }
    }

    /** Tests with more to them than a look-up of the word, kept once answered (bits of Tok's asked and answers). */
    private static final int TITLE = 1;
    private static final int AUX = 1 << 1;
    /** Slots for {@link Tok#kept}: the callers' own tests of a token. */
    static final int NAME_WORD = 1 << 2;
    static final int TITLE_WORD = 1 << 3;

    /** The text of every masked-quote token. */
    static final String MASK_TEXT = String.valueOf(MASK);
    private static final byte WORD = 1;
    private static final byte CAP = 2;
    private static final byte LOWER = 4;
    private static final byte QUOTE = 8;

    /** Token i spans [tokenStarts[i], tokenEnds[i]); its object is made when first asked ({@link #tokens}). */
    private int[] tokenStarts;
    private int[] tokenEnds;
    private byte[] tokenFlags;
    private int tokenCount = -1;
    private Tok[] made;

    /** All tokens of the frame, in order; a view that makes each token's object when first read. */
    List<Tok> tokens() {
        if (tokens == null) {
            tokenize();
            tokens = new TokenList();
        }
        return tokens;
    }

    private final class TokenList extends AbstractList<Tok> implements RandomAccess {
        @Override
        public Tok get(int i) {
            Tok t = made[i];
            if (t == null) {
                t = new Tok(text, tokenStarts[i], tokenEnds[i], tokenFlags[i]);
                made[i] = t;
            }
            return t;
        }

        @Override
        public int size() {
            return tokenCount;
        }
    }

    /** The number of tokens. */
    int tokenCount() {
        tokens();
        return tokenCount;
    }

    /** Whether token {@code i} is a word (starts with a letter or digit), without making its object. */
    boolean wordAt(int i) {
        tokens();
        return (tokenFlags[Objects.checkIndex(i, tokenCount)] & WORD) != 0;
    }

    /** Whether token {@code i} is a word that starts with a capital ({@link Tok#cap}), without making its object. */
    boolean capWordAt(int i) {
        tokens();
        return (tokenFlags[Objects.checkIndex(i, tokenCount)] & (WORD | CAP)) == (WORD | CAP);
    }

    /** The first token from {@code from} on that {@link #capWordAt} answers true for, or the token count. */
    int nextCapWord(int from) {
        tokens();
        byte[] flags = tokenFlags;
        int i = Math.max(0, from);
        while (i < tokenCount && (flags[i] & (WORD | CAP)) != (WORD | CAP)) {
            i++;
        }
        return i;
    }

    /** Whether token {@code i} is a word that starts with a lower-case letter ({@link Tok#lowerCase}), without making its object. */
    boolean lowerCaseAt(int i) {
        tokens();
        return (tokenFlags[Objects.checkIndex(i, tokenCount)] & LOWER) != 0;
    }

    /** Whether token {@code i} starts with a capital ({@link Tok#cap}), without making its object. */
    boolean capAt(int i) {
        tokens();
        return (tokenFlags[Objects.checkIndex(i, tokenCount)] & CAP) != 0;
    }

    /** {@code tokens().get(i).punct(chars)}, without making the token's object. */
    boolean punctAt(int i, String chars) {
        tokens();
        if ((tokenFlags[Objects.checkIndex(i, tokenCount)] & QUOTE) != 0) {
            return chars.indexOf(MASK) >= 0;
        }
        return tokenEnds[i] - tokenStarts[i] == 1 && chars.indexOf(text.charAt(tokenStarts[i])) >= 0;
    }

    /**
     * {@code tokens().get(i).lower().equals(lower)} for a lower-case ASCII word, without a copy when
     * the token is ASCII: lower-casing maps A-Z to a-z there and nothing else. A token with other
     * characters is lower-cased as {@link Tok#lower} does.
     */
    boolean lowerIs(int i, String lower) {
        tokens();
        Objects.checkIndex(i, tokenCount);
        if ((tokenFlags[i] & QUOTE) != 0 || made[i] != null && made[i].lower != null) {
            return tokens.get(i).lower().equals(lower);
        }
        int start = tokenStarts[i];
        int n = tokenEnds[i] - start;
        for (int k = 0; k < n; k++) {
            if (text.charAt(start + k) >= 128) {
                return tokens.get(i).lower().equals(lower);
            }
        }
        if (n != lower.length()) {
            return false;
        }
        for (int k = 0; k < n; k++) {
            char c = text.charAt(start + k);
            if ((c >= 'A' && c <= 'Z' ? (char) (c + 32) : c) != lower.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /** The text of token {@code i}, equal to {@code tokens().get(i).text()}, without making its object. */
    String textAt(int i) {
        tokens();
        Objects.checkIndex(i, tokenCount);
        if (made[i] != null) {
            return made[i].text();
        }
        return (tokenFlags[i] & QUOTE) != 0 ? MASK_TEXT : text.substring(tokenStarts[i], tokenEnds[i]);
    }

    /** The length of token {@code i}'s text, without making its object. */
    int lengthAt(int i) {
        tokens();
        Objects.checkIndex(i, tokenCount);
        return (tokenFlags[i] & QUOTE) != 0 ? 1 : tokenEnds[i] - tokenStarts[i];
    }

    /** The index of the first token that ends after {@code pos}. */
    int tokenAt(int pos) {
        tokens();
        int lo = 0;
        int hi = tokenCount;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokenEnds[mid] <= pos) {
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

    /** Cuts the frame into tokens, filling the token arrays. */
    private void tokenize() {
        int to = frame.length;
        int cap = Math.max(4, to / 5);
        tokenStarts = new int[cap];
        tokenEnds = new int[cap];
        tokenFlags = new byte[cap];
        tokenCount = 0;
        int i = 0;
        while (i < to) {
            char c = frame[i];
            if (space(c)) {
                i++;
                continue;
            }
            int start = i;
            if (c == MASK) {
                while (i < to && frame[i] == MASK) {
                    i++;
                }
                addToken(start, i, QUOTE);
                continue;
            }
            if (letterOrDigit(c)) {
                i++;
                boolean dotted = false;
                while (i < to) {
                    char d = frame[i];
                    if (letterOrDigit(d) || d >= 0x80 && Character.getType(d) == Character.NON_SPACING_MARK) {
                        i++;
                    } else if ((d == '\'' || d == '’' || d == '-') && i + 1 < to && letterOrDigit(frame[i + 1])) {
                        i += 2;
                    } else if (d == '.' && i + 1 < to && Character.isLetter(frame[i + 1]) && i + 2 <= to
                            && (i - start == 1 || dotted) && Character.isLetter(frame[i - 1])) {
                        dotted = true; // U.S, U.N, Ph.D
                        i += 2;
                    } else {
                        break;
                    }
                }
                // No longer word is an abbreviation: lower-casing never shortens it, so no copy is made.
                if (i < to && frame[i] == '.' && (dotted || i - start <= QuoteCues.longestAbbreviation())) {
                    String w = new String(frame, start, i - start).toLowerCase(Locale.ROOT);
                    if (w.length() == 1 && Character.isLetter(w.charAt(0)) || dotted
                            || QuoteCues.isAbbreviation(w) && !w.chars().allMatch(Character::isDigit)
                            || QuoteCues.honorific(w + ".") != 0) {
                        i++;
                    }
                }
                addToken(start, i, flags(c));
                continue;
            }
            addToken(start, i + 1, flags(c));
            i++;
        }
        made = new Tok[tokenCount];
    }

    /** ASCII characters by class, as the Character tests below answer for them: read for each character. */
    private static final byte[] ASCII = new byte[128];
    private static final byte ASCII_SPACE = 1;
    private static final byte ASCII_LETTER_OR_DIGIT = 2;

    static {
        for (char c = 0; c < 128; c++) {
            ASCII[c] = (byte) ((Character.isWhitespace(c) || Character.isSpaceChar(c) ? ASCII_SPACE : 0)
                    | (Character.isLetterOrDigit(c) ? ASCII_LETTER_OR_DIGIT : 0));
        }
    }

    private static boolean space(char c) {
        return c < 128 ? ASCII[c] == ASCII_SPACE : Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    private static boolean letterOrDigit(char c) {
        return c < 128 ? ASCII[c] == ASCII_LETTER_OR_DIGIT : Character.isLetterOrDigit(c);
    }

    /** The flags of tokens that start with an ASCII character, made by {@link #classify}. */
    private static final byte[] ASCII_FLAGS = new byte[128];

    static {
        for (char c = 0; c < 128; c++) {
            ASCII_FLAGS[c] = classify(c);
        }
    }

    /** The flags of a token that starts with {@code c} (not a mask). */
    private static byte flags(char c) {
        return c < 128 ? ASCII_FLAGS[c] : classify(c);
    }

    private static byte classify(char c) {
        boolean word = letterOrDigit(c);
        return (byte) ((word ? WORD : 0) | (Character.isUpperCase(c) ? CAP : 0)
                | (word && Character.isLowerCase(c) ? LOWER : 0));
    }

    private void addToken(int start, int end, byte flags) {
        if (tokenCount == tokenStarts.length) {
            int n = tokenCount * 2;
            tokenStarts = Arrays.copyOf(tokenStarts, n);
            tokenEnds = Arrays.copyOf(tokenEnds, n);
            tokenFlags = Arrays.copyOf(tokenFlags, n);
        }
        tokenStarts[tokenCount] = start;
        tokenEnds[tokenCount] = end;
        tokenFlags[tokenCount] = flags;
        tokenCount++;
    }

    /**
     * Sentence starts: after a full stop, question or exclamation mark (or a quote that ends
     * with one) followed by space and a capital, a digit or a new quotation; not after
     * abbreviations and initials ("Mr.", "U.S.", "J.").
     */
    private int[] sentenceStarts() {
        return masked || text.indexOf(MASK) >= 0 ? sentenceStartsByChar() : sentenceStartsByMark();
    }

    /** {@link #sentenceStarts} read character by character, as a frame with quotes masked needs. */
    int[] sentenceStartsByChar() {
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
            int k = end ? startAfter(i) : -1;
            if (k >= 0) {
                if (count == out.length) {
                    out = Arrays.copyOf(out, count * 2);
                }
                out[count++] = k;
                i = k - 1;
            }
        }
        return Arrays.copyOf(out, count);
    }

    /** The marks that may end a sentence in a frame without a mask. */
    private static final char[] ENDS = {'.', '!', '?', '…'};

    /**
     * {@link #sentenceStartsByChar} for a frame with no mask in it, the text itself: only its full
     * stops, question and exclamation marks and ellipses are read, each found by {@link
     * String#indexOf(int, int)}, which reads a text many characters at a time.
     */
    int[] sentenceStartsByMark() {
        int[] out = new int[8];
        int count = 1; // out[0] = 0
        // The next place of each mark at or after i (or the text's length when there is none).
        int n = frame.length;
        int[] next = new int[ENDS.length];
        for (int m = 0; m < ENDS.length; m++) {
            next[m] = at(ENDS[m], 0);
        }
        int i = 0;
        while (true) {
            int m = 0;
            for (int q = 1; q < ENDS.length; q++) {
                if (next[q] < next[m]) {
                    m = q;
                }
            }
            i = next[m];
            if (i >= n) {
                break;
            }
            char c = ENDS[m];
            int k = c != '.' || !abbreviationBefore(i) ? startAfter(i) : -1;
            if (k >= 0) {
                if (count == out.length) {
                    out = Arrays.copyOf(out, count * 2);
                }
                out[count++] = k;
            }
            // On from the next sentence's start (no mark stands before it) or the next character.
            int from = k >= 0 ? k : i + 1;
            for (int q = 0; q < ENDS.length; q++) {
                if (next[q] < from) {
                    next[q] = at(ENDS[q], from);
                }
            }
        }
        return Arrays.copyOf(out, count);
    }

    /** Where {@code mark} next stands in the text from {@code from}, or the text's length. */
    private int at(char mark, int from) {
        int i = text.indexOf(mark, from);
        return i < 0 ? frame.length : i;
    }

    /**
     * Where the sentence after a sentence-ending mark at {@code i} starts: past closing marks and
     * space, at a capital, a digit or a new quotation; -1 when none starts there.
     */
    private int startAfter(int i) {
        int n = frame.length;
        int j = i + 1;
        while (j < n && ")]”’\"»".indexOf(frame[j]) >= 0) {
            j++;
        }
        int k = j;
        while (k < n && (Character.isWhitespace(frame[k]) || Character.isSpaceChar(frame[k]))) {
            k++;
        }
        if (k == j || k >= n) {
            return -1;
        }
        char next = frame[k];
        return Character.isUpperCase(next) || Character.isDigit(next) || next == MASK || "“„\"«‘([¿¡".indexOf(next) >= 0
                ? k : -1;
    }

    private boolean abbreviationBefore(int dot) {
        // Lower-casing neither shortens a word nor makes a dot: a run longer than the longest
        // abbreviation is none, so the scan back stops there, and no string is made for it.
        int longest = QuoteCues.longestAbbreviation();
        int limit = Math.max(0, dot - longest - 1);
        int k = dot;
        boolean dots = false;
        while (k > limit && (Character.isLetter(frame[k - 1]) || frame[k - 1] == '.')) {
            dots |= frame[k - 1] == '.';
            k--;
        }
        if (k == dot || dot - k > longest) {
            return false;
        }
        if (dot - k > 4 && !dots) {
            return false; // without a dot inside, an abbreviation below has at most four letters
        }
        String w = new String(frame, k, dot - k).toLowerCase(Locale.ROOT);
        if (w.length() == 1) {
            return Character.isUpperCase(frame[k]); // an initial: "Robert M. Danin"
        }
        return QuoteCues.isAbbreviation(w) && (w.indexOf('.') > 0 || w.length() <= 4);
    }
}
