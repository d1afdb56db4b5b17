package io.github.articlemodel.json;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.DatabindException;

/**
 * A problem found by {@link ModelReader}, with the JSON path where it is. It is a Jackson exception
 * so that a mapper reading an article inside some other value passes it on unchanged;
 * {@link ArticleJson} turns it into an {@link ArticleJsonException}.
 */
final class ReadProblem extends DatabindException {
    private static final long serialVersionUID = 1L;

    private final String jsonPath;
    private final String problem;

    ReadProblem(JsonParser parser, String jsonPath, String problem, Throwable cause) {
        super(parser, jsonPath + ": " + problem, parser.currentTokenLocation(), cause);
        this.jsonPath = jsonPath;
        this.problem = problem;
    }

    String jsonPath() {
        return jsonPath;
    }

    String problem() {
        return problem;
    }
}
