package io.github.articlemodel.robustness;

import static io.github.articlemodel.robustness.Hostile.URL;
import static io.github.articlemodel.robustness.Hostile.assertSound;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.github.articlemodel.Articles;
import io.github.articlemodel.Extraction;
import io.github.articlemodel.json.ArticleJson;
import io.github.articlemodel.json.ArticleJsonException;
import io.github.articlemodel.model.Article;
import io.github.articlemodel.model.PropertyTries;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import tools.jackson.databind.JsonNode;

/**
 * Output safety (issue 7, part 4): whatever URLs a page holds, only absolute http(s) URLs with a host
 * reach the model, in every field that carries one; and reading JSON is bounded (anything but an
 * article is an {@link ArticleJsonException}, never a stack overflow or another exception).
 *
 * <p>Not covered here: the script-tag escaping of schema.org JSON-LD output, which belongs to the
 * schema.org writer (not in this branch).
 */
@Tag("fuzz")
final class OutputSafetyTest {
    /** Schemes and disguises: each must never come out as a URL. */
    private static final List<String> HOSTILE = List.of("javascript:alert(1)", "JaVaScRiPt:alert(1)",
            " javascript:alert(1)", "java\tscript:alert(1)", "java\nscript:alert(1)", "java&#x09;script:alert(1)",
            "&#106;avascript:alert(1)", "&#x6A;&#x61;&#x76;&#x61;script:alert(1)", "javascript&colon;alert(1)",
            "jav&#x0A;ascript:alert(1)", "\u0000javascript:alert(1)", "\u200bjavascript:alert(1)",
            "data:text/html,<script>alert(1)</script>", "data:image/svg+xml;base64,PHN2Zz4=", "DATA:text/html,x",
            "vbscript:msgbox(1)", "VBScript:msgbox(1)", "mailto:a@b.example", "file:///etc/passwd", "ftp://x.example/a",
            "//evil.example/a", "\\\\evil.example\\a", "http:evil", "https:///nohost", "http://", "javascript://x.example/%0Aalert(1)",
            "about:blank", "blob:https://x.example/1", "filesystem:https://x.example/a", "intent://x#Intent;end",
            "  https://ok.example/a  ", "/relative/path", "?q=1", "#top", "https://ok.example/a b", "http://[::1]/",
            "https://xn--mnchen-3ya.example/", "https://münchen.example/");

    private static final String[] TEMPLATES = {
        "<a href=\"%s\">link text here</a>",
        "<p>Some text, more text, <a href=\"%s\">a link</a> and more.</p>",
        "<img src=\"%s\" width=\"800\">",
        "<img srcset=\"%s 1x, %s 2x\" width=\"800\">",
        "<img data-src=\"%s\" width=\"800\">",
        "<figure><img src=\"%s\"><figcaption>Caption</figcaption></figure>",
        "<iframe src=\"%s\"></iframe>",
        "<video src=\"%s\"></video>",
        "<video><source src=\"%s\"></video>",
        "<blockquote class=\"twitter-tweet\"><a href=\"%s\">tweet</a></blockquote>",
        "<meta property=\"og:url\" content=\"%s\">",
        "<meta property=\"og:image\" content=\"%s\">",
        "<meta name=\"twitter:image\" content=\"%s\">",
        "<link rel=\"canonical\" href=\"%s\">",
        "<span class=\"byline\">By <a rel=\"author\" href=\"%s\">Jane Doe</a></span>",
        "<div class=\"related\">Read also: <a href=\"%s\">Other story</a></div>",
        "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"H\",\"url\":\"%s\","
                + "\"mainEntityOfPage\":{\"@id\":\"%s\"},\"image\":[\"%s\",{\"url\":\"%s\"}],\"author\":{\"@type\":"
                + "\"Person\",\"name\":\"Jane Doe\",\"url\":\"%s\",\"sameAs\":\"%s\"},\"publisher\":{\"name\":\"P\","
                + "\"url\":\"%s\",\"logo\":{\"url\":\"%s\"}}}</script>",
        "<div itemscope itemtype=\"https://schema.org/NewsArticle\"><span itemprop=\"author\" itemscope><a"
                + " itemprop=\"url\" href=\"%s\"><span itemprop=\"name\">Ann Lee</span></a></span></div>",
        "<ol class=\"comment-list\"><li class=\"comment\"><div class=\"comment-body\"><div class=\"comment-author\">"
                + "<a href=\"%s\">Ola</a></div><div class=\"comment-content\"><p>Hi</p></div></div></li></ol>",
    };

    private static String json(String url) {
        return url.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n").replace("\t", "\\t")
                .replace("\u0000", "\\u0000");
    }

    private static Gen<String> pages() {
        return in -> {
            int n = Generate.range(1, 12).generate(in);
            StringBuilder sb = new StringBuilder("<html><head>");
            for (int i = 0; i < n; i++) {
                String template = TEMPLATES[Generate.range(0, TEMPLATES.length - 1).generate(in)];
                String url = HOSTILE.get(Generate.range(0, HOSTILE.size() - 1).generate(in));
                String value = template.contains("ld+json") ? json(url) : url.replace("\"", "&quot;");
                sb.append(template.replace("%s", value));
                if (i == 0) {
                    sb.append("</head><body><article><p>The harbour reopened on Monday, three days after the storm,"
                            + " and the ferries ran again.</p>");
                }
            }
            return sb.toString();
        };
    }

