package io.github.articlemodel.model;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** How one field of the article was decided: the candidate that won, why, and those that lost. */
@Value.Immutable
public abstract sealed class FieldProvenance permits ImmutableFieldProvenance {
    FieldProvenance() {}

    public abstract Candidate winner();

    /** Why the winner won ("json-ld outranks opengraph", "agrees with the visible h1"). */
    public abstract Optional<String> reason();

    /** The other candidates, best first. */
    public abstract List<Candidate> others();

    /** The provenance of a value with no competitors. */
    public static FieldProvenance of(Candidate winner) {
        return new Builder().winner(winner).build();
    }

    @Value.Check
    void check() {
        Checks.nonBlank("provenance.reason", reason());
    }

    /** Builds a {@link FieldProvenance}. */
    public static final class Builder extends ImmutableFieldProvenance.Builder {
        /** A builder with no fields set. */
        public Builder() {}
    }
}
