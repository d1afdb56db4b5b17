package io.github.articlemodel.model;

import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/** An image: the lead image, an image of the body, a logo. */
@Value.Immutable
public abstract sealed class Image permits ImmutableImage {
    Image() {}

    /** The image file, an absolute http(s) URL. */
    public abstract String url();

    /** The alternative text of the image element. */
    public abstract Optional<String> alt();

    /** The caption shown with the image. */
    public abstract Optional<String> caption();

    /** The credit line ("Photo: Jane Doe / Agency"). */
    public abstract Optional<String> credit();

    /** Width in pixels, when the page states it. */
    public abstract OptionalInt width();

    /** Height in pixels, when the page states it. */
    public abstract OptionalInt height();

    /** An image with only a URL. */
    public static Image of(String url) {
        return new Builder().url(url).build();
    }

    @Value.Check
    void check() {
        Checks.httpUrl("image.url", url());
        Checks.nonBlank("image.alt", alt());
        Checks.nonBlank("image.caption", caption());
        Checks.nonBlank("image.credit", credit());
        width().ifPresent(w -> Checks.nonNegative("image.width", w));
        height().ifPresent(h -> Checks.nonNegative("image.height", h));
    }

    /** Builds an {@link Image}. */
    public static final class Builder extends ImmutableImage.Builder {
        /** A builder with no fields set. */
        public Builder() {}
    }
}
