package io.github.articlemodel.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.articlemodel.model.Agent;
import io.github.articlemodel.model.Article;
import io.github.articlemodel.model.Block;
import io.github.articlemodel.model.Quote;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jsoup.nodes.Document;

/** Small articles for the quote tests: inline paragraphs run through the pipeline, or blocks built directly. */
final class QuoteFixtures {
    static final String URL = "https://www.harbour-herald.example/news/talks/";

    private QuoteFixtures() {}

    /** The article of a page whose body is {@code content}; checks every quote's offsets. */
    static Article article(String content) {
        return article("en", content);
    }

    /** The article of a page in this language whose body is {@code content}. */
    static Article article(String language, String content) {
        String html = "<html lang=\"" + language + "\">" + """
                <head><title>Talks in Geneva</title></head><body><main><article>
                <h1>Talks in Geneva</h1>
                <div class="entry-content">
                """ + content + """
                </div></article></main></body></html>
                """;
        Pipeline.Result result = Pipeline.run(html, URL, ExtractionOptions.DEFAULTS, System.nanoTime());
        assertTrue(result.warnings().isEmpty(), result.warnings()::toString);
        return checked(result.article());
    }

    /** The article of a page with these paragraphs. */
    static Article paragraphs(String... ps) {
        StringBuilder sb = new StringBuilder();
        for (String p : ps) {
            sb.append("<p>").append(p).append("</p>\n");
        }
        return article(sb.toString());
    }

    /** Runs the quote stage alone over an article built from these blocks. */
    static Article blocks(Block... body) {
        Article a = new Article.Builder().addBody(body).build();
        ExtractionOptions options = new ExtractionOptions(32 * 1024 * 1024, 512, 2_000_000, 1024 * 1024, 64, 10_000,
                4 * 1024 * 1024, Duration.ofSeconds(30), false);
        ExtractionContext ctx = new ExtractionContext(Document.createShell(""), URL, options, System.nanoTime());
        List<Quote> quotes = QuoteExtractor.extract(ctx, a);
        return checked(new Article.Builder().from(a).addAllQuotes(quotes).build());
    }

    /** Each quote's text is the article text between its offsets, and starts in its block. */
    static Article checked(Article a) {
        for (Quote q : a.quotes()) {
            assertEquals(q.text(), a.text().substring(q.start(), q.end()), () -> "offsets of " + q);
            int blockStart = a.blockOffsets().get(q.blockIndex());
            int blockEnd = blockStart + a.body().get(q.blockIndex()).plainText().length();
            assertTrue(blockStart <= q.start() && q.start() < blockEnd, () -> "quote not in its block: " + q);
        }
        return a;
    }

    /** The one quote with exactly this text. */
    static Quote quote(Article a, String text) {
        return a.quotes().stream().filter(q -> q.text().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no quote '" + text + "' in " + texts(a)));
    }

    static List<String> texts(Article a) {
        return a.quotes().stream().map(Quote::text).collect(Collectors.toList());
    }

    static String speaker(Quote q) {
        return q.speaker().map(Agent::name).orElseThrow(() -> new AssertionError("no speaker: " + q));
    }

    static Optional<String> speakerName(Quote q) {
        return q.speaker().map(Agent::name);
    }
}
