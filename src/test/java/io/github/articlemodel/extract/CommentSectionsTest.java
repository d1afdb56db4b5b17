package io.github.articlemodel.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import io.github.articlemodel.internal.Cues;
import io.github.articlemodel.internal.Dom;
import io.github.articlemodel.internal.Regions;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/**
 * The comments stage finds its sections in one walk that asks {@link Regions#isCommentRegion} only
 * where it can hold; these tests check that it finds exactly what asking every element finds.
 */
final class CommentSectionsTest {
    private static final List<String> HTML = List.of(
            "<h2>3 Comments</h2><div class=c>a 12 May 2023</div><div class=c>b</div><div class=d>x</div>",
            "<div class=head><h3>Leserkommentare</h3><span>(2)</span></div><ul><li>a</li></ul><ul><li>b</li></ul>",
            "<div><h2>Comments</h2></div><section><p>x</p></section>",
            "<form id=commentform><textarea></textarea></form><form action=/comment/add><input></form>",
            "<div itemscope itemtype=https://schema.org/Comment><p>Nice.</p></div>",
            "<div id=comments><h2>2 Comments</h2><ol class=comment-list><li>a</li></ol></div>",
            "<div class=recentcomments><ul><li>x</li></ul></div><aside class=widget_recent_comments>y</aside>",
            "<noscript><div id=comments>z</div></noscript><h2>Kommentare</h2><table><tr><td>a</td></tr></table>",
            "<div class=COMMENTS-AREA>x</div><div id=Disqus_Thread></div><div class=\"wp-block-comments\">y</div>",
            "<article><h1>Title</h1><p>Text</p></article><div class=related><h2>More</h2></div><div>z</div>",
            "<h2>One comment</h2><dl><dt>Anna</dt><dd>Hi</dd></dl><p>tail</p><h4>Diskussion</h4><div>q</div>");

    @Test
    void findsWhatAskingEveryElementFinds() {
        for (String html : HTML) {
            Document doc = Jsoup.parse("<html><body>" + html + "</body></html>");
            assertEquals(reference(doc), CommentExtractor.sections(context(doc)), html);
        }
    }

    @Test
    void findsWhatAskingEveryElementFindsOnGeneratedPages() {
        qt().withExamples(300).forAll(page()).checkAssert(html -> {
            Document doc = Jsoup.parse("<html><body>" + html + "</body></html>");
            assertEquals(reference(doc), CommentExtractor.sections(context(doc)), html);
        });
    }

    @Test
    void countsTheElementsOfASectionUpToTheCap() {
        qt().withExamples(200).forAll(page(), SourceDSL.integers().between(1, 40)).checkAssert((html, max) -> {
            Document doc = Jsoup.parse("<html><body>" + html + "</body></html>");
            for (Element e : doc.body().select("*")) {
                int all = e.select("*").size(); // the element and everything under it
                assertEquals(Math.min(all, max), CommentExtractor.elementsUpTo(e, max), html);
            }
        });
    }

    private static final String[] OPEN = {"<div>", "<div class=c>", "<section>", "<ul>", "<ol class=x>", "<dl>",
        "<table>", "<div id=comments>", "<div class=comment-list>", "<div class=comments-area>", "<aside>",
        "<form id=commentform>", "<div itemtype=http://schema.org/UserComments>", "<p>", "<span>",
        "<div class=\"secthead\">", "<noscript>", "<article>", "<li>", "<template>", "<div class=Comments>",
        "<div id=DISQUS_thread>", "<div class=leserKommentare>", "<div class=\"\u212Aommentare\">",
        "<section class=\"reviews\">", "<div class=\"c\" id=\"Comments\">", "<header>"};
    private static final String[] LEAF = {"<h2>3 Comments</h2>", "<h3>Kommentare</h3>", "<h2>News</h2>",
        "<p>Some text 4 May 2022</p>", "<span>(2)</span>", "<h2><a href=#c>5 Comments</a></h2>", "x",
        "<div><h2>2 Comments</h2></div>", "<div><div><h3>Comments</h3></div></div>", "<div class=c>y</div>",
        "<div><p>a</p><p>b</p><p>c</p><h2>4 Comments</h2></div>",
        "<svg><foreignObject><div><h2>2 Comments</h2></div></foreignObject></svg>",
        "<svg class=comments-area><g><path d=M0></path></g></svg>", "<div><span><h4>Comments</h4></span></div>"};

