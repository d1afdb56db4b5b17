package io.github.articlemodel.internal;

import java.text.Normalizer;
import java.util.Optional;

/** Text normalisation: one space for any run of white space, Unicode NFC, no invisible characters. */
public final class Text {
    private Text() {}

    /** Collapses white space (including no-break and zero-width spaces), trims, and applies NFC. */
    public static String clean(String s) {
        if (s == null || s.isEmpty()) {
            return "";
        }
        if (alreadyClean(s)) {
            return s; // most strings of a page: no copy, no normaliser
        }
        StringBuilder sb = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (invisible(c)) {
                continue; // zero-width and soft hyphen: invisible in the page
            }
            if (isSpace(c)) {
                space = sb.length() > 0;
                continue;
            }
            if (Character.isISOControl(c)) {
                continue;
            }
            if (Character.isSurrogate(c)) {
                boolean paired = Character.isHighSurrogate(c) ? i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))
                        : i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
                if (!paired) {
                    c = '\uFFFD'; // a lone surrogate (from "&#xD800;") cannot be written as UTF-8
                }
            }
            if (space) {
                sb.append(' ');
                space = false;
            }
            sb.append(c);
        }
        String out = sb.toString();
        return nfcStable(out) || Normalizer.isNormalized(out, Normalizer.Form.NFC) ? out
                : Normalizer.normalize(out, Normalizer.Form.NFC);
    }

    /**
     * {@code Character.isWhitespace(c) || Character.isSpaceChar(c)}: what {@link #clean(String)}
     * makes one space of. Below U+1680 only ASCII white space and the no-break space are; the
     * character tables are read only above.
     */
    public static boolean isSpace(char c) {
        if (c <= ' ') {
            return c == ' ' || c >= '\t' && c <= '\r' || c >= '\u001C';
        }
        if (c < '\u1680') {
            return c == '\u00A0';
        }
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    /**
     * Whether {@link #clean(String)} may drop or change {@code c} (a character that is not white
     * space): controls, invisible characters, and what NFC may change or compose.
     */
    public static boolean changedByClean(char c) {
        return c < ' ' || c >= '\u007F' && c <= '\u009F' || c == '\u00AD' || !nfcSafe(c);
    }

    /**
     * Whether NFC leaves {@code c} as it is and never composes it with its neighbours: everything
     * below U+0300, and the punctuation and currency signs of running text (dashes, curly quotes,
     * ellipsis, euro), which would otherwise send most paragraphs to the normaliser; and the letters
     * of the common non-Latin scripts and common symbols ({@link #NFC_SAFE_RANGES}), for the same
     * reason on pages written in them.
     */
    static boolean nfcSafe(char c) {
        return (NFC_SAFE[c >>> 6] & 1L << c) != 0; // one bit per character: text is read by the megabyte
    }

    /**
     * Ranges (first, last, in order) of characters that NFC's quick check passes and that combine
     * with no character before them (no combining marks, no Hangul jamo): a string of them, ASCII and
     * the ranges above is already NFC. The letters of Greek (without U+0387), Cyrillic (without its
     * combining marks), Hebrew, Arabic, Devanagari, Bengali, Thai, kana, CJK ideographs and Hangul
     * syllables; direction marks and other format characters, arrows, mathematical operators, box
     * drawing, shapes and dingbats, CJK punctuation, private use, full-width forms and the
     * replacement character. TextTest checks each one.
     */
    static final char[] NFC_SAFE_RANGES = {'\u0388', '\u03CE', '\u0400', '\u0481', '\u048A', '\u052F',
        '\u05D0', '\u05EA', '\u0620', '\u064A', '\u0671', '\u06D3', '\u0904', '\u0939', '\u0985', '\u09B9',
        '\u0E01', '\u0E30', '\u0E32', '\u0E33', '\u0E40', '\u0E46', '\u200E', '\u200F', '\u202A', '\u202E',
        '\u2060', '\u206F', '\u2190', '\u22FF', '\u2500', '\u27BF',
        '\u3001', '\u3029', '\u3041', '\u3096', '\u30A1', '\u30FF', '\u4E00', '\u9FFF', '\uAC00', '\uD7A3',
        '\uE000', '\uF8FF', '\uFF01', '\uFF60', '\uFFFD', '\uFFFD'};

    /** {@link #nfcSafe} of every UTF-16 unit, bit {@code c % 64} of word {@code c / 64}. */
    private static final long[] NFC_SAFE = new long[1024];

    static {
        // Below U+0300 and the punctuation and currency signs of running text, then the ranges above.
        char[] runningText = {'\u0000', '\u02FF', '\u2010', '\u2027', '\u2030', '\u205E', '\u20A0', '\u20BF'};
        for (char[] ranges : new char[][] {runningText, NFC_SAFE_RANGES}) {
            for (int r = 0; r < ranges.length; r += 2) {
                for (int c = ranges[r]; c <= ranges[r + 1]; c++) {
                    NFC_SAFE[c >>> 6] |= 1L << c;
                }
            }
        }
    }

    /** The length of {@link #clean(String)}, without building the string when it can be avoided. */
    public static int cleanLength(String s) {
        if (s == null || s.isEmpty()) {
            return 0;
        }
        int n = 0;
        boolean space = false;
        boolean high = false; // a character NFC may change: the length may change
        boolean dropped = false; // an invisible character left out
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c > ' ' && c < '\u007F') {
                // Printable ASCII, most of any page: counted without the Unicode tests below.
                if (space) {
                    n++;
                    space = false;
                }
                n++;
                continue;
            }
            if (c == ' ' || c == '\n') {
                space = n > 0;
                continue;
            }
            if (!high && !nfcSafe(c) && !emojiHalf(s, i)) {
                high = true;
            }
            if (invisible(c)) {
                dropped = true;
                continue;
            }
            if (isSpace(c)) {
                space = n > 0;
                continue;
            }
            if (Character.isISOControl(c)) {
                dropped = true;
                continue;
            }
            if (space) {
                n++;
                space = false;
            }
            n++;
        }
        // Input already normalised stays so when only white space changed (NFC never joins across a
        // space); otherwise (rare) count the real thing.
        return !high || !dropped && Normalizer.isNormalized(s, Normalizer.Form.NFC) ? n : clean(s).length();
    }

    /**
     * Whether {@code s.charAt(i)} is half of a surrogate pair for U+1F000 to U+1FBFF (emoji, playing
     * cards, symbols): characters that NFC leaves as they are and never composes (TextTest checks).
     */
    static boolean emojiHalf(String s, int i) {
        char c = s.charAt(i);
        if (c >= '\uD83C' && c <= '\uD83E') {
            return i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
        }
        return Character.isLowSurrogate(c) && i > 0 && s.charAt(i - 1) >= '\uD83C' && s.charAt(i - 1) <= '\uD83E';
    }

    /**
     * Whether {@code s} is already what {@link #clean(String)} makes of it: printable characters that
     * NFC leaves alone, and single inner spaces.
     */
    private static boolean alreadyClean(String s) {
        int last = s.length() - 1;
        for (int i = 0; i <= last; i++) {
            char c = s.charAt(i);
            if (c == ' ') {
                if (i == 0 || i == last || s.charAt(i - 1) == ' ') {
                    return false;
                }
            } else if (c < '!' || c >= '\u007F' && c <= '\u00A0' || c == '\u00AD' || !nfcSafe(c)) {
                return false;
            }
        }
        return true;
    }

    /** Whether every character is one that NFC leaves as it is: so does it with the text. */
    private static boolean nfcStable(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (!nfcSafe(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** {@link #clean(String)}, or empty when nothing is left. */
    public static Optional<String> cleanOpt(String s) {
        String c = clean(s);
        return c.isEmpty() ? Optional.empty() : Optional.of(c);
    }

    /** Cuts {@code s} to at most {@code max} chars without splitting a surrogate pair. */
    public static String truncate(String s, int max) {
        if (s.length() <= max) {
            return s;
        }
        int end = max;
        if (end > 0 && Character.isHighSurrogate(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(0, end);
    }

    /** Lower-case, white space collapsed: for comparing texts. */
    public static String key(String s) {
        return clean(s).toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * Whether the first character of {@code s} that {@link #clean(String)} keeps is white space: put
     * after other text, {@code s} then opens with a space. A text of nothing clean keeps does not.
     */
    public static boolean opensWithSpace(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!dropped(c)) {
                return isSpace(c);
            }
        }
        return false;
    }

    /** Whether the last character of {@code s} that {@link #clean(String)} keeps is white space. */
    public static boolean closesWithSpace(String s) {
        for (int i = s.length() - 1; i >= 0; i--) {
            char c = s.charAt(i);
            if (!dropped(c)) {
                return isSpace(c);
            }
        }
        return false;
    }

    /** What {@link #clean(String)} leaves out wherever it stands: invisible characters and controls that are no white space. */
    private static boolean dropped(char c) {
        return invisible(c) || !isSpace(c) && Character.isISOControl(c);
    }

    /** Zero-width characters, the byte order mark and the soft hyphen: text that {@link #clean} drops. */
    static boolean invisible(char c) {
        return c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\uFEFF' || c == '\u00AD';
    }

    /**
     * Letters and digits only, lower case: for comparing names and titles whatever their quotes,
     * dashes, spacing and punctuation ("El Example" and "www.elexample.com" share "elexample").
     */
    public static String letters(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            if (Character.isLetterOrDigit(cp)) {
                sb.appendCodePoint(Character.toLowerCase(cp));
            }
            i += Character.charCount(cp);
        }
        return sb.toString();
    }
}
