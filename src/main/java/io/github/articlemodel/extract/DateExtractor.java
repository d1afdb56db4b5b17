package io.github.articlemodel.extract;

import io.github.articlemodel.internal.Cues;
import io.github.articlemodel.internal.Dates;
import io.github.articlemodel.internal.Dom;
import io.github.articlemodel.internal.Regions;
import io.github.articlemodel.internal.Text;
import io.github.articlemodel.model.Candidate;
import io.github.articlemodel.model.DateValue;
import io.github.articlemodel.model.Source;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.QueryParser;

/**
 * Stage 3b: the published and modified dates, kept apart. Trust runs from JSON-LD and {@code
 * article:published_time} through microdata and specific meta tags, the date elements of the
 * article (its {@code <time>}, its marked or labelled date lines), generic meta tags, date
 * elements elsewhere on the page, dates written next to the headline, down to the URL path and,
 * last, the first date written in the article. A date that the page marks or labels as an update
 * is never reported as the published date; relative dates ("2 days ago") are left out.
 */
final class DateExtractor {
    /** The two dates of an article. */
    record Found(Optional<Choice<DateValue>> published, Optional<Choice<DateValue>> modified) {}

    /** Trust tiers of published-date candidates, most trusted first. */
    private static final int STRUCTURED = 0;
    private static final int SPECIFIC_META = 1;
    private static final int ARTICLE_ELEMENT = 2;
    private static final int GENERIC_META = 3;
    private static final int PAGE_ELEMENT = 4;
    private static final int NEAR_HEADLINE = 5;
    private static final int LABELLED = 6;
    private static final int URL_PATH = 7;
    private static final int PAGE_DATA = 8;
    private static final int BODY_TEXT = 9;

    private static final String[] REASONS = {
        "the most trusted structured data (JSON-LD or article:published_time)",
        "microdata or a meta tag that names the published date",
        "a date element of the article",
        "a generic date meta tag (date, Dublin Core)",
        "the first date element on the page outside comments, teasers and sidebars",
        "a date written next to the headline",
        "a date the article's text labels as the publication date",
        "only the URL path has a date",
        "the publication date the page's script data names (no markup or text dates the article)",
        "no element marks a date; the first date written in the article",
    };

    /** Class words that mark a date element; a date line is short, so a long element is a wrapper. */
    private static final String[] DATE_CLASS_WORDS = {"date", "publish", "posted", "updated", "modified", "time"};
    private static final int MAX_LINE = 160;
    private static final int MAX_MARKS = 60;
    private static final int MAX_TEXT = 3000;
    private static final int REGION_LEVELS = 4;
    /** Elements a walk visits at most: a date line stands near the top of the article, and a page costs a bound. */
    private static final int MAX_WALK = 4000;
    private static final int NEAR_HEADLINE_TEXT = 600;
    private static final int MAX_LABELLED_TEXT = 20_000;
    private static final int LABEL_CONTEXT = 60;

    private DateExtractor() {}

    /** A dated element of the page: what it says, whether it is machine-readable, and what it dates. */
    private record Mark(Element element, String raw, Temporal value, boolean machine, boolean published,
            boolean modified) {}

    /** A candidate with its trust tier and parsed value. */
    private record Option(int tier, Candidate candidate, String raw, Temporal value) {
        LocalDate day() {
            return day(value);
        }

        static LocalDate day(Temporal t) {
            return t instanceof LocalDate d ? d : LocalDate.from(t);
        }
    }

