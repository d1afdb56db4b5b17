package io.github.articlemodel.extract;

import io.github.articlemodel.internal.Text;
import io.github.articlemodel.internal.Urls;
import io.github.articlemodel.model.Candidate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The headline rules of the assembler: the visible h1 that agrees with the page's metadata wins;
 * failing that, the most trusted metadata title with the site's name taken off ("Title | Site",
 * "Site - Title").
 */
final class Headlines {
    private static final String SEPARATORS = "[|\\-–—·•:»]{1,2}";
    private static final Pattern TITLE_SEPARATOR = Pattern.compile("\\s+" + SEPARATORS + "\\s+");
    private static final Pattern LEADING_SEPARATOR = Pattern.compile("^\\s+" + SEPARATORS + "\\s+(.+)$");
    private static final Pattern TRAILING_SEPARATOR = Pattern.compile("^(.+?)\\s+" + SEPARATORS + "\\s*$");
    /** A permalink sign that documentation generators append to headings ("Title¶"). */
    private static final Pattern PERMALINK_MARK = Pattern.compile("\\s*[¶§#🔗]$");
    private static final Pattern HIERARCHY = Pattern.compile("\\s[»>/]\\s");
    /** A pipe before the title's last part: "Headline | Site". */
    private static final Pattern PIPE_BEFORE_LAST = Pattern.compile("\\s\\|\\s+[^|]*$");
    /** A title part that is a host name ("example.org"): it names the site, not the story. */
    private static final Pattern HOST = Pattern.compile("(?i)(?:[a-z0-9][a-z0-9-]*\\.)+[a-z]{2,12}");
    /** A title part that is only a date ("23.01.2022"): a filing label, not part of the headline. */
    private static final Pattern DATE_PART = Pattern.compile("\\d{1,4}[./-]\\d{1,2}[./-]\\d{1,4}");
    // Compiled once: a pattern given to String.split as text is compiled again on every call.
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern SPACES_AND_PUNCTUATION = Pattern.compile("[\\s\\p{Punct}]+");
    /** Quote marks: a meta attribute written with an unescaped one ends there, cutting the title short. */
    private static final String QUOTE_MARKS = "\"'“”„«»‘’";

    private Headlines() {}

