package io.github.articlemodel.model;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.function.Executable;

/** Assertions for the model's invariant checks: they throw and name the field. */
final class Invariants {
    private Invariants() {}

    /** URLs the model must reject: relative, scriptable, other schemes, no host, not a URL. */
    static final String[] BAD_URLS = {"/news/1", "news/1", "javascript:alert(1)", "JavaScript:alert(1)",
        "data:text/html,<b>x</b>", "ftp://example.org/a", "mailto:jane@example.org", "//example.org/a",
        "https:///a", "https://exa mple.org/", "", " "};

    /** Strings the model must reject where a name is required. */
    static final String[] BLANKS = {"", " ", "\n\t", "\u2003", "\u3000"};

    /** Asserts that {@code build} throws an {@link IllegalArgumentException} whose message starts with {@code field}. */
    static IllegalArgumentException rejects(String field, Executable build) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, build);
        assertTrue(e.getMessage().startsWith(field), () -> "'" + e.getMessage() + "' does not start with " + field);
        return e;
    }

    /** Asserts that building without a required attribute fails naming it. */
    static void requires(String attribute, Executable build) {
        IllegalStateException e = assertThrows(IllegalStateException.class, build);
        assertTrue(e.getMessage().contains(attribute), e::getMessage);
    }
}
