package io.github.articlemodel.extract;

import io.github.articlemodel.internal.Cues;
import io.github.articlemodel.internal.Dates;
import io.github.articlemodel.internal.Dom;
import io.github.articlemodel.internal.Names;
import io.github.articlemodel.internal.Regions;
import io.github.articlemodel.internal.Text;
import io.github.articlemodel.internal.Urls;
import io.github.articlemodel.internal.WordBoundary;
import io.github.articlemodel.model.Block;
import io.github.articlemodel.model.Embed;
import io.github.articlemodel.model.Figure;
import io.github.articlemodel.model.Heading;
import io.github.articlemodel.model.Image;
import io.github.articlemodel.model.Link;
import io.github.articlemodel.model.ListBlock;
import io.github.articlemodel.model.Paragraph;
import io.github.articlemodel.model.Preformatted;
import io.github.articlemodel.model.QuoteBlock;
import io.github.articlemodel.model.Table;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Attributes;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.QueryParser;

/**
 * Stage 2: the article body. Finds the main-content root by text and link density, paragraph
 * structure, semantic containers and class/id cues, then turns it into typed blocks, leaving out
 * boilerplate, comment sections and cross-reference boxes (which it records for their stage). The
 * shared document is never changed: left-out regions are kept in a set instead of being removed.
 */
final class BodyExtractor {
    private static final Names STRUCTURAL_BOILERPLATE = Names.of("nav", "footer", "aside", "header", "form",
            "menu");
    private static final Names SCORED = Names.of("p", "pre", "td", "blockquote");
    private static final Names LOOSE_TEXT_HOLDERS = Names.of("div", "section", "article", "main", "center");
    private static final Names BLOCK_TAGS = Names.of("p", "div", "section", "article", "main", "h1", "h2", "h3",
            "h4", "h5", "h6", "ul", "ol", "dl", "blockquote", "figure", "pre", "table", "hr", "aside", "header",
            "footer", "nav", "address", "details", "center", "li", "dd", "dt", "figcaption", "picture", "iframe",
            "video", "audio", "img", "form", "fieldset", "tbody", "thead", "tfoot", "tr", "td", "th");
    private static final Pattern LANGUAGE_CLASS = Pattern.compile("(?:lang|language)-([a-z0-9+#-]{1,20})");
    private static final Pattern HIDDEN_STYLE = Pattern.compile("display\\s*:\\s*none|visibility\\s*:\\s*hidden");
    /** A dash opening an attribution ("— Name"), with the space after it. */
    private static final Pattern LEADING_DASH = Pattern.compile("^[—–-]\\s*");

    // Selectors asked of each quote, figure, table and embed, parsed once: a selector string is parsed
    // again on every call. (Only selectors without combinators: those keep no state between calls.)
    private static final Evaluator P = QueryParser.parse("p");
    private static final Evaluator IMG = QueryParser.parse("img");
    private static final Evaluator BLOCKQUOTE = QueryParser.parse("blockquote");
    private static final Evaluator CODE = QueryParser.parse("code");
    private static final Evaluator TR = QueryParser.parse("tr");
    private static final Evaluator TH = QueryParser.parse("th");
    private static final Evaluator CAPTION = QueryParser.parse("caption");
    private static final Evaluator FIGCAPTION = QueryParser.parse("figcaption");
    private static final Evaluator TITLES = QueryParser.parse("h1, h2");
    private static final Evaluator LINKS = QueryParser.parse("a[href]");
    private static final Evaluator CITE = QueryParser.parse("footer, cite");
    private static final Evaluator MEDIA = QueryParser.parse("iframe, video, audio");
    private static final Evaluator SOURCE = QueryParser.parse("source[src]");
    private static final Evaluator CREDIT = QueryParser.parse(
            "[class*=credit], [class*=copyright], [class*=source], small");

    private BodyExtractor() {}

    /** Text statistics of one element's subtree (left-out regions not counted). */
    private static final class Stats {
        final Element element;
        final Stats parent;
        int text;
        int linkText;
        int commas;
        double score;
        boolean candidate;
        /** A child element (left out or not) is a block: the element is a container, not a paragraph. */
        boolean blockChild;
        /** The element itself is a block ({@link #BLOCK_TAGS}), looked up once. */
        boolean block;
        /** The run of loose text (outside block children) not yet closed by a block child. */
        int runText;
        int runLinkText;
        int runCommas;
        /** Closed runs of loose text long enough to be paragraphs ("text<br>text" with no {@code <p>}). */
        double looseScore;

        void closeRun() {
            if (runText >= 25 && runLinkText < runText * 0.3) {
                looseScore += 1 + runCommas + Math.min(runText / 100, 3);
            }
            runText = 0;
            runLinkText = 0;
            runCommas = 0;
        }

        Stats(Element element, Stats parent) {
            this.element = element;
            this.parent = parent;
        }
    }

    /** The statistics of every measured element: by element, and in page order (each after its children). */
    private static final class Measured {
        final Map<Element, Stats> byElement = new IdentityHashMap<>(512);
        final List<Stats> inOrder = new ArrayList<>();

        Stats get(Element e) {
            return byElement.get(e);
        }
    }

    /** Below this much text, the strict pass probably threw the article away with the boilerplate. */
    private static final int MIN_TEXT = 250;

    static BodyResult extract(ExtractionContext ctx) {
        Element body = ctx.document().body();
        if (body == null) {
            return new BodyResult(Optional.empty(), List.of(), List.of());
        }
        PageCues cues = new PageCues();
        Set<Element> excluded = Collections.newSetFromMap(new IdentityHashMap<>());
        BodyResult strict = extract(ctx, body, cues, excluded, null);
        if (textLength(strict) >= MIN_TEXT || ctx.outOfTime() || !relaxingKeepsAny(excluded, cues)) {
            return strict;
        }
        // Some pages hide their whole app shell from screen readers or give the article an
        // unlikely class: try again trusting visibility and class names less.
        BodyResult relaxed = extract(ctx, body, cues, Collections.newSetFromMap(new IdentityHashMap<>()), excluded);
        // What the relaxed pass finds must be an article, not only longer: a very short post is
        // shorter than the share bar under it.
        int strictText = textLength(strict);
        int relaxedText = textLength(relaxed);
        return relaxedText > strictText && (relaxedText >= MIN_TEXT || strictText == 0) ? relaxed : strict;
    }

    /**
     * Whether the relaxed pass keeps a region the strict pass left out. It only ever leaves out
     * less, so an element the strict walk went into it goes into too; when it still leaves out
     * every region the strict pass did, it walks the same elements, decides alike and finds the
     * same body: no need to run it.
     */
    private static boolean relaxingKeepsAny(Set<Element> strictlyExcluded, PageCues cues) {
        Map<Element, Regions.Box> scratch = new IdentityHashMap<>();
        for (Element e : strictlyExcluded) {
            if (!leaveOut(e, cues, false, scratch, null, true)) {
                return true;
            }
        }
        return false;
    }

    private static int textLength(BodyResult r) {
        int n = 0;
        for (Block b : r.blocks()) {
            n += b.plainText().length();
        }
        return n;
    }

    /**
     * One pass; {@code excluded} (empty) receives the regions it leaves out. The relaxed pass is
     * given the regions the strict pass left out ({@code strictlyExcluded}); the strict pass, null.
     */
    private static BodyResult extract(ExtractionContext ctx, Element body, PageCues cues, Set<Element> excluded,
            Set<Element> strictlyExcluded) {
        Map<Element, Regions.Box> boxes = new IdentityHashMap<>();
        Measured stats = new Measured();
        measure(ctx, body, cues, excluded, boxes, stats, strictlyExcluded);
        Element root = chooseRoot(body, stats);
        if (root == null) {
            return new BodyResult(Optional.empty(), List.of(), List.of());
        }
        List<Element> parts = withBlocksAround(root, withSiblings(root, stats, excluded), stats, excluded);
        Element lede = ledeBefore(parts.get(0), body, excluded, boxes, stats);
        if (lede == null) {
            lede = ledeAtTop(parts.get(0), excluded);
        }
        if (lede != null) {
            parts = new ArrayList<>(parts);
            parts.add(0, lede);
        }
        Converter c = new Converter(ctx, excluded, boxes);
        for (Element part : parts) {
            c.convert(part);
        }
        c.flush();
        relatedRightAfter(parts.get(parts.size() - 1), excluded, boxes, c);
        return trimmed(new BodyResult(Optional.of(root), c.blocks, c.skippedBoxes));
    }

    /**
     * A related-stories box right after the body (only boilerplate such as a share bar between
     * them) belongs to the article's cross-references too.
     */
    private static void relatedRightAfter(Element last, Set<Element> excluded, Map<Element, Regions.Box> boxes,
            Converter c) {
        Element next = last.nextElementSibling();
        for (int i = 0; next != null && i < 4; i++, next = next.nextElementSibling()) {
            if (boxes.containsKey(next)) {
                c.skippedBoxes.add(new BodyResult.SkippedBox(next, c.blocks.size()));
                return;
            }
            if (!excluded.contains(next) && !Dom.textPrefix(next, 1).isEmpty()) {
                return; // content of its own: whatever follows is not "right after the body"
            }
        }
    }

    /**
     * Per page, shared by both passes: which elements hold a known body container (outside comment
     * sections), so that they are never left out. Only an element that would be left out is asked
     * whether it holds a container, and each subtree is searched at most once.
     */
    private static final class PageCues {
        /** Links, list items, images and inline markup never hold an article: not asked (menus are mostly these). */
        private static final Names NEVER_CONTAINERS = Names.of("a", "li", "ul", "ol", "img", "picture", "source",
                "span", "i", "b", "em", "strong", "small", "br", "button", "input", "label", "option", "select", "time");
        private final Set<Element> protectedSet = Collections.newSetFromMap(new IdentityHashMap<>());
        /** Elements whose whole subtree has been searched for body containers. */
        private final Set<Element> searched = Collections.newSetFromMap(new IdentityHashMap<>());
        /** The last element asked with no searched ancestor: it is in {@link #searched} now. */
        private Element searchedLast;

