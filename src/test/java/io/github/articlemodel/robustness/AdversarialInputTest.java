package io.github.articlemodel.robustness;

import static io.github.articlemodel.robustness.Hostile.URL;
import static io.github.articlemodel.robustness.Hostile.assertSound;
import static io.github.articlemodel.robustness.Hostile.codeSet;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.articlemodel.ArticleParser;
import io.github.articlemodel.Articles;
import io.github.articlemodel.Extraction;
import io.github.articlemodel.model.Article;
import io.github.articlemodel.model.Comment;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * The adversarial pages of issue 7, each under a preemptive bound of {@link #BOUND} (a guard against
 * hangs, on a busy two-core machine; the default time budget is 10 s): every one gives a sound
 * article, and what it was built to break still comes out.
 */
final class AdversarialInputTest {
    private static final Duration BOUND = Duration.ofSeconds(90);
    private static final ArticleParser PARSER = Articles.parser();
    private static final String LEAD = "<p>The harbour reopened on Monday, three days after the storm, and the ferries"
            + " ran again.</p>";

    private static Extraction<Article> hostile(String name, Supplier<String> page) {
        String html = page.get();
        Extraction<Article> r = Hostile.bounded("adversarial", name, BOUND, () -> PARSER.extract(html, URL));
        assertSound(r);
        return r;
    }

    @Test
    void hundredThousandNestedElements() {
        Extraction<Article> r = hostile("100,000 nested divs", () -> "<body>" + "<div>".repeat(100_000) + LEAD
                + "</div>".repeat(100_000));
        assertTrue(r.value().text().contains("harbour reopened"), r.value()::text);
        assertTrue(codeSet(r).contains("limit.depth"), r.warnings()::toString);
        hostile("100,000 unclosed nested divs", () -> "<body>" + "<div><p>x".repeat(100_000));
        hostile("100,000 nested inline elements", () -> "<body><p>" + "<b><i>".repeat(50_000) + "text");
        hostile("100,000 nested links", () -> "<body><p>" + "<span><a href=\"/x\">".repeat(100_000) + "text");
        hostile("100,000 nested lists", () -> "<body>" + "<ul><li>".repeat(100_000) + "item");
        hostile("10,000 nested tables", () -> "<body>" + "<table><tr><td>".repeat(10_000) + "cell");
        hostile("10,000 nested blockquotes", () -> "<body>" + "<blockquote><p>“Yes,” he said.".repeat(10_000));
    }

