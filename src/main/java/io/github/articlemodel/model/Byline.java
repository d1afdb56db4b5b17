package io.github.articlemodel.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * A credited person or organisation: a name without "By", dates or job titles glued on.
 *
 * <pre>{@code
 * Byline b = new Byline.Builder().name("Jane Doe").url("https://example.org/jane").build();
 * }</pre>
 */
@Value.Immutable
public abstract sealed class Byline permits ImmutableByline {
    Byline() {}

    /** The name as a reader would write it ("Jane Doe", "Reuters"). */
    public abstract String name();

    /** The profile page of this party, an absolute http(s) URL. */
    public abstract Optional<String> url();

    /** Person or organisation; never {@link AgentType#ROLE}. */
    @Value.Default
    public AgentType type() {
        return AgentType.PERSON;
    }

    /** The part this party played; {@link BylineRole#AUTHOR} unless the page says otherwise. */
    @Value.Default
    public BylineRole role() {
        return BylineRole.AUTHOR;
    }

    /** The organisation the party writes for, when the page names one ("for Reuters"). */
    public abstract Optional<String> affiliation();

    /** A person credited as author. */
    public static Byline person(String name) {
        return new Builder().name(name).build();
    }

    /** An organisation credited as author. */
    public static Byline organization(String name) {
        return new Builder().name(name).type(AgentType.ORGANIZATION).build();
    }

    @Value.Check
    void check() {
        Checks.nonBlank("byline.name", name());
        Checks.httpUrl("byline.url", url());
        Checks.nonBlank("byline.affiliation", affiliation());
        if (type() == AgentType.ROLE) {
            throw new IllegalArgumentException("byline.type must be PERSON or ORGANIZATION, not ROLE");
        }
    }

    /** Builds a {@link Byline}. */
    public static final class Builder extends ImmutableByline.Builder {
        /** A builder with no fields set. */
        public Builder() {}
    }
}
