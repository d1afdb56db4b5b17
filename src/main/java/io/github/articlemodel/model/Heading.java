package io.github.articlemodel.model;

import org.immutables.value.Value;

/** A subheading inside the body. */
@Value.Immutable
public abstract sealed class Heading extends Block permits ImmutableHeading {
    Heading() {}

    /** 1 to 6, as in {@code <h1>} to {@code <h6>}. */
    public abstract int level();

    public abstract String text();

    /** A heading of this level and text. */
    public static Heading of(int level, String text) {
        return new Builder().level(level).text(text).build();
    }

    @Override
    public final BlockType type() {
        return BlockType.HEADING;
    }

    @Override
    public final String plainText() {
        return text();
    }

    @Value.Check
    void check() {
        if (level() < 1 || level() > 6) {
            throw new IllegalArgumentException("heading.level must be 1 to 6: " + level());
        }
        Checks.nonBlank("heading.text", text());
    }

    /** Builds a {@link Heading}. */
    public static final class Builder extends ImmutableHeading.Builder {
        /** A builder with no fields set. */
        public Builder() {}
    }
}
