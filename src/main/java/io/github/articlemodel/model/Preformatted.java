package io.github.articlemodel.model;

import java.util.Optional;
import org.immutables.value.Value;

/** Preformatted text such as code, with its white space kept. */
@Value.Immutable
public abstract sealed class Preformatted extends Block permits ImmutablePreformatted {
    Preformatted() {}

    public abstract String text();

    /** The programming language, when the page marks it ("java", "python"). */
    public abstract Optional<String> language();

    /** Preformatted text without a language. */
    public static Preformatted of(String text) {
        return new Builder().text(text).build();
    }

    @Override
    public final BlockType type() {
        return BlockType.PREFORMATTED;
    }

    @Override
    public final String plainText() {
        return text();
    }

    @Value.Check
    void check() {
        Checks.nonBlank("preformatted.text", text());
        Checks.nonBlank("preformatted.language", language());
    }

    /** Builds a {@link Preformatted}. */
    public static final class Builder extends ImmutablePreformatted.Builder {
        /** A builder with no fields set. */
        public Builder() {}
    }
}