    /**
     * The headline with its provenance, or empty when the page has no title at all.
     *
     * @param m         the metadata stage's candidates
     * @param knownSite the site's name from the metadata, if it gives one
     * @param pageUrl   the page's address, whose host may be spelled in its title
     */
    static Optional<Choice<String>> choose(Metadata m, Optional<String> knownSite, String pageUrl) {
        String host = hostKey(pageUrl);
        List<Candidate> meta = new ArrayList<>(m.get("headline"));
        meta.sort(Comparator.comparingInt(c -> Metadata.rank(c.source())));
        List<Candidate> visible = new ArrayList<>();
        for (Candidate h1 : m.get("h1")) {
            String text = PERMALINK_MARK.matcher(h1.value()).replaceFirst("");
            visible.add(text.equals(h1.value()) ? h1 : Candidate.of(h1.source(), h1.locator(), text));
        }
        Optional<Candidate> title = m.best("title");
        Optional<String> siteName = knownSite.or(() -> title.flatMap(t -> inferredSite(t, meta)));
        List<Candidate> all = new ArrayList<>(meta);
        all.addAll(visible);
        all.addAll(m.get("title"));
        List<Candidate> titles = concat(meta, m.get("title"));
        String site = siteName.map(Text::letters).orElse("");
        List<Candidate> h1s = new ArrayList<>();
        // The letters of each h1 and title, read once: the loops below compare every pair.
        List<String> h1Keys = new ArrayList<>();
        for (Candidate h1 : visible) {
            String key = Text.letters(h1.value());
            boolean siteLabel = key.equals(site) || key.equals(host) || HOST.matcher(h1.value().trim()).matches();
            if (!key.isEmpty() && !siteLabel) {
                h1s.add(h1);
                h1Keys.add(key);
            }
        }
        String[] titleKeys = new String[titles.size()];
        for (int j = 0; j < titleKeys.length && !h1s.isEmpty(); j++) {
            titleKeys[j] = Text.letters(titles.get(j).value());
        }
        // An h1 equal to a metadata title, with or without its site name ("Headline | Site"),
        // whatever its place among the h1s: pages often put the site's name in an h1 first. The
        // most trusted title decides which h1 that is.
        for (int j = 0; j < titleKeys.length && !h1s.isEmpty(); j++) {
            Candidate c = titles.get(j);
            String k = titleKeys[j];
            String stripped = Text.letters(stripSiteName(c.value(), siteName, host));
            for (int i = 0; i < h1s.size(); i++) {
                String key = h1Keys.get(i);
                if (key.equals(k) || key.equals(stripped)) {
                    return Optional.of(agreeing(h1s.get(i), c, meta, all));
                }
            }
        }
        for (int i = 0; i < h1s.size(); i++) {
            Candidate h1 = h1s.get(i);
            String key = h1Keys.get(i);
            if (key.length() < 3) {
                continue;
            }
            for (int j = 0; j < titleKeys.length; j++) {
                Candidate c = titles.get(j);
                String k = titleKeys[j];
                // Most of a title, or the end of one without separators past a label ("Site: Headline").
                if (k.contains(key) && key.length() * 2 > k.length() || key.length() >= 5 && key.length() * 3 >= k.length()
                        && k.endsWith(key) && !TITLE_SEPARATOR.matcher(c.value()).find()) {
                    return Optional.of(agreeing(h1, c, meta, all));
                }
            }
        }
        Optional<String> strippedTitle = title.map(c -> stripSiteName(c.value(), siteName, host));
        // A metadata title that shares no word with an h1 the page title repeats, and is not in
        // the page title itself, is a slogan or a call to join: the h1 is the headline.
        if (!meta.isEmpty() && title.isPresent() && !mostWordsIn(meta.get(0).value(), title.get().value())) {
            for (Candidate h1 : h1s) {
                if (!sharesWord(meta.get(0).value(), h1.value()) && mostWordsIn(h1.value(), title.get().value())) {
                    return Optional.of(choice(h1.value(), h1, "the h1 the page title repeats; "
                            + meta.get(0).source().id() + " shares no word with it", all));
                }
            }
        }
        Optional<Choice<String>> heading = title.flatMap(t -> headingInTitle(t, meta, m.get("h2"), h1s, site, all));
        if (heading.isPresent()) {
            return heading;
        }
        if (h1s.size() == 1) {
            Candidate h1 = h1s.get(0);
            Optional<Choice<String>> wrapped = unwrapped(h1, meta, all);
            if (wrapped.isPresent()) {
                return wrapped;
            }
            // A one- or two-word h1 is more often a section or site label than the headline.
            int h1Words = words(h1.value());
            // With no metadata headline, an h1 sharing no word with the page title labels a section.
            boolean section = meta.isEmpty() && strippedTitle.filter(t -> !sharesWord(t, h1.value())).isPresent();
            if (!section && (h1Words >= 3 || strippedTitle.map(t -> words(t) <= h1Words).orElse(true))) {
                return Optional.of(choice(h1.value(), h1, "the page's only h1", all));
            }
        }
        if (!meta.isEmpty()) {
            Candidate c = meta.get(0);
            String value = stripSiteName(c.value(), siteName, host);
            Optional<String> whole = strippedTitle.filter(t -> cutAtQuote(value, t));
            if (whole.isPresent()) {
                return Optional.of(choice(whole.get(), title.get(), "the page title; "
                        + c.source().id() + " is cut short at a quote mark", all));
            }
            // The page title in its typographic form ("Jan – May" beside "Jan - May"): the form an editor typed.
            if (strippedTitle.filter(t -> !t.equals(value) && Text.letters(t).equals(Text.letters(value))
                    && typographic(t) > typographic(value)).isPresent()) {
                return Optional.of(choice(strippedTitle.get(), title.get(),
                        "the page title, the typographic form of " + c.source().id(), all));
            }
            return Optional.of(choice(value, c, "most trusted metadata title", all));
        }
        return title.map(c -> choice(strippedTitle.get(), c, "the page title", all));
    }

    /** "Title | Site", "Site - Title" and similar lose the site's name; so do host-name and date-only parts. */
    static String stripSiteName(String title, Optional<String> siteName) {
        return stripSiteName(title, siteName, "");
    }

