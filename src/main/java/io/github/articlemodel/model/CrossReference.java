package io.github.articlemodel.model;

import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/** A pointer from the article to another page: "Read also: ...", a related story, an inline link. */
@Value.Immutable
public abstract sealed class CrossReference permits ImmutableCrossReference {
    CrossReference() {}

    /** The label as shown ("Read also", "Lesen Sie auch"), when there is one. */
    public abstract Optional<String> label();

    /** The title of the target page as the link shows it. */
    public abstract String title();

    /** The target, an absolute http(s) URL. */
    public abstract String url();

    public abstract CrossReferenceKind kind();

    /**
     * The index in {@link Article#body()} of the block this reference follows (for an inline link,
     * the block that holds it); absent when it stands before the first block.
     */
    public abstract OptionalInt afterBlock();

    @Value.Check
    void check() {
        Checks.nonBlank("crossReference.label", label());
        Checks.nonBlank("crossReference.title", title());
        Checks.httpUrl("crossReference.url", url());
        afterBlock().ifPresent(i -> Checks.nonNegative("crossReference.afterBlock", i));
    }

    /** Builds a {@link CrossReference}. */
    public static final class Builder extends ImmutableCrossReference.Builder {
        /** A builder with no fields set. */
        public Builder() {}
    }
}
