package io.github.articlemodel.json;

import java.util.Objects;
import java.util.OptionalInt;

/**
 * JSON that could not be read as an {@link io.github.articlemodel.model.Article}: malformed JSON,
 * a value of the wrong JSON type, an unknown enum id, a value the model rejects, or input beyond
 * the reader's limits.
 *
 * <p>{@link #path()} tells where: a JSON path such as {@code $.bylines[0].url}, with {@code $} for
 * the document itself. The message is the path, a colon and the {@linkplain #problem() problem}:
 * {@code "$.bylines[0].url: byline.url must be an absolute http(s) URL: /jane"}.
 */
public final class ArticleJsonException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String path;
    private final String problem;
    private final int line;
    private final int column;

    ArticleJsonException(String path, String problem, int line, int column, Throwable cause) {
        super(Objects.requireNonNull(path, "path") + ": " + Objects.requireNonNull(problem, "problem"), cause);
        this.path = path;
        this.problem = problem;
        this.line = line;
        this.column = column;
    }

    /** Where the problem is, as a JSON path: {@code $}, {@code $.headline}, {@code $.body[2].links[0].url}. */
    public String path() {
        return path;
    }

    /** What is wrong, without the path. */
    public String problem() {
        return problem;
    }

    /** The line (from 1) of the input where the problem was found; empty when read from a tree. */
    public OptionalInt line() {
        return line > 0 ? OptionalInt.of(line) : OptionalInt.empty();
    }

    /** The column (from 1) of the input where the problem was found; empty when read from a tree. */
    public OptionalInt column() {
        return column > 0 ? OptionalInt.of(column) : OptionalInt.empty();
    }
}
