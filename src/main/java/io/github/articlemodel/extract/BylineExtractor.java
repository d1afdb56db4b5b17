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
            + " [data-component=byline], a[href*=/author/], a[href*=/autor/]";

    private BylineExtractor() {}

    static Optional<Found> extract(ExtractionContext ctx, Metadata meta, Optional<Element> bodyRoot) {
        // Structured sources first, in their trust order.
        for (Source source : List.of(Source.JSON_LD, Source.MICRODATA)) {
            List<Metadata.AuthorCandidate> names = clean(meta.authors(), source);
            if (!names.isEmpty()) {
                return Optional.of(new Found(withDomUrls(names, dom(ctx, bodyRoot)), source,
                        source.id() + " names the authors"));
            }
        }
        List<Metadata.AuthorCandidate> dom = dom(ctx, bodyRoot);
        if (!dom.isEmpty()) {
            return Optional.of(new Found(dom, Source.DOM, "byline markup in the article"));
        }
        for (Source source : List.of(Source.OPENGRAPH, Source.META, Source.DUBLIN_CORE)) {
            List<Metadata.AuthorCandidate> names = clean(meta.authors(), source);
            if (!names.isEmpty()) {
                return Optional.of(new Found(names, source, source.id() + " names the authors"));
            }
        }
        return Optional.empty();
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
            if (plausible(name)) {
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
            if (bodyRoot.isPresent() && io.github.articlemodel.internal.Dom.contains(bodyRoot.get(), e)) {
                continue; // bylines sit around the body, not in it
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
