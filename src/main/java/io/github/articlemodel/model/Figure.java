package io.github.articlemodel.model;

import org.immutables.value.Value;

/** An image in the body; its caption and credit are those of {@link #image()}. */
@Value.Immutable
public abstract sealed class Figure extends Block permits ImmutableFigure {
    Figure() {}

    public abstract Image image();

    /** A figure showing this image. */
    public static Figure of(Image image) {
        return new Builder().image(image).build();
    }

    @Override
    public final BlockType type() {
        return BlockType.FIGURE;
    }

    /** The caption, or empty when there is none. */
    @Override
    public final String plainText() {
        return image().caption().orElse("");
    }

    /** Builds a {@link Figure}. */
    public static final class Builder extends ImmutableFigure.Builder {
        /** A builder with no fields set. */
        public Builder() {}
    }
}