    private static Gen<String> page() {
        return SourceDSL.integers().between(0, Integer.MAX_VALUE).map(seed -> {
            java.util.Random r = new java.util.Random(seed);
            StringBuilder sb = new StringBuilder();
            build(sb, r, 0);
            return sb.toString();
        });
    }

    private static void build(StringBuilder sb, java.util.Random r, int depth) {
        int n = 1 + r.nextInt(5);
        for (int i = 0; i < n; i++) {
            if (depth >= 4 || r.nextInt(3) == 0) {
                sb.append(LEAF[r.nextInt(LEAF.length)]);
            } else {
                String open = OPEN[r.nextInt(OPEN.length)];
                String tag = open.substring(1, open.indexOf(open.contains(" ") ? ' ' : '>'));
                sb.append(open);
                build(sb, r, depth + 1);
                sb.append("</").append(tag).append('>');
            }
        }
    }

    @Test
    void findsEveryKindOfBlockAfterACommentListHeading() {
        for (String tag : List.of("div", "section", "ul", "ol", "dl", "table", "article", "aside", "main", "nav",
                "header", "footer", "p", "span", "li", "blockquote", "figure", "details", "center", "font", "form",
                "fieldset", "address", "pre", "menu", "dir", "tbody", "x-comments")) {
            Document doc = Jsoup.parse("<html><body><h2>3 Comments</h2><" + tag + " class=c>a</" + tag + "><" + tag
                    + " class=c>b</" + tag + "></body></html>");
            assertEquals(reference(doc), CommentExtractor.sections(context(doc)), tag);
        }
    }

    private static final String[] CLASS_PARTS = {"comments", "Comment", "COMMENT-list", "kommentare", "Leser",
        "disqus_thread", "respond", "reactions", "Reviews", "wp-block", "area", "list", "x", "-", "_", " ",
        "\u212Aommentare", "content", "col", "re", "avis", "bewertungen", "discussion", "co", "mment"};

    @Test
    void whatNamesASectionHoldsAHint() {
        qt().withExamples(2000).forAll(SourceDSL.integers().between(0, Integer.MAX_VALUE)).checkAssert(seed -> {
            java.util.Random r = new java.util.Random(seed);
            String cls = parts(r);
            String id = r.nextBoolean() ? "" : parts(r);
            Element e = new Element(r.nextBoolean() ? "div" : "ol").attr("class", cls).attr("id", id);
            if (Cues.isCommentSection(e)) {
                assertEquals(true, CommentExtractor.mayNameComments(e.className())
                        || CommentExtractor.mayNameComments(e.id()), cls + " #" + id);
            }
        });
    }

    private static String parts(java.util.Random r) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0, n = 1 + r.nextInt(4); i < n; i++) {
            sb.append(CLASS_PARTS[r.nextInt(CLASS_PARTS.length)]);
        }
        return sb.toString();
    }

    private static ExtractionContext context(Document doc) {
        return new ExtractionContext(doc, "https://example.org/a", ExtractionOptions.DEFAULTS, System.nanoTime());
    }

    /** Every element of the body asked, outermost regions kept: how the stage found its sections before. */
    private static List<Element> reference(Document doc) {
        Element start = doc.body();
        List<Element> out = new ArrayList<>();
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (!(node instanceof Element e)) {
                    return FilterResult.CONTINUE;
                }
                if (Dom.NON_CONTENT.contains(e.normalName())) {
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (e == start || !Regions.isCommentRegion(e)) {
                    return FilterResult.CONTINUE;
                }
                if (!e.nameIs("form") && !Cues.classWords(e).contains("respond") && !Cues.classWords(e).contains("recent")
                        && !Cues.classWords(e).contains("commentform") && !Cues.classWords(e).contains("recentcomments")) {
                    out.add(e);
                }
                return FilterResult.SKIP_ENTIRELY;
            }
        }, start);
        return out;
    }
}
