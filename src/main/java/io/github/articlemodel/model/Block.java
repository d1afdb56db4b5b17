package io.github.articlemodel.model;

/**
 * One block of the article body. The subclasses are fixed: {@link Heading}, {@link Paragraph},
 * {@link ListBlock}, {@link QuoteBlock}, {@link Figure}, {@link Embed}, {@link Preformatted} and
 * {@link Table}; {@link #type()} tells which.
 */
public abstract sealed class Block
        permits Heading, Paragraph, ListBlock, QuoteBlock, Figure, Embed, Preformatted, Table {
    Block() {}

    /** Which kind of block this is. */
    public abstract BlockType type();

    /**
     * The plain text of this block as it appears in {@link Article#text()}: lines separated by
     * {@code \n}; empty for blocks without text (an embed, a figure without caption).
     */
    public abstract String plainText();
}