    static Found extract(ExtractionContext ctx, Metadata meta, Optional<Element> bodyRoot) {
        Optional<Element> container = Scope.articleContainer(bodyRoot);
        List<Element> dated = new ArrayList<>();
        Element[] h1 = {null};
        Element region = container.orElse(null);
        if (region != null) {
            // One walk over the container finds its date elements and its headline.
            walk(region, e -> {
                if (h1[0] == null && e.nameIs("h1")) {
                    h1[0] = e;
                }
                if (isDateElement(e) && dated.size() < MAX_MARKS) {
                    dated.add(e);
                }
                return true;
            });
            if (h1[0] == null) {
                h1[0] = headlineAbove(region);
                if (h1[0] != null) {
                    region = region(region, h1[0]);
                    dated.clear();
                    collect(region, dated);
                }
            }
        }
        Element headline = h1[0];
        // A date element of the region is marked again when the whole body is read: once is enough.
        Map<Element, Optional<Mark>> marked = new IdentityHashMap<>();
        List<Mark> regionMarks = region == null ? List.of()
                : marks(dated, bodyRoot.orElse(null), region, headline, marked);

        List<Option> published = new ArrayList<>();
        List<Option> modified = new ArrayList<>();
        for (Candidate c : meta.get("datePublished")) {
            option(published, publishedTier(c), c);
        }
        for (Candidate c : meta.get("dateCreated")) {
            option(published, GENERIC_META, c);
        }
        for (Candidate c : meta.get("dateModified")) {
            option(modified, c.source() == Source.JSON_LD || c.source() == Source.OPENGRAPH ? STRUCTURED
                    : SPECIFIC_META, c);
        }
        addMarks(regionMarks, ARTICLE_ELEMENT, published, modified);
        // The text tiers below must not find again, unmarked, a date the page marks as an update.
        java.util.Set<LocalDate> updated = new java.util.HashSet<>(updatedDays(regionMarks));

        NearHeadline near = new NearHeadline();
        Optional<Choice<DateValue>> pub = choose(published, corroborating(published, regionMarks, headline, near));
        Element body = ctx.document().body();
        if (pub.isEmpty() && body != null) {
            List<Element> all = new ArrayList<>();
            boolean findHeadline = headline == null;
            walk(body, e -> {
                if (findHeadline && h1[0] == null && e.nameIs("h1")) {
                    h1[0] = e;
                }
                if (isDateElement(e) && all.size() < MAX_MARKS) {
                    all.add(e);
                }
                return true;
            });
            headline = h1[0];
            List<Mark> pageMarks = marks(all, bodyRoot.orElse(null), null, headline, marked);
            addMarks(pageMarks, PAGE_ELEMENT, published, modified);
            updated.addAll(updatedDays(pageMarks));
            pub = choose(published, Optional.empty());
        }
        if (pub.isEmpty() && headline != null) {
            pub = written(near.dates(headline, 20), NEAR_HEADLINE, headline, published, updated);
        }
        Element textPlace = container.orElse(body);
        if (pub.isEmpty() && textPlace != null) {
            pub = labelled(textPlace, published);
        }
        if (pub.isEmpty()) {
            Optional<LocalDate> d = Dates.fromUrl(ctx.baseUrl());
            if (d.isPresent()) {
                option(published, URL_PATH, Candidate.of(Source.URL, "url path", d.get().toString()));
                pub = choose(published, Optional.empty());
            }
        }
        if (pub.isEmpty()) {
            pub = pageData(ctx, published);
        }
        if (pub.isEmpty() && textPlace != null) {
            pub = firstWritten(textPlace, published, updated);
        }
        if (pub.isEmpty() && bodyRoot.isPresent() && bodyRoot.get() != textPlace) {
            pub = firstWritten(bodyRoot.get(), published, updated);
        }
        if (pub.isEmpty() && body != null && body != textPlace) {
            pub = firstWritten(body, published, updated);
        }
        Optional<Choice<DateValue>> mod = choose(modified, Optional.empty());
        if (pub.isPresent() && mod.isPresent() && mod.get().value().compareTo(pub.get().value()) < 0) {
            ctx.warn("date.modified-before-published", "the modified date " + mod.get().value().raw()
                    + " is before the published date " + pub.get().value().raw() + "; left out");
            return new Found(pub, Optional.empty());
        }
        return new Found(pub, mod);
    }

    private static int publishedTier(Candidate c) {
        switch (c.source()) {
            case JSON_LD:
            case OPENGRAPH:
                // A structured date written for people ("Di., 25.01.2022 - 14:45") is a template's
                // copy of some date line, not a machine date: trusted as a generic tag.
                return looksMachine(Text.clean(c.value())) ? STRUCTURED : GENERIC_META;
            case MICRODATA:
                return SPECIFIC_META;
            case META:
                // <meta name="date"> is often when the CMS page was made, not when the article appeared.
                return c.locator().toLowerCase(Locale.ROOT).equals("meta[name=date]") ? GENERIC_META : SPECIFIC_META;
            default:
                return GENERIC_META;
        }
    }

    private static void option(List<Option> out, int tier, Candidate c) {
        String raw = c.value();
        Optional<Temporal> t = c.source() == Source.DOM && !looksMachine(raw) ? Dates.parseVisible(raw) : Dates.parse(raw);
        if (t.isPresent() && !(t.get() instanceof Year)) {
            out.add(new Option(tier, c, Text.clean(raw), t.get()));
        }
    }

    private static java.util.Set<LocalDate> updatedDays(List<Mark> marks) {
        java.util.Set<LocalDate> days = new java.util.HashSet<>();
        for (Mark m : marks) {
            if (m.modified() && !m.published()) {
                days.add(Option.day(m.value()));
            }
        }
        return days;
    }

