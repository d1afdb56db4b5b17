package io.github.articlemodel.model;

import java.util.Optional;
import org.immutables.value.Value;

/** A party that said or wrote something: the speaker of a quote, the author of a comment. */
@Value.Immutable
public abstract sealed class Agent permits ImmutableAgent {
    Agent() {}

    /** The fullest name the page gives, or the role phrase when that is all there is. */
    public abstract String name();

    /** A page about this party, an absolute http(s) URL. */
    public abstract Optional<String> url();

    /** Person, organisation, or only a role phrase ("a spokesman for the ministry"). */
    @Value.Default
    public AgentType type() {
        return AgentType.PERSON;
    }

    /** A person with this name. */
    public static Agent person(String name) {
        return new Builder().name(name).build();
    }

    @Value.Check
    void check() {
        Checks.nonBlank("agent.name", name());
        Checks.httpUrl("agent.url", url());
    }

    /** Builds an {@link Agent}. */
    public static final class Builder extends ImmutableAgent.Builder {
        /** A builder with no fields set. */
        public Builder() {}
    }
}
