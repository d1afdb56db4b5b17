package io.github.articlemodel;

import io.github.articlemodel.extract.Warning;
import java.util.List;
import java.util.Objects;

/**
 * A result together with the warnings raised while producing it.
 *
 * @param <T> the type of the result
 */
public final class Extraction<T> {
    private final T value;
    private final List<Warning> warnings;

    private Extraction(T value, List<Warning> warnings) {
        this.value = value;
        this.warnings = warnings;
    }

    /** A result and its warnings. */
    public static <T> Extraction<T> of(T value, List<Warning> warnings) {
        return new Extraction<>(Objects.requireNonNull(value, "value"), List.copyOf(warnings));
    }

    public T value() {
        return value;
    }

    /** The warnings, in the order they were raised; empty when all went well. */
    public List<Warning> warnings() {
        return warnings;
    }

    @Override
    public String toString() {
        return "Extraction{value=" + value + ", warnings=" + warnings + "}";
    }
}
