package io.github.articlemodel.model;

import org.immutables.value.Value;

/** One value found for a field: where it came from and what it was. */
@Value.Immutable
public abstract sealed class Candidate permits ImmutableCandidate {
    Candidate() {}

    @Value.Parameter
    public abstract Source source();

    /** A short pointer into the page: a JSON-LD path ({@code $[0].author[1].name}) or a CSS path. */
    @Value.Parameter
    public abstract String locator();

    /** The value as found, before normalisation. */
    @Value.Parameter
    public abstract String value();

    public static Candidate of(Source source, String locator, String value) {
        return ImmutableCandidate.of(source, locator, value);
    }

    @Value.Check
    void check() {
        Checks.nonBlank("candidate.locator", locator());
    }
}
