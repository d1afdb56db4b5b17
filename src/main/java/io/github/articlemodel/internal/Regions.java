package io.github.articlemodel.internal;

import java.util.Optional;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Which regions of a page belong to which stage: cross-reference boxes and comment sections. The
 * body stage leaves out exactly what these predicates accept, and the cross-reference and comment
 * stages take exactly that, so nothing is lost and nothing is taken twice.
 */
public final class Regions {
    private Regions() {}

    private static final Set<String> BOX_TAGS = Set.of("div", "p", "aside", "section", "ul", "ol", "blockquote",
            "figure", "nav", "span", "strong", "h3", "h4", "h5", "h6", "dl");
    private static final int MAX_BOX_TEXT = 600;
    /** A box is small: an element with more nodes than this is not one (and is not walked whole for each ancestor). */
    private static final int MAX_BOX_NODES = 2000;

    /** A cross-reference box: its label (when it shows one) and the kind it implies. */
    public static final class Box {
        private final Optional<Cues.Label> label;

        Box(Optional<Cues.Label> label) {
            this.label = label;
        }

        /** The visible label, absent for boxes recognised by their class alone. */
        public Optional<Cues.Label> label() {
            return label;
        }
    }

    /**
     * Whether the element is a cross-reference box: a short block whose text starts with a label
     * such as "Read also:" or whose class names it ("related-posts"), made mostly of links.
     */
    public static Optional<Box> crossReferenceBox(Element e) {
        if (!BOX_TAGS.contains(e.normalName()) || Cues.isBodyContainer(e)) {
            return Optional.empty();
        }
        // Cheap tests first: this runs for every element of the page. A box names itself by its
        // class or by a label in its first words.
        boolean named = Cues.hasCrossReferenceClass(e);
        if (!named && Cues.crossReferenceLabel(Dom.textPrefix(e, 80)).isEmpty()) {
            return Optional.empty();
        }
        if (!fewNodes(e, MAX_BOX_NODES)) {
            return Optional.empty();
        }
        Element firstLink = e.selectFirst("a[href]");
        if (firstLink == null) {
            return Optional.empty();
        }
        String text = Dom.textPrefix(e, MAX_BOX_TEXT + 1);
        if (text.length() > MAX_BOX_TEXT && !Cues.hasCrossReferenceClass(e)) {
            return Optional.empty();
        }
        Optional<Cues.Label> label = Cues.crossReferenceLabel(text);
        if (label.isEmpty() && !Cues.hasCrossReferenceClass(e)) {
            return Optional.empty();
        }
        // The rest must be mostly links: a paragraph that merely starts with "Related" stays text.
        int linkChars = 0;
        for (Element a : e.select("a[href]")) {
            linkChars += Text.clean(a.text()).length();
        }
        int rest = text.length() - label.map(Cues.Label::end).orElse(0);
        if (rest <= 0 || linkChars < 0.5 * rest) {
            return Optional.empty();
        }
        if (text.length() > MAX_BOX_TEXT * 4) {
            return Optional.empty();
        }
        return Optional.of(new Box(label));
    }

    /** Whether the subtree of {@code e} has at most {@code max} nodes; walks at most that many. */
    private static boolean fewNodes(Element e, int max) {
        int[] seen = {0};
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                return ++seen[0] > max ? FilterResult.STOP : FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                return FilterResult.CONTINUE;
            }
        }, e);
        return seen[0] <= max;
    }

    /** Whether the element is (the start of) a comment section or the comment form. */
    public static boolean isCommentRegion(Element e) {
        if (Cues.isCommentSection(e)) {
            return true;
        }
        return e.nameIs("form") && (e.id().contains("comment") || e.attr("action").contains("comment"));
    }
}