    /**
     * As {@link #stripSiteName(String, Optional)}, where a part spelling the page's host
     * ({@link #hostKey}) is the site's name as well.
     */
    static String stripSiteName(String title, Optional<String> siteName, String host) {
        String[] parts = TITLE_SEPARATOR.split(title);
        if (parts.length < 2) {
            return title;
        }
        String labelled = withoutLabels(title, parts, host);
        if (!labelled.equals(title)) {
            return stripSiteName(labelled, siteName, host);
        }
        if (siteName.isPresent()) {
            String site = Text.key(siteName.get());
            // A site name may span parts ("Section - Site"): try it whole at either end first.
            Matcher sep = TITLE_SEPARATOR.matcher(title);
            while (sep.find()) {
                String before = title.substring(0, sep.start()).trim();
                String after = title.substring(sep.end()).trim();
                if (Text.key(after).equals(site) && !before.isEmpty()) {
                    return before;
                }
                if (Text.key(before).equals(site) && !after.isEmpty()) {
                    return after;
                }
            }
            List<String> kept = new ArrayList<>();
            for (String p : parts) {
                if (!Text.key(p).equals(site)) {
                    kept.add(p);
                }
            }
            if (kept.size() < parts.length && !kept.isEmpty()) {
                return rejoin(title, kept);
            }
            // Parts at the end that are forms of the site's name ("Herald", "HH" for "Harbour Herald")
            // go; when none is, the name is not in the title and its last part is a subtitle.
            int end = parts.length;
            while (end > 1 && siteLike(parts[end - 1], siteName.get())) {
                end--;
            }
            if (end < parts.length) {
                return rejoin(title, List.of(parts).subList(0, end));
            }
            return title;
        }
        // Without a known site name: "Site » Section » Title" puts the title last, "Title | Site"
        // and "Title - Site - Tagline" first.
        String first = parts[0].trim();
        String last = parts[parts.length - 1].trim();
        if (HIERARCHY.matcher(title).find() && words(last) >= 2) {
            return last;
        }
        if (HOST.matcher(first).matches()) {
            return title; // "example.org | Section" or "Node.js - Download": no part is the headline alone
        }
        // Only a short last part is a site name; a long one is a subtitle and stays.
        if (words(last) <= 4 && (words(first) >= 3 || first.length() >= 2 * last.length())) {
            return first;
        }
        // A pipe is not a subtitle's dash or colon: a short part after the last one names the site.
        if (parts.length == 2 && words(last) <= 4 && PIPE_BEFORE_LAST.matcher(title).find()) {
            return first;
        }
        return title;
    }

    /** Whether a title part is a form of the site's name: a piece of it, its initials, or it with a little more. */
    private static boolean siteLike(String part, String siteName) {
        String p = Text.letters(part);
        String site = Text.letters(siteName);
        if (p.isEmpty() || site.isEmpty()) {
            return false;
        }
        if (site.contains(p) || p.contains(site) && site.length() * 3 >= p.length() * 2) {
            return true;
        }
        StringBuilder initials = new StringBuilder();
        for (String w : SPACES_AND_PUNCTUATION.split(siteName)) {
            String l = Text.letters(w);
            if (l.length() > 2) {
                initials.appendCodePoint(l.codePointAt(0));
            }
        }
        return p.length() >= 2 && p.contentEquals(initials);
    }

    /** The letters of a page address's host without "www." and its top-level domain: "biathlon-antholz.it" gives "biathlonantholz". */
    static String hostKey(String url) {
        String h = Urls.siteHost(url);
        if (h.isEmpty()) {
            return "";
        }
        int dot = h.lastIndexOf('.');
        return Text.letters(dot > 0 ? h.substring(0, dot) : h);
    }

    /**
     * The title without date-only parts, and without a host-name part after the first and what
     * follows it ("Headline | example.org | Tagline", or "Headline - Example" on example.org);
     * the title itself when it has neither.
     */
    private static String withoutLabels(String title, String[] parts, String host) {
        List<String> kept = new ArrayList<>();
        int hostAt = -1;
        for (String p : parts) {
            String t = p.trim();
            if (DATE_PART.matcher(t).matches()) {
                continue;
            }
            if (hostAt < 0 && (HOST.matcher(t).matches() || !host.isEmpty() && Text.letters(t).equals(host))) {
                hostAt = kept.size();
            }
            kept.add(p);
        }
        if (hostAt > 0) { // a host name first may as well be a product ("Node.js - ...")
            kept = kept.subList(0, hostAt);
        }
        return kept.isEmpty() || kept.size() == parts.length ? title : rejoin(title, kept);
    }

