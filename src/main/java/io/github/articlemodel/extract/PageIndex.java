package io.github.articlemodel.extract;

import io.github.articlemodel.internal.Dom;
import io.github.articlemodel.schemaorg.JsonLdArticle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * What one walk over the whole page finds, made once per page by {@link ExtractionContext#pageIndex()}:
 * a walk costs about a tenth of the parse, so the stages share it rather than each walking again.
 * It holds the metadata stage's elements (JSON-LD scripts, meta tags, canonical links, the title,
 * the first five h1 and ten h2, the first item scope of an article type), the comments stage's
 * elements, every script (the dates stage reads their page data) and whether some node sits at the
 * parser's depth limit.
 */
final class PageIndex {
    final List<Element> scripts = new ArrayList<>();
    /** Every {@code script} element (inline SVG's too), in page order, as {@code getElementsByTag("script")} gives them. */
    final List<Element> allScripts = new ArrayList<>();
    final List<Element> metas = new ArrayList<>();
    final List<Element> httpEquivs = new ArrayList<>();
    final List<Element> canonicals = new ArrayList<>();
    final List<Element> h1s = new ArrayList<>();
    final List<Element> h2s = new ArrayList<>();
    /** The links whose rel names a tag ({@code rel="tag"}, {@code rel="category tag"}), the first hundred. */
    final List<Element> tagLinks = new ArrayList<>();
    Element html;
    /**
     * The head's title, which {@link Document#title()} would look for again; failing that, the
     * first HTML title elsewhere (text before the doctype, such as a server warning, opens the
     * body early and the head's title ends up in it).
     */
    Element title;
    Optional<Element> articleScope = Optional.empty();
    /** What the comments stage reads instead of a walk of its own ({@link CommentExtractor#scanCue}), in page order. */
    final List<Element> commentCues = new ArrayList<>();
    /** {@link CommentExtractor#scanCue} of each of {@link #commentCues}, by index. */
    private byte[] commentCueKinds = new byte[64];
    /** Whether some node sits at depth {@code maxDepth} or deeper (the document node at 0). */
    private boolean reachesDepth;

    private static final int MAX_TAG_LINKS = 100;

    private PageIndex() {}

    /** Whether some node sits at the depth limit: the parser then put deeper elements side by side. */
    boolean reachesDepth() {
        return reachesDepth;
    }

    static PageIndex of(Document doc, int maxDepth) {
        PageIndex found = new PageIndex();
        found.visit(doc);
        found.reachesDepth = doc.childNodeSize() > 0 && 1 >= maxDepth;
        Dom.walk(doc, (child, depth) -> {
            found.visit(child);
            if (child.childNodeSize() == 0) {
                return Dom.SKIP;
            }
            // Its children sit one deeper.
            found.reachesDepth |= depth + 1 >= maxDepth;
            if (child.normalName().equals("svg")) {
                // Inline SVG (icons: many paths each) holds no metadata; only its depth and comment cues count.
                found.reachesDepth |= found.svg(child, depth, maxDepth);
                return Dom.SKIP;
            }
            return Dom.DESCEND;
        });
        return found;
    }

    /**
     * Keeps the comment cues under an SVG {@code root}, which sits at {@code rootDepth}, and tells
     * whether a node under it sits at {@code maxDepth} or deeper.
     */
    private boolean svg(Element root, int rootDepth, int maxDepth) {
        boolean[] deep = {rootDepth + 1 >= maxDepth && root.childNodeSize() > 0};
        Dom.walk(root, (child, depth) -> {
            if (child.normalName().equals("script")) {
                allScripts.add(child);
            }
            keepCommentCue(child);
            if (child.childNodeSize() == 0) {
                return Dom.SKIP;
            }
            deep[0] |= rootDepth + depth + 1 >= maxDepth;
            return Dom.DESCEND;
        });
        return deep[0];
    }

    /** What {@link CommentExtractor#scanCue} told of the comment cue at {@code index}. */
    int commentCueKind(int index) {
        return commentCueKinds[index];
    }

    private void keepCommentCue(Element e) {
        int kind = CommentExtractor.scanCue(e);
        if (kind != 0) {
            int at = commentCues.size();
            if (at == commentCueKinds.length) {
                commentCueKinds = Arrays.copyOf(commentCueKinds, at * 2);
            }
            commentCueKinds[at] = (byte) kind;
            commentCues.add(e);
        }
    }

    private void visit(Element e) {
        switch (e.normalName()) {
            case "script":
                allScripts.add(e);
                if (e.attr("type").toLowerCase(Locale.ROOT).contains("application/ld+json")) {
                    scripts.add(e);
                }
                break;
            case "meta":
                if (e.hasAttr("content")) {
                    metas.add(e);
                    if (e.hasAttr("http-equiv")) {
                        httpEquivs.add(e);
                    }
                }
                break;
            case "link":
                if (e.attr("rel").equalsIgnoreCase("canonical") && e.hasAttr("href")) {
                    canonicals.add(e);
                }
                break;
            case "h1":
                if (h1s.size() < 5) {
                    h1s.add(e);
                }
                break;
            case "h2":
                if (h2s.size() < 10) {
                    h2s.add(e);
                }
                break;
            case "a":
                // An "a" with rel also has an href: at least two attributes.
                if (e.attributesSize() > 1 && tagLinks.size() < MAX_TAG_LINKS && Dom.hasToken(e.attr("rel"), "tag")) {
                    tagLinks.add(e);
                }
                break;
            case "html":
                if (html == null) {
                    html = e;
                }
                break;
            case "title":
                if (e.tag().namespace().equals(Parser.NamespaceHtml)
                        && (title == null || !title.parentNameIs("head") && e.parentNameIs("head"))) {
                    title = e;
                }
                break;
            default:
                break;
        }
        keepCommentCue(e);
        // Most elements have no attributes; asking one for an attribute would create its (empty) map.
        if (articleScope.isEmpty() && e.attributesSize() > 1 && e.hasAttr("itemscope") && e.hasAttr("itemtype")) {
            String type = e.attr("itemtype").trim();
            String simple = type.substring(Math.max(type.lastIndexOf('/'), type.lastIndexOf(':')) + 1);
            if (JsonLdArticle.isArticleType(simple)) {
                articleScope = Optional.of(e);
            }
        }
    }
}
