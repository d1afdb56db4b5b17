package io.github.articlemodel.model;

import java.util.Optional;
import org.immutables.value.Value;

/** The publisher of an article. */
@Value.Immutable
public abstract sealed class Organization permits ImmutableOrganization {
    Organization() {}

    public abstract String name();

    /** The organisation's home page, an absolute http(s) URL. */
    public abstract Optional<String> url();

    /** The organisation's logo. */
    public abstract Optional<Image> logo();

    /** An organisation with only a name. */
    public static Organization of(String name) {
        return new Builder().name(name).build();
    }

    @Value.Check
    void check() {
        Checks.nonBlank("organization.name", name());
        Checks.httpUrl("organization.url", url());
    }

    /** Builds an {@link Organization}. */
    public static final class Builder extends ImmutableOrganization.Builder {
        /** A builder with no fields set. */
        public Builder() {}
    }
}
