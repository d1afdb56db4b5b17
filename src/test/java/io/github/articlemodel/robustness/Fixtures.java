package io.github.articlemodel.robustness;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The project's own pages, for mutation: the example page and inline pages in the styles the unit
 * tests use (WordPress article with comments, a news page with JSON-LD, bylines, dates, quotes and a
 * read-also box, a microdata page).
 */
final class Fixtures {
    private Fixtures() {}

    static final String WORDPRESS = "<!doctype html><html lang=\"en\"><head><title>Harbour reopens | Coast News</title>"
            + "<meta property=\"og:title\" content=\"Harbour reopens\"><link rel=\"canonical\" href=\"/2022/01/12/harbour\">"
            + "</head><body><header><nav><a href=\"/\">Home</a></nav></header><article class=\"post hentry\">"
            + "<h1 class=\"entry-title\">Harbour reopens</h1><span class=\"byline\">By <a rel=\"author\" href=\"/author/jane\">"
            + "Jane Doe</a> and John Roe</span><time class=\"published\" datetime=\"2022-01-12T18:40:00+01:00\">12 January"
            + " 2022</time><div class=\"entry-content\"><p>The harbour reopened on Monday, three days after the storm.</p>"
            + "<p>“We are back,” said the harbour master, Anna Berg. “The ferries run again.”</p><div class=\"related-post\">"
            + "<strong>Read also:</strong> <a href=\"/2022/01/10/storm\">Storm closes the harbour</a></div><h2>Damage</h2>"
            + "<ul><li>Two piers</li><li>One crane</li></ul><figure><img src=\"/pier.jpg\" width=\"800\"><figcaption>The pier"
            + " <small>Photo: J. Roe</small></figcaption></figure><blockquote><p>We will rebuild.</p><footer>— Mayor Kim"
            + "</footer></blockquote></div></article><div id=\"comments\" class=\"comments-area\"><h2 class=\"comments-title\">"
            + "2 thoughts on “Harbour reopens”</h2><ol class=\"comment-list\"><li id=\"comment-1\" class=\"comment\"><article"
            + " class=\"comment-body\"><footer><div class=\"comment-author vcard\"><b class=\"fn\"><a href=\"https://ola.example\">"
            + "Ola</a></b> says:</div><div class=\"comment-metadata\"><time datetime=\"2022-01-13T09:00:00+00:00\">13 Jan"
            + "</time></div></footer><div class=\"comment-content\"><p>Good news.</p></div></article><ol class=\"children\">"
            + "<li id=\"comment-2\" class=\"comment\"><article class=\"comment-body\"><div class=\"comment-author\">Per</div>"
            + "<div class=\"comment-content\"><p>Indeed.</p></div></article></li></ol></li></ol></div><footer>© Coast</footer>"
            + "</body></html>";

    static final String NEWS = "<html><head><script type=\"application/ld+json\">{\"@context\":\"https://schema.org\","
            + "\"@graph\":[{\"@type\":\"NewsArticle\",\"headline\":\"Talks offered\",\"datePublished\":\"2022-01-12\","
            + "\"dateModified\":\"2022-01-13T10:00:00Z\",\"author\":[{\"@id\":\"#a\"},\"Max Mustermann\"],\"image\":"
            + "{\"url\":\"https://news.example/a.jpg\"},\"publisher\":{\"@type\":\"Organization\",\"name\":\"News\",\"logo\":"
            + "\"https://news.example/logo.png\"},\"keywords\":\"nato, russia\"},{\"@id\":\"#a\",\"@type\":\"Person\","
            + "\"name\":\"Erika Musterfrau\",\"url\":\"https://news.example/erika\"}]}</script><meta name=\"description\""
            + " content=\"NATO offers talks\"></head><body><main><h1>Talks offered</h1><p class=\"dateline\">Brussels, 12.01.2022"
            + "</p><p>NATO offered arms control talks to Russia on Wednesday, Secretary-General Jens Stoltenberg said.</p>"
            + "<p>„Wir sind bereit“, sagte Stoltenberg. «Nous sommes prêts», a déclaré le ministre.</p><table><tr><th>A<th>B"
            + "<tr><td>1<td>2</table><pre class=\"language-java\"><code>int x = 1;</code></pre><iframe src=\"https://www."
            + "youtube.com/embed/x\"></iframe></main><aside class=\"sidebar\"><span class=\"byline\">By Sidebar Person</span>"
            + "</aside></body></html>";

    static final String MICRODATA = "<body><div itemscope itemtype=\"https://schema.org/BlogPosting\"><h1 itemprop=\""
            + "headline\">Notes</h1><span itemprop=\"author\" itemscope><span itemprop=\"name\">Ann Lee</span></span><meta"
            + " itemprop=\"datePublished\" content=\"2022-01-12\"><div itemprop=\"articleBody\"><p>First paragraph of the"
            + " post, with enough words to be a paragraph.</p><p>Second paragraph, again with several words.</p></div><div"
            + " itemscope itemtype=\"https://schema.org/Comment\" id=\"c1\"><span itemprop=\"author\">Bo</span><p itemprop="
            + "\"text\">Nice.</p><div itemscope itemtype=\"https://schema.org/Comment\"><p itemprop=\"text\">Thanks.</p>"
            + "</div></div></div></body>";

    /** The example page and the inline pages. */
    static List<String> all() {
        List<String> out = new ArrayList<>(List.of(WORDPRESS, NEWS, MICRODATA));
        Path nato = Path.of("examples", "pages", "nato-talks.html");
        if (Files.isRegularFile(nato)) {
            try {
                out.add(0, Files.readString(nato, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return out;
    }
}
