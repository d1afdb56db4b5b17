package io.github.articlemodel.extract;

import java.util.Objects;

/**
 * Something the extractor noticed and worked around: a limit that was hit, a charset that lied,
 * JSON-LD it could not read. A warning never means the result is unusable; it says where it may be
 * incomplete.
 */
public final class Warning {
    private final String code;
    private final String message;

    private Warning(String code, String message) {
        this.code = code;
        this.message = message;
    }

    /**
     * A warning with a stable, dotted code ({@code "limit.input-bytes"}, {@code "json-ld.unreadable"})
     * and a message for people.
     */
    public static Warning of(String code, String message) {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
        return new Warning(code, message);
    }

    /** A stable identifier of the kind of warning; codes starting with {@code limit.} name a limit. */
    public String code() {
        return code;
    }

    public String message() {
        return message;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Warning && ((Warning) o).code.equals(code) && ((Warning) o).message.equals(message);
    }

    @Override
    public int hashCode() {
        return code.hashCode() * 31 + message.hashCode();
    }

    @Override
    public String toString() {
        return code + ": " + message;
    }
}
