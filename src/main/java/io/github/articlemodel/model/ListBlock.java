package io.github.articlemodel.model;

import java.util.List;
import org.immutables.value.Value;

/** A bulleted or numbered list. */
@Value.Immutable
public abstract sealed class ListBlock extends Block permits ImmutableListBlock {
    ListBlock() {}

    /** True for a numbered list ({@code <ol>}). */
    @Value.Default
    public boolean ordered() {
        return false;
    }

    /** The items' text, in order; at least one. */
    public abstract List<String> items();

    /** A list of these items. */
    public static ListBlock of(boolean ordered, List<String> items) {
        return new Builder().ordered(ordered).items(items).build();
    }

    @Override
    public final BlockType type() {
        return BlockType.LIST;
    }

    @Override
    public final String plainText() {
        return String.join("\n", items());
    }

    @Value.Check
    void check() {
        if (items().isEmpty()) {
            throw new IllegalArgumentException("list.items must not be empty");
        }
        items().forEach(i -> Checks.nonBlank("list.items[]", i));
    }

    /** Builds a {@link ListBlock}. */
    public static final class Builder extends ImmutableListBlock.Builder {
        /** A builder with no fields set. */
        public Builder() {}
    }
}
