package io.github.articlemodel.internal;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/** Small DOM helpers; all iterative, so any nesting depth is safe. */
public final class Dom {
    private Dom() {}

    /** Whether a normal tag name is a heading's, h1 to h6: it runs on every element of a page, so no set lookup. */
    public static boolean isHeading(String normalName) {
        return normalName.length() == 2 && normalName.charAt(0) == 'h' && normalName.charAt(1) >= '1'
                && normalName.charAt(1) <= '6';
    }

    /** Elements whose content is never text of the page. */
    public static final Names NON_CONTENT = Names.of("script", "style", "noscript", "template", "svg", "canvas",
            "head", "title", "meta", "link", "select", "option", "textarea", "button", "input", "object",
            "iframe", "video", "audio", "embed", "source", "track", "map", "area", "dialog");

    /** What {@link #walk} does after an element: skip its children, go into them, or end the walk. */
    public static final int SKIP = 0;
    /** See {@link #SKIP}. */
    public static final int DESCEND = 1;
    /** See {@link #SKIP}. */
    public static final int STOP = 2;

    /** Told each element of a {@link #walk} with its depth below the root; answers {@link #SKIP}, {@link #DESCEND} or {@link #STOP}. */
    @FunctionalInterface
    public interface Step {
        int after(Element e, int depth);
    }

    /**
     * Visits the elements under {@code root} (not the root itself) depth first, each with its depth
     * below the root (a child of the root at 1): by child index, which is cheaper than sibling links
     * that pass every text node, and with an explicit stack, so any nesting depth is safe.
     */
    public static void walk(Element root, Step step) {
        Element[] parents = new Element[64];
        int[] next = new int[64];
        int depth = 0;
        parents[0] = root;
        while (depth >= 0) {
            Element parent = parents[depth];
            int i = next[depth];
            int n = parent.childNodeSize();
            while (i < n && !(parent.childNode(i) instanceof Element)) {
                i++;
            }
            if (i >= n) {
                depth--;
                continue;
            }
            next[depth] = i + 1;
            Element child = (Element) parent.childNode(i);
            int then = step.after(child, depth + 1);
            if (then == STOP) {
                return;
            }
            if (then == DESCEND && child.childNodeSize() > 0) {
                if (++depth == parents.length) {
                    parents = java.util.Arrays.copyOf(parents, depth * 2);
                    next = java.util.Arrays.copyOf(next, depth * 2);
                }
                parents[depth] = child;
                next[depth] = 0;
            }
        }
    }

    /** The first {@code max} characters of the element's text (white space collapsed), cheaply. */
    public static String textPrefix(Element root, int max) {
        StringBuilder sb = new StringBuilder(Math.min(max + 18, 64));
        // Set when a character that Text.clean would drop or normalise was kept; else sb is clean already.
        boolean unusual = false;
        // A plain pre-order walk by sibling links: this runs for many elements of every page.
        Node node = root;
        walk:
        while (node != null) {
            if (sb.length() >= max) {
                break;
            }
            boolean descend = true;
            if (node instanceof TextNode) {
                // White space collapsed while appending: a huge text node costs only what is kept.
                String t = ((TextNode) node).getWholeText();
                for (int i = 0; i < t.length() && sb.length() <= max + 16; i++) {
                    char c = t.charAt(i);
                    if (c > ' ' && c < '\u007F') {
                        sb.append(c);
                    } else if (Text.isSpace(c)) {
                        if (sb.length() > 0 && sb.charAt(sb.length() - 1) != ' ') {
                            sb.append(' ');
                        }
                    } else {
                        unusual |= Text.changedByClean(c);
                        sb.append(c);
                    }
                }
                if (sb.length() > 0 && sb.charAt(sb.length() - 1) != ' ') {
                    sb.append(' '); // white space between tags never counts against the limit
                }
            } else if (node instanceof Element && node != root
                    && NON_CONTENT.contains(((Element) node).normalName())) {
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
        if (unusual) {
            String t = Text.clean(sb.toString());
            return t.length() > max ? t.substring(0, max) : t;
        }
        // White space is collapsed and never leads: only a trailing space is left to trim.
        int end = sb.length() > 0 && sb.charAt(sb.length() - 1) == ' ' ? sb.length() - 1 : sb.length();
        return sb.substring(0, Math.min(end, max));
    }

    /**
     * Whether a list of space-separated tokens (a {@code rel} or {@code class} value) holds
     * {@code token}, in any case: {@code hasToken("category TAG", "tag")}. No string is built.
     */
    public static boolean hasToken(String tokens, String token) {
        int n = tokens.length();
        for (int start = 0; start < n; ) {
            while (start < n && Character.isWhitespace(tokens.charAt(start))) {
                start++;
            }
            int end = start;
            while (end < n && !Character.isWhitespace(tokens.charAt(end))) {
                end++;
            }
            if (end - start == token.length() && tokens.regionMatches(true, start, token, 0, token.length())) {
                return true;
            }
            start = end;
        }
        return false;
    }

    /**
     * Whether {@code e} has more than {@code n} element children; by sibling links, as
     * {@link Element#childrenSize()} builds and caches a list of them.
     */
    public static boolean hasMoreElementChildren(Element e, int n) {
        int count = 0;
        for (Element c = e.firstElementChild(); c != null; c = c.nextElementSibling()) {
            if (++count > n) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code ancestor} is {@code node} or contains it. */
    public static boolean contains(Element ancestor, Element node) {
        for (Element e = node; e != null; e = e.parent()) {
            if (e == ancestor) {
                return true;
            }
        }
        return false;
    }

    /** The nearest ancestor (or self) matching the predicate, up to {@code levels} levels up. */
    public static Element closest(Element node, int levels, java.util.function.Predicate<Element> test) {
        Element e = node;
        for (int i = 0; e != null && i <= levels; i++, e = e.parent()) {
            if (test.test(e)) {
                return e;
            }
        }
        return null;
    }

    /** A short CSS path for provenance: {@code article > div.entry-content > p:nth-child(3)}, at most 4 steps. */
    public static String cssPath(Element e) {
        StringBuilder sb = new StringBuilder();
        Element cur = e;
        for (int i = 0; cur != null && i < 4 && !cur.nameIs("#root"); i++, cur = cur.parent()) {
            String step = cur.normalName();
            if (!cur.id().isEmpty() && cur.id().length() < 40) {
                step += "#" + cur.id();
                sb.insert(0, sb.length() == 0 ? step : step + " > ");
                break;
            }
            String cls = cur.className().trim();
            if (!cls.isEmpty()) {
                String first = cls.substring(0, firstSpace(cls)); // no regex: asked for every provenance path
                if (first.length() < 40) {
                    step += "." + first;
                }
            }
            sb.insert(0, sb.length() == 0 ? step : step + " > ");
        }
        return sb.length() == 0 ? e.normalName() : sb.toString();
    }

    /** Where the first run of {@code \s} white space (space, tab, line breaks, form feed) starts, else the length. */
    private static int firstSpace(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ' ' || c >= '\t' && c <= '\r') {
                return i;
            }
        }
        return s.length();
    }
}