    /**
     * The site's name a page gives away when its title is a metadata headline plus a part
     * ("Headline – Site" beside og:title "Headline").
     */
    private static Optional<String> inferredSite(Candidate title, List<Candidate> meta) {
        String t = title.value().trim();
        for (Candidate c : meta) {
            String h = c.value().trim();
            if (Text.letters(h).length() < 8 || t.length() <= h.length()) {
                continue;
            }
            if (t.regionMatches(true, 0, h, 0, h.length())) {
                Matcher rest = LEADING_SEPARATOR.matcher(t.substring(h.length()));
                if (rest.matches()) {
                    return Optional.of(rest.group(1).trim());
                }
            } else if (t.regionMatches(true, t.length() - h.length(), h, 0, h.length())) {
                Matcher rest = TRAILING_SEPARATOR.matcher(t.substring(0, t.length() - h.length()));
                if (rest.matches()) {
                    return Optional.of(rest.group(1).trim());
                }
            }
        }
        return Optional.empty();
    }

    /**
     * A heading that is one part of the page title ("Site | Headline" beside an h2 "Headline"),
     * when no metadata headline says otherwise and the page has no h1, or only one that is the
     * title's last part (the site's logo in "Headline | Site").
     */
    private static Optional<Choice<String>> headingInTitle(Candidate title, List<Candidate> meta,
            List<Candidate> headings, List<Candidate> h1s, String site, List<Candidate> all) {
        String[] parts = TITLE_SEPARATOR.split(title.value());
        if (parts.length < 2 || headings.isEmpty() || h1s.size() > 1) {
            return Optional.empty();
        }
        String whole = Text.letters(title.value());
        if (meta.stream().anyMatch(c -> !Text.letters(c.value()).equals(whole))) {
            return Optional.empty();
        }
        if (!h1s.isEmpty() && !Text.letters(h1s.get(0).value()).equals(Text.letters(parts[parts.length - 1]))) {
            return Optional.empty();
        }
        for (Candidate h : headings) {
            String key = Text.letters(h.value());
            if (key.length() < 8 || key.equals(site)) {
                continue;
            }
            for (int i = 0; i < parts.length - (h1s.isEmpty() ? 0 : 1); i++) {
                if (Text.letters(parts[i]).equals(key)) {
                    List<Candidate> with = new ArrayList<>(all);
                    with.add(h);
                    return Optional.of(choice(parts[i].trim(), h, "a heading that is one part of the page title", with));
                }
            }
        }
        return Optional.empty();
    }

    /** Whether a metadata title is the page title cut short where an unescaped quote mark ended its attribute. */
    private static boolean cutAtQuote(String value, String title) {
        String v = value.trim();
        if (v.isEmpty() || title.length() <= v.length() || !title.startsWith(v)) {
            return false;
        }
        String rest = title.substring(v.length()).trim();
        return !rest.isEmpty() && QUOTE_MARKS.indexOf(rest.charAt(0)) >= 0;
    }

    /** The h1 that agrees with a metadata title, or the metadata headline it wraps in a label. */
    private static Choice<String> agreeing(Candidate h1, Candidate agreed, List<Candidate> meta, List<Candidate> all) {
        return unwrapped(h1, meta, all)
                .orElseGet(() -> choice(h1.value(), h1, "the visible h1 agrees with " + agreed.source().id(), all));
    }

