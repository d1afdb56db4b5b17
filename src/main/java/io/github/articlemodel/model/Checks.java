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
