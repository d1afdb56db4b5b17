package io.github.articlemodel.model;

/** What kind of party a name stands for. */
public enum AgentType {
    /** A person, such as "Jens Stoltenberg". */
    PERSON("Person"),
    /** An organisation, such as a wire service or "Staff". */
    ORGANIZATION("Organization"),
    /** Only a role phrase the page gives, such as "a spokesman for the ministry" (quote speakers only). */
    ROLE("Role");

    private final String id;

    AgentType(String id) {
        this.id = id;
    }

    /** The external name, as used in JSON ("Person", "Organization", "Role"). */
    public String id() {
        return id;
    }

    /**
     * The constant with this external name.
     *
     * @throws IllegalArgumentException if none has it
     */
    public static AgentType fromId(String id) {
        return Enums.fromId(AgentType.class, id, AgentType::id);
    }
}
