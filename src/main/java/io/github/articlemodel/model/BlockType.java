package io.github.articlemodel.model;

/** The kinds of body block, one per subclass of {@link Block}. */
public enum BlockType {
    HEADING("heading"),
    PARAGRAPH("paragraph"),
    LIST("list"),
    QUOTE("quote"),
    FIGURE("figure"),
    EMBED("embed"),
    PREFORMATTED("preformatted"),
    TABLE("table");

    private final String id;

    BlockType(String id) {
        this.id = id;
    }

    /** The external name, as used in JSON ("heading", "paragraph", ...). */
    public String id() {
        return id;
    }

    /**
     * The constant with this external name.
     *
     * @throws IllegalArgumentException if none has it
     */
    public static BlockType fromId(String id) {
        return Enums.fromId(BlockType.class, id, BlockType::id);
    }
}