    private static void addMarks(List<Mark> marks, int tier, List<Option> published, List<Option> modified) {
        // Machine-readable elements first: they say precisely what they are.
        for (int pass = 0; pass < 2; pass++) {
            for (Mark m : marks) {
                if (m.machine() != (pass == 0)) {
                    continue;
                }
                Option o = new Option(tier, Candidate.of(Source.DOM, Dom.cssPath(m.element()), m.raw()), m.raw(),
                        m.value());
                if (m.published()) {
                    published.add(o);
                }
                if (m.modified()) {
                    modified.add(o);
                }
            }
        }
    }

    /**
     * The most trusted option; among the structured and specific ones that disagree on the day,
     * the one the article's own date line confirms.
     */
    private static Optional<Choice<DateValue>> choose(List<Option> options, Optional<Line> dateLine) {
        if (options.isEmpty()) {
            return Optional.empty();
        }
        Optional<LocalDate> confirmed = dateLine.map(l -> Option.day(l.value()));
        List<Option> sorted = new ArrayList<>(options);
        sorted.sort(Comparator.comparingInt(Option::tier).thenComparingInt(o -> Metadata.rank(o.candidate().source())));
        Option best = sorted.get(0);
        String reason = REASONS[best.tier()];
        if (confirmed.isPresent() && best.tier() <= SPECIFIC_META && !best.day().equals(confirmed.get())) {
            for (Option o : sorted) {
                if (o.tier() > SPECIFIC_META) {
                    break;
                }
                if (o.day().equals(confirmed.get())) {
                    best = o;
                    reason = REASONS[o.tier()] + ", confirmed by the article's date line";
                    break;
                }
            }
            if (!best.day().equals(confirmed.get())) {
                // No trusted tag gives the date line's day, but a generic one does: two sources against one.
                Optional<Option> generic = sorted.stream().filter(o -> metaTag(o) && o.day().equals(confirmed.get()))
                        .findFirst();
                if (generic.isPresent()) {
                    best = generic.get();
                    reason = REASONS[best.tier()] + ", confirmed by the article's date line";
                }
            }
        }
        if (confirmed.isEmpty() && best.tier() == STRUCTURED && !metaTagGives(sorted, best.day())) {
            // Structured sources that disagree on the day, with no date line to settle it: the day
            // that a meta tag also gives.
            LocalDate first = best.day();
            Optional<Option> seconded = sorted.stream().filter(o -> o.tier() == STRUCTURED && !o.day().equals(first)
                    && metaTagGives(sorted, o.day())).findFirst();
            if (seconded.isPresent()) {
                best = seconded.get();
                reason = REASONS[best.tier()] + ", the day a meta tag also gives";
            }
        }
        Temporal value = best.value();
        String raw = best.raw();
        Candidate winner = best.candidate();
        // A UTC time stamp does not say the page's calendar day; a date line one day off does. The
        // line is the article's date element of that day, else the date written by the headline.
        Optional<Option> line = confirmed.isEmpty() || best.tier() > GENERIC_META
                || best.candidate().source() == Source.DOM || !isUtc(value) ? Optional.empty()
                : sorted.stream().filter(o -> o.tier() == ARTICLE_ELEMENT && o.day().equals(confirmed.get()))
                        .findFirst().or(() -> dateLine.map(Line::option));
        if (line.isPresent() && dayShift(value, line.get().value())) {
            value = line.get().value();
            raw = line.get().raw();
            winner = line.get().candidate();
            reason = "the article's date line, which gives the local day of the UTC time in "
                    + best.candidate().source().id();
        }
        List<Candidate> others = new ArrayList<>();
        for (Option o : sorted) {
            if (o.candidate() != winner && others.size() < 10) {
                others.add(o.candidate());
            }
        }
        return Optional.of(new Choice<>(DateValue.of(raw, value), winner, reason, others));
    }

    /** A date tag below the structured tier (microdata, a named or a generic meta tag), not an element of the page. */
    private static boolean metaTag(Option o) {
        return (o.tier() == SPECIFIC_META || o.tier() == GENERIC_META) && o.candidate().source() != Source.DOM;
    }

    private static boolean metaTagGives(List<Option> options, LocalDate day) {
        return options.stream().anyMatch(o -> metaTag(o) && o.day().equals(day));
    }

    /** A visible date line that confirms a meta date; its locator is built only when it wins. */
    private record Line(int tier, Element where, String raw, Temporal value) {
        Option option() {
            return new Option(tier, Candidate.of(Source.DOM, Dom.cssPath(where), raw), raw, value);
        }
    }