    /** No recursion in proportion to the depth: with the depth limit lifted, a 256 KB stack suffices. */
    @Test
    void anyDepthOnASmallStack() throws Exception {
        ArticleParser unlimited = ArticleParser.builder().maxDepth(Integer.MAX_VALUE).build();
        String html = "<body>" + "<div><span><a href=\"/a\">".repeat(33_000) + LEAD
                + "<ol class=\"comment-list\">" + ("<li class=\"comment\"><div class=\"comment-body\"><div class=\""
                        + "comment-content\"><p>Reply</p></div></div><ol class=\"children\">").repeat(3000)
                + "<div itemscope itemtype=\"https://schema.org/Comment\"><p itemprop=\"text\">c</p>".repeat(3000);
        AtomicReference<Extraction<Article>> out = new AtomicReference<>();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Hostile.bounded("adversarial", "100,000 nested elements, depth unlimited, 256 KB stack", BOUND, () -> {
            Thread t = new Thread(null, () -> {
                try {
                    out.set(unlimited.extract(html, URL));
                } catch (Throwable e) {
                    failure.set(e);
                }
            }, "small-stack", 256 * 1024);
            t.start();
            try {
                t.join();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
            return null;
        });
        assertNull(failure.get(), () -> String.valueOf(failure.get()));
        assertSound(out.get());
        assertFalse(codeSet(out.get()).contains("limit.depth"));
    }

    @Test
    void tenMegabyteTextNode() {
        Extraction<Article> r = hostile("10 MB text node", () -> "<body><article><p>" + "word ".repeat(2_000_000)
                + "</p></article>");
        assertTrue(codeSet(r).contains("limit.text-length"), r.warnings()::toString);
        int length = r.value().text().length();
        assertTrue(length <= 4 * 1024 * 1024 && length >= 4 * 1024 * 1024 - 5, "cut at maxTextLength, not dropped: " + length);
        hostile("10 MB text node without spaces", () -> "<body><p>" + "x".repeat(10_000_000));
        hostile("10 MB of white space", () -> "<body><p>a" + " \n\t".repeat(3_400_000) + "b");
        hostile("10 MB in a byline, nested 300 times", () -> "<body>" + "<div class=\"byline\">".repeat(300)
                + "word ".repeat(2_000_000));
        hostile("10 MB in a date, nested 200 times", () -> "<body>" + "<div class=\"date\">".repeat(200)
                + "word ".repeat(2_000_000));
    }

    @Test
    void hundredThousandLinks() {
        Extraction<Article> r = hostile("100,000 links", () -> {
            StringBuilder sb = new StringBuilder("<body><article>" + LEAD + "<p>");
            for (int i = 0; i < 100_000; i++) {
                sb.append("<a href=\"/l/").append(i).append("\">link ").append(i).append("</a>, ");
            }
            return sb.append("</p></article>").toString();
        });
        assertTrue(r.value().text().contains("harbour reopened"));
        hostile("100,000 author links", () -> "<body><div class=\"byline\">"
                + "<a rel=\"author\" href=\"/a\">Jane Doe</a>".repeat(100_000));
        hostile("100,000 links in related boxes", () -> "<body>" + "<div class=\"related\">".repeat(500)
                + "<a href=\"/x\">Read also</a>".repeat(100_000));
    }

    @Test
    void aMegabyteOfQuotationMarks() {
        for (String mark : new String[] {"\"", "“", "”", "„", "«", "»", "‚", "'", "「"}) {
            hostile("1 MB of " + mark, () -> "<body><p>" + mark.repeat(1 << 20));
        }
        hostile("1 MB of one-word quotes", () -> "<body><p>" + "“a” ".repeat(1 << 18));
        hostile("1 MB of unclosed quotes", () -> "<body><p>" + "“word word word ".repeat(1 << 16));
        Extraction<Article> r = hostile("1 MB of attributed quotes in one paragraph", () -> "<body><p>"
                + "“Yes, it is,” said Jens Stoltenberg. ".repeat(30_000));
        assertEquals(2000, r.value().quotes().size());
        hostile("1 MB of attributed quotes in paragraphs", () -> "<body>"
                + "<p>“Hello there,” he said. „Ja“, sagte Er.</p>".repeat(25_000));
    }

    @Test
    void aMegabyteOfSaid() {
        hostile("1 MB of said", () -> "<body><p>" + "said ".repeat(210_000));
        hostile("1 MB of Said before a quote", () -> "<body><p>" + "Said ".repeat(210_000) + "“Yes, indeed, it is.”");
        hostile("1 MB of said after a quote", () -> "<body><p>“Yes, indeed,” " + "said ".repeat(210_000));
        hostile("1 MB of names that said", () -> "<body><p>" + "Jens Stoltenberg said ".repeat(50_000)
                + "“Yes, indeed, it is.”");
        hostile("1 MB of the", () -> "<body><p>" + "the ".repeat(250_000) + "said “Yes, indeed, it is.”");
        hostile("1 MB of 'X said:' paragraphs", () -> "<body>"
                + "<p>“Yes, indeed, it is,” said the minister of state. He said: </p>".repeat(16_000));
    }

    @Test
    void deeplyNestedJsonLd() {
        Extraction<Article> arrays = hostile("JSON-LD 100,000 arrays deep", () -> "<script type=\"application/ld+json\">"
                + "[".repeat(100_000) + "]".repeat(100_000) + "</script><body>" + LEAD);
        assertTrue(codeSet(arrays).contains("limit.json-ld-depth"), arrays.warnings()::toString);
        hostile("JSON-LD 100,000 objects deep", () -> "<script type=\"application/ld+json\">" + "{\"a\":".repeat(100_000)
                + "1" + "}".repeat(100_000) + "</script><body>" + LEAD);
        hostile("JSON-LD unclosed, 500,000 deep", () -> "<script type=\"application/ld+json\">" + "[{\"a\":".repeat(500_000)
                + "</script><body>" + LEAD);
        Extraction<Article> within = hostile("JSON-LD 60 deep, article at the bottom", () ->
                "<script type=\"application/ld+json\">" + "{\"@type\":\"Thing\",\"a\":".repeat(60)
                + "{\"@type\":\"NewsArticle\",\"headline\":\"Deep\"}" + "}".repeat(60) + "</script><body>" + LEAD);
        assertEquals("Deep", within.value().headline().orElseThrow());
        hostile("JSON-LD 2 MB string", () -> "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\","
                + "\"headline\":\"" + "x".repeat(2 << 20) + "\"}</script><body>" + LEAD);
        hostile("JSON-LD 2000 blocks", () -> ("<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\","
                + "\"headline\":\"H\",\"author\":[" + "{\"@type\":\"Person\",\"name\":\"A B\"},".repeat(100) + "{}]}"
                + "</script>").repeat(2000) + "<body>" + LEAD);
        hostile("JSON-LD 300,000 objects side by side", () -> "<script type=\"application/ld+json\">"
                + "} {".repeat(300_000) + "</script><body>" + LEAD);
        hostile("JSON-LD 100,000 @id references", () -> "<script type=\"application/ld+json\">{\"@graph\":["
                + "{\"@type\":\"NewsArticle\",\"headline\":\"H\",\"author\":{\"@id\":\"#a\"}},".repeat(100_000)
                + "{\"@id\":\"#a\",\"@type\":\"Person\",\"name\":\"Jane Doe\"}]}</script><body>" + LEAD);
    }

    private static String thread(int replies, boolean closed) {
        String item = "<li class=\"comment\" id=\"comment-%d\"><div class=\"comment-body\"><div class=\"comment-content\">"
                + "<p>Reply %d</p></div></div><ol class=\"children\">";
        StringBuilder sb = new StringBuilder("<body><article>" + LEAD + "</article><ol class=\"comment-list\">");
        for (int i = 0; i < replies; i++) {
            sb.append(String.format(item, i, i));
        }
        return closed ? sb.append("</ol></li>".repeat(replies)).append("</ol>").toString() : sb.toString();
    }

    /**
     * A thread 10,000 replies deep is 20,000 elements deep: the parser puts what lies beyond {@code
     * maxDepth} side by side, so the replies below that depth lose their markup (limit.depth says so);
     * those above it are all kept. With the depth limit raised, no reply is lost (see below).
     */
    @Test
    void commentThreadsTenThousandRepliesDeep() {
        for (boolean closed : new boolean[] {false, true}) {
            Extraction<Article> r = hostile("comment thread 10,000 deep" + (closed ? ", closed" : ", unclosed"),
                    () -> thread(10_000, closed));
            assertTrue(codeSet(r).contains("limit.depth"), r.warnings()::toString);
            assertTrue(r.value().comments().stream().mapToInt(Comment::threadSize).sum() >= 250);
            assertEquals(1, r.value().comments().size());
        }
        Extraction<Article> micro = hostile("microdata comment thread 10,000 deep", () -> "<body><article>" + LEAD
                + "</article>" + "<div itemscope itemtype=\"https://schema.org/Comment\"><p itemprop=\"text\">c</p>"
                        .repeat(10_000));
        assertTrue(codeSet(micro).contains("limit.depth"), micro.warnings()::toString);
        assertTrue(micro.value().comments().stream().mapToInt(Comment::threadSize).sum() >= 500);
        Extraction<Article> wide = hostile("20,000 comments side by side", () -> "<body><ol class=\"comment-list\">"
                + "<li class=\"comment\"><div class=\"comment-body\"><div class=\"comment-content\"><p>Hi</p></div></div></li>"
                        .repeat(20_000));
        assertTrue(codeSet(wide).contains("limit.comments"));
        assertEquals(10_000, wide.value().comments().size());
    }

    @Test
    void aDeepThreadWithTheDepthLimitRaisedLosesNoReply() {
        ArticleParser deep = ArticleParser.builder().maxDepth(20_000).timeBudget(Duration.ofMinutes(5)).build();
        String html = thread(3000, false);
        Extraction<Article> r = Hostile.bounded("adversarial", "comment thread 3,000 deep, maxDepth 20,000",
                Duration.ofMinutes(3), () -> deep.extract(html, URL));
        assertSound(r);
        assertFalse(codeSet(r).contains("limit.depth"), r.warnings()::toString);
        assertEquals(3000, r.value().comments().stream().mapToInt(Comment::threadSize).sum(), "no reply is lost");
    }

    @Test
    void hugeAttributes() {
        hostile("1 MB class", () -> "<body><div class=\"" + "a-".repeat(1 << 19) + "\">" + LEAD + "</div>");
        hostile("1 MB href", () -> "<body><p><a href=\"https://x.example/" + "a".repeat(1 << 20) + "\">l</a> text</p>");
        hostile("1 MB style", () -> "<body><div style=\"" + "display :".repeat(1 << 17) + "\">" + LEAD + "</div>");
        hostile("1 MB srcset", () -> "<body><img srcset=\"" + "a.jpg 1x, ".repeat(100_000) + "\">" + LEAD);
        hostile("1 MB id", () -> "<body><div id=\"" + "comment".repeat(150_000) + "\">" + LEAD + "</div>");
        hostile("100,000 attributes", () -> "<body><div " + "a=b ".repeat(100_000) + ">" + LEAD + "</div>");
        hostile("1 MB title", () -> "<title>" + "a | ".repeat(250_000) + "</title><body>" + LEAD);
        hostile("1 MB meta description", () -> "<meta name=\"description\" content=\"" + "x ".repeat(500_000)
                + "\"><body>" + LEAD);
        hostile("50,000 meta tags", () -> "<head>" + "<meta name=\"keywords\" content=\"a,b,c,d,e,f\">".repeat(50_000)
                + "</head><body>" + LEAD);
        hostile("50,000 h1", () -> "<body>" + "<h1>Title</h1>".repeat(50_000));
        hostile("50,000 dates", () -> "<body>" + "<span class=\"date\">12 January 2022</span>".repeat(50_000));
        hostile("50,000 bylines", () -> "<body>" + "<span class=\"byline\">By A, B and C</span>".repeat(50_000));
        hostile("30,000 tables", () -> "<body>" + "<table><tr><td>a<td>b<tr><td>c<td>d</table>".repeat(30_000));
        hostile("30,000 read-also boxes", () -> "<body><article>"
                + "<div>Read also: <a href=\"/x\">x</a></div><p>Para, text, commas.</p>".repeat(30_000));
        hostile("20,000 figures", () -> "<body>"
                + "<figure><img src=\"/a.jpg\"><figcaption>cap <small>cred</small></figcaption></figure>".repeat(20_000));
    }
}
