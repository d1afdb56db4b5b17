package io.github.articlemodel.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.articlemodel.model.PropertyTries;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * The fast text walks give what the plain ones give: {@link Dom#textPrefix} builds no string for
 * {@link Text#clean} when nothing needs cleaning, the label pre-test lets through every element
 * whose text starts with a cross-reference label, and the heading pre-test every comment-list heading.
 */
final class DomPropertyTest {
    /** Pieces of markup: labels, marks, words, spaces of every kind, invisible characters, tags. */
    private static final String[] PIECES = {"Read also", "Lesen Sie auch", "À lire aussi", "Źródło", "Related",
        "related", "READ", "Siehe auch", ": ", "» ", "›› ", "- ", "– ", "(", "1 ", "Harbour", "reopens", "e\u0301",
        "Ve\u0301ase tambie\u0301n", "Ähnliche Artikel", " ", "\u00a0", "\u200b", "\u00ad", "\n  ", "\u2019", "\u2026",
        "<br>", "<b>", "</b>", "<span>", "</span>", "<p>", "</p>", "<a href=/x>", "</a>", "<script>x</script>",
        "<svg><text>Read</text></svg>", "<i> </i>", "\u0007", "\ud83d\ude00"};

    /** Pieces of comment-list headings, and of texts that only look like them. */
    private static final String[] HEADING_PIECES = {"Comments", "comment", "3", "12 ", "٣", "One", "ÉÉN", "één",
        "Réactions", "Re\u0301actions", "Leserkommentare", "Kommentar", "thoughts", " on ", "“Title”", "Reply",
        "REPLIES", "(4)", ": ", "Commentsx", "\u212Aommentare", "x", " ", "\u00a0", "\u200b", "\u00ad", "\n", "<br>",
        "<b>", "</b>", "<span>", "</span>", "<script>3</script>", "<i> </i>", "\u0007"};

    private static Gen<String> fragments() {
        return fragments(PIECES);
    }

    private static Gen<String> fragments(String[] pieces) {
        Gen<String> gen = in -> {
            StringBuilder sb = new StringBuilder();
            int n = Generate.range(0, 10).generate(in);
            for (int k = 0; k < n; k++) {
                sb.append(pieces[Generate.range(0, pieces.length - 1).generate(in)]);
            }
            return sb.toString();
        };
        return gen.describedAs(s -> s);
    }

    private static Element div(String fragment) {
        return Jsoup.parseBodyFragment("<div>" + fragment + "</div>").body().child(0);
    }

    /** The walk written the plain way: text appended with white space collapsed, then {@link Text#clean}. */
    private static String reference(Element root, int max) {
        StringBuilder sb = new StringBuilder();
        Node node = root;
        walk:
        while (node != null && sb.length() < max) {
            boolean descend = true;
            if (node instanceof TextNode) {
                String t = ((TextNode) node).getWholeText();
                for (int i = 0; i < t.length() && sb.length() <= max + 16; i++) {
                    char c = t.charAt(i);
                    boolean space = Character.isWhitespace(c) || Character.isSpaceChar(c);
                    if (!space || sb.length() > 0 && sb.charAt(sb.length() - 1) != ' ') {
                        sb.append(space ? ' ' : c);
                    }
                }
                if (sb.length() > 0 && sb.charAt(sb.length() - 1) != ' ') {
                    sb.append(' ');
                }
            } else if (node instanceof Element && node != root
                    && Dom.NON_CONTENT.contains(((Element) node).normalName())) {
                descend = false;
            } else if (node instanceof Element && ((Element) node).nameIs("br")
                    && sb.length() > 0 && sb.charAt(sb.length() - 1) != ' ') {
                sb.append(' ');
            }
            if (descend && node.childNodeSize() > 0) {
                node = node.childNode(0);
                continue;
            }
            while (node != root && node.nextSibling() == null) {
                node = node.parentNode();
                if (node == null) {
                    break walk;
                }
            }
            node = node == root ? null : node.nextSibling();
        }
        String t = Text.clean(sb.toString());
        return t.length() > max ? t.substring(0, max) : t;
    }

    @Test
    void textPrefixIsTheCleanTextCut() {
        PropertyTries.qt().forAll(fragments(), Generate.range(1, 40)).checkAssert((f, max) -> {
            Element div = div(f);
            assertEquals(reference(div, max), Dom.textPrefix(div, max));
        });
    }

    @Test
    void theLabelPreTestLetsEveryLabelThrough() {
        PropertyTries.qt().forAll(fragments()).checkAssert(f -> {
            Element div = div(f);
            if (Cues.crossReferenceLabel(Dom.textPrefix(div, 80)).isPresent()) {
                assertTrue(Regions.mayStartWithLabel(div), f);
            }
        });
    }

    @Test
    void theCommentHeadingPreTestLetsEveryHeadingThrough() {
        PropertyTries.qt().forAll(fragments(HEADING_PIECES)).checkAssert(f -> {
            Element div = div(f);
            if (Cues.isCommentListHeading(Dom.textPrefix(div, 121))) {
                assertTrue(Regions.mayBeCommentListHeading(div), f);
            }
        });
    }

    @Test
    void theCommentHeadingPreTestTurnsOtherTextsAway() {
        for (String f : new String[] {"Related stories", "<b>Read</b> more", "(3) Comments", "Commentsx", ""}) {
            assertFalse(Regions.mayBeCommentListHeading(div(f)), f);
        }
        for (String f : new String[] {"<span>3</span> Comments", "Com<b>ments</b>", "\u00a0Leserkommentare (2)"}) {
            assertEquals(Cues.isCommentListHeading(Dom.textPrefix(div(f), 121)), Regions.mayBeCommentListHeading(div(f)), f);
        }
    }

    @Test
    void theLabelPreTestAnswersAlikeWithWhatEarlierWalksLearnt() {
        PropertyTries.qt().forAll(fragments(), fragments()).checkAssert((f, g) -> {
            // Nested wrappers, asked outermost first as the body stage asks them.
            Element div = div("<section><div><span>" + f + "</span>" + g + "</div><p>" + g + "</p></section>" + f);
            Regions.LabelStarts starts = new Regions.LabelStarts();
            for (Element e : div.getAllElements()) {
                assertEquals(Regions.mayStartWithLabel(e), Regions.mayStartWithLabel(e, starts), f + " | " + g);
            }
        });
    }
}
