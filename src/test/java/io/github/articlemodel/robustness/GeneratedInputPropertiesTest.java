package io.github.articlemodel.robustness;

import static io.github.articlemodel.robustness.Hostile.URL;
import static io.github.articlemodel.robustness.Hostile.assertSound;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.articlemodel.ArticleParser;
import io.github.articlemodel.Extraction;
import io.github.articlemodel.model.Article;
import io.github.articlemodel.model.PropertyTries;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.generators.Generate;

/**
 * Generated and mutated pages (issue 7, part 2), beside the token soups of {@code
 * ParsePropertiesTest}: deep nesting, unclosed and misnested tags, huge attributes and text nodes,
 * invalid UTF-8 and lying charsets, random JSON-LD, and mutations of the project's own pages (cut,
 * duplicated, shuffled, nested). For each: no exception, done within the time budget (plus the
 * parse, which is not interruptible, and slack for a busy machine), and a sound article.
 *
 * <p>Pages here are large, so each property tries {@link #tries()}: a twentieth of {@link
 * PropertyTries#count()} (at least 20). The {@code fuzz} profile raises the count.
 */
@Tag("fuzz")
final class GeneratedInputPropertiesTest {
    private static final Duration BUDGET = Duration.ofSeconds(5);
    private static final Duration SLACK = Duration.ofSeconds(25);
    private static final ArticleParser PARSER = ArticleParser.builder().timeBudget(BUDGET).build();
    private static final List<String> FIXTURES = Fixtures.all();

    private static final List<String> TAGS = List.of("div", "p", "span", "a", "b", "i", "article", "section", "ul",
            "li", "ol", "table", "tr", "td", "blockquote", "figure", "figcaption", "pre", "code", "h1", "h2", "time",
            "aside", "nav", "header", "footer", "main", "form", "select", "option", "script", "style", "template",
            "svg", "math", "iframe", "noscript", "textarea", "title", "head", "body", "html", "frameset", "plaintext",
            "xmp", "br", "img", "hr");
    private static final List<String> ATTRIBUTES = List.of("class=\"entry-content\"", "class=\"comment\"",
            "class=\"byline\"", "class=\"related\"", "class=\"comment-list\"", "id=\"comments\"", "href=\"/x\"",
            "href=\"javascript:alert(1)\"", "src=\"/a.jpg\"", "itemprop=\"articleBody\"", "itemscope",
            "itemtype=\"https://schema.org/Comment\"", "itemprop=\"text\"", "datetime=\"2022-01-12\"", "hidden",
            "style=\"display:none\"", "aria-hidden=\"true\"", "rel=\"author\"", "lang=\"de\"");
    private static final List<String> WORDS = List.of("The harbour reopened on Monday, three days after the storm.",
            "“We are back,” said Anna Berg.", "By Jane Doe and John Roe", "12 January 2022", "Read also:", "said",
            "\"", "“", "”", "„", "«", "»", "&amp;", "&#0;", "&#x110000;", "<!--", "-->", "<![CDATA[", "]]>", "\u0000",
            "\uD83D\uDE00", "\uD800", "\uFFFE", "\u202E", " ", "\n");

    static int tries() {
        return Math.max(20, PropertyTries.count() / 20);
    }

    private static int between(RandomnessSource in, int min, int max) {
        return Generate.range(min, max).generate(in);
    }

    private static <T> T pick(RandomnessSource in, List<T> list) {
        return list.get(between(in, 0, list.size() - 1));
    }

    private static String tag(RandomnessSource in) {
        String name = pick(in, TAGS);
        int attrs = between(in, 0, 2);
        StringBuilder sb = new StringBuilder("<").append(name);
        for (int i = 0; i < attrs; i++) {
            sb.append(' ').append(pick(in, ATTRIBUTES));
        }
        return sb.append('>').toString();
    }

    /** Open tags nested up to 20,000 deep, closed in the right order, the wrong order, or never. */
    static Gen<String> deepNesting() {
        return in -> {
            int depth = between(in, 1, 20_000);
            String open = tag(in);
            String inner = pick(in, WORDS);
            String name = open.substring(1, open.indexOf(open.contains(" ") ? ' ' : '>'));
            int closing = between(in, 0, 2);
            String close = closing == 0 ? "" : closing == 1 ? "</" + name + ">" : "</" + pick(in, TAGS) + ">";
            return "<body>" + open.repeat(depth) + inner + close.repeat(depth);
        };
    }

