package io.github.articlemodel;

import io.github.articlemodel.model.Article;
import java.io.IOException;
import java.nio.file.Path;

/**
 * The shortest way in: static methods that use one shared {@link ArticleParser} with the default
 * options.
 *
 * <pre>{@code
 * Article article = Articles.parse(html, "https://example.org/news/1");
 * System.out.println(article.headline().orElse("(no headline)"));
 * System.out.println(ArticleJson.write(article));
 * }</pre>
 */
public final class Articles {
    private static final ArticleParser DEFAULT = ArticleParser.builder().build();

    private Articles() {}

    /** The shared parser with the default options. */
    public static ArticleParser parser() {
        return DEFAULT;
    }

    /**
     * Extracts the article of a page; see {@link ArticleParser#parse(String, String)}.
     *
     * @param url the page's address, an absolute http(s) URL
     */
    public static Article parse(String html, String url) {
        return DEFAULT.parse(html, url);
    }

    /**
     * Extracts the article of an HTML file (gzip when its name ends in {@code .gz}).
     *
     * @param url the page's address (absolute http(s)), or {@code null} to use the page's own canonical URL
     * @throws IOException if the file cannot be read
     */
    public static Article parse(Path file, String url) throws IOException {
        return DEFAULT.extract(file, url).value();
    }
}
