package io.github.articlemodel.model;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/** Invariant checks shared by the value types; messages always name the field. */
final class Checks {
    private Checks() {}

    static String nonBlank(String field, String value) {
        if (value.isBlank()) {
            throw new IllegalArgumentException(field + " must not be blank");
        }
        return value;
    }

    static void nonBlank(String field, Optional<String> value) {
        value.ifPresent(v -> nonBlank(field, v));
    }

    /** Only absolute http(s) URLs with a host enter the model: never javascript:, data: or relative ones. */
    static String httpUrl(String field, String value) {
        if (plainHttpUrl(value)) {
            return value; // the common shape, which URI accepts with its host, read without building one
        }
        URI uri;
        try {
            uri = new URI(value);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(field + " is not a valid URL: " + abbreviate(value), e);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new IllegalArgumentException(field + " must be an absolute http(s) URL: " + abbreviate(value));
        }
        if (uri.getHost() == null || uri.getHost().isEmpty()) {
            throw new IllegalArgumentException(field + " must have a host: " + abbreviate(value));
        }
        return value;
    }

    /** Characters that java.net.URI takes unescaped in a path, query or fragment (RFC 2396, '#' aside). */
    private static final String URI_MARKS = "-_.!~*'();/?:@&=+$,";

    /**
     * Whether the value is an http(s) URL of the plainest shape, one that {@link URI} always accepts
     * as a server with a host: a lower-case scheme; a host of letters, digits and inner hyphens in
     * dot-separated labels, the last starting with a letter; an optional port; then only characters
     * legal unescaped after it, with at most one '#'. Any other value is left to {@link URI}.
     */
    static boolean plainHttpUrl(String v) {
        int i = v.startsWith("https://") ? 8 : v.startsWith("http://") ? 7 : -1;
        if (i < 0) {
            return false;
        }
        int n = v.length();
        int label = i;
        for (; i < n; i++) {
            char c = v.charAt(i);
            if (c == '.') {
                if (i == label || v.charAt(i - 1) == '-') {
                    return false;
                }
                label = i + 1;
            } else if (c == '-') {
                if (i == label) {
                    return false;
                }
            } else if (!letter(c) && !digit(c)) {
                break;
            }
        }
        if (i == label || v.charAt(i - 1) == '-' || !letter(v.charAt(label))) {
            return false;
        }
        if (i < n && v.charAt(i) == ':') {
            int port = ++i;
            while (i < n && digit(v.charAt(i))) {
                i++;
            }
            if (i == port || i - port > 5) {
                return false;
            }
        }
        if (i < n && "/?#".indexOf(v.charAt(i)) < 0) {
            return false;
        }
        boolean fragment = false;
        for (; i < n; i++) {
            char c = v.charAt(i);
            if (c == '#') {
                if (fragment) {
                    return false;
                }
                fragment = true;
            } else if (!letter(c) && !digit(c) && URI_MARKS.indexOf(c) < 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean letter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    private static boolean digit(char c) {
        return c >= '0' && c <= '9';
    }

    static void httpUrl(String field, Optional<String> value) {
        value.ifPresent(v -> httpUrl(field, v));
    }

    static int nonNegative(String field, int value) {
        if (value < 0) {
            throw new IllegalArgumentException(field + " must not be negative: " + value);
        }
        return value;
    }

    private static String abbreviate(String s) {
        return s.length() <= 80 ? s : s.substring(0, 77) + "...";
    }
}
