package io.github.articlemodel.model;

/** The part a credited party played in the article. */
public enum BylineRole {
    AUTHOR("author"),
    EDITOR("editor"),
    PHOTOGRAPHER("photographer"),
    ILLUSTRATOR("illustrator"),
    TRANSLATOR("translator"),
    CONTRIBUTOR("contributor");

    private final String id;

    BylineRole(String id) {
        this.id = id;
    }

    /** The external name, as used in JSON ("author", "editor", ...). */
    public String id() {
        return id;
    }

    /**
     * The constant with this external name.
     *
     * @throws IllegalArgumentException if none has it
     */
    public static BylineRole fromId(String id) {
        return Enums.fromId(BylineRole.class, id, BylineRole::id);
    }
}
