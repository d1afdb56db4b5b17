package io.github.articlemodel.extract;

import io.github.articlemodel.internal.Dates;
import io.github.articlemodel.internal.Dom;
import io.github.articlemodel.internal.Text;
import io.github.articlemodel.model.Candidate;
import io.github.articlemodel.model.DateValue;
import io.github.articlemodel.model.Source;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Stage 3b: the published and modified dates, kept apart. Trust runs from JSON-LD and {@code
 * article:published_time} through microdata, meta tags and {@code <time>} elements of the article
 * down to visible date lines and, last, the URL path. A date that the page marks as an update is
 * never reported as the published date; relative dates ("2 days ago") are left out.
 */
final class DateExtractor {
    /** The two dates of an article. */
    record Found(Optional<Choice<DateValue>> published, Optional<Choice<DateValue>> modified) {}

    private static final String DOM_DATES = "time, [itemprop=datePublished], [itemprop=dateModified],"
            + " [class*=date], [class*=published], [class*=posted], [class*=updated], [class*=time], .dateline";

    /** A full date in running text: numeric or with a month name, with an optional time after it. */
    private static final Pattern DATE_IN_TEXT = Pattern.compile(
            "\\b(?:\\d{1,2}\\.\\s?\\d{1,2}\\.\\s?(?:19|20)\\d{2}|\\d{4}-\\d{2}-\\d{2}"
                    + "|\\d{1,2}\\.?\\s+\\p{L}{3,12}\\.?\\s+(?:19|20)\\d{2}"
                    + "|\\p{L}{3,12}\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+(?:19|20)\\d{2})"
                    + "(?:,?\\s+\\d{1,2}[:.]\\d{2})?", Pattern.UNICODE_CASE);

    private DateExtractor() {}

    static Found extract(ExtractionContext ctx, Metadata meta, Optional<Element> bodyRoot) {
        List<Candidate> published = new ArrayList<>(meta.get("datePublished"));
        List<Candidate> modified = new ArrayList<>(meta.get("dateModified"));
        dom(ctx, bodyRoot, published, modified);
        published.addAll(meta.get("dateCreated"));
        Optional<Choice<DateValue>> pub = choose(published, "datePublished");
        Optional<Choice<DateValue>> mod = choose(modified, "dateModified");
        if (pub.isEmpty()) {
            pub = firstMarkedDate(ctx);
        }
        if (pub.isEmpty()) {
            // The first date written in the article, unless it is only the modified date again.
            pub = firstDateInText(ctx, bodyRoot).filter(p -> mod.isEmpty()
                    || !p.value().date().equals(mod.get().value().date()));
        }
        if (pub.isEmpty()) {
            pub = Dates.fromUrl(ctx.baseUrl()).map(d -> new Choice<>(DateValue.of(d.toString(), d),
                    Candidate.of(Source.URL, "url path", d.toString()), "only the URL path has a date", List.of()));
        }
        if (pub.isPresent() && mod.isPresent() && mod.get().value().compareTo(pub.get().value()) < 0) {
            ctx.warn("date.modified-before-published", "the modified date " + mod.get().value().raw()
                    + " is before the published date " + pub.get().value().raw() + "; left out");
            return new Found(pub, Optional.empty());
        }
        return new Found(pub, mod);
    }

    private static void dom(ExtractionContext ctx, Optional<Element> bodyRoot, List<Candidate> published,
            List<Candidate> modified) {
        Optional<Element> container = Scope.articleContainer(bodyRoot);
        List<Candidate> fromAttributes = new ArrayList<>();
        List<Candidate> fromText = new ArrayList<>();
        List<Candidate> modifiedAttributes = new ArrayList<>();
        List<Candidate> modifiedText = new ArrayList<>();
        int seen = 0;
        for (Element e : ctx.document().select(DOM_DATES)) {
            if (++seen > 200) {
                break;
            }
            if (container.isPresent() && !Scope.belongsToArticle(e, container.get())) {
                continue;
            }
            if (bodyRoot.isPresent() && Dom.contains(bodyRoot.get(), e) && !e.nameIs("time")
                    && e.parent() != null && Dom.closest(e.parent(), 2, a -> a.nameIs("p") || a.nameIs("li") || a.nameIs("td")) != null) {
                continue; // a date inside the article's running text is about something else
            }
            boolean machine = e.hasAttr("datetime") || e.hasAttr("content");
            if (!machine && e.selectFirst("time[datetime], [itemprop~=(?i)date], [content]") != null) {
                continue; // a wrapper: the element inside it says more precisely what it is
            }
            String marker = (e.className() + " " + e.attr("itemprop") + " " + e.id()).toLowerCase(Locale.ROOT);
            boolean isModified = marker.contains("updated") || marker.contains("modified")
                    || marker.contains("aktualisiert");
            // WordPress marks the date of a never-edited post "published updated": it is the published date.
            boolean isPublished = !isModified || marker.contains("published") || marker.contains("datepublished");
            if (!machine && e.ownText().isBlank() && Dom.textPrefix(e, 240).length() >= 240) {
                continue; // too long for a date line: not worth the whole text of a big element
            }
            String raw = machine ? (e.hasAttr("datetime") ? e.attr("datetime") : e.attr("content"))
                    : Text.clean(e.ownText().isBlank() ? e.text() : e.ownText());
            if (raw.isBlank() || raw.length() > 120) {
                continue;
            }
            Candidate c = Candidate.of(Source.DOM, Dom.cssPath(e), raw);
            if (isPublished) {
                (machine ? fromAttributes : fromText).add(c);
            }
            if (isModified) {
                (machine ? modifiedAttributes : modifiedText).add(c);
            }
        }
        published.addAll(fromAttributes);
        published.addAll(fromText);
        modified.addAll(modifiedAttributes);
        modified.addAll(modifiedText);
    }

