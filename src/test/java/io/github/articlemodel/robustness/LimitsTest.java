package io.github.articlemodel.robustness;

import static io.github.articlemodel.robustness.Hostile.URL;
import static io.github.articlemodel.robustness.Hostile.assertSound;
import static io.github.articlemodel.robustness.Hostile.codeSet;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.articlemodel.ArticleParser;
import io.github.articlemodel.Articles;
import io.github.articlemodel.Extraction;
import io.github.articlemodel.extract.ExtractionOptions;
import io.github.articlemodel.model.Article;
import io.github.articlemodel.model.Comment;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Each limit of {@link ArticleParser.Builder}, hit on purpose: the result is the best effort so far
 * and a warning whose code names the limit ({@code limit.*}); the same page under the defaults
 * raises no such warning.
 */
final class LimitsTest {
    private static final String PARAGRAPH = "<p>The harbour reopened on Monday, three days after the storm, and the"
            + " ferries ran again, said the harbour master.</p>";

    private static Extraction<Article> extract(ArticleParser parser, String html) {
        Extraction<Article> r = Hostile.bounded("limits", "page", Duration.ofSeconds(60), () -> parser.extract(html, URL));
        assertSound(r);
        return r;
    }

    private static void assertCode(Extraction<Article> r, String code) {
        assertTrue(codeSet(r).contains(code), () -> code + " expected in " + r.warnings());
    }

    @Test
    void theDefaultsAreDocumented() {
        ExtractionOptions d = ExtractionOptions.DEFAULTS;
        assertEquals(32 * 1024 * 1024, d.maxInputBytes());
        assertEquals(512, d.maxDepth());
        assertEquals(2_000_000, d.maxElements());
        assertEquals(1024 * 1024, d.maxJsonLdBytes());
        assertEquals(64, d.maxJsonLdDepth());
        assertEquals(10_000, d.maxComments());
        assertEquals(4 * 1024 * 1024, d.maxTextLength());
        assertEquals(Duration.ofSeconds(10), d.timeBudget());
        assertFalse(d.strict());
    }

    @Test
    void inputBytes() {
        String html = "<body><article>" + PARAGRAPH.repeat(100) + "</article>";
        ArticleParser parser = ArticleParser.builder().maxInputBytes(2000).build();
        Extraction<Article> text = extract(parser, html);
        assertCode(text, "limit.input-bytes");
        assertFalse(text.value().body().isEmpty(), "the first 2000 bytes are still read");
        Extraction<Article> bytes = parser.extract(html.getBytes(StandardCharsets.UTF_8), URL);
        assertSound(bytes);
        assertCode(bytes, "limit.input-bytes");
        assertFalse(codeSet(extract(Articles.parser(), html)).contains("limit.input-bytes"));
    }

    @Test
    void depth() {
        String html = "<body>" + "<div>".repeat(100) + PARAGRAPH + "</div>".repeat(100);
        Extraction<Article> r = extract(ArticleParser.builder().maxDepth(20).build(), html);
        assertCode(r, "limit.depth");
        assertTrue(r.value().text().contains("harbour reopened"), r.value()::text);
        assertFalse(codeSet(extract(Articles.parser(), html)).contains("limit.depth"));
    }

    @Test
    void elements() {
        String html = "<body><article>" + PARAGRAPH.repeat(50) + "</article>";
        Extraction<Article> r = extract(ArticleParser.builder().maxElements(10).build(), html);
        assertCode(r, "limit.elements");
        assertTrue(r.value().body().size() < 50);
        assertFalse(codeSet(extract(Articles.parser(), html)).contains("limit.elements"));
    }

    @Test
    void elementsInTheMetaTagsAndTheCommentList() {
        String metas = "<head>" + "<meta name=\"keywords\" content=\"a, b\">".repeat(30) + "</head><body>" + PARAGRAPH;
        assertCode(extract(ArticleParser.builder().maxElements(20).build(), metas), "limit.elements");
        String comments = "<body><article>" + PARAGRAPH + "</article><ol class=\"comment-list\">"
                + "<li class=\"comment\"><div class=\"comment-body\"><div class=\"comment-content\"><p>Hi</p></div></div></li>"
                        .repeat(30) + "</ol>";
        Extraction<Article> r = extract(ArticleParser.builder().maxElements(1000).build(), comments);
        assertEquals(30, r.value().comments().size());
        assertCode(extract(ArticleParser.builder().maxElements(20).build(), comments), "limit.elements");
    }

