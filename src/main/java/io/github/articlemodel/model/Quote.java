package io.github.articlemodel.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * A direct quotation with its speaker. Its place is given twice: the body block it starts in, and
 * character offsets into {@link Article#text()} (the span between the quotation marks).
 */
@Value.Immutable
public abstract sealed class Quote permits ImmutableQuote {
    Quote() {}

    /** The quoted words without the quotation marks. */
    public abstract String text();

    /** Who said it: a person, an organisation, or the role phrase the page gives. */
    public abstract Optional<Agent> speaker();

    /** The verb or phrase that attributes it ("said", "told", "according to"). */
    public abstract Optional<String> cue();

    public abstract QuoteKind kind();

    /** The index in {@link Article#body()} of the block the quote starts in. */
    public abstract int blockIndex();

    /** Offset in {@link Article#text()} where the quoted words start. */
    public abstract int start();

    /** Offset in {@link Article#text()} just after the quoted words. */
    public abstract int end();

    @Value.Check
    void check() {
        Checks.nonBlank("quote.text", text());
        Checks.nonBlank("quote.cue", cue());
        Checks.nonNegative("quote.blockIndex", blockIndex());
        Checks.nonNegative("quote.start", start());
        if (end() < start()) {
            throw new IllegalArgumentException("quote.end (" + end() + ") must not be before quote.start (" + start() + ")");
        }
    }

    /** Builds a {@link Quote}. */
    public static final class Builder extends ImmutableQuote.Builder {
        /** A builder with no fields set. */
        public Builder() {}
    }
}