    /**
     * A date element anywhere on the page outside comments, navigation, sidebars and footers,
     * for pages whose article container did not hold one.
     */
    private static Optional<Choice<DateValue>> firstMarkedDate(ExtractionContext ctx) {
        int seen = 0;
        for (Element e : ctx.document().select("time[datetime], [itemprop=datePublished], [itemprop=dateCreated]")) {
            if (++seen > 100) {
                break;
            }
            if (!Scope.belongsToArticle(e, null)) {
                continue;
            }
            String raw = e.hasAttr("datetime") ? e.attr("datetime") : e.hasAttr("content") ? e.attr("content") : e.text();
            Optional<Temporal> t = Dates.parse(raw);
            if (t.isPresent() && !(t.get() instanceof java.time.Year)) {
                Candidate c = Candidate.of(Source.DOM, Dom.cssPath(e), raw);
                return Optional.of(new Choice<>(DateValue.of(Text.clean(raw), t.get()), c,
                        "the first date element on the page outside comments and sidebars", List.of()));
            }
        }
        return Optional.empty();
    }

    /**
     * When nothing marks a date, the first full date written in the article (its header first,
     * then its text), as on pages that open with "Pressemitteilung vom 25. Januar 2022".
     */
    private static Optional<Choice<DateValue>> firstDateInText(ExtractionContext ctx, Optional<Element> bodyRoot) {
        List<Element> places = new ArrayList<>();
        // Around the headline first: date lines sit just above or below it.
        Element h1 = ctx.document().selectFirst("h1");
        if (h1 != null && h1.parent() != null) {
            Element around = h1.parent().parent() != null && !h1.parent().parent().nameIs("body")
                    ? h1.parent().parent() : h1.parent();
            places.add(around);
        }
        Scope.articleContainer(bodyRoot).ifPresent(places::add);
        bodyRoot.ifPresent(places::add);
        if (ctx.document().body() != null) {
            places.add(ctx.document().body());
        }
        for (Element place : places) {
            String text = Dom.textPrefix(place, 3000);
            Matcher m = DATE_IN_TEXT.matcher(text);
            while (m.find()) {
                Optional<Temporal> t = Dates.parseVisible(m.group());
                if (t.isPresent() && !(t.get() instanceof java.time.Year)) {
                    Candidate c = Candidate.of(Source.DOM, Dom.cssPath(place), m.group());
                    return Optional.of(new Choice<>(DateValue.of(Text.clean(m.group()), t.get()), c,
                            "no element marks a date; the first date written in the article", List.of()));
                }
            }
        }
        return Optional.empty();
    }

    /** The most trusted candidate that parses; ties keep page order. */
    private static Optional<Choice<DateValue>> choose(List<Candidate> candidates, String field) {
        List<Candidate> sorted = new ArrayList<>(candidates);
        sorted.sort(Comparator.comparingInt(c -> Metadata.rank(c.source())));
        for (Candidate c : sorted) {
            Optional<Temporal> t = c.source() == Source.DOM && !looksMachine(c.value())
                    ? Dates.parseVisible(c.value()) : Dates.parse(c.value());
            if (t.isPresent()) {
                List<Candidate> others = new ArrayList<>(sorted);
                others.remove(c);
                String reason = c.source() == Source.URL ? "only the URL path has a date"
                        : c.source().id() + " is the most trusted source with a readable " + field;
                return Optional.of(new Choice<>(DateValue.of(Text.clean(c.value()), t.get()), c, reason,
                        others.subList(0, Math.min(others.size(), 10))));
            }
        }
        return Optional.empty();
    }

    private static boolean looksMachine(String s) {
        return s.length() >= 10 && Character.isDigit(s.charAt(0)) && s.charAt(4) == '-';
    }
}
