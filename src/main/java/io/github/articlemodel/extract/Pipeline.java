package io.github.articlemodel.extract;

import io.github.articlemodel.model.Article;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/** Runs the stages in order over one page. Temporary skeleton; replaced by the full pipeline. */
public final class Pipeline {
    private Pipeline() {}

    /** An article and the warnings raised while extracting it. */
    public record Result(Article article, List<Warning> warnings) {}

    public static Result run(String html, String baseUrl, ExtractionOptions options, long startNanos) {
        Document doc = Jsoup.parse(html, baseUrl == null ? "" : baseUrl);
        return new Result(new Article.Builder().headline(doc.title().isBlank() ? "untitled" : doc.title()).build(),
                List.of());
    }

    public static Result run(byte[] html, String baseUrl, ExtractionOptions options, long startNanos) {
        return run(new String(html, java.nio.charset.StandardCharsets.UTF_8), baseUrl, options, startNanos);
    }
}