        /** Whether {@code e} is or contains a body container; {@code inSearched}: an ancestor was searched. */
        boolean holdsBodyContainer(Element e, boolean inSearched) {
            if (!inSearched) {
                searchedLast = e;
            }
            if (!inSearched && searched.add(e)) {
                // Elements only, in document order, by sibling links: no node traversal, no stack.
                Element el = e;
                while (el != null) {
                    String name = el.normalName();
                    Element child = null;
                    if (!name.equals("svg") && !name.equals("math")) { // drawings: no article inside
                        // Most elements have no attributes, so no class or itemprop: no further test.
                        if (el.attributesSize() > 0 && !NEVER_CONTAINERS.contains(name) && bodyContainer(el)
                                && !insideComments(el)) {
                            for (Element a = el; a != null && protectedSet.add(a); a = a.parent()) {
                                // walk up once per chain
                            }
                        }
                        child = el.firstElementChild();
                    }
                    if (child != null) {
                        el = child;
                        continue;
                    }
                    Element next = null;
                    while (el != e && (next = el.nextElementSibling()) == null) {
                        el = el.parent();
                    }
                    el = el == e ? null : next;
                }
            }
            return protectedSet.contains(e);
        }

        /**
         * {@link Cues#isBodyContainer} of an element with attributes, read from them once: the search
         * asks it of most elements, and the class test reads the class in place.
         */
        private static boolean bodyContainer(Element e) {
            Attributes attributes = e.attributes();
            return Cues.isBodyContainerClass(attributes.getIgnoreCase("class"))
                    || attributes.getIgnoreCase("itemprop").equalsIgnoreCase("articleBody");
        }

        boolean wasSearched(Element e) {
            return !searched.isEmpty() && searched.contains(e);
        }
    }

