package io.github.articlemodel.internal;

import java.util.Optional;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Which regions of a page belong to which stage: cross-reference boxes and comment sections. The
 * body stage leaves out exactly what these predicates accept, and the cross-reference and comment
 * stages take exactly that, so nothing is lost and nothing is taken twice.
 */
public final class Regions {
    /** Links with a target, parsed once: a selector string would be parsed again on every call. */
    private static final org.jsoup.select.Evaluator LINKS = org.jsoup.select.QueryParser.parse("a[href]");

    private Regions() {}

    private static final Names BOX_TAGS = Names.of("div", "p", "aside", "section", "ul", "ol", "blockquote",
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
     * such as "Read also:" or whose class names it ("related-posts"), made mostly of links. The
     * caller passes the element's class ({@link Element#className()}) and id, read once.
     */
    public static Optional<Box> crossReferenceBox(Element e, String cls, String id) {
        return BOX_TAGS.contains(e.normalName()) ? crossReferenceBox(e, Cues.verdicts(cls, id)) : Optional.empty();
    }

    /** {@link #crossReferenceBox(Element, String, String)} with the element's class-and-id verdicts read. */
    public static Optional<Box> crossReferenceBox(Element e, Cues.Verdicts v) {
        return crossReferenceBox(e, v, null);
    }

    /**
     * {@link #crossReferenceBox(Element, Cues.Verdicts)} for a caller that asks the elements of a
     * page in document order, sharing what the earlier answers learnt; {@code starts} may be null.
     */
    public static Optional<Box> crossReferenceBox(Element e, Cues.Verdicts v, LabelStarts starts) {
        if (!BOX_TAGS.contains(e.normalName())) {
            return Optional.empty();
        }
        // Cheap tests first: this runs for every element of the page. A box names itself by its
        // class or by a label in its first words (and is never the article body itself).
        boolean named = v.crossReference();
        if (!named && (!mayStartWithLabel(e, starts) || Cues.crossReferenceLabel(Dom.textPrefix(e, 80)).isEmpty())
                || v.bodyContainerClass() || e.attr("itemprop").equalsIgnoreCase("articleBody")) {
            return Optional.empty();
        }
        if (!fewNodes(e, MAX_BOX_NODES)) {
            return Optional.empty();
        }
        Element firstLink = e.selectFirst(LINKS);
        if (firstLink == null) {
            return Optional.empty();
        }
        String text = Dom.textPrefix(e, MAX_BOX_TEXT + 1);
        if (text.length() > MAX_BOX_TEXT && !named) {
            return Optional.empty();
        }
        Optional<Cues.Label> label = Cues.crossReferenceLabel(text);
        if (label.isEmpty() && !named) {
            return Optional.empty();
        }
        // The rest must be mostly links: a paragraph that merely starts with "Related" stays text.
        int linkChars = 0;
        for (Element a : e.select(LINKS)) {
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

    /**
     * Whether the element's text may start with a cross-reference label: a necessary test for the
     * label pattern on its text, reading only up to the first word (with no string built). The text
     * is read as {@link Dom#textPrefix} and {@link Text#clean} give it: white space, breaks and
     * text-node boundaries make one space, invisible characters are dropped. A label starts with a
     * letter after at most three other characters, and its first word ends where the text's first
     * run of letters ends. Characters that NFC might change answer "maybe".
     */
    static boolean mayStartWithLabel(Element root) {
        return mayStartWithLabel(root, null);
    }

    /**
     * What walks of {@link #mayStartWithLabel} learnt about the elements they passed, for the
     * elements of one page asked in document order (ancestors first). A walk that stops inside an
     * element it went into before reading any visible character would stop at the same place, with
     * the same answer, when started from that element: nested wrappers are then read once, not once
     * for each level.
     */
    public static final class LabelStarts {
        private final java.util.Map<Element, Boolean> known = new java.util.IdentityHashMap<>();
        /** The box elements the current walk went into before any visible character. */
        private Element[] entered = new Element[16];
        private int entries;

        private void enter(Element e) {
            if (entries == entered.length) {
                entered = java.util.Arrays.copyOf(entered, entries * 2);
            }
            entered[entries++] = e;
        }

        /** Records {@code answer} for the entered elements that hold {@code at}, where the walk stopped. */
        private boolean stop(Node at, Element root, boolean answer) {
            for (Node a = at.parentNode(); entries > 0 && a != null && a != root; a = a.parentNode()) {
                for (int i = 0; i < entries; i++) {
                    if (entered[i] == a) {
                        known.put((Element) a, answer);
                        break;
                    }
                }
            }
            return answer;
        }
    }

    /** {@link #mayStartWithLabel(Element)}, reading and adding to {@code starts} (may be null). */
    static boolean mayStartWithLabel(Element root, LabelStarts starts) {
        if (starts != null) {
            Boolean known = starts.known.isEmpty() ? null : starts.known.remove(root); // each is asked once
            if (known != null) {
                return known;
            }
            starts.entries = 0;
        }
        return startsWith(root, Cues.LABEL_STARTS, starts);
    }

    /**
     * Whether the element's text may be a comment-list heading ({@link Cues#isCommentListHeading}
     * of its {@link Dom#textPrefix}): a necessary test that reads only up to the first word, with
     * no string built. Most headings of a page are asked, several times.
     */
    static boolean mayBeCommentListHeading(Element h) {
        return startsWith(h, Cues.COMMENT_LIST_HEADING_STARTS, null);
    }

    /**
     * Whether the element's text may start with one of {@code words}, read as {@link Dom#textPrefix}
     * and {@link Text#clean} give it: white space, breaks and text-node boundaries make one space,
     * invisible characters are dropped, and characters that NFC might change answer "maybe". Adds
     * what it learns to {@code starts} (may be null).
     */
    private static boolean startsWith(Element root, Cues.FirstWords words, LabelStarts starts) {
        int before = 0; // characters before the first letter or digit, a run of spaces counted once
        boolean started = false; // a visible character was read: a space from now on counts
        boolean space = false;
        int word = 0;
        int hash = 0;
        int longest = words.longest();
        Node node = root;
        while (node != null) {
            boolean descend = true;
            if (node instanceof TextNode) {
                String t = ((TextNode) node).getWholeText();
                for (int i = 0; i < t.length(); i++) {
                    char c = t.charAt(i);
                    boolean ascii = c > ' ' && c < '\u007F';
                    if (!ascii && (Text.isSpace(c))) {
                        space = started;
                        continue;
                    }
                    if (!ascii && Text.changedByClean(c)) {
                        if (Text.invisible(c) || Character.isISOControl(c)) {
                            continue; // dropped by Text.clean
                        }
                        return stop(starts, node, root, true);
                    }
                    started = true;
                    if (space) {
                        space = false;
                        if (word > 0) {
                            return stop(starts, node, root, words.mayBe(hash));
                        }
                        if (++before > words.maxBefore) {
                            return stop(starts, node, root, false);
                        }
                    }
                    if (word > 0) {
                        if (!Character.isLetter(c)) {
                            return stop(starts, node, root, words.mayBe(hash));
                        }
                        if (++word > longest) {
                            return stop(starts, node, root, false);
                        }
                        hash = 31 * hash + Cues.fold(c);
                    } else if (Character.isLetter(c)) {
                        word = 1;
                        hash = Cues.fold(c);
                    } else if (Character.isDigit(c)) {
                        return stop(starts, node, root, words.asciiDigit && c <= '9');
                    } else if (++before > words.maxBefore) {
                        return stop(starts, node, root, false);
                    }
                }
                space = started; // text nodes are separated as textPrefix separates them
            } else if (node instanceof Element && node != root) {
                Element el = (Element) node;
                if (Dom.NON_CONTENT.contains(el.normalName())) {
                    descend = false;
                } else if (el.nameIs("br")) {
                    space = started;
                }
            }
            if (descend && node.childNodeSize() > 0) {
                if (starts != null && !started && node != root && node instanceof Element
                        && BOX_TAGS.contains(((Element) node).normalName())) {
                    starts.enter((Element) node);
                }
                node = node.childNode(0);
                continue;
            }
            while (node != root && node.nextSibling() == null) {
                node = node.parentNode();
            }
            node = node == root ? null : node.nextSibling();
        }
        return word > 0 && words.mayBe(hash);
    }

    private static boolean stop(LabelStarts starts, Node at, Element root, boolean answer) {
        return starts == null ? answer : starts.stop(at, root, answer);
    }

    /** Whether the subtree of {@code e} has at most {@code max} nodes; walks at most that many. */
    private static boolean fewNodes(Element e, int max) {
        int[] seen = {0};
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                return ++seen[0] > max ? FilterResult.STOP : FilterResult.CONTINUE;
            }
        }, e);
        return seen[0] <= max;
    }

