package io.github.articlemodel.model;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/** A table, as rows of cell texts (header rows first). */
@Value.Immutable
public abstract sealed class Table extends Block permits ImmutableTable {
    Table() {}

    /** The rows, each a list of cell texts (a cell may be empty); at least one row. */
    public abstract List<List<String>> rows();

    /** The table's caption. */
    public abstract Optional<String> caption();

    /** A table of these rows. */
    public static Table of(List<List<String>> rows) {
        return new Builder().rows(rows).build();
    }

    @Override
    public final BlockType type() {
        return BlockType.TABLE;
    }

    /** The caption (if any), then one line per row with the cells separated by tabs. */
    @Override
    public final String plainText() {
        String body = rows().stream().map(r -> String.join("\t", r)).collect(Collectors.joining("\n"));
        return caption().map(c -> c + "\n" + body).orElse(body);
    }

    @Value.Check
    Table check() {
        if (rows().isEmpty()) {
            throw new IllegalArgumentException("table.rows must not be empty");
        }
        Checks.nonBlank("table.caption", caption());
        // The builder copies the outer list only; freeze the rows too (List.copyOf returns an
        // already unmodifiable list as it is, so this ends).
        boolean frozen = rows().stream().allMatch(r -> List.copyOf(r) == r);
        if (frozen) {
            return this;
        }
        return new Builder().from(this)
                .rows(rows().stream().map(List::copyOf).collect(Collectors.toList()))
                .build();
    }

    /** Builds a {@link Table}. */
    public static final class Builder extends ImmutableTable.Builder {
        /** A builder with no fields set. */
        public Builder() {}
    }
}