    @Test
    void jsonLdBytes() {
        String html = "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"" + "x".repeat(5000)
                + "\"}</script><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"Kept\"}"
                + "</script><body>" + PARAGRAPH;
        Extraction<Article> r = extract(ArticleParser.builder().maxJsonLdBytes(1000).build(), html);
        assertCode(r, "limit.json-ld-bytes");
        assertFalse(codeSet(r).contains("json-ld.unreadable"), r.warnings()::toString);
        assertEquals("Kept", r.value().headline().orElseThrow(), "the block within the limit is still read");
        assertFalse(codeSet(extract(Articles.parser(), html)).contains("limit.json-ld-bytes"));
    }

    @Test
    void jsonLdDepth() {
        String deep = "{\"@type\":\"Thing\",\"a\":".repeat(20) + "1" + "}".repeat(20);
        String html = "<script type=\"application/ld+json\">" + deep + "</script>"
                + "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"Kept [{\"}</script>"
                + "<body>" + PARAGRAPH;
        Extraction<Article> r = extract(ArticleParser.builder().maxJsonLdDepth(10).build(), html);
        assertCode(r, "limit.json-ld-depth");
        assertFalse(codeSet(r).contains("json-ld.unreadable"), r.warnings()::toString);
        assertEquals("Kept [{", r.value().headline().orElseThrow(), "brackets inside strings do not count");
        assertFalse(codeSet(extract(Articles.parser(), html)).contains("limit.json-ld-depth"));
    }

    @Test
    void comments() {
        StringBuilder html = new StringBuilder("<body><article>" + PARAGRAPH + "</article><ol class=\"comment-list\">");
        for (int i = 0; i < 30; i++) {
            html.append("<li class=\"comment\" id=\"comment-").append(i).append("\"><div class=\"comment-body\">")
                    .append("<div class=\"comment-content\"><p>Comment ").append(i).append("</p></div></div></li>");
        }
        Extraction<Article> r = extract(ArticleParser.builder().maxComments(5).build(), html.toString());
        assertCode(r, "limit.comments");
        assertEquals(5, r.value().comments().stream().mapToInt(Comment::threadSize).sum());
        assertFalse(codeSet(extract(Articles.parser(), html.toString())).contains("limit.comments"));
    }

    @Test
    void textLength() {
        String html = "<body><article>" + PARAGRAPH.repeat(20) + "<p>" + "word ".repeat(10_000) + "</p></article>";
        Extraction<Article> r = extract(ArticleParser.builder().maxTextLength(5000).build(), html);
        assertCode(r, "limit.text-length");
        assertTrue(r.value().text().length() <= 5000 + r.value().body().size(), () -> "" + r.value().text().length());
        assertTrue(r.value().text().length() > 4000, "the paragraph crossing the limit is cut, not dropped");
        String single = "<body><p>" + "word ".repeat(10_000) + "</p>";
        Extraction<Article> one = extract(ArticleParser.builder().maxTextLength(1000).build(), single);
        assertEquals(1000, one.value().text().length() + 1, "one paragraph cut at the limit: " + one.value().text().length());
        assertFalse(codeSet(extract(Articles.parser(), html)).contains("limit.text-length"));
    }

    @Test
    void timeBudget() {
        String html = "<body><article><h1>Harbour</h1>" + PARAGRAPH.repeat(20) + "</article>";
        Extraction<Article> r = extract(ArticleParser.builder().timeBudget(Duration.ofNanos(1)).build(), html);
        assertCode(r, "limit.time-budget");
        assertFalse(codeSet(extract(Articles.parser(), html)).contains("limit.time-budget"));
    }

    @Test
    void quotes() {
        String html = "<body><article>" + "<p>“The ferries run again,” the harbour master said.</p>".repeat(2100)
                + "</article>";
        Extraction<Article> r = extract(Articles.parser(), html);
        assertCode(r, "limit.quotes");
        assertEquals(2000, r.value().quotes().size());
    }
}
