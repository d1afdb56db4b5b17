package io.github.articlemodel.schemaorg;

import io.github.articlemodel.model.Article;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What {@link SchemaOrg#fromJsonLd(String)} and {@link SchemaOrg#fromHtml(String)} read: the best
 * article the JSON-LD describes, and what could not be read. Reading never throws for bad input:
 * a block that is not JSON, a value that is not a date or not an absolute http(s) URL, a comment
 * without text are left out and named in {@link #problems()}.
 *
 * <pre>{@code
 * JsonLdRead read = SchemaOrg.fromHtml(html, "https://example.org/news/1");
 * read.article().flatMap(Article::headline).ifPresent(System.out::println);
 * read.problems().forEach(p -> log.info("JSON-LD: {}", p));
 * }</pre>
 *
 * <p>Instances are immutable.
 */
public final class JsonLdRead {
    private final Optional<Article> article;
    private final List<String> problems;
    private final OptionalInt wordCount;

    JsonLdRead(Optional<Article> article, List<String> problems, OptionalInt wordCount) {
        this.article = article;
        this.problems = List.copyOf(problems);
        this.wordCount = wordCount;
    }

    /**
     * The article: from the node of an article type ({@code Article}, {@code NewsArticle},
     * {@code BlogPosting} and the other subtypes of schema.org's Article) that the page presents
     * as its main entity, else the first with a headline, else the first; when there is none, from
     * a {@code WebPage}. Empty when the JSON-LD describes neither.
     */
    public Optional<Article> article() {
        return article;
    }

    /** What could not be read, one short sentence each, in the order met; empty when all was read. */
    public List<String> problems() {
        return problems;
    }

    /**
     * The {@code wordCount} the JSON-LD states (the property's name in any case). An
     * {@link Article}'s own {@link Article#wordCount()} counts the words of its body.
     */
    public OptionalInt wordCount() {
        return wordCount;
    }

    @Override
    public String toString() {
        return "JsonLdRead{article=" + article + ", problems=" + problems + ", wordCount=" + wordCount + "}";
    }
}
