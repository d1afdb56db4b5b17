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
        StringBuilder sb = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\uFEFF' || c == '\u00AD') {
                continue; // zero-width and soft hyphen: invisible in the page
            }
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
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
        return Normalizer.isNormalized(out, Normalizer.Form.NFC) ? out : Normalizer.normalize(out, Normalizer.Form.NFC);
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
}