    /**
     * The metadata headline an h1 wraps in a section label, a kicker or the site's name
     * ("Local News | Headline"), or follows with a date line, when the h1 holds it whole and
     * little else. A metadata title with a site's name after a separator counts by its first part.
     */
    private static Optional<Choice<String>> unwrapped(Candidate h1, List<Candidate> meta, List<Candidate> all) {
        String key = Text.letters(h1.value());
        // A quotation leading a headline ("'Pure void': ...") is part of it, not a label.
        String shown = h1.value().trim();
        boolean quoted = !shown.isEmpty() && QUOTE_MARKS.indexOf(shown.charAt(0)) >= 0;
        for (Candidate c : meta) {
            String value = c.value().trim();
            String k = Text.letters(value);
            if (wraps(key, k) && !value.endsWith("...") && !value.endsWith("…")) { // not a cut-off social title
                String[] parts = TITLE_SEPARATOR.split(h1.value());
                // A kicker comes first, often in its own element with no separator; a site's name
                // comes last, after a separator (a longer h1 without one is a longer headline).
                boolean kicker = key.endsWith(k) && !quoted;
                boolean siteSuffix = key.startsWith(k) && parts.length > 1
                        && key.substring(k.length()).equals(Text.letters(parts[parts.length - 1]));
                if (kicker || siteSuffix || key.startsWith(k) && datedAfter(h1.value(), value)) {
                    return Optional.of(choice(value, c, "the visible h1 wraps " + c.source().id() + " in a label", all));
                }
            }
            // A kicker h1 may end with the first part of a "Headline - Site" title.
            String[] metaParts = TITLE_SEPARATOR.split(value);
            String first = metaParts[0].trim();
            if (metaParts.length > 1 && !quoted && wraps(key, Text.letters(first)) && key.endsWith(Text.letters(first))) {
                return Optional.of(choice(first, c, "the visible h1 wraps " + c.source().id() + " in a label", all));
            }
        }
        return Optional.empty();
    }

    /** Whether a headline of these letters is long enough to trust and most of an h1 of those. */
    private static boolean wraps(String h1, String headline) {
        return headline.length() >= 8 && headline.length() < h1.length() && headline.length() * 2 > h1.length();
    }

    /** Whether a heading goes on past the headline into a date ("Headline 02.02.2022 • News"). */
    private static boolean datedAfter(String heading, String headline) {
        int at = heading.indexOf(headline);
        return at >= 0 && DATE_PART.matcher(heading.substring(at + headline.length())).find();
    }

    /** Whether two titles share a word of four or more letters or digits, in any case. */
    private static boolean sharesWord(String a, String b) {
        java.util.Set<String> in = lowerWords(a, 4);
        for (String w : WORD_BREAK.split(b)) {
            if (w.length() >= 4 && in.contains(w.toLowerCase(java.util.Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code a} has three or more words of four or more letters, and {@code b} holds two in three of them. */
    private static boolean mostWordsIn(String a, String b) {
        java.util.Set<String> in = lowerWords(b, 1);
        int words = 0;
        int found = 0;
        for (String w : WORD_BREAK.split(a)) {
            if (w.length() >= 4) {
                words++;
                found += in.contains(w.toLowerCase(java.util.Locale.ROOT)) ? 1 : 0;
            }
        }
        return words >= 3 && found * 3 >= words * 2;
    }

    private static final Pattern WORD_BREAK = Pattern.compile("[^\\p{L}\\p{N}]+");

    /** The lower-case words (runs of letters and digits) of a title, those of {@code minLength} or more. */
    private static java.util.Set<String> lowerWords(String s, int minLength) {
        java.util.Set<String> words = new java.util.HashSet<>();
        for (String w : WORD_BREAK.split(s)) {
            if (w.length() >= minLength) {
                words.add(w.toLowerCase(java.util.Locale.ROOT));
            }
        }
        return words;
    }

    /** How many typographic dashes, quotes and apostrophes a title has. */
    private static int typographic(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if ("–—“”„‘’«»…".indexOf(s.charAt(i)) >= 0) {
                n++;
            }
        }
        return n;
    }

    private static String rejoin(String title, List<String> kept) {
        if (kept.size() == 1) {
            return kept.get(0).trim();
        }
        // Keep the original separators between the remaining parts.
        int start = title.indexOf(kept.get(0));
        String lastPart = kept.get(kept.size() - 1);
        int end = title.lastIndexOf(lastPart) + lastPart.length();
        return start >= 0 && end > start ? title.substring(start, end).trim() : String.join(" - ", kept);
    }

    private static int words(String s) {
        String t = s.trim();
        return t.isEmpty() ? 0 : SPACES.split(t).length;
    }

    private static List<Candidate> concat(List<Candidate> a, List<Candidate> b) {
        List<Candidate> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    private static Choice<String> choice(String value, Candidate winner, String reason, List<Candidate> all) {
        List<Candidate> others = new ArrayList<>(all);
        others.remove(winner);
        return new Choice<>(value, winner, reason, others.subList(0, Math.min(others.size(), 10)));
    }
}
