package io.github.articlemodel.extract;

import java.time.Duration;

/**
 * The limits and switches of one extractor. Every limit bounds what a hostile page can cost; when
 * one is hit the result is the best effort so far plus a {@link Warning} whose code names the limit.
 * Instances come from {@code ArticleParser.Builder}.
 */
public final class ExtractionOptions {
    /** The defaults: generous for real pages, small enough that no page costs more than a few seconds. */
    public static final ExtractionOptions DEFAULTS = new ExtractionOptions(
            32 * 1024 * 1024, 512, 2_000_000, 1024 * 1024, 64, 10_000, 4 * 1024 * 1024,
            Duration.ofSeconds(10), false);

    private final int maxInputBytes;
    private final int maxDepth;
    private final int maxElements;
    private final int maxJsonLdBytes;
    private final int maxJsonLdDepth;
    private final int maxComments;
    private final int maxTextLength;
    private final Duration timeBudget;
    private final boolean strict;

    /** Use {@code ArticleParser.builder()}; this constructor checks nothing itself. */
    public ExtractionOptions(int maxInputBytes, int maxDepth, int maxElements, int maxJsonLdBytes,
            int maxJsonLdDepth, int maxComments, int maxTextLength, Duration timeBudget, boolean strict) {
        this.maxInputBytes = maxInputBytes;
        this.maxDepth = maxDepth;
        this.maxElements = maxElements;
        this.maxJsonLdBytes = maxJsonLdBytes;
        this.maxJsonLdDepth = maxJsonLdDepth;
        this.maxComments = maxComments;
        this.maxTextLength = maxTextLength;
        this.timeBudget = timeBudget;
        this.strict = strict;
    }

    /** Input beyond this many bytes (or chars) is cut off. */
    public int maxInputBytes() {
        return maxInputBytes;
    }

    /** Elements nested deeper than this are treated as leaves. */
    public int maxDepth() {
        return maxDepth;
    }

    /** The most elements any stage visits. */
    public int maxElements() {
        return maxElements;
    }

    /** JSON-LD blocks larger than this are skipped. */
    public int maxJsonLdBytes() {
        return maxJsonLdBytes;
    }

    /** JSON-LD nested deeper than this is skipped. */
    public int maxJsonLdDepth() {
        return maxJsonLdDepth;
    }

    /** The most comments kept. */
    public int maxComments() {
        return maxComments;
    }

    /** The most characters of body text kept. */
    public int maxTextLength() {
        return maxTextLength;
    }

    /** The time one page may take; stages check it between steps and stop early. */
    public Duration timeBudget() {
        return timeBudget;
    }

    /** When true, warnings that mean lost content make {@code parse} throw instead. */
    public boolean strict() {
        return strict;
    }
}