    /** The article's first visible date line that is not an update, if any. */
    private static Optional<Line> corroborating(List<Option> published, List<Mark> regionMarks,
            Element headline, NearHeadline near) {
        if (published.stream().noneMatch(o -> o.tier() <= GENERIC_META && o.candidate().source() != Source.DOM)) {
            return Optional.empty(); // no meta date to confirm
        }
        for (Mark m : regionMarks) {
            if (!m.machine() && m.published() && !m.modified()) {
                return Optional.of(new Line(ARTICLE_ELEMENT, m.element(), m.raw(), m.value()));
            }
        }
        if (headline != null) {
            for (Dates.Written w : near.dates(headline, 3)) {
                if (w.label() == Dates.Label.NONE || w.label() == Dates.Label.PUBLISHED) {
                    return Optional.of(new Line(NEAR_HEADLINE, headline, w.raw(), w.value()));
                }
            }
        }
        return Optional.empty();
    }

    private static boolean isUtc(Temporal t) {
        return t instanceof OffsetDateTime o && o.getOffset().equals(ZoneOffset.UTC);
    }

    /**
     * Whether the date line {@code line} could be the local day of the UTC time {@code t} (offsets
     * -12h to +14h). When the line gives a time too, that time must be the UTC time in some zone: a
     * whole number of quarter hours away, so a line about another moment does not pass.
     */
    private static boolean dayShift(Temporal t, Temporal line) {
        OffsetDateTime o = (OffsetDateTime) t;
        LocalDate day = Option.day(line);
        long diff = ChronoUnit.DAYS.between(o.toLocalDate(), day);
        if (!(diff == -1 && o.getHour() < 12 || diff == 1 && o.getHour() >= 10)) {
            return false;
        }
        if (line instanceof LocalDateTime local) {
            long minutes = ChronoUnit.MINUTES.between(o.toLocalDateTime().truncatedTo(ChronoUnit.MINUTES),
                    local.truncatedTo(ChronoUnit.MINUTES));
            return minutes >= -12 * 60 && minutes <= 14 * 60 && minutes % 15 == 0;
        }
        return true;
    }

    /** Parsed once: a query string is parsed again on every call. */
    private static final Evaluator H1 = QueryParser.parse("h1");

    /**
     * The headline when the article container has none: the first {@code h1} beside it, a few
     * levels up (skip-links and logos elsewhere come before the headline).
     */
    private static Element headlineAbove(Element container) {
        Element child = container;
        Element e = container.parent();
        for (int i = 0; e != null && i < REGION_LEVELS && !e.nameIs("body") && !e.nameIs("html"); i++) {
            for (Element sibling : e.children()) {
                Element h = sibling == child ? null : sibling.nameIs("h1") ? sibling : sibling.selectFirst(H1);
                if (h != null) {
                    return h;
                }
            }
            child = e;
            e = e.parent();
        }
        return null;
    }

    /**
     * The article container, widened a few levels up to take in the headline and the date line
     * around it when they stand above the container.
     */
    private static Element region(Element container, Element headline) {
        if (headline == null || Dom.contains(container, headline)) {
            return container;
        }
        Element e = container.parent();
        for (int i = 0; e != null && i < REGION_LEVELS && !e.nameIs("body") && !e.nameIs("html");
                i++, e = e.parent()) {
            if (Dom.contains(e, headline)) {
                return e;
            }
        }
        return container;
    }

    /**
     * Visits the elements under {@code root} in page order, without those of scripts, navigation
     * and asides, until {@code visit} returns false or {@link #MAX_WALK} were visited. It runs over
     * the article region on every page.
     */
    private static void walk(Element root, java.util.function.Predicate<Element> visit) {
        // By child index with an explicit stack: cheaper than sibling navigation, and no recursion.
        Element[] stack = new Element[32];
        int[] next = new int[32];
        int depth = 0;
        int visited = 0;
        if (!visit.test(root)) {
            return;
        }
        stack[depth++] = root;
        while (depth > 0) {
            Element top = stack[depth - 1];
            int i = next[depth - 1];
            if (i >= top.childNodeSize()) {
                depth--;
                continue;
            }
            next[depth - 1] = i + 1;
            if (top.childNode(i) instanceof Element child && !skipped(child)) {
                if (++visited > MAX_WALK || !visit.test(child)) {
                    return;
                }
                if (child.childNodeSize() > 0) {
                    if (depth == stack.length) {
                        stack = java.util.Arrays.copyOf(stack, depth * 2);
                        next = java.util.Arrays.copyOf(next, depth * 2);
                    }
                    stack[depth] = child;
                    next[depth++] = 0;
                }
            }
        }
    }

