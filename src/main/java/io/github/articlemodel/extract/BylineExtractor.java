package io.github.articlemodel.extract;

import io.github.articlemodel.internal.Text;
import io.github.articlemodel.internal.Urls;
import io.github.articlemodel.model.AgentType;
import io.github.articlemodel.model.Source;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Stage 3a: the credited people and organisations. Candidates come from the metadata (JSON-LD,
 * microdata, meta tags) and from byline markup in the article ({@code rel=author}, {@code
 * itemprop=author}, hCard, byline classes); names are cleaned ("By", dates and roles stripped) and
 * split ("A, B and C"). Never from teasers, sidebars or comments.
 */
final class BylineExtractor {
    /** A byline candidate group: the names one source gave, with where they came from. */
    record Found(List<Metadata.AuthorCandidate> names, Source source, String reason) {}

    private static final Pattern PREFIX = Pattern.compile(
            "^(?:(?:written|posted|published|reported|text|words|story|photos?|edited|veröffentlicht|geschrieben"
                    + "|verfasst|ein beitrag|beitrag|artikel|publié|écrit|geschreven|escrito|publicado|scritto"
                    + "|napisane|opublikowane)(?:\\s*:\\s*|\\s+))?(?:(?:by|von|par|door|por|di|da|de|av|af|przez"
                    + "|autor(?:in)?|author|auteur|texte?|tekst|interview|redaktion)(?:\\s*[:\\-–]\\s*|\\s+))?",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern SPLIT = Pattern.compile(
            "\\s*(?:,|;|&|\\||/|\\s(?:and|und|et|en|y|e|i|och|og|a)\\s)\\s*", Pattern.CASE_INSENSITIVE);
    private static final Pattern LATE_BY = Pattern.compile(
            "^(?:posted|published|updated|veröffentlicht|erstellt|geschrieben|publié|gepubliceerd|publicado)\\b.{0,60}?"
                    + "\\b(?:by|von|par|door|por|di)\\s+(\\p{Lu}.*)$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** Degrees and titles written after a name, split off by its comma ("Grant Tinsley, PhD"). */
    private static final Pattern CREDENTIAL = Pattern.compile(
            "(?:ph\\.?d\\.?|m\\.?d\\.?|m\\.?a\\.?|m\\.?s\\.?|b\\.?a\\.?|r\\.?d\\.?|r\\.?n\\.?|mba|mph|msc|bsc|jr\\.?|sr\\.?"
                    + "|dr\\.?|prof\\.?|esq\\.?|cfa|cpa|llm|dipl\\.?.*|mag\\.?|ing\\.?)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern AFFILIATION = Pattern.compile("\\s+(?:for|für|pour|voor|para|per|dla)\\s+(.+)$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern JUNK = Pattern.compile(
            "\\d|@|https?:|www\\.|\\b(?:ago|hours?|minutes?|updated|published|share|follow|home|menu|comments?|"
                    + "read more|min read|subscribe|login|sign in|image|photo|foto|bild|picture|credit|quelle|source)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ORGANIZATION = Pattern.compile(
            "^(?:ap|afp|apa|dpa|epd|kna|reuters|bloomberg|anp|belga|efe|ansa|pap|sda|upi|associated press|"
                    + "agence france-presse|press association|pa media|staff|staff writers?|editorial staff|"
                    + "redaktion|die redaktion|rédaction|la rédaction|redactie|de redactie|redacción|redazione|"
                    + "redakcja|newsroom|news desk|web desk|online desk|agencies)$", Pattern.CASE_INSENSITIVE);
    private static final String DOM_SELECTOR = "[rel~=author], [itemprop=author], .byline, .author, .entry-author,"
            + " .post-author, .article-author, .author-name, .vcard .fn, [class*=byline], [class*=Byline],"
            + " address.author, [class*=author-name], [class*=AuthorName], [class*=autor], [data-testid*=author],"
            + " [data-component=byline], [data-testid*=byline], [class*=author-info], a[href*=/author/],"
            + " a[href*=/autor/]";

    private BylineExtractor() {}

    static Optional<Found> extract(ExtractionContext ctx, Metadata meta, Optional<Element> bodyRoot) {
        List<Metadata.AuthorCandidate> dom = dom(ctx, bodyRoot);
        String domReason = "byline markup in the article";
        if (dom.isEmpty()) {
            dom = bylineLine(ctx, bodyRoot);
            domReason = "a byline line in the article";
        }
        // Structured sources first, in their trust order.
        for (Source source : List.of(Source.JSON_LD, Source.MICRODATA)) {
            List<Metadata.AuthorCandidate> names = clean(meta.authors(), source);
            if (names.isEmpty()) {
                continue;
            }
            boolean domHasPerson = dom.stream().anyMatch(d -> d.type() == AgentType.PERSON);
            if (domHasPerson && onlyThePublisher(names, meta)) {
                return Optional.of(new Found(dom, Source.DOM,
                        "the page names a person where " + source.id() + " names only the publisher"));
            }
            return Optional.of(new Found(withDomUrls(names, dom), source, source.id() + " names the authors"));
        }
        if (!dom.isEmpty()) {
            return Optional.of(new Found(dom, Source.DOM, domReason));
        }
        for (Source source : List.of(Source.OPENGRAPH, Source.META, Source.DUBLIN_CORE)) {
            List<Metadata.AuthorCandidate> names = clean(meta.authors(), source);
            if (!names.isEmpty()) {
                return Optional.of(new Found(names, source, source.id() + " names the authors"));
            }
        }
        return Optional.empty();
    }

    /** Whether the structured authors are only organisations, or only the site or publisher itself. */
    private static boolean onlyThePublisher(List<Metadata.AuthorCandidate> names, Metadata meta) {
        List<String> site = new ArrayList<>();
        meta.get("siteName").forEach(c -> site.add(io.github.articlemodel.internal.Text.key(c.value())));
        meta.get("publisherName").forEach(c -> site.add(io.github.articlemodel.internal.Text.key(c.value())));
        for (Metadata.AuthorCandidate n : names) {
            String k = io.github.articlemodel.internal.Text.key(n.name());
            boolean publisher = n.type() == AgentType.ORGANIZATION
                    || site.stream().anyMatch(x -> !x.isEmpty() && (x.contains(k) || k.contains(x)));
            if (!publisher) {
                return false;
            }
        }
        return true;
    }

    /** A line that starts like a byline ("By ...", "Von ...", "Text: ..."). */
    private static final Pattern BYLINE_LINE = Pattern.compile(
            "^(?:by|von|par|door|por|przez|text|texte|tekst|autor|autorin|author|auteur|written by|geschrieben von"
                    + "|ein beitrag von|verfasst von|escrito por|scritto da|napisał|napisała)\\s*:?\\s+\\p{Lu}",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /**
     * When no element is marked as a byline: a short line in the article that reads like one,
     * near its top or bottom ("Von Sara Zinnecker", "Text: Kathrin Führes").
     */
    private static List<Metadata.AuthorCandidate> bylineLine(ExtractionContext ctx, Optional<Element> bodyRoot) {
        Optional<Element> container = Scope.articleContainer(bodyRoot);
        if (container.isEmpty()) {
            return List.of();
        }
        List<Element> lines = container.get().select("p, span, div, li, small, em, strong, address, b, i, h4, h5, h6");
        int n = lines.size();
        for (int i = 0; i < n && i < 2000; i++) {
            // the top and the bottom of the article only
            if (i > 150 && i < n - 60) {
                continue;
            }
            Element e = lines.get(i);
            String own = io.github.articlemodel.internal.Text.clean(e.text());
            if (own.isEmpty() || own.length() > 80 || !BYLINE_LINE.matcher(own).find()
                    || !Scope.belongsToArticle(e, container.get())) {
                continue;
            }
            List<String> names = names(own);
            if (!names.isEmpty()) {
                Element link = e.selectFirst("a[href]");
                Optional<String> url = link == null || names.size() != 1 ? Optional.empty()
                        : Urls.resolve(ctx.baseUrl(), link.attr("href"));
                List<Metadata.AuthorCandidate> out = new ArrayList<>();
                String loc = io.github.articlemodel.internal.Dom.cssPath(e);
                names.forEach(name -> out.add(candidate(name, url, loc)));
                return out;
            }
        }
        return List.of();
    }

    private static List<Metadata.AuthorCandidate> clean(List<Metadata.AuthorCandidate> all, Source source) {
        Map<String, Metadata.AuthorCandidate> out = new LinkedHashMap<>();
        for (Metadata.AuthorCandidate c : all) {
            if (c.source() != source) {
                continue;
            }
            for (String name : names(c.name())) {
                AgentType type = c.type() == AgentType.ORGANIZATION || ORGANIZATION.matcher(name).matches()
                        ? AgentType.ORGANIZATION : AgentType.PERSON;
                out.putIfAbsent(name.toLowerCase(Locale.ROOT),
                        new Metadata.AuthorCandidate(name, c.url(), type, c.source(), c.locator()));
            }
        }
        return new ArrayList<>(out.values());
    }

    /** The names in a byline string: prefix, dates and roles stripped, lists split. */
    static List<String> names(String raw) {
        String s = Text.clean(raw);
        List<String> out = new ArrayList<>();
        if (s.isEmpty() || s.length() > 300) {
            return out;
        }
        // "Posted on September 21, 2020 by Adi Tzlil": the name follows the last "by".
        java.util.regex.Matcher late = LATE_BY.matcher(s);
        if (late.find()) {
            s = late.group(1);
        }
        s = s.replaceAll("\\s*\\([^)]{0,80}\\)", ""); // "(Pressesprecher des EJW)": a role, not a name
        s = PREFIX.matcher(s).replaceFirst("");
        // "Jane Doe, Reuters": an organisation after a comma is the person's affiliation, not a co-author.
        int comma = s.lastIndexOf(',');
        if (comma > 0 && ORGANIZATION.matcher(s.substring(comma + 1).trim()).matches()
                && !ORGANIZATION.matcher(s.substring(0, comma).trim()).matches()) {
            s = s.substring(0, comma);
        }
        for (String part : SPLIT.split(s)) {
            String name = PREFIX.matcher(Text.clean(part)).replaceFirst("");
            name = AFFILIATION.matcher(name).replaceFirst("");
            name = name.replaceAll("^[\\p{Punct}\\s]+|[\\p{Punct}&&[^.]]+$", "").trim();
            if (plausible(name) && !CREDENTIAL.matcher(name).matches()) {
                out.add(name);
            }
        }
        return out;
    }

    private static boolean plausible(String name) {
        if (name.length() < 2 || name.length() > 60 || JUNK.matcher(name).find()) {
            return false;
        }
        int words = name.split("\\s+").length;
        return words <= 6 && Character.isLetter(name.codePointAt(0));
    }

    private static List<Metadata.AuthorCandidate> dom(ExtractionContext ctx, Optional<Element> bodyRoot) {
        Optional<Element> container = Scope.articleContainer(bodyRoot);
        List<Metadata.AuthorCandidate> inArticle = container.isPresent()
                ? firstByline(ctx, bodyRoot, container.get()) : List.of();
        if (!inArticle.isEmpty()) {
            return inArticle;
        }
        // Some themes put the byline in a page header outside the article element.
        return firstByline(ctx, bodyRoot, null);
    }

    /** The names of the first byline element (in page order) that gives any, within {@code container}. */
    private static List<Metadata.AuthorCandidate> firstByline(ExtractionContext ctx, Optional<Element> bodyRoot,
            Element container) {
        Element article = bodyRoot.flatMap(r -> Scope.articleContainer(Optional.of(r))).orElse(null);
        int seen = 0;
        for (Element e : ctx.document().select(DOM_SELECTOR)) {
            if (++seen > 300) {
                break;
            }
            // Outside the article, only the path up to the nearest element shared with the body is judged.
            Element scope = container != null ? container : bodyRoot.map(r -> commonAncestor(r, e)).orElse(null);
            if (!Scope.belongsToArticle(e, scope)) {
                continue;
            }
            if (container == null && article != null && !io.github.articlemodel.internal.Dom.contains(article, e)
                    && insideOtherArticle(e)) {
                continue;
            }
            if (io.github.articlemodel.internal.Dom.textPrefix(e, 400).length() >= 400) {
                continue; // too long for a byline: not worth the whole text of a big element
            }
            String text = e.text();
            if (text.length() > 200) {
                continue;
            }
            // Author links name the people more cleanly than the line around them.
            List<Element> links = e.select("a[rel~=author], a[href*=/author/], a[href*=/autor/], a[href*=/auteur/],"
                    + " a[href*=/authors/], a[href*=/profile/], a[href*=/redakteur/]");
            if (e.nameIs("a")) {
                links = List.of(e);
            }
            Map<String, Metadata.AuthorCandidate> out = new LinkedHashMap<>();
            String loc = io.github.articlemodel.internal.Dom.cssPath(e);
            if (!links.isEmpty()) {
                for (Element a : links) {
                    Optional<String> url = Urls.resolve(ctx.baseUrl(), a.attr("href"));
                    for (String n : names(a.text())) {
                        out.putIfAbsent(n.toLowerCase(Locale.ROOT), candidate(n, url, loc));
                    }
                }
            }
            if (out.isEmpty()) {
                // A byline line often wraps the name in its own element ("von<span class=author>...").
                Element inner = e.selectFirst("[itemprop=author] [itemprop=name], [itemprop=name], .fn, .author-name,"
                        + " .author, [rel~=author]");
                if (inner != null && inner != e) {
                    text = inner.text();
                }
                List<String> names = names(text);
                Element link = e.selectFirst("a[href]");
                Optional<String> url = link == null || names.size() != 1 ? Optional.empty()
                        : Urls.resolve(ctx.baseUrl(), link.attr("href"));
                for (String n : names) {
                    out.putIfAbsent(n.toLowerCase(Locale.ROOT), candidate(n, url, loc));
                }
            }
            if (!out.isEmpty()) {
                return new ArrayList<>(out.values());
            }
        }
        return List.of();
    }

    private static Element commonAncestor(Element a, Element b) {
        for (Element x = a; x != null; x = x.parent()) {
            if (io.github.articlemodel.internal.Dom.contains(x, b)) {
                return x;
            }
        }
        return null;
    }

    private static boolean insideOtherArticle(Element e) {
        for (Element a = e.parent(); a != null; a = a.parent()) {
            if (a.nameIs("article")) {
                return true;
            }
        }
        return false;
    }

    private static Metadata.AuthorCandidate candidate(String name, Optional<String> url, String locator) {
        AgentType type = ORGANIZATION.matcher(name).matches() ? AgentType.ORGANIZATION : AgentType.PERSON;
        return new Metadata.AuthorCandidate(name, url, type, Source.DOM, locator);
    }

    /** Adds the profile link the page shows to structured names that lack one. */
    private static List<Metadata.AuthorCandidate> withDomUrls(List<Metadata.AuthorCandidate> names,
            List<Metadata.AuthorCandidate> dom) {
        List<Metadata.AuthorCandidate> out = new ArrayList<>();
        for (Metadata.AuthorCandidate n : names) {
            Optional<String> url = n.url();
            if (url.isEmpty()) {
                url = dom.stream().filter(d -> d.name().equalsIgnoreCase(n.name())).findFirst()
                        .flatMap(Metadata.AuthorCandidate::url);
            }
            out.add(new Metadata.AuthorCandidate(n.name(), url, n.type(), n.source(), n.locator()));
        }
        return out;
    }
}
