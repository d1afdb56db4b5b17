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
            "^(?:(?:written|posted|published|reported|text|words|story|photos?|edited)\\s+)?(?:by|von|par|door|por|"
                    + "di|da|de|av|af|przez|autor(?:in)?|author|auteur|texte?|tekst)\\s*[:\\-–]?\\s+",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern SPLIT = Pattern.compile(
            "\\s*(?:,|;|&|\\||/|\\s(?:and|und|et|en|y|e|i|och|og|a)\\s)\\s*", Pattern.CASE_INSENSITIVE);
    private static final Pattern AFFILIATION = Pattern.compile("\\s+(?:for|für|pour|voor|para|per|dla)\\s+(.+)$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern JUNK = Pattern.compile(
            "\\d|@|https?:|www\\.|\\b(?:ago|hours?|minutes?|updated|published|share|follow|home|menu|comments?|"
                    + "read more|min read|subscribe|login|sign in)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern ORGANIZATION = Pattern.compile(
            "^(?:ap|afp|apa|dpa|epd|kna|reuters|bloomberg|anp|belga|efe|ansa|pap|sda|upi|associated press|"
                    + "agence france-presse|press association|pa media|staff|staff writers?|editorial staff|"
                    + "redaktion|die redaktion|rédaction|la rédaction|redactie|de redactie|redacción|redazione|"
                    + "redakcja|newsroom|news desk|web desk|online desk|agencies)$", Pattern.CASE_INSENSITIVE);
    private static final String DOM_SELECTOR = "[rel=author], [itemprop=author], .byline, .author, .entry-author,"
            + " .post-author, .article-author, .author-name, .vcard .fn, [class*=byline], address.author,"
            + " [class*=author-name], [class*=AuthorName], [data-testid*=author]";

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
        Map<String, Metadata.AuthorCandidate> out = new LinkedHashMap<>();
        for (Element e : ctx.document().select(DOM_SELECTOR)) {
            if (out.size() >= 10) {
                break;
            }
            if (bodyRoot.isPresent() && io.github.articlemodel.internal.Dom.contains(bodyRoot.get(), e)) {
                continue; // bylines sit around the body, not in it
            }
            if (container.isPresent() && !Scope.belongsToArticle(e, container.get())) {
                continue;
            }
            if (e.text().length() > 200) {
                continue;
            }
            Element link = e.nameIs("a") ? e : e.selectFirst("a[href]");
            Optional<String> url = link == null ? Optional.empty() : Urls.resolve(ctx.baseUrl(), link.attr("href"));
            List<String> names = names(e.text());
            String loc = io.github.articlemodel.internal.Dom.cssPath(e);
            for (String n : names) {
                AgentType type = ORGANIZATION.matcher(n).matches() ? AgentType.ORGANIZATION : AgentType.PERSON;
                Optional<String> u = names.size() == 1 ? url : Optional.empty();
                out.putIfAbsent(n.toLowerCase(Locale.ROOT), new Metadata.AuthorCandidate(n, u, type, Source.DOM, loc));
            }
        }
        // Several matching selectors often wrap each other ("By Jane Doe" and "Jane Doe"): keep distinct names only.
        return new ArrayList<>(out.values());
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
