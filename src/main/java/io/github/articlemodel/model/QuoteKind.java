package io.github.articlemodel.model;

/** How a quotation stands in the text. */
public enum QuoteKind {
    /** A whole sentence or more in quotation marks. */
    FULL("full"),
    /** A few quoted words woven into the writer's sentence (a "day of truth"). */
    PARTIAL("partial"),
    /** A block quotation or pull quote. */
    BLOCK("block");

    private final String id;

    QuoteKind(String id) {
        this.id = id;
    }

    /** The external name, as used in JSON. */
    public String id() {
        return id;
    }

    /**
     * The constant with this external name.
     *
     * @throws IllegalArgumentException if none has it
     */
    public static QuoteKind fromId(String id) {
        return Enums.fromId(QuoteKind.class, id, QuoteKind::id);
    }
}