    /** Comment systems reuse article classes ("entry-content") for each comment's text. */
    private static boolean insideComments(Element e) {
        for (Element a = e; a != null; a = a.parent()) {
            if (Regions.isCommentRegion(a) || (a.nameIs("li") && a.id().startsWith("comment"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * An app shell hidden from screen readers while a modal is open: aria-hidden, but visible and
     * holding whole sections of the page. Trusted as visible only in the relaxed pass.
     */
    private static boolean ariaHiddenShell(Element e) {
        return e.attr("aria-hidden").equalsIgnoreCase("true") && !e.hasAttr("hidden")
                && !HIDDEN_STYLE.matcher(e.attr("style").toLowerCase(Locale.ROOT)).find() && hasBlockChild(e);
    }

    private static boolean hidden(Element e) {
        if (e.attributesSize() == 0) {
            return false; // most elements: no attribute to read
        }
        if (e.hasAttr("hidden") || e.attr("aria-hidden").equalsIgnoreCase("true")) {
            return true;
        }
        String style = e.attr("style");
        return mayHide(style) && HIDDEN_STYLE.matcher(style.toLowerCase(Locale.ROOT)).find();
    }

    /**
     * Whether a style may match {@link #HIDDEN_STYLE} once lower-cased: it holds "none" or "hidden",
     * each letter compared ignoring case (lower-casing makes those ASCII letters of no other
     * letter that could stand there). Most styles set sizes and colours: no copy, no regex.
     */
    static boolean mayHide(String style) {
        for (int i = 0, n = style.length(); i < n; i++) {
            char c = style.charAt(i);
            if ((c | 0x20) == 'n' && style.regionMatches(true, i, "none", 0, 4)
                    || (c | 0x20) == 'h' && style.regionMatches(true, i, "hidden", 0, 6)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Decides what is left out and gathers the text statistics, in one walk. The relaxed pass
     * ({@code strictlyExcluded} not null) only ever leaves out less than the strict one: an element
     * the strict walk went into it keeps without asking again, and asks only within the regions the
     * strict pass left out.
     */
    private static void measure(ExtractionContext ctx, Element body, PageCues cues,
            Set<Element> excluded, Map<Element, Regions.Box> boxes, Measured stats, Set<Element> strictlyExcluded) {
        boolean relaxed = strictlyExcluded != null;
        int maxElements = ctx.options().maxElements();
        int maxDepth = ctx.options().maxDepth();
        Regions.LabelStarts labelStarts = new Regions.LabelStarts();
        NodeTraversor.filter(new NodeFilter() {
            private int visited;
            private boolean late;
            private int linkDepth;
            /** The statistics of the innermost open element. */
            private Stats open;
            /** The outermost open element whose subtree was searched for body containers. */
            private Element searchedFrom;
            /** In the relaxed pass, the open element that the strict pass left out (the walk is inside it). */
            private Element strictlyOutFrom;

            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof TextNode) {
                    if (open != null) {
                        String t = ((TextNode) node).getWholeText();
                        int len = Text.cleanLength(t);
                        open.text += len;
                        if (linkDepth > 0) {
                            open.linkText += len;
                        }
                        int c = len == 0 ? 0 : commas(t); // white space between tags: no comma to count
                        open.commas += c;
                        open.runText += len;
                        open.runLinkText += linkDepth > 0 ? len : 0;
                        open.runCommas += c;
                    }
                    return FilterResult.CONTINUE;
                }
                if (!(node instanceof Element)) {
                    return FilterResult.CONTINUE;
                }
                Element e = (Element) node;
                boolean block = BLOCK_TAGS.contains(e.normalName());
                if (open != null && block) {
                    open.blockChild = true;
                    open.closeRun();
                }
                if (++visited > maxElements || depth > maxDepth) {
                    if (visited == maxElements + 1) {
                        ctx.warn("limit.elements", "the body stage stopped after " + maxElements + " elements");
                    }
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (late || (visited & 1023) == 0 && ctx.outOfTime()) {
                    // Skip the rest; the elements still open are closed, so their statistics stay whole.
                    late = true;
                    ctx.warn("limit.time-budget", "the body stage stopped measuring when the time budget ran out");
                    return FilterResult.SKIP_ENTIRELY;
                }
                boolean ask = e != body;
                if (ask && relaxed && strictlyOutFrom == null) {
                    // Outside what the strict pass left out, the strict walk kept this element too.
                    ask = strictlyExcluded.contains(e);
                    if (ask) {
                        strictlyOutFrom = e;
                    }
                }
                if (ask && leaveOut(e, cues, searchedFrom != null, boxes, labelStarts, relaxed)) {
                    if (e == strictlyOutFrom) {
                        strictlyOutFrom = null;
                    }
                    excluded.add(e);
                    return FilterResult.SKIP_ENTIRELY;
                }
                // The strict pass searches an element it goes into only when it was just asked about it
                // (the last one asked, then): no set to look up for every element.
                if (searchedFrom == null && (relaxed ? cues.wasSearched(e) : cues.searchedLast == e)) {
                    searchedFrom = e;
                }
                open = new Stats(e, open);
                open.block = block;
                if (e.nameIs("a")) {
                    linkDepth++;
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                if (node == searchedFrom) {
                    searchedFrom = null;
                }
                if (node == strictlyOutFrom) {
                    strictlyOutFrom = null;
                }
                if (open != null && node == open.element) {
                    Element e = (Element) node;
                    if (e.nameIs("a")) {
                        linkDepth--;
                    }
                    Stats s = open;
                    stats.byElement.put(e, s);
                    stats.inOrder.add(s);
                    open = s.parent;
                    if (open != null) {
                        open.text += s.text;
                        open.linkText += s.linkText;
                        open.commas += s.commas;
                        if (!s.block) {
                            // An inline element's text runs on in its parent's loose text.
                            open.runText += s.runText;
                            open.runLinkText += s.runLinkText;
                            open.runCommas += s.runCommas;
                            open.looseScore += s.looseScore;
                            s.runText = 0;
                            s.looseScore = 0;
                        }
                    }
                    s.closeRun();
                }
                return FilterResult.CONTINUE;
            }
        }, body);
        // Score paragraphs into their ancestors (readability-style).
        for (Stats s : stats.inOrder) {
            Element e = s.element;
            if (s.text < 25) {
                continue;
            }
            // List items with running text count too (guides and explainers are often lists),
            // but only when they are not mostly links (menus are lists too).
            boolean item = e.nameIs("li") && linkDensity(s) < 0.3 && !s.blockChild;
            boolean paragraphLike = SCORED.contains(e.normalName()) || (e.nameIs("div") && !s.blockChild) || item;
            // Loose text between the blocks of a container counts as its paragraphs, as if each run
            // were wrapped in a <p> (forum and CMS posts write "text<br><br>text" around images).
            boolean loose = !paragraphLike && s.looseScore > 0 && LOOSE_TEXT_HOLDERS.contains(e.normalName());
            if (!paragraphLike && !loose) {
                continue;
            }
            double score = loose ? s.looseScore : 1 + s.commas + Math.min(s.text / 100, 3);
            Stats a = loose ? s : s.parent;
            for (int level = 0; a != null && level < 5; level++, a = a.parent) {
                if (!a.candidate) {
                    a.candidate = true;
                    a.score += initialScore(a.element);
                }
                a.score += score / (level == 0 ? 1 : level == 1 ? 2 : level * 3);
            }
        }
    }

    /** Paragraph text that makes a form a wrapper of running text rather than a form to fill in. */
    private static final int FORM_TEXT = 200;

    /**
     * Paragraph text beyond what a headline's header holds (a lede, a date line): a header with
     * this much is a component that wraps its text in one ("header" as the text side of an
     * image-and-text block).
     */
    private static final int HEADER_TEXT = 600;

    /**
     * A form around running text is a wrapper, not a form to fill in: ASP.NET pages put the whole
     * page in one, shops the product description. So is a header around more than a lede.
     */
    private static boolean wrapsContent(Element e) {
        int enough;
        if (e.nameIs("form")) {
            if (asksPassword(e)) {
                return false; // a sign-in or sign-up form, however much it explains in its paragraphs
            }
            enough = FORM_TEXT;
        } else if (e.nameIs("header")) {
            enough = HEADER_TEXT;
        } else {
            return false;
        }
        int text = 0;
        for (Element p : e.getElementsByTag("p")) {
            text += Text.cleanLength(p.text());
            if (text >= enough) {
                return true;
            }
        }
        return false;
    }

    /** Whether a form has a password field. */
    private static boolean asksPassword(Element form) {
        for (Element input : form.getElementsByTag("input")) {
            if (input.attr("type").equalsIgnoreCase("password")) {
                return true;
            }
        }
        return false;
    }

    /** The commas of a text: ASCII, full-width, ideographic and Arabic. */
    static int commas(String t) {
        // One indexOf scan per comma (vectorised by the JDK; on a text of Latin-1 letters only the
        // first scans), instead of four comparisons per character.
        return count(t, ',') + count(t, '，') + count(t, '、') + count(t, '،');
    }

    private static int count(String t, char c) {
        int n = 0;
        for (int i = t.indexOf(c); i >= 0; i = t.indexOf(c, i + 1)) {
            n++;
        }
        return n;
    }

    private static boolean leaveOut(Element e, PageCues cues, boolean inSearched, Map<Element, Regions.Box> boxes,
            Regions.LabelStarts labelStarts, boolean relaxed) {
        String name = e.normalName();
        if (Dom.NON_CONTENT.contains(name) && !name.equals("iframe") && !name.equals("video")
                && !name.equals("audio")) {
            return true;
        }
        if (hidden(e) && !(relaxed && ariaHiddenShell(e))) {
            return true;
        }
        // The class and id, read once for all the class tests below.
        Cues.Verdicts v = Cues.verdicts(e.className(), e.id());
        boolean comment = Regions.isCommentRegion(e, v);
        Optional<Regions.Box> box = comment ? Optional.empty() : Regions.crossReferenceBox(e, v, labelStarts);
        boolean out = comment || box.isPresent() || STRUCTURAL_BOILERPLATE.contains(name) && !wrapsContent(e)
                // the byline and date line: facts of their own, not body text
                || v.articleMeta() && Dom.textPrefix(e, 301).length() <= 300
                // a photo credit or copyright line set apart by its class
                || v.credit() && Dom.textPrefix(e, 201).length() <= 200
                || !relaxed && v.unlikely() && !e.nameIs("body") && !e.nameIs("article") && !e.nameIs("main")
                        && !(e.nameIs("a") && inSentence(e))
                        && !(headingSlug(e) && !Cues.verdicts(e.className(), "").unlikely());
        // What holds the article body (entry-content, articleBody) is never left out.
        if (!out || cues.holdsBodyContainer(e, inSearched)) {
            return false;
        }
        box.ifPresent(b -> boxes.put(e, b));
        return true;
    }

    /**
     * Whether a link stands inside a sentence: text with a letter right before or after it. Its
     * class says how it behaves ("popup" for a note shown on click), not that it is page furniture,
     * as a share or menu link, set apart by white space only, would be.
     */
    private static boolean inSentence(Element link) {
        return hasLetter(link.previousSibling()) || hasLetter(link.nextSibling());
    }

    private static boolean hasLetter(Node n) {
        if (!(n instanceof TextNode)) {
            return false;
        }
        String t = ((TextNode) n).getWholeText();
        for (int i = 0; i < t.length(); i++) {
            if (Character.isLetter(t.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the element's id spells its heading ("sharing-with-a-single-developer" around
     * "Sharing with a single developer"), as documentation generators name sections: the id then
     * says nothing of the element's part, whatever words the heading has.
     */
    private static boolean headingSlug(Element e) {
        String id = e.id();
        if (id.indexOf('-') < 0 && id.indexOf('_') < 0) {
            return false;
        }
        Element first = e.firstElementChild();
        if (first == null || !Dom.isHeading(first.normalName())) {
            return false;
        }
        String key = Text.letters(id);
        return !key.isEmpty() && key.equals(Text.letters(first.text()));
    }

    private static final Pattern TRAILING_SECTION = Pattern.compile(
            "^(?:most read|most popular|meistgelesen\\w*|meistgelesene artikel|beliebte\\w* artikel|schlagw(?:ö|o)rte?"
                    + "|neueste (?:artikel|beiträge)|latest (?:articles|posts|stories)|recent posts|derniers articles"
                    + "|últimas noticias|najnowsze artykuły"
                    + "|stichw(?:ö|o)rte?|themen|tags|zu diesem thema|weitere\\s+\\p{L}+"
                    + "|mehr zu(?:m)? (?:diesem )?thema"
                    + "|share this|teilen sie (?:dies|diesen artikel)\\w*|artikel teilen|partager|compartir|condividi"
                    + "|newsletter|abonnieren|subscribe|highlights aus dem heft|lesetipps?|empfehlungen"
                    + "|plus d'articles|más noticias|otras noticias|ultime notizie|najczęściej czytane"
                    // related lists and author boxes
                    + "|ähnliche beiträge|verwandte beiträge|dies passt zum thema|temas relacionados"
                    + "|vorschau auf den nächsten artikel|mehr\\s+\\p{L}+\\s+(?:auf|bei)\\s+[\\p{L}\\p{N}.-]*[\\p{L}\\p{N}]"
                    // "Auch auf example.de", "Also on example.com": the site's other stories
                    + "|(?:auch|also|aussi|también) (?:auf|bei|on|sur|en) [\\p{L}\\p{N}-]+(?:\\.[\\p{L}\\p{N}-]+)*\\.\\p{L}{2,}"
                    + "|über den autor|über die autorin|zum autor|zur autorin|about the author|sobre el autor"
                    + "|à propos de l'auteur|o autorze"
                    // share and like bars
                    + "|teilen sie (?:dies|diesen artikel|diese seite) mit|teilen mit|(?:diese )?seite teilen"
                    + "|gefällt mir|like this|share this (?:article|story|post|page)"
                    // Chinese and Japanese: related reading, "… recommended", comments, share to
                    + "|相关阅读|相关新闻|相关文章|延伸阅读|\\p{IsHan}{0,4}推荐|更多评论|我要评论|分享到|関連記事|おすすめ記事|人気記事)"
                    + WordBoundary.END + "\\W*$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** Social networks, named together in "follow us" lines. */
    private static final Pattern NETWORK = Pattern.compile(
            WordBoundary.START + "(?:twitter|facebook|instagram|telegram|whatsapp|youtube|tiktok|linkedin|pinterest|mastodon)" + WordBoundary.END,
            Pattern.CASE_INSENSITIVE);

    /** "Follow us on …" opening a line: a prompt only with a network to follow on (a bio may end with one). */
    private static final Pattern FOLLOW = Pattern.compile(
            "^(?:follow|folgen sie|folge uns|síguenos|siguenos|suivez-nous|seguici|obserwuj)" + WordBoundary.END,
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** What asks the reader to subscribe or comment, or says the comments are closed. */
    static final Pattern PROMPT = Pattern.compile(WordBoundary.START
            + "(?:newsletter|sign up|subscribe|subscription|abonnieren|abonnez|suscríbete|suscribete|suscríbase"
                    + "|subskrypcj\\p{L}*|iscriviti|in den kommentaren|in the comments|en los comentarios"
                    + "|dans les commentaires|nei commenti|w komentarzach|kommentare geschlossen|comments are closed"
                    + "|comments closed|trackback"
                    // an app promotion: "download our apps for iOS and Android"
                    + "|apps? (?:for|für|pour|para|per|na) (?:ios|android|iphone)" + WordBoundary.END + ")",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** A sign-up box inside the article: "Sign up to …", "Subscribe to …", or a heading "… Newsletter". */
    private static final Pattern SIGN_UP = Pattern.compile(
            "(?:sign up (?:to|for)|subscribe to|abonnieren sie|melden sie sich|suscríbete|abonnez-vous|zapisz się"
                    + "|iscriviti)" + WordBoundary.END + "|(?:\\S+\\s+){0,3}newsletter\\W*$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /**
     * An affiliate or advertiser disclosure: "Anzeige, enthält Affiliate Links", "This post contains
     * references to products from one or more of our advertisers", "Bei den Verlinkungen handelt es
     * sich um Affiliate Links". It opens at a {@link WordBoundary#START}.
     */
    static final Pattern DISCLOSURE = Pattern.compile(WordBoundary.START
            + "(?:affiliate[- ]?links?|affiliate[- ]?partner\\w*|provisionslinks?|werbelinks?"
                    + "|(?:contains|enthält) (?:werbung|affiliate|references to products)"
                    + "|(?:earn|receive) (?:a )?(?:small )?(?:commission|compensation)|one or more of our advertisers"
                    + "|liens? (?:d'affiliation|affiliés?|sponsorisés?)|enlaces? de afiliados?)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /**
     * Literal text that every match of {@link #DISCLOSURE} holds, starting a word: most paragraphs skip the
     * pattern. A new alternative of the pattern needs its word here; the test of {@link #disclosure} has one
     * phrase per alternative.
     */
    private static final String[] DISCLOSURE_WORDS = {"affili", "afiliado", "provisionslink", "werbelink", "werbung",
        "references to products", "commission", "compensation", "advertisers", "sponsoris"};

    /** Whether a paragraph holds an affiliate or advertiser disclosure. */
    static boolean disclosure(String text) {
        return Cues.containsWordFolded(text, DISCLOSURE_WORDS) && DISCLOSURE.matcher(text).find();
    }

    /**
     * Literal text that every match of {@link #PROMPT} starts with, at a word's start: most lines skip the
     * pattern. A new alternative of the pattern needs its words here; the test of {@link #mayPrompt} has
     * one phrase per alternative.
     */
    private static final String[] PROMPT_WORDS = {"newsletter", "sign up", "subs", "abonn", "suscr", "iscriviti",
        "in den kommentaren", "in the comments", "en los comentarios", "dans les commentaires", "nei commenti",
        "w komentarzach", "kommentare geschlossen", "comments", "trackback", "app"};

    /** Whether {@link #PROMPT} may find something in {@code text}: a necessary test, without the pattern. */
    static boolean mayPrompt(String text) {
        return Cues.containsWordFolded(text, PROMPT_WORDS);
    }

    /**
     * Whether a short line asks the reader to follow, subscribe or comment instead of telling the
     * story; {@code words} is {@link #words} of it.
     */
    private static boolean prompt(String text, int words) {
        return words <= 35 && (mayPrompt(text) && PROMPT.matcher(text).find()
                || FOLLOW.matcher(text).find() && NETWORK.matcher(text).find());
    }

    /** A line that only labels an advertisement, in the languages of the cue lists. */
    private static final Pattern AD_LABEL = Pattern.compile(
            "[\\W_]*(?:anzeige|werbung|advertisement|advertising|ad|sponsored|publicidad|publicité|annonce"
                    + "|pubblicità|advertentie|reklama)[\\W_]*",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** Longer lines are no bare label: most paragraphs skip {@link #AD_LABEL}. */
    private static final int AD_LABEL_LENGTH = 30;

    /**
     * The longest block that still counts as a short line, in characters: of page furniture, or of
     * the article's header at the top of the body (kicker, title, date).
     */
    static final int SHORT_LINE = 120;

    /** Lines of page furniture: dates, credits, tag and share labels, print links. */
    private static final Pattern FURNITURE = Pattern.compile(
            "^(?:posted|published|updated|last updated|eingestellt|erstellt|aktualisiert|veröffentlicht|publié|mis à jour"
                    + "|gepubliceerd|bijgewerkt|publicado|actualizado|pubblicato|aggiornato|opublikowano|aktualizacja"
                    + "|by|von|par|door|por|autor|author|foto|fotos|photo|photos|bild|bilder|image|credit|quelle|source"
                    + "|tags?|themen|thema|schlagwörter|schlagworte|stichworte|kategorien?|category|categories|share"
                    + "|teilen|drucken|print|artikel drucken|seite drucken|imprimer|imprimir|stampa|drukuj|afdrukken"
                    + "|e-?mail(?!\\s*:)|tweet|reprints"
                    + "|seite empfehlen|artikel empfehlen|zurück|back|top|nach oben|mehr|more)" + WordBoundary.END,
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** Whether every item of a list is a short page-function label: print, share, back to top. */
    private static boolean functionList(ListBlock list) {
        return !list.items().isEmpty() && list.items().stream()
                .allMatch(item -> words(item) <= 3 && FURNITURE.matcher(item).find());
    }

    /** What a reader does with the page, not what it says: print it, mail it, share it. */
    private static final Pattern PAGE_ACTION = Pattern.compile(
            "(?:print|e-?mail|share|tweet|reprints?|save|comments?|recommend|drucken|teilen|versenden|empfehlen"
                    + "|merken|kommentare|imprimer|partager|envoyer|imprimir|compartir|enviar|stampa|condividi|invia"
                    + "|drukuj|udostępnij|afdrukken|delen|mailen)(?:\\s*\\(\\d+\\))?",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /**
     * Whether a list is a toolbar: two or more items, each a page action ("Print", "Email",
     * "Tweet", "Comments (3)"). No list of content is made of these alone.
     */
    private static boolean toolbar(ListBlock list) {
        if (list.items().size() < 2) {
            return false;
        }
        for (String item : list.items()) {
            if (item.length() > 20 || !PAGE_ACTION.matcher(item.strip()).matches()) {
                return false;
            }
        }
        return true;
    }

    /**
     * Drops page furniture the root still held: short lines made of one link ("Drucken", "PDF"),
     * teasers (a paragraph that is one headline-long link), and date, credit, tag and share lines
     * at the top or the bottom of the body.
     */
    private static BodyResult trimmed(BodyResult r) {
        List<Block> blocks = r.blocks();
        int n = blocks.size();
        boolean[] drop = new boolean[n];
        // A trailing section headed "Most read", "Related", "Tags", "Share this" is page furniture
        // down to the end: cut from its heading when what follows is short.
        // In the last 40% of the blocks; or in the last 40% of the text when only short lines
        // follow (a portal's furniture under a short article: many lines, little text).
        // tail[i]: the text from block i on; shortFrom[i]: whether every block from i on is a short line.
        int[] tail = new int[n + 1];
        boolean[] shortFrom = new boolean[n + 1];
        shortFrom[n] = true;
        for (int i = n - 1; i >= 0; i--) {
            int len = blocks.get(i).plainText().length();
            tail[i] = tail[i + 1] + len;
            shortFrom[i] = shortFrom[i + 1] && len <= SHORT_LINE;
        }
        for (int i = 1; i < n; i++) {
            if (i < (int) (n * 0.6) && (tail[0] - tail[i] < tail[0] * 0.6 || !shortFrom[i])) {
                continue;
            }
            Block b = blocks.get(i);
            String t = b.plainText();
            boolean label = (b instanceof Heading || b instanceof Paragraph) && t.length() <= 60
                    && (TRAILING_SECTION.matcher(t).find() || Cues.crossReferenceLabel(t)
                            .map(l -> l.end() >= t.length() - 1).orElse(false));
            if (label && tail[i] <= 1500) {
                for (int j = i; j < n; j++) {
                    drop[j] = true;
                }
                break;
            }
        }
        // The article's header may open the body as a run of headings and short lines (kicker,
        // title, standfirst, date, byline) before the first paragraph of running text: all of them
        // are its top edge. A standfirst set as a heading is as long as a paragraph.
        int header = 0;
        while (header < n && (blocks.get(header) instanceof Heading
                || blocks.get(header) instanceof Paragraph && tail[header] - tail[header + 1] <= SHORT_LINE)) {
            header++;
        }
        List<Block> credited = null;
        for (int i = 0; i < n; i++) {
            Block b = blocks.get(i);
            boolean line = b instanceof Heading || b instanceof Paragraph;
            int words = line ? words(b.plainText()) : 0; // read by several of the tests below
            // A sign-up box inside the article ("… Newsletter", "Sign up to …"), anywhere.
            // (Counted first: most paragraphs are longer, and skip the pattern.)
            if (line && n > 1 && words <= 30 && SIGN_UP.matcher(b.plainText()).lookingAt()) {
                drop[i] = true;
                continue;
            }
            // A list of page functions opening or closing the body ("Print", "Seite empfehlen"): a toolbar.
            if (b instanceof ListBlock && n > 1 && ((i < Math.max(2, header) || i >= n - 2)
                    && functionList((ListBlock) b) || toolbar((ListBlock) b))) {
                drop[i] = true;
                continue;
            }
            // A short heading with nothing under it in the article's header: its section was page
            // furniture, left out ("Contents", "Story tools"). At the bottom one stays: it may head
            // what the page shows there (Readability keeps such headings).
            if (b instanceof Heading && n > 1 && i < header && b.plainText().length() <= SHORT_LINE
                    && orphan((Heading) b, i + 1 < n ? blocks.get(i + 1) : null) && !sentence(b.plainText(), words)) {
                drop[i] = true;
                continue;
            }
            if (!(b instanceof Paragraph)) {
                continue;
            }
            Paragraph para = (Paragraph) b;
            // A photo credit is never body text, wherever it stands: "Foto: Agentur" on its own
            // line, or "… | © Agentur" after a caption written as a paragraph.
            if (words <= 12 && n > 1 && Cues.isCreditLine(para.text())) {
                drop[i] = true;
                continue;
            }
            if (para.text().indexOf('©') > 0) {
                int at = Cues.creditSuffixStart(para.text());
                if (at > 0 && para.text().substring(at).strip().replaceFirst("^\\|\\s*", "").startsWith("©")) {
                    if (credited == null) {
                        credited = new ArrayList<>(blocks);
                    }
                    String cut = para.text().substring(0, at).strip();
                    if (cut.isEmpty()) {
                        drop[i] = true;
                        continue;
                    }
                    Paragraph.Builder pb = new Paragraph.Builder().text(cut);
                    para.links().stream().filter(l -> l.end() <= cut.length()).forEach(pb::addLink);
                    credited.set(i, pb.build());
                }
            }
            // An advertisement's label left behind where the ad was ("Anzeige", "- Advertisement -"), anywhere.
            if (para.text().length() <= AD_LABEL_LENGTH && AD_LABEL.matcher(para.text()).matches()) {
                drop[i] = true;
                continue;
            }
            // An affiliate or advertiser disclosure tells how the page earns, not the story, anywhere.
            if (n > 1 && words <= 40 && disclosure(para.text())) {
                drop[i] = true;
                continue;
            }
            // Follow, subscribe and comment prompts close the body.
            if (i >= n - 3 && i > 0 && prompt(para.text(), words)) {
                drop[i] = true;
                continue;
            }
            // A paragraph that is one headline-long link is a teaser for another page, anywhere.
            if (n > 3 && teaserLink(para, words)) {
                drop[i] = true;
                continue;
            }
            boolean edge = i < Math.max(2, header) || i >= n - 3;
            if (!edge) {
                continue; // only the first and last blocks can be page furniture
            }
            Paragraph p = (Paragraph) b;
            // The linked text is summed only for the few lines short enough to be a link alone.
            boolean linkOnly = words <= 5 && linkedLength(p) >= p.text().length() * 0.9;
            boolean furniture = words <= 12 && (FURNITURE.matcher(p.text()).find() && !sentence(p.text(), words)
                    || (words <= 6 && Dates.parseVisible(p.text()).isPresent()));
            drop[i] |= (linkOnly || furniture) && n > 1;
        }
        List<Block> source = credited == null ? blocks : credited;
        List<Block> kept = new ArrayList<>();
        int[] keptBefore = new int[n + 1];
        for (int i = 0; i < n; i++) {
            keptBefore[i] = kept.size();
            if (!drop[i]) {
                kept.add(source.get(i));
            }
        }
        keptBefore[n] = kept.size();
        if (kept.size() == n && credited == null) {
            return r;
        }
        List<BodyResult.SkippedBox> boxes = new ArrayList<>();
        for (BodyResult.SkippedBox box : r.boxes()) {
            boxes.add(new BodyResult.SkippedBox(box.element(), keptBefore[Math.min(box.blocksBefore(), n)]));
        }
        return new BodyResult(r.root(), kept, boxes);
    }

    /**
     * Whether a short text reads as a sentence, not as a label line: five words or more, ending
     * with a full stop, a question or an exclamation mark ("More than 200 people came." closes an
     * article; "Posted by Jane Doe" and "Share this" label the page).
     */
    private static boolean sentence(String text, int words) {
        String t = text.strip();
        char last = t.isEmpty() ? ' ' : t.charAt(t.length() - 1);
        return words >= 5 && (last == '.' || last == '!' || last == '?' || last == '…');
    }

    /** Whether a heading heads nothing: the body ends, or a heading of its rank or higher follows. */
    private static boolean orphan(Heading h, Block next) {
        return next == null || next instanceof Heading && ((Heading) next).level() <= h.level();
    }

    private static int linkedLength(Paragraph p) {
        int n = 0;
        for (Link l : p.links()) {
            n += l.text().length();
        }
        return n;
    }

    /**
     * A paragraph that is one link, four to twenty words long: a teaser for another page, not body
     * text; {@code w} is {@link #words} of it.
     */
    private static boolean teaserLink(Paragraph p, int w) {
        if (p.links().size() != 1) {
            return false;
        }
        return w >= 4 && w <= 20 && p.links().get(0).text().length() >= p.text().length() * 0.9;
    }

    /** Past this many words a paragraph is body text to every test of {@link #trimmed}: no need to count on. */
    private static final int MOST_WORDS = 41;

    /**
     * The number of words, as {@code text.split("\\s+").length} counts them, without the regex; at
     * most {@link #MOST_WORDS}, as the tests ask about 40 words at most.
     */
    static int words(String text) {
        int n = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean space = c <= ' ' && (c == ' ' || c >= '\t' && c <= '\r');
            if (!space && !inWord && ++n >= MOST_WORDS) {
                return MOST_WORDS; // a leading space would add one more
            }
            inWord = !space;
        }
        if (n == 0) {
            return text.isEmpty() ? 1 : 0;
        }
        return " \t\n\u000B\f\r".indexOf(text.charAt(0)) >= 0 ? n + 1 : n; // split keeps a leading empty string
    }

    private static boolean hasBlockChild(Element e) {
        for (Element c = e.firstElementChild(); c != null; c = c.nextElementSibling()) {
            if (BLOCK_TAGS.contains(c.normalName())) {
                return true;
            }
        }
        return false;
    }

    private static double initialScore(Element e) {
        double s;
        switch (e.normalName()) {
            case "div": case "article": case "main": case "section": s = 5; break;
            case "pre": case "td": case "blockquote": s = 3; break;
            case "address": case "ol": case "ul": case "dl": case "dd": case "dt": case "li": case "form": s = -3; break;
            case "h1": case "h2": case "h3": case "h4": case "h5": case "h6": case "th": s = -5; break;
            default: s = 0;
        }
        // Cues.classWeight and Cues.isBodyContainer, with the class and id read once.
        Cues.Verdicts v = Cues.verdicts(e.className(), e.id());
        s += v.classWeight();
        if (v.bodyContainerClass() || e.attr("itemprop").equalsIgnoreCase("articleBody")) {
            s += 30;
        }
        return s;
    }

    private static double linkDensity(Stats s) {
        return s.text == 0 ? 0 : (double) s.linkText / s.text;
    }

    /** Below this much running text, a root may have won on its class name alone. */
    private static final int SHORT_ROOT = 600;

    /**
     * The best candidate with at least three times the running text of a short root and half its
     * score, or null. A short root that wins on its class name (an intro, an author's bio, a
     * notice box named "content") loses to the article that scored nearly as well on its paragraphs.
     */
    private static Stats longerThanShortRoot(Stats root, double rootScore, Measured stats) {
        int rootText = root.text - root.linkText;
        if (rootText >= SHORT_ROOT) {
            return null;
        }
        Stats longer = null;
        double longerScore = 0;
        for (Stats s : stats.inOrder) {
            if (!s.candidate || s == root || s.text - s.linkText < rootText * 3 || linkDensity(s) >= 0.3) {
                continue;
            }
            double score = s.score * (1 - linkDensity(s));
            if (score >= rootScore * 0.5 && score > longerScore) {
                longer = s;
                longerScore = score;
            }
        }
        return longer;
    }

    /** How many rivals of the root must share an ancestor with it for that ancestor to be the root. */
    private static final int RIVALS = 3;
    /** How far above the root that shared ancestor may be: higher up, it holds the page, not one article. */
    private static final int RIVAL_LEVELS = 4;

    /**
     * The nearest ancestor of the root, at most {@link #RIVAL_LEVELS} up, that also holds {@link
     * #RIVALS} candidates scoring nearly as well (three quarters) outside the root: an article in
     * parts (sections, image-and-text blocks), each of which scores alone. Null if none.
     */
    private static Stats sharedByRivals(Stats root, double rootScore, Measured stats) {
        List<Stats> rivals = new ArrayList<>();
        for (Stats s : stats.inOrder) {
            if (s.candidate && s != root && s.score * (1 - linkDensity(s)) >= rootScore * 0.75
                    && !Dom.contains(s.element, root.element) && !Dom.contains(root.element, s.element)) {
                rivals.add(s);
            }
        }
        if (rivals.size() < RIVALS) {
            return null;
        }
        Stats a = root.parent;
        for (int level = 0; a != null && level < RIVAL_LEVELS && !a.element.nameIs("body"); level++, a = a.parent) {
            int held = 0;
            for (Stats r : rivals) {
                if (Dom.contains(a.element, r.element)) {
                    held++;
                }
            }
            if (held >= RIVALS) {
                return a;
            }
        }
        return null;
    }

    private static Element chooseRoot(Element body, Measured stats) {
        Element best = null;
        double bestScore = 0;
        for (Stats s : stats.inOrder) {
            if (!s.candidate) {
                continue;
            }
            double score = s.score * (1 - linkDensity(s));
            if (best == null || score > bestScore) {
                best = s.element;
                bestScore = score;
            }
        }
        Stats longer = best == null ? null : longerThanShortRoot(stats.get(best), bestScore, stats);
        if (longer != null) {
            best = longer.element;
            bestScore = longer.score * (1 - linkDensity(longer));
        }
        if (best != null) {
            Stats shared = sharedByRivals(stats.get(best), bestScore, stats);
            if (shared != null) {
                best = shared.element;
                bestScore = shared.score * (1 - linkDensity(shared));
            }
        }
        if (best == null) {
            // No paragraph structure at all (a very short post, a list page): take the body.
            Stats s = stats.get(body);
            return s != null && s.text > 0 ? body : null;
        }
        // Rows of a data table are not an article (a list page's table of entries): the table is a
        // block of what holds it, with the text around it.
        if (best.nameIs("tbody") || best.nameIs("thead") || best.nameIs("tfoot") || best.nameIs("tr")) {
            Element table = best.closest("table");
            if (table != null && !layoutTable(table) && table.parent() != null && stats.get(table.parent()) != null) {
                best = table.parent();
                bestScore = stats.get(best).score * (1 - linkDensity(stats.get(best)));
            }
        }
        // A root whose parent holds much more of the same text is only part of the article.
        Stats bs = stats.get(best);
        Element parent = best.parent();
        while (parent != null && stats.get(parent) != null && !parent.nameIs("body")) {
            Stats ps = stats.get(parent);
            int rootText = bs.text - bs.linkText;
            int parentText = ps.text - ps.linkText;
            boolean sameArticle = ps.candidate && ps.score * (1 - linkDensity(ps)) >= bestScore * 0.9
                    && parentText < rootText * 1.6;
            // A parent that adds no running text, only what is left out of it anyway (boilerplate,
            // boxes) and a few links, holds the same article; its headings and figures belong to it.
            boolean smallAddition = parentText <= rootText && linkDensity(ps) < 0.25
                    && ps.linkText - bs.linkText < 200;
            // The article element is the article: its parent is the page.
            boolean atArticle = best.nameIs("article") || best.nameIs("main");
            if (!atArticle && (sameArticle || smallAddition)) {
                best = parent;
                bs = ps;
                bestScore = ps.score * (1 - linkDensity(ps));
                parent = best.parent();
            } else {
                break;
            }
        }
        return best;
    }

    /**
     * Whether a table lays out the page rather than holding data: it holds another table, or has
     * one column, or one row and no header cell. A table without rows counts as data (nothing to
     * walk into).
     */
    static boolean layoutTable(Element t) {
        // "table table" from the table itself: a table inside it. Counted by tag, with no selector
        // to parse on each call.
        if (t.getElementsByTag("table").size() > 1) {
            return true;
        }
        int rows = 0;
        int maxCols = 0;
        for (Element tr : t.select(TR)) {
            int cells = 0;
            for (Element cell = tr.firstElementChild(); cell != null; cell = cell.nextElementSibling()) {
                if (cell.nameIs("td") || cell.nameIs("th")) {
                    cells++;
                }
            }
            if (cells > 0) {
                rows++;
                maxCols = Math.max(maxCols, cells);
            }
        }
        return rows > 0 && (maxCols < 2 || rows < 2 && t.selectFirst(TH) == null);
    }

    /** The root plus sibling elements that look like parts of the same article. */
    private static List<Element> withSiblings(Element root, Measured stats, Set<Element> excluded) {
        Element parent = root.parent();
        if (parent == null || root.nameIs("body")) {
            return List.of(root);
        }
        Stats rs = stats.get(root);
        double rootScore = rs.score * (1 - linkDensity(rs));
        double threshold = Math.max(10, rootScore * 0.2);
        List<Element> out = new ArrayList<>();
        Set<Element> opening = openingParagraphs(root, stats, excluded);
        // By sibling links: children() builds and caches a list of each parent's children.
        for (Element sib = parent.firstElementChild(); sib != null; sib = sib.nextElementSibling()) {
            if (sib == root) {
                out.add(sib);
                continue;
            }
            Stats s = stats.get(sib);
            if (s == null || excluded.contains(sib)) {
                continue;
            }
            double bonus = !root.className().isEmpty() && root.className().equals(sib.className()) ? rootScore * 0.2 : 0;
            boolean add = s.candidate && s.score * (1 - linkDensity(s)) + bonus >= threshold;
            add |= opening.contains(sib);
            if (!add && sib.nameIs("p")) {
                double ld = linkDensity(s);
                add = (s.text > 80 && ld < 0.25)
                        || (s.text > 0 && s.text <= 80 && ld == 0 && SENTENCE.matcher(Dom.textPrefix(sib, 400)).matches());
            }
            if (add) {
                out.add(sib);
            }
        }
        return out;
    }

    /**
     * The paragraphs in wrappers of their own just before the root, up to the first sibling that is
     * something else (left-out boxes between them are passed over): the article's opening, when a
     * site wraps its first paragraphs one by one ("firstPar", "secondPar") and the rest together.
     * Each scores too little alone to join the root as a candidate.
     */
    private static Set<Element> openingParagraphs(Element root, Measured stats, Set<Element> excluded) {
        Set<Element> out = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Element sib = root.previousElementSibling(); sib != null; sib = sib.previousElementSibling()) {
            if (excluded.contains(sib)) {
                continue;
            }
            Stats s = stats.get(sib);
            if (s == null || sib.nameIs("p") || s.text <= 80 || linkDensity(s) >= 0.25 || !wrapsOneParagraph(sib)) {
                break;
            }
            out.add(sib);
        }
        return out;
    }

    /** A text holding a sentence's end: a full stop before a space or at the end of a line. */
    private static final Pattern SENTENCE = Pattern.compile(".*\\.( |$).*");

    /** Whether all the text of {@code e} is one paragraph's. */
    private static boolean wrapsOneParagraph(Element e) {
        Elements ps = e.getElementsByTag("p");
        return ps.size() == 1 && Text.cleanLength(ps.get(0).text()) == Text.cleanLength(e.text());
    }

    /** At most this much text stands between a lede and the body: a title, a byline, a date, a caption. */
    private static final int LEDE_GAP = 400;
    /**
     * A lede is a near relative of the body: at most this many steps up from the body's first part
     * and down again. Further away it is a page header's or a teaser's summary.
     */
    private static final int LEDE_STEPS = 4;
    /** Regions never searched for a lede, and passed over without counting their text. */
    private static final Names NOT_LEDE_HOLDERS = Names.of("nav", "aside", "footer", "form", "menu", "script",
            "style", "noscript", "template", "svg");

    /**
     * The lede (standfirst) set apart just above the body, outside its root: an element named as a
     * lede ({@link Cues#isLede}) holding running text, near the body and with little else between.
     */
    private static Element ledeBefore(Element first, Element body, Set<Element> excluded,
            Map<Element, Regions.Box> boxes, Measured stats) {
        int gap = 0;
        int up = 0;
        Element e = first;
        for (int steps = 0; steps < 40; steps++) {
            Element prev = e.previousElementSibling();
            if (prev == null) {
                e = e.parent();
                if (e == null || e == body || ++up > LEDE_STEPS) {
                    return null;
                }
                continue;
            }
            e = prev;
            if (boxes.containsKey(prev) || NOT_LEDE_HOLDERS.contains(prev.normalName()) || hidden(prev)) {
                continue;
            }
            Element lede = lastLede(prev, excluded);
            if (lede != null) {
                // The first lede met decides: the body's own, or none.
                int down = 0;
                for (Element x = lede; x != prev; x = x.parent()) {
                    down++;
                }
                int text = Text.cleanLength(Dom.textPrefix(prev, LEDE_GAP + 1501)); // a lede and the gap at most
                boolean near = up + down <= LEDE_STEPS && gap + text - Text.cleanLength(lede.text()) <= LEDE_GAP;
                return near ? lede : null;
            }
            // The measured text where there is one (without what is left out), else as much as tells.
            Stats ps = stats.get(prev);
            gap += ps != null ? ps.text : Text.cleanLength(Dom.textPrefix(prev, LEDE_GAP - gap + 1));
            if (gap > LEDE_GAP) {
                return null;
            }
        }
        return null;
    }

    /** The last element of {@code top}'s subtree (outermost first) that is a lede of running text. */
    private static Element lastLede(Element top, Set<Element> excluded) {
        Element found = null;
        Element el = top;
        for (int visited = 0; el != null && visited < 300; visited++) {
            Element child = null;
            // A header left out of the body (the title, the byline, the date) may still hold the lede:
            // named as one, or a paragraph of running text (the title, kicker and byline are not).
            if (!NOT_LEDE_HOLDERS.contains(el.normalName()) && !hidden(el)
                    && (!excluded.contains(el) || el.nameIs("header"))) {
                if (!excluded.contains(el) && (el.attributesSize() > 0 && Cues.isLede(el)
                        || el.nameIs("p") && inHeader(el, top) && Text.cleanLength(el.text()) >= 100)
                        && runningText(el)) {
                    found = el; // not searched further: its own parts are not ledes of their own
                } else {
                    child = el.firstElementChild();
                }
            }
            if (child != null) {
                el = child;
                continue;
            }
            Element next = null;
            while (el != top && (next = el.nextElementSibling()) == null) {
                el = el.parent();
            }
            el = el == top ? null : next;
        }
        return found;
    }

    /** Whether {@code e} lies in a header, at or below {@code top}. */
    private static boolean inHeader(Element e, Element top) {
        for (Element a = e.parent(); a != null; a = a.parent()) {
            if (a.nameIs("header")) {
                return true;
            }
            if (a == top) {
                return false;
            }
        }
        return false;
    }

    /**
     * The lede in the article's header at the top of the root (before any of the body's text), left
     * out of the body with the header.
     */
    private static Element ledeAtTop(Element root, Set<Element> excluded) {
        Element e = root;
        for (int depth = 0; depth < 4; depth++) {
            Element next = null;
            for (Element c = e.firstElementChild(); c != null; c = c.nextElementSibling()) {
                if (c.nameIs("header") && excluded.contains(c)) {
                    return lastLede(c, excluded);
                }
                if (!excluded.contains(c) && Text.cleanLength(Dom.textPrefix(c, 1)) > 0) {
                    next = c;
                    break;
                }
            }
            if (next == null || next.nameIs("p")) {
                return null;
            }
            e = next;
        }
        return null;
    }

    /**
     * A sentence or a few, not a link list, a header or a ticker: 50 to 1500 characters, mostly
     * letters, less than a third of them linked, under no title of its own.
     */
    private static boolean runningText(Element e) {
        String t = e.text();
        int text = Text.cleanLength(t);
        if (text < 50 || text > 1500) {
            return false;
        }
        for (Element h : e.select(TITLES)) {
            if (h != e) {
                return false; // a header holding the title: the lede is inside it, if anywhere
            }
        }
        int letters = 0;
        int other = 0;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
            } else if (!Character.isWhitespace(c)) {
                other++;
            }
        }
        if (letters < (letters + other) * 0.7) {
            return false;
        }
        int linked = 0;
        for (Element a : e.getElementsByTag("a")) {
            linked += Text.cleanLength(a.text());
        }
        return linked < text * 0.3;
    }

    /**
     * An article split into blocks of one kind ("section.content-block" after "section.content-block",
     * each holding some paragraphs): the root is inside one of them, under wrappers that add no text,
     * and the others are siblings of its outermost wrapper, too deep below it to add to its score.
     * They join the parts, in page order, when they hold running text.
     */
    private static List<Element> withBlocksAround(Element root, List<Element> parts, Measured stats,
            Set<Element> excluded) {
        Stats rs = stats.get(root);
        int rootText = rs.text - rs.linkText;
        Element block = root;
        for (int i = 0; i < 6; i++) {
            Element p = block.parent();
            Stats ps = p == null ? null : stats.get(p);
            if (ps == null || p.nameIs("body") || block.nameIs("article") || block.nameIs("main")
                    || ps.text - ps.linkText > rootText * 1.15 + 50) {
                break;
            }
            block = p;
        }
        if (block.parent() == null || block.nameIs("body")) {
            return parts;
        }
        String kind = blockKind(block);
        if (kind.isEmpty()) {
            return parts;
        }
        List<Element> out = new ArrayList<>();
        boolean added = false;
        for (Element sib = block.parent().firstElementChild(); sib != null; sib = sib.nextElementSibling()) {
            if (sib == block) {
                // The root's own parts; when the root is the block, its siblings come in page order below.
                out.addAll(block == root ? List.of(root) : parts);
                continue;
            }
            if (block == root && parts.contains(sib)) {
                out.add(sib); // a sibling of the root already taken: keep its place
                continue;
            }
            Stats s = stats.get(sib);
            if (s == null || excluded.contains(sib) || !blockKind(sib).equals(kind)) {
                continue;
            }
            if (s.text - s.linkText >= 80 && linkDensity(s) < 0.3) {
                out.add(sib);
                added = true;
            }
        }
        return added ? out : parts;
    }

    /**
     * Tag, the classes without digits and the id without its digits ("section.content-block #block-");
     * empty when neither class nor id is set.
     */
    private static String blockKind(Element e) {
        String cls = e.className();
        String id = e.id();
        if (cls.isEmpty() && id.isEmpty()) {
            return "";
        }
        // Page builders number their blocks ("elementor-element-6499e95", "vc_custom_1570202326607")
        // and templates their variants ("version-2"): a class with a digit names the one block, not
        // its kind.
        StringBuilder kind = new StringBuilder(e.normalName()).append('.');
        int named = kind.length();
        // The classes as split("\\s+") cuts them, and the id without its ASCII digits (\\d), by hand:
        // this runs for every sibling of the body's block.
        for (int i = 0, n = cls.length(); i < n; ) {
            int end = i;
            boolean digit = false;
            while (end < n && " \t\n\u000B\f\r".indexOf(cls.charAt(end)) < 0) {
                digit |= Character.isDigit(cls.charAt(end));
                end++;
            }
            if (end > i && !digit) {
                kind.append(cls, i, end).append(' ');
            }
            i = end + 1;
        }
        StringBuilder idKind = new StringBuilder(id.length());
        for (int i = 0; i < id.length(); i++) {
            if (id.charAt(i) < '0' || id.charAt(i) > '9') {
                idKind.append(id.charAt(i));
            }
        }
        if (kind.length() == named && idKind.length() == 0) {
            return ""; // only numbered names: nothing says which blocks are alike
        }
        return kind.append('#').append(idKind).toString();
    }

    /** Turns the chosen elements into blocks. */
    private static final class Converter {
        private final ExtractionContext ctx;
        private final Set<Element> excluded;
        private final Map<Element, Regions.Box> boxes;
        final List<Block> blocks = new ArrayList<>();
        final List<BodyResult.SkippedBox> skippedBoxes = new ArrayList<>();
        private final Inline inline = new Inline();
        private int textLength;
        private int visited;

        Converter(ExtractionContext ctx, Set<Element> excluded, Map<Element, Regions.Box> boxes) {
            this.ctx = ctx;
            this.excluded = excluded;
            this.boxes = boxes;
        }

        void convert(Element root) {
            // Explicit stack instead of recursion: depth is bounded by the parser, but be safe anyway.
            List<Object> stack = new ArrayList<>();
            stack.add(root);
            while (!stack.isEmpty()) {
                if (ctx.outOfTime()) {
                    ctx.warn("limit.time-budget", "the body stage stopped when the time budget ran out");
                    return;
                }
                Object item = stack.remove(stack.size() - 1);
                if (item == FLUSH) {
                    flush();
                    continue;
                }
                Node node = (Node) item;
                if (node instanceof TextNode) {
                    inline.text(((TextNode) node).getWholeText());
                    continue;
                }
                if (!(node instanceof Element)) {
                    continue;
                }
                Element e = (Element) node;
                if (++visited > ctx.options().maxElements()) {
                    ctx.warn("limit.elements", "the body stage converted only the first " + ctx.options().maxElements()
                            + " elements");
                    return;
                }
                if (boxes.containsKey(e)) {
                    flush();
                    skippedBoxes.add(new BodyResult.SkippedBox(e, blocks.size()));
                    continue;
                }
                if (excluded.contains(e)) {
                    continue;
                }
                String name = e.normalName();
                if (!BLOCK_TAGS.contains(name) && !name.equals("br") && e != root) {
                    // (The root itself, even <body> or a <span>, is a container: never one paragraph.)
                    inlineElement(e);
                    continue;
                }
                if (name.equals("br")) {
                    flush();
                    continue;
                }
                flush();
                if (!leaf(e)) {
                    stack.add(FLUSH);
                    List<Node> kids = e.childNodes();
                    for (int i = kids.size() - 1; i >= 0; i--) {
                        stack.add(kids.get(i));
                    }
                }
            }
        }

        private static final Object FLUSH = new Object();

        /** A heading without the date set above it in an element of its own ("27.01.2022" over the headline). */
        private static String withoutDateKicker(Element heading, String text) {
            Element first = heading.firstElementChild();
            if (first == null) {
                return text;
            }
            String kicker = Text.clean(first.text());
            return !kicker.isEmpty() && kicker.length() <= 30 && text.length() > kicker.length() && text.startsWith(kicker)
                    && Dates.parseVisible(kicker).isPresent()
                    ? text.substring(kicker.length()).strip() : text;
        }

        /**
         * Without the permalink sign that documentation generators link at a heading's end
         * ({@code <a class="headerlink" href="#setting-up">¶</a>} gives "Setting up¶") and a
         * wiki's link to edit the section ("Applications[edit]").
         */
        private static String withoutHeadingLinks(Element heading, String text) {
            // A wiki's "[edit]" link to edit the section, which its software marks by class.
            for (Element c = heading.lastElementChild(); c != null; c = c.lastElementChild()) {
                if (c.className().contains("editsection")) {
                    String edit = Text.clean(c.text());
                    if (!edit.isEmpty() && text.endsWith(edit) && text.length() > edit.length()) {
                        text = text.substring(0, text.length() - edit.length()).strip();
                    }
                    break;
                }
            }
            Element last = heading.lastElementChild();
            if (last == null || !last.nameIs("a") || !last.attr("href").startsWith("#")) {
                return text;
            }
            String mark = Text.clean(last.text());
            return PERMALINK_MARKS.contains(mark) && text.endsWith(mark) && text.length() > mark.length()
                    ? text.substring(0, text.length() - mark.length()).strip() : text;
        }

        /** MathML's token elements: identifiers, operators, numbers, strings and text. */
        private static final Names MATH_TOKENS = Names.of("mi", "mo", "mn", "ms", "mtext");

        private static final Names PERMALINK_MARKS = Names.of("¶", "§", "#", "🔗", "⚓", "link");

        /** Handles elements that make one block by themselves; false for containers to walk into. */
        private boolean leaf(Element e) {
            switch (e.normalName()) {
                case "h1": case "h2": case "h3": case "h4": case "h5": case "h6":
                    String h = withoutHeadingLinks(e, withoutDateKicker(e, Text.clean(e.text())));
                    if (!h.isEmpty()) {
                        add(Heading.of(e.normalName().charAt(1) - '0', h));
                    }
                    return true;
                case "p":
                    if (hasBlockChild(e)) {
                        return false;
                    }
                    paragraph(e);
                    return true;
                case "ul": case "ol":
                    list(e);
                    return true;
                case "blockquote":
                    quote(e);
                    return true;
                case "pre":
                    pre(e);
                    return true;
                case "figure": case "img": case "picture":
                    Element pull = e.nameIs("figure") ? e.selectFirst(BLOCKQUOTE) : null;
                    if (pull != null && e.selectFirst(IMG) == null) {
                        quote(pull); // a pull quote: a figure holding a blockquote and its cite
                    } else {
                        figure(e);
                    }
                    return true;
                case "table":
                    return table(e);
                case "iframe": case "video": case "audio":
                    embed(e);
                    return true;
                case "form":
                    return !wrapsContent(e);
                case "hr": case "fieldset":
                    return true;
                default:
                    return false;
            }
        }

        private void inlineElement(Element e) {
            if (excluded.contains(e)) {
                return;
            }
            if (e.nameIs("a")) {
                inline.startLink();
                inlineChildren(e);
                inline.endLink(ctx.baseUrl(), e.attr("href"));
            } else {
                inlineChildren(e);
            }
        }

        private void inlineChildren(Element e) {
            NodeTraversor.filter(new NodeFilter() {
                @Override
                public FilterResult head(Node node, int depth) {
                    if (node == e) {
                        return FilterResult.CONTINUE;
                    }
                    if (node instanceof TextNode) {
                        inline.text(((TextNode) node).getWholeText());
                    } else if (node instanceof Element) {
                        Element el = (Element) node;
                        if (excluded.contains(el) || Dom.NON_CONTENT.contains(el.normalName())) {
                            return FilterResult.SKIP_ENTIRELY;
                        }
                        if (el.nameIs("br") || MATH_TOKENS.contains(el.normalName())) {
                            inline.text(" "); // MathML's tokens are set apart: "h = 2", not "h=2"
                        } else if (el.nameIs("a")) {
                            inline.startLink(); // ended in tail: links nested at any depth cost no stack
                        } else if (el.nameIs("q")) {
                            inline.text("“"); // browsers render <q> with quotation marks; so does the text
                        }
                    }
                    return FilterResult.CONTINUE;
                }

                @Override
                public FilterResult tail(Node node, int depth) {
                    if (node != e && node instanceof Element && ((Element) node).nameIs("q")) {
                        inline.text("”");
                    }
                    if (node != e && node instanceof Element && ((Element) node).nameIs("a")) {
                        inline.endLink(ctx.baseUrl(), ((Element) node).attr("href"));
                    }
                    return FilterResult.CONTINUE;
                }
            }, e);
        }

        void flush() {
            inline.build().ifPresent(this::add);
            inline.reset();
        }

        private void add(Block b) {
            int len = b.plainText().length();
            if (textLength + len > ctx.options().maxTextLength()) {
                ctx.warn("limit.text-length", "the body was cut at " + ctx.options().maxTextLength() + " characters");
                int room = ctx.options().maxTextLength() - textLength;
                if (b instanceof Paragraph && room > 0) {
                    // The paragraph that crosses the limit is kept up to it, with the links that fit.
                    Paragraph p = (Paragraph) b;
                    String cut = Text.truncate(p.text(), room).strip();
                    if (!cut.isEmpty()) {
                        Paragraph.Builder pb = new Paragraph.Builder().text(cut);
                        p.links().stream().filter(l -> l.end() <= cut.length()).forEach(pb::addLink);
                        blocks.add(pb.build());
                    }
                }
                textLength = ctx.options().maxTextLength();
                return;
            }
            textLength += len + 1;
            blocks.add(b);
        }

        private void paragraph(Element p) {
            inline.reset();
            inlineChildren(p);
            flush();
        }

        private void list(Element e) {
            List<String> items = new ArrayList<>();
            int links = 0;
            int chars = 0;
            for (Element li = e.firstElementChild(); li != null; li = li.nextElementSibling()) {
                if (!li.nameIs("li") || excluded.contains(li)) {
                    continue;
                }
                String t = Text.clean(li.text());
                if (!t.isEmpty()) {
                    items.add(t);
                    chars += t.length();
                    for (Element a : li.getElementsByTag("a")) {
                        links += Text.cleanLength(a.text());
                    }
                }
            }
            // A list made only of links inside the body is a menu or a link farm, not content.
            if (!items.isEmpty() && !(chars > 0 && links >= chars * 0.9 && items.size() > 3)) {
                add(ListBlock.of(e.nameIs("ol"), items));
            }
        }

        private void quote(Element e) {
            if (e.hasClass("twitter-tweet") || e.hasClass("instagram-media") || e.hasClass("tiktok-embed")) {
                // The post's words are quoted in the page (its author on the line after them), then embedded.
                Element words = e.selectFirst(P);
                String said = words == null ? "" : Text.clean(words.text());
                String all = Text.clean(e.text());
                String by = all.substring(Math.min(said.length(), all.length())).trim();
                if (!said.isEmpty()) {
                    QuoteBlock.Builder qb = new QuoteBlock.Builder().text(said);
                    Text.cleanOpt(LEADING_DASH.matcher(by).replaceFirst("")).ifPresent(qb::attribution);
                    add(qb.build());
                }
                Element link = e.select(LINKS).last();
                Optional<String> url = link == null ? Optional.empty() : Urls.resolve(ctx.baseUrl(), link.attr("href"));
                url.ifPresent(u -> add(Embed.of("post", u)));
                return;
            }
            Element cite = e.selectFirst(CITE);
            String attribution = cite == null ? "" : Text.clean(cite.text());
            String text = Text.clean(e.text());
            if (!attribution.isEmpty() && text.endsWith(attribution)) {
                text = Text.clean(text.substring(0, text.length() - attribution.length()));
                attribution = LEADING_DASH.matcher(attribution).replaceFirst("");
            } else {
                attribution = "";
            }
            if (!text.isEmpty()) {
                QuoteBlock.Builder b = new QuoteBlock.Builder();
                b.text(text);
                if (!attribution.isBlank()) {
                    b.attribution(attribution);
                }
                add(b.build());
            }
        }

        private void pre(Element e) {
            String text = e.wholeText();
            // Leading line breaks and trailing white space go; by hand, as "\\s+$" backtracks quadratically.
            int from = 0;
            while (from < text.length() && text.charAt(from) == '\n') {
                from++;
            }
            int to = text.length();
            while (to > from && " \t\n\u000B\f\r".indexOf(text.charAt(to - 1)) >= 0) {
                to--;
            }
            text = text.substring(from, to);
            if (text.isBlank()) {
                return;
            }
            Preformatted.Builder b = new Preformatted.Builder().text(text);
            Element code = e.selectFirst(CODE);
            String cls = (e.className() + " " + (code == null ? "" : code.className())).toLowerCase(Locale.ROOT);
            Matcher m = LANGUAGE_CLASS.matcher(cls);
            if (m.find()) {
                b.language(m.group(1));
            }
            add(b.build());
        }

        private void figure(Element e) {
            Element img = e.nameIs("img") ? e : e.selectFirst(IMG);
            if (img == null) {
                if (e.nameIs("figure")) {
                    Element media = e.selectFirst(MEDIA);
                    if (media != null) {
                        embed(media);
                    } else {
                        String text = Text.clean(e.text());
                        if (!text.isEmpty()) {
                            add(Paragraph.of(text));
                        }
                    }
                }
                return;
            }
            Optional<String> src = imageUrl(img);
            if (src.isEmpty()) {
                return;
            }
            int width = intAttr(img, "width");
            if (width > 0 && width < 100 && !e.nameIs("figure")) {
                return; // icons, spacers, tracking pixels
            }
            Image.Builder b = new Image.Builder().url(src.get());
            Text.cleanOpt(img.attr("alt")).ifPresent(b::alt);
            Element figcaption = e.nameIs("figure") ? e.selectFirst(FIGCAPTION) : null;
            if (figcaption != null) {
                Element creditEl = figcaption.selectFirst(CREDIT);
                String credit = creditEl == null ? "" : Text.clean(creditEl.text());
                String caption = Text.clean(figcaption.text());
                if (!credit.isEmpty() && caption.contains(credit)) {
                    caption = Text.clean(caption.replace(credit, ""));
                    b.credit(credit);
                } else {
                    // A credit written into the caption: "… (Quelle: Agentur)", "… Foto: Agentur".
                    int at = Cues.creditSuffixStart(caption);
                    if (at >= 0) {
                        String c = creditText(caption.substring(at));
                        caption = Text.clean(caption.substring(0, at));
                        if (!c.isEmpty()) {
                            b.credit(c);
                        }
                    }
                }
                if (!caption.isEmpty()) {
                    b.caption(caption);
                }
            }
            if (width > 0) {
                b.width(width);
            }
            int height = intAttr(img, "height");
            if (height > 0) {
                b.height(height);
            }
            add(Figure.of(b.build()));
        }

        /** The credit without the separator or the parentheses around it. */
        private static String creditText(String suffix) {
            String c = Text.clean(suffix);
            if (c.startsWith("|")) {
                c = Text.clean(c.substring(1));
            }
            if (c.startsWith("(") && c.endsWith(")")) {
                c = Text.clean(c.substring(1, c.length() - 1));
            }
            return c;
        }

        private Optional<String> imageUrl(Element img) {
            for (String attr : new String[] {"src", "data-src", "data-lazy-src", "data-original"}) {
                String v = img.attr(attr);
                if (!v.isBlank() && !v.startsWith("data:")) {
                    Optional<String> u = Urls.resolve(ctx.baseUrl(), v);
                    if (u.isPresent()) {
                        return u;
                    }
                }
            }
            String srcset = img.attr("srcset");
            if (!srcset.isBlank()) {
                String[] candidates = srcset.trim().split("[\\s,]+");
                return candidates.length == 0 ? Optional.empty() : Urls.resolve(ctx.baseUrl(), candidates[0]);
            }
            return Optional.empty();
        }

        private boolean table(Element t) {
            if (layoutTable(t)) {
                return false; // walk into it
            }
            List<List<String>> rows = new ArrayList<>();
            for (Element tr : t.select(TR)) {
                List<String> cells = new ArrayList<>();
                for (Element cell = tr.firstElementChild(); cell != null; cell = cell.nextElementSibling()) {
                    if (cell.nameIs("td") || cell.nameIs("th")) {
                        cells.add(Text.clean(cell.text()));
                    }
                }
                if (!cells.isEmpty()) {
                    rows.add(cells);
                }
            }
            if (rows.isEmpty()) {
                return true;
            }
            Table.Builder b = new Table.Builder().rows(rows);
            Element caption = t.selectFirst(CAPTION);
            if (caption != null) {
                Text.cleanOpt(caption.text()).ifPresent(b::caption);
            }
            add(b.build());
            return true;
        }

        private void embed(Element e) {
            String src = e.attr("src");
            if (src.isBlank()) {
                Element source = e.selectFirst(SOURCE);
                src = source == null ? "" : source.attr("src");
            }
            Optional<String> url = Urls.resolve(ctx.baseUrl(), src);
            if (url.isEmpty()) {
                return;
            }
            String kind = e.nameIs("audio") ? "audio" : e.nameIs("video") ? "video" : embedKind(url.get());
            Embed.Builder b = new Embed.Builder().kind(kind).url(url.get());
            Text.cleanOpt(e.attr("title")).ifPresent(b::title);
            add(b.build());
        }

        private static String embedKind(String url) {
            String u = url.toLowerCase(Locale.ROOT);
            if (u.contains("video") || u.contains("player") || u.contains("/embed/")) {
                return "video";
            }
            if (u.contains("map")) {
                return "map";
            }
            return "iframe";
        }

        private static int intAttr(Element e, String name) {
            String v = e.attr(name).trim();
            if (v.isEmpty() || v.length() > 6) {
                return -1;
            }
            try {
                return Integer.parseInt(v.replace("px", ""));
            } catch (NumberFormatException ex) {
                return -1;
            }
        }
    }

    /** Collects inline text with white space collapsed on the fly, tracking link offsets. */
    private static final class Inline {
        private final StringBuilder sb = new StringBuilder();
        private final List<Link> links = new ArrayList<>();
        private final List<int[]> open = new ArrayList<>();
        private boolean pendingSpace;

        void reset() {
            sb.setLength(0);
            links.clear();
            open.clear();
            pendingSpace = false;
        }

        void text(String raw) {
            if (raw.isEmpty()) {
                return;
            }
            boolean leading = Text.isSpace(raw.charAt(0));
            boolean trailing = Text.isSpace(raw.charAt(raw.length() - 1));
            // Most text appends as it is, white space collapsed on the way; what Text.clean would
            // drop or normalise takes the slow path.
            int mark = sb.length();
            boolean space = false;
            boolean any = false;
            int run = -1; // where the run of kept characters being read started; appended whole
            for (int i = 0; i < raw.length(); i++) {
                char c = raw.charAt(i);
                if (!(c > ' ' && c < '\u007F')) {
                    if (Text.isSpace(c)) {
                        if (run >= 0) {
                            sb.append(raw, run, i);
                            run = -1;
                        }
                        space = any;
                        continue;
                    }
                    if (Text.changedByClean(c)) {
                        sb.setLength(mark);
                        slowText(raw);
                        return;
                    }
                }
                if (run < 0) {
                    if (!any) {
                        if ((pendingSpace || leading) && mark > 0) {
                            sb.append(' ');
                        }
                        any = true;
                    } else if (space) {
                        sb.append(' ');
                    }
                    space = false;
                    run = i;
                }
            }
            if (run >= 0) {
                sb.append(raw, run, raw.length());
            }
            if (!any) {
                if (sb.length() > 0) {
                    pendingSpace = true;
                }
                return;
            }
            pendingSpace = trailing;
        }

        /** A text that cleaning changes: its edges are read past what cleaning drops ("word \u200b"). */
        private void slowText(String raw) {
            String s = Text.clean(raw);
            if (s.isEmpty()) {
                // White space, or only invisible characters, which are no space.
                if (Text.opensWithSpace(raw) && sb.length() > 0) {
                    pendingSpace = true;
                }
                return;
            }
            if ((pendingSpace || Text.opensWithSpace(raw)) && sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(s);
            pendingSpace = Text.closesWithSpace(raw);
        }

        void startLink() {
            open.add(new int[] {sb.length(), pendingSpace ? 1 : 0});
        }

        /** Ends the innermost link, to {@code href} resolved against {@code base} (only for a link kept). */
        void endLink(String base, String href) {
            if (open.isEmpty()) {
                return;
            }
            int[] o = open.remove(open.size() - 1);
            int start = o[0];
            if (start < sb.length() && sb.charAt(start) == ' ') {
                start++;
            }
            int end = sb.length();
            if (end <= start || !open.isEmpty()) {
                return;
            }
            String text = sb.substring(start, end);
            if (text.isBlank()) {
                return;
            }
            Optional<String> url = Urls.resolve(base, href);
            if (url.isPresent()) {
                links.add(Link.of(text, url.get(), start));
            }
        }

        Optional<Block> build() {
            String text = sb.toString().trim();
            if (text.isEmpty()) {
                return Optional.empty();
            }
            Paragraph.Builder b = new Paragraph.Builder().text(text);
            int shift = sb.length() - sb.toString().stripLeading().length();
            for (Link l : links) {
                int start = l.start() - shift;
                if (start >= 0 && text.startsWith(l.text(), start)) {
                    b.addLink(Link.of(l.text(), l.url(), start));
                }
            }
            return Optional.of(b.build());
        }
    }
}