    /** Every string under a URL-bearing property of the article's JSON form, with its path. */
    static List<String[]> urls(JsonNode node, String path) {
        List<String[]> out = new ArrayList<>();
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                String key = e.getKey();
                if (key.equals("provenance")) {
                    continue; // candidates keep what the page said, as text
                }
                boolean urlKey = key.toLowerCase(Locale.ROOT).endsWith("url") || key.equals("logo");
                if (urlKey && e.getValue().isString()) {
                    out.add(new String[] {path + "." + key, e.getValue().asString()});
                } else {
                    out.addAll(urls(e.getValue(), path + "." + key));
                }
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                out.addAll(urls(node.get(i), path + "[" + i + "]"));
            }
        }
        return out;
    }

    static void assertOnlyHttp(Article a) {
        for (String[] u : urls(ArticleJson.toTree(a), "$")) {
            URI uri = URI.create(u[1]);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            assertTrue(scheme.equals("http") || scheme.equals("https"), () -> u[0] + " = " + u[1]);
            assertTrue(uri.getHost() != null && !uri.getHost().isEmpty(), () -> u[0] + " has no host: " + u[1]);
            assertTrue(u[1].chars().noneMatch(c -> c < 0x21 || c == '"' || c == '<' || c == '>'),
                    () -> u[0] + " holds a control character, space, quote or angle bracket: " + u[1]);
        }
    }

    @Test
    void onlyHttpUrlsReachTheModel() {
        long[] count = {0};
        PropertyTries.qt().forAll(pages()).checkAssert(html -> {
            for (String base : new String[] {URL, null}) {
                Extraction<Article> r = Articles.parser().extract(html, base);
                assertSound(r);
                assertOnlyHttp(r.value());
                count[0]++;
            }
        });
        Hostile.log("output safety", "pages with hostile URLs in every URL-bearing attribute (" + count[0] + ")", 0, 0,
                "ok");
    }

    @Test
    void everyHostileUrlInEveryPlaceAtOnce() {
        StringBuilder sb = new StringBuilder("<html><head>");
        for (String url : HOSTILE) {
            for (String t : TEMPLATES) {
                sb.append(t.replace("%s", t.contains("ld+json") ? json(url) : url.replace("\"", "&quot;")));
            }
        }
        Extraction<Article> r = Articles.parser().extract(sb.toString(), URL);
        assertSound(r);
        assertOnlyHttp(r.value());
        assertTrue(urls(ArticleJson.toTree(r.value()), "$").size() > 5, "the good URLs still come through");
    }

    @Test
    void javascriptNeverBecomesABaseUrl() {
        Extraction<Article> r = Articles.parser().extract("<link rel=\"canonical\" href=\"javascript:alert(1)\">"
                + "<meta property=\"og:url\" content=\"data:text/html,x\"><body><p><a href=\"/a\">a</a> text.</p>", null);
        assertSound(r);
        assertOnlyHttp(r.value());
        assertTrue(r.value().url().isEmpty());
    }

    /** Reading JSON: arbitrary token soup is an ArticleJsonException or an article, never anything else. */
    @Test
    void readingArbitraryJsonIsBounded() {
        List<String> tokens = List.of("{", "}", "[", "]", ",", ":", "\"headline\"", "\"body\"", "\"comments\"",
                "\"replies\"", "\"type\"", "\"paragraph\"", "\"text\"", "\"url\"", "\"javascript:alert(1)\"",
                "\"https://x.example/\"", "1e99999999", "-0", "12345678901234567890", "null", "true", "\"\\ud800\"",
                "\"\\u0000\"", "\"datePublished\"", "\"2022-13-45\"", "\"bylines\"", "\"name\"", "'x'", "/*", "*/");
        Gen<String> soup = in -> {
            int n = Generate.range(0, 400).generate(in);
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < n; i++) {
                sb.append(tokens.get(Generate.range(0, tokens.size() - 1).generate(in)));
            }
            return sb.toString();
        };
        PropertyTries.qt().forAll(soup).checkAssert(s -> {
            try {
                Article a = ArticleJson.read(s);
                assertEquals(a, new Article.Builder().from(a).build());
                assertOnlyHttp(a);
            } catch (ArticleJsonException expected) {
                // the documented failure
            }
        });
    }

    @Test
    void readingDeepJsonOnASmallStackIsAnArticleJsonException() throws Exception {
        for (String deep : new String[] {"[".repeat(200_000), "{\"a\":".repeat(200_000),
            "{\"comments\":[" + "{\"text\":\"t\",\"replies\":[".repeat(100_000)}) {
            AtomicReference<Throwable> thrown = new AtomicReference<>();
            Thread t = new Thread(null, () -> {
                try {
                    ArticleJson.read(deep);
                    fail("read " + deep.length() + " chars of nesting");
                } catch (Throwable e) {
                    thrown.set(e);
                }
            }, "small-stack", 256 * 1024);
            t.start();
            t.join();
            assertTrue(thrown.get() instanceof ArticleJsonException, () -> String.valueOf(thrown.get()));
        }
    }
}
