package io.github.articlemodel.examples;

import io.github.articlemodel.Articles;
import io.github.articlemodel.json.ArticleJson;
import io.github.articlemodel.model.Article;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Reads a saved HTML page into an {@link Article} and prints it as JSON.
 *
 * <p>Usage: {@code ParsePage [FILE]}; without an argument it reads
 * {@code examples/pages/nato-talks.html} from the repository root.
 */
public final class ParsePage {
    private ParsePage() {}

    public static void main(String[] args) throws IOException {
        Path page = Path.of(args.length > 0 ? args[0] : "examples/pages/nato-talks.html");

        // No URL: the page's own canonical URL (if it gives one) resolves its relative links.
        // A name ending in .gz would be read as gzip.
        Article article = Articles.parse(page, null);

        System.out.println(ArticleJson.writePretty(article));
    }
}
