package io.github.articlemodel.extract;

import io.github.articlemodel.model.Candidate;
import io.github.articlemodel.model.FieldProvenance;
import java.util.List;

/**
 * A value a stage settled on, with the candidate it came from, why, and the candidates that lost:
 * everything the assembler needs to record provenance.
 *
 * @param <T> the type of the value
 */
record Choice<T>(T value, Candidate winner, String reason, List<Candidate> others) {
    Choice {
        others = List.copyOf(others);
    }

    FieldProvenance provenance() {
        return new FieldProvenance.Builder().winner(winner).reason(reason).others(others).build();
    }
}
