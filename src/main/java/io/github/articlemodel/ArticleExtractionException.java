package io.github.articlemodel;

import io.github.articlemodel.extract.Warning;
import java.util.List;

/**
 * Thrown in strict mode when the extractor had to give up part of a page. Lenient parsing (the
 * default) never throws for bad input; it returns the best effort with {@link Warning}s.
 */
public final class ArticleExtractionException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient List<Warning> warnings;

    ArticleExtractionException(String message, List<Warning> warnings) {
        super(message);
        this.warnings = List.copyOf(warnings);
    }

    /** The warnings that made the extraction fail. */
    public List<Warning> warnings() {
        return warnings;
    }
}
