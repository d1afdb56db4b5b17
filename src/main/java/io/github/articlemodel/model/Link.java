package io.github.articlemodel.model;

import org.immutables.value.Value;

/** A link inside a paragraph: its anchor text, where that text starts, and its target. */
@Value.Immutable
public abstract sealed class Link permits ImmutableLink {
    Link() {}

    /** The anchor text, exactly as it stands in the paragraph's text. */
    public abstract String text();

    /** The target, an absolute http(s) URL. */
    public abstract String url();

    /** The offset of {@link #text()} in the paragraph's text. */
    public abstract int start();

    /** The offset just after the anchor text. */
    public final int end() {
        return start() + text().length();
    }

    /** A link whose anchor text starts at {@code start}. */
    public static Link of(String text, String url, int start) {
        return new Builder().text(text).url(url).start(start).build();
    }

    @Value.Check
    void check() {
        Checks.nonBlank("link.text", text());
        Checks.httpUrl("link.url", url());
        Checks.nonNegative("link.start", start());
    }

    /** Builds a {@link Link}. */
    public static final class Builder extends ImmutableLink.Builder {
        /** A builder with no fields set. */
        public Builder() {}
    }
}