    /** Random open and close tags with attributes and text: unclosed and misnested everywhere. */
    static Gen<String> misnested() {
        return in -> {
            int n = between(in, 0, 3000);
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < n; i++) {
                switch (between(in, 0, 3)) {
                    case 0: sb.append(tag(in)); break;
                    case 1: sb.append("</").append(pick(in, TAGS)).append('>'); break;
                    default: sb.append(pick(in, WORDS)); break;
                }
            }
            return sb.toString();
        };
    }

    /** One huge attribute value or text node (up to 2 MB) in a small page. */
    static Gen<String> huge() {
        return in -> {
            String unit = pick(in, List.of("a", "a-", " ", "“", "\"", "said ", "Aa-", "1", "<", "&amp;", "_cookie",
                    "12 January 2022 ", "\u00a0", "\u200b"));
            String big = unit.repeat(between(in, 1, 2_000_000 / unit.length()));
            String attr = pick(in, List.of("class", "id", "href", "src", "srcset", "style", "datetime", "content",
                    "lang", "itemtype", "title", "alt"));
            switch (between(in, 0, 3)) {
                case 0: return "<body><div " + attr + "=\"" + big.replace("\"", "&quot;") + "\"><p>Text, words.</p></div>";
                case 1: return "<body><article><p>" + big + "</p></article>";
                case 2: return "<html " + attr + "=\"" + big.replace("\"", "'") + "\"><title>" + big + "</title><body>x";
                default: return "<body><pre>" + big + "</pre><span class=\"byline\">" + big + "</span>";
            }
        };
    }

    /** Random JSON-LD: nested arrays and objects, types, ids, broken syntax. */
    static Gen<String> jsonLd() {
        List<String> tokens = List.of("{", "}", "[", "]", ",", ":", "\"@type\"", "\"NewsArticle\"", "\"Person\"",
                "\"@id\"", "\"#a\"", "\"headline\"", "\"author\"", "\"name\"", "\"url\"", "\"javascript:alert(1)\"",
                "\"https://x.example/a\"", "\"datePublished\"", "\"2022-01-12\"", "\"@graph\"", "\"mainEntity\"",
                "1e999999", "NaN", "null", "true", "'single'", "// c\n", "/* c */", "\"\\u0000\"", "<![CDATA[", "]]>",
                "&quot;", "\"image\"", "\"publisher\"", "\"logo\"");
        return in -> {
            int n = between(in, 0, 2000);
            StringBuilder sb = new StringBuilder("<script type=\"application/ld+json\">");
            for (int i = 0; i < n; i++) {
                sb.append(pick(in, tokens));
            }
            return sb.append("</script><body><p>The harbour reopened on Monday.</p>").toString();
        };
    }

    /** A fixture cut, duplicated, shuffled or nested in itself. */
    static Gen<String> mutatedFixture() {
        return in -> {
            String page = pick(in, FIXTURES);
            int rounds = between(in, 1, 4);
            for (int r = 0; r < rounds; r++) {
                int a = between(in, 0, page.length());
                int b = between(in, a, page.length());
                switch (between(in, 0, 4)) {
                    case 0: // cut: a prefix, or a slice taken out
                        page = between(in, 0, 1) == 0 ? page.substring(0, a) : page.substring(0, a) + page.substring(b);
                        break;
                    case 1: // duplicate a slice
                        page = page.substring(0, b) + page.substring(a, b).repeat(between(in, 1, 50)) + page.substring(b);
                        break;
                    case 2: { // shuffle the pieces between tags
                        List<String> pieces = new ArrayList<>(List.of(page.split("(?=<)")));
                        Collections.shuffle(pieces, new Random(between(in, 0, Integer.MAX_VALUE - 1)));
                        page = String.join("", pieces);
                        break;
                    }
                    case 3: // nest a slice in many levels of one element
                        String t = pick(in, TAGS);
                        int levels = between(in, 1, 2000);
                        page = page.substring(0, a) + ("<" + t + ">").repeat(levels) + page.substring(a, b)
                                + ("</" + t + ">").repeat(levels) + page.substring(b);
                        break;
                    default: // the page inside itself
                        page = page.substring(0, a) + page + page.substring(a);
                        break;
                }
                if (page.length() > 4_000_000) {
                    page = page.substring(0, 4_000_000);
                }
            }
            return page;
        };
    }

    /** Bytes: a page in one encoding declared as another, with invalid UTF-8, stray BOMs and random bytes. */
    static Gen<byte[]> lyingBytes() {
        List<String> declared = List.of("utf-8", "utf-16", "utf-16le", "utf-32", "shift_jis", "iso-2022-jp",
                "windows-1252", "koi8-r", "gb18030", "x-no-such-charset", "", "utf-7", "big5");
        List<String> actual = List.of("UTF-8", "UTF-16", "UTF-16LE", "ISO-8859-1", "Shift_JIS", "windows-1251");
        return in -> {
            String page = pick(in, FIXTURES);
            page = page.substring(0, between(in, 0, page.length()));
            String head = between(in, 0, 1) == 0 ? "<meta charset=\"" + pick(in, declared) + "\">"
                    : "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=" + pick(in, declared) + "\">";
            byte[] body = (head + page).getBytes(java.nio.charset.Charset.forName(pick(in, actual)));
            int junk = between(in, 0, 50);
            for (int i = 0; i < junk && body.length > 0; i++) {
                // Invalid UTF-8: lone continuation bytes, overlong forms, surrogates, 0xFF.
                body[between(in, 0, body.length - 1)] = (byte) pick(in, List.of(0x80, 0xBF, 0xC0, 0xC1, 0xED, 0xF5,
                        0xFE, 0xFF, 0x00, between(in, 0, 255)))
                        .intValue();
            }
            byte[] bom = pick(in, List.of(new byte[0], new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                    new byte[] {(byte) 0xFE, (byte) 0xFF}, new byte[] {(byte) 0xFF, (byte) 0xFE},
                    new byte[] {0, 0, (byte) 0xFE, (byte) 0xFF}));
            byte[] out = new byte[bom.length + body.length];
            System.arraycopy(bom, 0, out, 0, bom.length);
            System.arraycopy(body, 0, out, bom.length, body.length);
            return out;
        };
    }

    private static void check(String category, Supplier<Extraction<Article>> run) {
        long start = System.nanoTime();
        Extraction<Article> r = run.get();
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertTrue(took.compareTo(BUDGET.plus(SLACK)) <= 0, () -> category + " took " + took);
        assertSound(r);
    }

    private static void property(String category, Gen<String> pages) {
        long[] stats = {0, 0, 0}; // count, slowest ms, peak MiB
        Hostile.HeapSampler heap = Hostile.HeapSampler.start();
        try {
            PropertyTries.qt().withExamples(tries()).forAll(pages).checkAssert(html -> {
                long t = System.nanoTime();
                check(category, () -> PARSER.extract(html, URL));
                stats[0]++;
                stats[1] = Math.max(stats[1], (System.nanoTime() - t) / 1_000_000);
            });
        } finally {
            Hostile.log("generated", category + " (" + stats[0] + " pages)", stats[1], heap.stop(), "ok");
        }
    }

    @Test
    void deepNestingNeverThrows() {
        property("deep nesting", deepNesting());
    }

    @Test
    void misnestedTagsNeverThrow() {
        property("unclosed and misnested tags", misnested());
    }

    @Test
    void hugeAttributesAndTextNodesNeverThrow() {
        property("huge attributes and text nodes", huge());
    }

    @Test
    void randomJsonLdNeverThrows() {
        property("random JSON-LD", jsonLd());
    }

    @Test
    void mutatedFixturesNeverThrow() {
        property("mutated fixtures", mutatedFixture());
    }

    @Test
    void lyingCharsetsAndInvalidUtf8NeverThrow() {
        long[] stats = {0, 0};
        Hostile.HeapSampler heap = Hostile.HeapSampler.start();
        try {
            PropertyTries.qt().withExamples(tries()).forAll(lyingBytes()).checkAssert(bytes -> {
                long t = System.nanoTime();
                check("lying charsets", () -> PARSER.extract(bytes, URL));
                stats[0]++;
                stats[1] = Math.max(stats[1], (System.nanoTime() - t) / 1_000_000);
            });
        } finally {
            Hostile.log("generated", "lying charsets, invalid UTF-8, BOMs (" + stats[0] + " pages)", stats[1],
                    heap.stop(), "ok");
        }
    }

    @Test
    void aFixtureRoundTripsAsBytesInEveryDeclaredCharset() {
        for (String page : FIXTURES) {
            for (String cs : List.of("UTF-8", "UTF-16", "ISO-8859-1", "windows-1252")) {
                byte[] b = ("<meta charset=\"" + cs + "\">" + page).getBytes(java.nio.charset.Charset.forName(cs));
                check("declared charsets", () -> PARSER.extract(b, URL));
            }
            check("fixture as text", () -> PARSER.extract(page.getBytes(StandardCharsets.UTF_8), URL));
        }
    }
}