    /** Scripts, styles, forms' lists, navigation and asides hold no article date (plain tests: run per element). */
    private static boolean skipped(Element e) {
        String name = e.normalName();
        switch (name.charAt(0)) {
            case 'n': return name.equals("nav") || name.equals("noscript");
            case 's': return name.equals("script") || name.equals("style") || name.equals("svg")
                    || name.equals("select");
            case 'a': return name.equals("aside");
            case 't': return name.equals("template");
            case 'h': return name.equals("head");
            default: return false;
        }
    }

    /** The date elements under {@code root}, in page order, at most {@link #MAX_MARKS}. */
    private static void collect(Element root, List<Element> out) {
        walk(root, e -> {
            if (isDateElement(e)) {
                out.add(e);
            }
            return out.size() < MAX_MARKS;
        });
    }

    /**
     * The marks of the date elements found: those in the running text of the body, in comments,
     * sidebars and teasers (when {@code scope} is given, outside it) are left out, and so are
     * wrappers of a date element.
     */
    private static List<Mark> marks(List<Element> found, Element bodyRoot, Element scope, Element headline,
            Map<Element, Optional<Mark>> marked) {
        List<Mark> out = new ArrayList<>();
        // The headline, the body and their ancestors hold the article.
        Ancestry ancestry = new Ancestry(headline, bodyRoot, DateExtractor::verdict);
        for (int i = 0; i < found.size(); i++) {
            Element e = found.get(i);
            if (i + 1 < found.size() && machineValue(e) == null && Dom.contains(e, found.get(i + 1))) {
                continue; // a wrapper: the date element inside it says more precisely what it is
            }
            marked.computeIfAbsent(e, x -> mark(x, bodyRoot)).filter(m -> belongs(ancestry, e, scope)).ifPresent(out::add);
        }
        return out;
    }

    /**
     * Whether a date element belongs to the article: no ancestor up to the scope is a comment region,
     * a cross-reference box, an aside, a nested teaser {@code article}, or a block whose class marks
     * boilerplate. A block that also holds the headline or the body (a holder of {@code ancestry})
     * is not boilerplate whatever its class ("lay-sidebar" around the whole layout), and an {@code
     * itemprop=datePublished} is trusted in any.
     */
    private static boolean belongs(Ancestry ancestry, Element e, Element scope) {
        boolean itemprop = e.attr("itemprop").startsWith("date");
        for (Element a = e; a != null && a != scope; a = a.parent()) {
            int v = ancestry.verdict(a, a == e);
            if (v == Ancestry.EXCLUDED || v == Ancestry.BOILERPLATE && !itemprop) {
                return false;
            }
        }
        return scope == null || Dom.contains(scope, e);
    }

    /** The verdict on an element at or above a date element, for {@link #belongs}. */
    private static int verdict(Element a, boolean self, boolean holds) {
        if (Regions.isCommentRegion(a) || a.nameIs("aside") || a.nameIs("nav") || a.nameIs("footer")
                || Cues.hasCrossReferenceClass(a)) {
            return Ancestry.EXCLUDED;
        }
        if (!self && a.nameIs("article") && !holds) {
            return Ancestry.EXCLUDED; // a teaser of another article
        }
        if (!holds && Scope.isBoilerplateBlock(a, true)) {
            return Ancestry.BOILERPLATE;
        }
        return Ancestry.FINE;
    }

    /** {@code <time>}, a date {@code itemprop}, or an element whose class names a date; cheap tests first. */
    private static boolean isDateElement(Element e) {
        if (e.nameIs("time")) {
            return true;
        }
        String itemprop = e.attr("itemprop");
        if (!itemprop.isEmpty() && (itemprop.startsWith("date") || itemprop.equals("uploadDate"))) {
            return true;
        }
        String cls = e.attr("class");
        // Every date word has one of these inside, in any case but all capitals: a test without lower-casing.
        if (cls.isEmpty() || cls.indexOf("ate") < 0 && cls.indexOf("ime") < 0 && cls.indexOf("ublish") < 0
                && cls.indexOf("osted") < 0 && cls.indexOf("odified") < 0 && cls.indexOf("ATE") < 0
                && cls.indexOf("IME") < 0) {
            return false;
        }
        String lower = cls.toLowerCase(Locale.ROOT);
        for (String w : DATE_CLASS_WORDS) {
            if (lower.contains(w)) {
                return true;
            }
        }
        return false;
    }