    /**
     * Whether the element is (the start of) a comment section or the comment form: named so by its
     * class or id, a schema.org {@code Comment} or {@code UserComments} item, or the block right
     * after a heading such as "3 Comments" or "Leserkommentare".
     */
    public static boolean isCommentRegion(Element e) {
        return isCommentRegion(e, e.className(), e.id());
    }

    /** {@link #isCommentRegion(Element)} with the element's class ({@link Element#className()}) and id read. */
    public static boolean isCommentRegion(Element e, String cls, String id) {
        return isCommentRegion(e, Cues.verdicts(cls, id));
    }

    /** {@link #isCommentRegion(Element)} with the element's class-and-id verdicts read. */
    public static boolean isCommentRegion(Element e, Cues.Verdicts v) {
        if (Cues.isCommentSection(e, v)) {
            return true;
        }
        String id = v.id();
        if (e.nameIs("form")) {
            return id.contains("comment") || e.attr("action").contains("comment");
        }
        String type = e.attr("itemtype");
        if (!type.isEmpty() && COMMENT_TYPE.matcher(type).find()) {
            return true;
        }
        return COMMENT_LIST_TAGS.contains(e.normalName()) && followsCommentListHeading(e);
    }

    /**
     * Whether the element comes right after a comment-list heading, or after blocks like itself
     * (same tag and class) that do: "h2 Kommentare, div.c, div.c, div.c".
     */
    private static boolean followsCommentListHeading(Element e) {
        Element prev = e.previousElementSibling();
        String first = null; // read only when a sibling of the same tag asks for it: most have another
        for (int i = 0; prev != null && i < 200; i++, prev = prev.previousElementSibling()) {
            if (!prev.normalName().equals(e.normalName())) {
                return isCommentListHeading(prev);
            }
            if (first == null) {
                first = firstClass(e);
            }
            if (!firstClass(prev).equals(first)) {
                return isCommentListHeading(prev);
            }
        }
        return false;
    }

