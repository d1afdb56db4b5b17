package io.github.articlemodel.model;

import java.util.List;
import org.immutables.value.Value;

/** A paragraph of running text with the links inside it. */
@Value.Immutable
public abstract sealed class Paragraph extends Block permits ImmutableParagraph {
    Paragraph() {}

    public abstract String text();

    /** The links in the paragraph, in order; each one's anchor text is a slice of {@link #text()}. */
    public abstract List<Link> links();

    /** A paragraph without links. */
    public static Paragraph of(String text) {
        return new Builder().text(text).build();
    }

    @Override
    public final BlockType type() {
        return BlockType.PARAGRAPH;
    }

    @Override
    public final String plainText() {
        return text();
    }

    @Value.Check
    void check() {
        Checks.nonBlank("paragraph.text", text());
        for (Link link : links()) {
            if (link.end() > text().length() || !text().startsWith(link.text(), link.start())) {
                throw new IllegalArgumentException("paragraph.links: '" + link.text() + "' is not at offset "
                        + link.start() + " of the paragraph text");
            }
        }
    }

    /** Builds a {@link Paragraph}. */
    public static final class Builder extends ImmutableParagraph.Builder {
        /** A builder with no fields set. */
        public Builder() {}
    }
}