    private static Optional<Mark> mark(Element e, Element bodyRoot) {
        if (bodyRoot != null && !e.nameIs("time") && e.parent() != null && Dom.contains(bodyRoot, e)
                && Dom.closest(e.parent(), 2, a -> a.nameIs("p") || a.nameIs("li") || a.nameIs("td")) != null) {
            return Optional.empty(); // a date inside the article's running text is about something else
        }
        String marker = (e.className() + " " + e.attr("itemprop") + " " + e.id()).toLowerCase(Locale.ROOT);
        boolean modified = marker.contains("updated") || marker.contains("modified") || marker.contains("aktualisiert");
        // WordPress marks the date of a never-edited post "published updated": it is the published date.
        boolean published = !modified || marker.contains("published") || marker.contains("datepublished");
        String machine = machineValue(e);
        if (machine != null && looksMachine(Text.clean(machine))) {
            Optional<Temporal> t = Dates.parse(machine);
            if (t.isPresent() && !(t.get() instanceof Year)) {
                return Optional.of(new Mark(e, Text.clean(machine), t.get(), true, published, modified));
            }
        }
        String own = Text.clean(e.ownText());
        Optional<Temporal> t = own.isEmpty() || own.length() > MAX_LINE ? Optional.empty() : Dates.parseDateLine(own);
        String line = own;
        if (t.isEmpty()) {
            line = Dom.textPrefix(e, MAX_LINE);
            if (line.isEmpty()) {
                return dataMark(e, published, modified); // a script writes the text from a data attribute
            }
            if (line.length() >= MAX_LINE) {
                return Optional.empty(); // a wrapper: the date element inside it says more
            }
            t = Dates.parseDateLine(line);
        }
        if (t.isEmpty() || t.get() instanceof Year) {
            return Optional.empty();
        }
        // The words on the line say more than the class: "Aktualisiert am", "Registriert:".
        Dates.Label label = lineLabel(e, line);
        if (label == Dates.Label.OTHER) {
            return Optional.empty();
        }
        if (label == Dates.Label.MODIFIED) {
            published = false;
            modified = true;
        } else if (label == Dates.Label.PUBLISHED) {
            published = true;
        }
        return Optional.of(new Mark(e, line, t.get(), false, published, modified));
    }

    /** Data attributes from which a script writes a date element's text, as the page's HTML leaves it empty. */
    private static final String[] DATE_DATA_ATTRIBUTES = {"data-date", "data-datetime", "data-time", "data-published"};

    /**
     * The mark of a date element with no text whose date stands in a data attribute, in either a
     * machine or a written form ("data-date=\"18. März 2020\""): a script fills such elements in, so the
     * attribute is what the reader sees. Epoch numbers are not read (they say no calendar day).
     */
    private static Optional<Mark> dataMark(Element e, boolean published, boolean modified) {
        for (String name : DATE_DATA_ATTRIBUTES) {
            String v = Text.clean(e.attr(name));
            if (!v.isEmpty() && v.length() <= MAX_LINE) {
                Optional<Temporal> t = looksMachine(v) ? Dates.parse(v) : Dates.parseDateLine(v);
                if (t.isPresent() && !(t.get() instanceof Year)) {
                    return Optional.of(new Mark(e, v, t.get(), true, published, modified));
                }
            }
        }
        return Optional.empty();
    }

    /** The machine-readable value of a date element: its {@code datetime}, {@code content} or microformat title. */
    private static String machineValue(Element e) {
        if (e.hasAttr("datetime")) {
            return e.attr("datetime");
        }
        if (e.hasAttr("content")) {
            return e.attr("content");
        }
        if (e.nameIs("abbr") && e.hasAttr("title")) {
            return e.attr("title"); // the hAtom "abbr.published" of Blogger and older themes
        }
        return null;
    }

    /** The label of the date on a line, or of the line's label element just before it ("Datum" "28.01.2022"). */
    private static Dates.Label lineLabel(Element e, String line) {
        List<Dates.Written> in = Dates.datesIn(line, 1);
        Dates.Label label = in.isEmpty() ? Dates.Label.NONE : in.get(0).label();
        if (label == Dates.Label.NONE && (in.isEmpty() || in.get(0).start() < 3)) {
            Element prev = e.previousElementSibling();
            if (prev != null) {
                String p = Dom.textPrefix(prev, 40);
                label = p.length() < 40 ? Dates.labelBefore(p, p.length()) : label;
            }
        }
        return label;
    }

    /**
     * The dates written near one headline ({@link #nearHeadline}), its text built and read once: the
     * first few confirm a meta date, more of them date the page when nothing else does.
     */
    static final class NearHeadline {
        private Element headline;
        private String text;
        private List<Dates.Written> dates;
        private int max;

