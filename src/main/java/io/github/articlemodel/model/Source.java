package io.github.articlemodel.model;

/** Where in a page a value was found. */
public enum Source {
    JSON_LD("json-ld"),
    MICRODATA("microdata"),
    OPENGRAPH("opengraph"),
    TWITTER("twitter"),
    META("meta"),
    DUBLIN_CORE("dublin-core"),
    /** A {@code <link>} element, such as {@code rel=canonical} or {@code rel=author}. */
    LINK("link"),
    /** The visible page (elements and their text). */
    DOM("dom"),
    /** The page's URL, such as a date in its path. */
    URL("url"),
    /** Supplied by the caller, such as the base URL. */
    INPUT("input");

    private final String id;

    Source(String id) {
        this.id = id;
    }

    /** The external name, as used in JSON ("json-ld", "opengraph", ...). */
    public String id() {
        return id;
    }

    /**
     * The constant with this external name.
     *
     * @throws IllegalArgumentException if none has it
     */
    public static Source fromId(String id) {
        return Enums.fromId(Source.class, id, Source::id);
    }
}
