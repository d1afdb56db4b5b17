package io.github.articlemodel.model;

/** What a cross-reference is to the article. */
public enum CrossReferenceKind {
    /** A "Read also:" promo inside the body. */
    READ_ALSO("read-also"),
    /** A "See also" promo or list. */
    SEE_ALSO("see-also"),
    /** A "Read more" pointer, often to a fuller version or a follow-up. */
    READ_MORE("read-more"),
    /** An entry of a related-stories box ("Related", "More on this story"). */
    RELATED("related"),
    /** A link inside a paragraph to another article; its text stays in the body. */
    INLINE_LINK("inline-link"),
    /** A source the article cites ("Source: ..."). */
    SOURCE("source");

    private final String id;

    CrossReferenceKind(String id) {
        this.id = id;
    }

    /** The external name, as used in JSON ("read-also", "see-also", ...). */
    public String id() {
        return id;
    }

    /**
     * The constant with this external name.
     *
     * @throws IllegalArgumentException if none has it
     */
    public static CrossReferenceKind fromId(String id) {
        return Enums.fromId(CrossReferenceKind.class, id, CrossReferenceKind::id);
    }
}