        /** The first {@code max} dates near {@code headline}, as {@code Dates.datesIn(nearHeadline(headline), max)}. */
        List<Dates.Written> dates(Element headline, int max) {
            if (headline != this.headline) {
                this.headline = headline;
                text = nearHeadline(headline);
                dates = null;
            }
            // Fewer dates than asked for before: the text holds no more.
            if (dates == null || dates.size() >= this.max && max > this.max) {
                dates = Dates.datesIn(text, max);
                this.max = max;
            }
            return dates.size() > max ? dates.subList(0, max) : dates;
        }
    }

    /** The text around the headline: its block and what follows it, where an unmarked date line stands. */
    static String nearHeadline(Element headline) {
        StringBuilder sb = new StringBuilder();
        // The block just before the headline, the headline, and what follows it, one level up if that is short.
        Element from = headline.previousElementSibling() != null ? headline.previousElementSibling() : headline;
        appendFrom(sb, from);
        Element parent = headline.parent();
        if (sb.length() < NEAR_HEADLINE_TEXT / 2 && parent != null && !parent.nameIs("body")
                && parent.nextElementSibling() != null) {
            appendFrom(sb, parent.nextElementSibling());
        }
        return sb.toString();
    }

    /** Appends the text of {@code from} and of the nodes after it, up to the limit. */
    private static void appendFrom(StringBuilder sb, Node from) {
        for (Node n = from; n != null && sb.length() < NEAR_HEADLINE_TEXT; n = n.nextSibling()) {
            if (n instanceof TextNode t) {
                sb.append(Text.clean(t.getWholeText().length() > NEAR_HEADLINE_TEXT
                        ? t.getWholeText().substring(0, NEAR_HEADLINE_TEXT) : t.getWholeText()));
            } else if (n instanceof Element e && !Dom.NON_CONTENT.contains(e.normalName())) {
                sb.append(Dom.textPrefix(e, NEAR_HEADLINE_TEXT - sb.length()));
            }
            sb.append(' ');
        }
    }

    /** The first date written at the start of {@code place}'s text; its text is built only when it has a year. */
    private static Optional<Choice<DateValue>> firstWritten(Element place, List<Option> published,
            java.util.Set<LocalDate> updated) {
        if (!yearWithin(place, 4 * MAX_TEXT)) {
            return Optional.empty();
        }
        return written(Dates.datesIn(Dom.textPrefix(place, MAX_TEXT), 20), BODY_TEXT, place, published, updated);
    }

    /**
     * A publication date by name ("publishedAt", "publicationDate", ...) in a machine form, in the
     * data a page's scripts render from: a framework's page state ({@code __NEXT_DATA__}), a shop's
     * product object. Such a page has no meta tag or date line of its own; a key that names the
     * publication says what the date is, where "createdAt" or "date" do not. Only when every such
     * key gives the same day: several days are a list of other items. JSON-LD is the metadata
     * stage's; the scan is bounded.
     */
    private static Optional<Choice<DateValue>> pageData(ExtractionContext ctx, List<Option> published) {
        int seen = 0;
        Option first = null;
        for (Element script : ctx.pageIndex().allScripts) {
            if (seen >= MAX_SCRIPT_DATA) {
                break;
            }
            if (script.hasAttr("src") || script.attr("type").toLowerCase(Locale.ROOT).contains("ld+json")) {
                continue;
            }
            for (DataNode node : script.dataNodes()) {
                String data = node.getWholeData();
                int end = Math.min(data.length(), MAX_SCRIPT_DATA - seen);
                seen += end;
                java.util.regex.Matcher m = null;
                // Every key below has "ubli" in it: find those first, and match only at the quote before one.
                for (int i = data.indexOf("ubli"); i >= 0 && i < end; i = data.indexOf("ubli", i + 4)) {
                    int quote = i - 1;
                    while (quote >= 0 && i - quote <= 16 && data.charAt(quote) != '"') {
                        quote--;
                    }
                    if (quote < 0 || data.charAt(quote) != '"') {
                        continue;
                    }
                    m = m == null ? PUBLISHED_KEY.matcher(data) : m;
                    m.region(quote, Math.min(end, quote + 100));
                    if (!m.lookingAt()) {
                        continue;
                    }
                    String raw = m.group(2);
                    Optional<Temporal> t = looksMachine(raw) ? Dates.parse(raw) : Optional.empty();
                    if (t.isEmpty() || t.get() instanceof Year) {
                        continue;
                    }
                    if (first == null) {
                        first = new Option(PAGE_DATA, Candidate.of(Source.DOM, Dom.cssPath(script) + " \"" + m.group(1)
                                + "\"", raw), raw, t.get());
                    } else if (!first.day().equals(Option.day(t.get()))) {
                        return Optional.empty(); // a list of items (teasers, references), each with its own date
                    }
                }
            }
        }
        if (first == null) {
            return Optional.empty();
        }
        published.add(first);
        return choose(published, Optional.empty());
    }

