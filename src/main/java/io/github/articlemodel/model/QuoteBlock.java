package io.github.articlemodel.model;

import java.util.Optional;
import org.immutables.value.Value;

/** A block quotation or pull quote, with its attribution when the page gives one. */
@Value.Immutable
public abstract sealed class QuoteBlock extends Block permits ImmutableQuoteBlock {
    QuoteBlock() {}

    public abstract String text();

    /** The attribution line as shown ("Jens Stoltenberg, NATO Secretary-General"). */
    public abstract Optional<String> attribution();

    /** A quote block without attribution. */
    public static QuoteBlock of(String text) {
        return new Builder().text(text).build();
    }

    @Override
    public final BlockType type() {
        return BlockType.QUOTE;
    }

    @Override
    public final String plainText() {
        return text();
    }

    @Value.Check
    void check() {
        Checks.nonBlank("quote.text", text());
        Checks.nonBlank("quote.attribution", attribution());
    }

    /** Builds a {@link QuoteBlock}. */
    public static final class Builder extends ImmutableQuoteBlock.Builder {
        /** A builder with no fields set. */
        public Builder() {}
    }
}
