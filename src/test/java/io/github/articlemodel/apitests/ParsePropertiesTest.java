package io.github.articlemodel.apitests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.articlemodel.ArticleParser;
import io.github.articlemodel.Articles;
import io.github.articlemodel.Extraction;
import io.github.articlemodel.json.ArticleJson;
import io.github.articlemodel.model.Article;
import io.github.articlemodel.model.PropertyTries;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/**
 * "Parsing never throws": for arbitrary text, arbitrary bytes and random HTML-like token soup,
 * extraction returns an article that passes the model's checks again, survives the JSON round
 * trip, and raises no internal-error warning. Tagged {@code fuzz}: the {@code fuzz} profile runs it with
 * more tries (see {@code robustness.GeneratedInputPropertiesTest} for larger generated pages).
 */
@Tag("fuzz")
final class ParsePropertiesTest {
    private static final String URL = "https://news.example/2022/01/12/story.html";
    private static final ArticleParser PARSER = Articles.parser();

    /** Fragments of real page structure, shuffled into soup: tags, JSON-LD, quotes, cues, links. */
    private static final List<String> TOKENS = List.of(
            "<p>", "</p>", "<div>", "</div>", "<div class=\"entry-content\">", "<article>", "</article>",
            "<h1>", "</h1>", "<h2>", "</h2>", "<ul><li>", "</li></ul>", "<blockquote>", "</blockquote>",
            "<figure><img src=\"/a.jpg\"><figcaption>", "</figcaption></figure>", "<table><tr><td>", "</td></tr></table>",
            "<pre class=\"language-java\">", "</pre>", "<a href=\"/other/story\">", "<a href=\"javascript:alert(1)\">",
            "</a>", "<br>", "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"H\",",
            "\"author\":{\"@id\":\"#a\"},", "\"datePublished\":\"2022-13-45\"}", "</script>",
            "<meta property=\"og:title\" content=\"", "\">", "<time datetime=\"2022-01-12T18:40:00+01:00\">",
            "</time>", "<ol class=\"comment-list\"><li class=\"comment\" id=\"comment-1\">",
            "<div class=\"comment-content\">", "<ol class=\"children\">", "</ol>", "<span class=\"byline\">By ",
            "</span>", "<div class=\"related-post\"><strong>Read also:</strong>", "“", "”", "„", "«", "»", "\"",
            " said ", " the minister said. ", "Jens Stoltenberg", " he ", "Lesen Sie auch: ", "12 janvier 2022",
            "The harbour reopened on Monday, three days after the storm. ", "\u0000", "\uD83D\uDE00", "&amp;",
            "&#0;", "<!--", "-->", "<![CDATA[", "]]>", "<", ">", " ", "\n");

    private static Gen<String> soup() {
        return SourceDSL.lists().of(SourceDSL.integers().between(0, TOKENS.size() - 1))
                .ofSizeBetween(0, 200)
                .map(ix -> ix.stream().map(TOKENS::get).collect(Collectors.joining()));
    }

    private static void assertSound(Extraction<Article> result) {
        Article a = result.value();
        // The builder re-runs every invariant check on the copy.
        assertEquals(a, new Article.Builder().from(a).build());
        assertEquals(a, ArticleJson.read(ArticleJson.write(a)));
        assertTrue(result.warnings().stream().noneMatch(w -> w.code().startsWith("internal.")),
                result.warnings()::toString);
    }

    @Test
    void arbitraryTextNeverThrows() {
        PropertyTries.qt().forAll(SourceDSL.strings().allPossible().ofLengthBetween(0, 2000))
                .checkAssert(s -> assertSound(PARSER.extract(s, URL)));
    }

    @Test
    void htmlSoupNeverThrows() {
        PropertyTries.qt().forAll(soup()).checkAssert(s -> assertSound(PARSER.extract(s, URL)));
    }

    @Test
    void htmlSoupWithoutABaseUrlNeverThrows() {
        PropertyTries.qt().forAll(soup()).checkAssert(s -> assertSound(PARSER.extract(s, null)));
    }

    @Test
    void arbitraryBytesNeverThrow() {
        Gen<byte[]> bytes = SourceDSL.lists().of(SourceDSL.integers().between(-128, 127)).ofSizeBetween(0, 3000)
                .map(list -> {
                    byte[] b = new byte[list.size()];
                    for (int i = 0; i < b.length; i++) {
                        b[i] = list.get(i).byteValue();
                    }
                    return b;
                });
        PropertyTries.qt().forAll(bytes).checkAssert(b -> assertSound(PARSER.extract(b, URL)));
    }

    @Test
    void soupAsBytesWithALyingCharsetNeverThrows() {
        PropertyTries.qt().forAll(soup()).checkAssert(s -> {
            byte[] b = ("<meta charset=\"utf-16\">" + s).getBytes(StandardCharsets.ISO_8859_1);
            assertSound(PARSER.extract(b, URL));
        });
    }
}