    /** Keys that name the publication date in script data, with their string value. */
    private static final java.util.regex.Pattern PUBLISHED_KEY = java.util.regex.Pattern.compile(
            "\"(datePublished|date_published|publishedAt|published_at|publishedDate|published_date|publicationDate"
                    + "|publication_date|publishDate|publish_date|firstPublished(?:At|Date)?|first_published_at)\""
                    + "\\s*:\\s*\"([^\"]{8,40})\"");
    /** Characters of script data read at most: a page's state can be megabytes. */
    private static final int MAX_SCRIPT_DATA = 1_000_000;

    /** Whether a year stands in the first {@code max} characters of raw text under {@code root}: a plain scan. */
    private static boolean yearWithin(Element root, int max) {
        boolean[] found = {false};
        int[] seen = {0};
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    String s = t.getWholeText();
                    if (Dates.hasYear(s)) {
                        found[0] = true;
                        return FilterResult.STOP;
                    }
                    seen[0] += s.length();
                    return seen[0] > max ? FilterResult.STOP : FilterResult.CONTINUE;
                }
                return node instanceof Element e && node != root && skipped(e) ? FilterResult.SKIP_ENTIRELY
                        : FilterResult.CONTINUE;
            }
        }, root);
        return found[0];
    }

    /** The first written date that is not labelled an update or some other date. */
    private static Optional<Choice<DateValue>> written(List<Dates.Written> dates, int tier, Element place,
            List<Option> published, java.util.Set<LocalDate> updated) {
        for (Dates.Written w : dates) {
            // A label says what the date is; an unlabelled one inside a sentence dates an event.
            if ((w.label() == Dates.Label.PUBLISHED || w.label() == Dates.Label.NONE && !w.inSentence())
                    && !updated.contains(Option.day(w.value()))) {
                published.add(new Option(tier, Candidate.of(Source.DOM, Dom.cssPath(place), w.raw()), w.raw(),
                        w.value()));
                return choose(published, Optional.empty());
            }
        }
        return Optional.empty();
    }

    /**
     * A date the article's text labels as the publication date ("Erschienen am 01.11.2023"),
     * wherever it stands. Only text nodes that hold a year are read closely, with the label that
     * may stand just before them ("<b>Veröffentlicht am</b> 01.11.2023").
     */
    private static Optional<Choice<DateValue>> labelled(Element place, List<Option> published) {
        Dates.Written[] found = {null};
        int[] seen = {0};
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    String s = t.getWholeText();
                    seen[0] += s.length();
                    if (seen[0] > MAX_LABELLED_TEXT) {
                        return FilterResult.STOP;
                    }
                    if (Dates.hasYear(s)) {
                        String line = labelBefore(t) + " " + s;
                        for (Dates.Written w : Dates.datesIn(line, 5)) {
                            if (w.label() == Dates.Label.PUBLISHED) {
                                found[0] = w;
                                return FilterResult.STOP;
                            }
                        }
                    }
                } else if (node instanceof Element e && node != place && skipped(e)) {
                    return FilterResult.SKIP_ENTIRELY;
                }
                return FilterResult.CONTINUE;
            }
        }, place);
        if (found[0] == null) {
            return Optional.empty();
        }
        Dates.Written w = found[0];
        published.add(new Option(LABELLED, Candidate.of(Source.DOM, Dom.cssPath(place), w.raw()), w.raw(), w.value()));
        return choose(published, Optional.empty());
    }

    /** The short text just before a text node: its previous sibling's, or its inline parent's previous sibling's. */
    private static String labelBefore(TextNode t) {
        Node prev = t.previousSibling();
        Element p = t.parent();
        if (prev == null && p != null && p.childNodeSize() <= 2) {
            prev = p.previousSibling();
        }
        if (prev instanceof TextNode pt) {
            String s = pt.getWholeText();
            return s.length() > LABEL_CONTEXT ? s.substring(s.length() - LABEL_CONTEXT) : s;
        }
        if (prev instanceof Element pe) {
            String s = Dom.textPrefix(pe, LABEL_CONTEXT + 1);
            return s.length() > LABEL_CONTEXT ? "" : s;
        }
        return "";
    }

    private static boolean looksMachine(String s) {
        return s.length() >= 8 && Character.isDigit(s.charAt(0)) && Character.isDigit(s.charAt(3))
                && (s.charAt(4) == '-' || Character.isDigit(s.charAt(4)));
    }
}