    private static String firstClass(Element e) {
        String cls = e.className().trim();
        int space = cls.indexOf(' ');
        return space < 0 ? cls : cls.substring(0, space);
    }

    private static final java.util.regex.Pattern COMMENT_TYPE = java.util.regex.Pattern.compile(
            "(?i)schema\\.org/(?:User)?Comments?$");
    private static final Names COMMENT_LIST_TAGS = Names.of("div", "section", "ul", "ol", "dl", "table");

    /** Whether a block of this tag, after a comment-list heading, can be the list ({@link #isCommentRegion}). */
    public static boolean isCommentListTag(String normalName) {
        return COMMENT_LIST_TAGS.contains(normalName);
    }
    /**
     * Whether a child, or one of the first grandchildren, is a heading: this runs for the sibling before many blocks of
     * every page, so it never searches a whole subtree.
     */
    private static boolean holdsHeadingNearTop(Element e) {
        // By sibling links: children() and childrenSize() build and cache a list in each element.
        for (Element child = e.firstElementChild(); child != null; child = child.nextElementSibling()) {
            if (Dom.isHeading(child.normalName())) {
                return true;
            }
            // A heading stands first in its wrapper; a long list below is not searched.
            Element g = child.firstElementChild();
            for (int i = 0; g != null && i < 4; i++, g = g.nextElementSibling()) {
                if (Dom.isHeading(g.normalName())) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether the element is a heading (or a small block holding one) over a list of comments. Only
     * plural names or counts: a heading "Kommentar" may stand over an opinion piece.
     */
    public static boolean isCommentListHeading(Element h) {
        if (h == null) {
            return false;
        }
        // A heading, or a small block around one ("div.secthead > h2 + ul.toolbar"); cheap tests first.
        if (!Dom.isHeading(h.normalName()) && (Dom.hasMoreElementChildren(h, 3) || !holdsHeadingNearTop(h))) {
            return false;
        }
        if (!mayBeCommentListHeading(h)) {
            return false;
        }
        String text = Dom.textPrefix(h, 121);
        if (text.isEmpty() || !Cues.isCommentListHeading(text)) {
            return false;
        }
        // A link "2 Comments" in the article's meta line points to the comments; it heads nothing.
        for (Element a : h.select(LINKS)) {
            if (Dom.textPrefix(a, 121).equals(text)) {
                return false;
            }
        }
        return true;
    }
}
