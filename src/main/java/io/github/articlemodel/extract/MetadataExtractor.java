package io.github.articlemodel.extract;

import io.github.articlemodel.internal.Text;
import io.github.articlemodel.internal.Urls;
import io.github.articlemodel.model.AgentType;
import io.github.articlemodel.model.Source;
import io.github.articlemodel.schemaorg.JsonLdGraph;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import tools.jackson.databind.JsonNode;

/**
 * Stage 1: the page's declared metadata. Reads JSON-LD, microdata, OpenGraph and {@code article:*},
 * Twitter cards, {@code <meta>} (including parsely, sailthru and Dublin Core), {@code <link
 * rel=canonical>}, {@code <html lang>}, {@code rel=author} and the {@code <title>} and {@code <h1>}.
 * Every value becomes a candidate with its source and locator; choosing is the assembler's job.
 */
final class MetadataExtractor {
    static final Set<String> ARTICLE_TYPES = Set.of("article", "newsarticle", "blogposting", "analysisnewsarticle",
            "opinionnewsarticle", "reportagenewsarticle", "reviewnewsarticle", "backgroundnewsarticle",
            "askpublicnewsarticle", "livebloGposting".toLowerCase(Locale.ROOT), "report", "scholarlyarticle",
            "techarticle", "socialmediaposting", "posting", "medicalscholarlyarticle", "satiricalarticle");

    private MetadataExtractor() {}

    static Metadata extract(ExtractionContext ctx) {
        Document doc = ctx.document();
        Metadata m = new Metadata();
        jsonLd(ctx, m);
        microdata(doc, m);
        metaTags(ctx, doc, m);
        links(ctx, doc, m);
        Element html = doc.selectFirst("html");
        if (html != null && !html.attr("lang").isBlank()) {
            m.add("language", Source.DOM, "html[lang]", html.attr("lang"));
        }
        m.add("title", Source.DOM, "title", doc.title());
        List<Element> h1s = doc.select("h1");
        for (int i = 0; i < Math.min(h1s.size(), 5); i++) {
            m.add("h1", Source.DOM, "h1:eq(" + i + ")", h1s.get(i).text());
        }
        return m;
    }

    private static void jsonLd(ExtractionContext ctx, Metadata m) {
        List<String> scripts = new ArrayList<>();
        int maxBytes = ctx.options().maxJsonLdBytes();
        int maxDepth = ctx.options().maxJsonLdDepth();
        for (Element s : ctx.document().select("script[type~=(?i)application/ld\\+json]")) {
            String data = s.data();
            // A block beyond a limit is skipped with a warning naming it ("{}" keeps the blocks' numbering).
            if (data.length() > maxBytes) {
                ctx.warn("limit.json-ld-bytes", "JSON-LD block " + scripts.size() + " is larger than " + maxBytes
                        + " chars; skipped");
                data = "{}";
            } else if (nesting(data) > maxDepth) {
                ctx.warn("limit.json-ld-depth", "JSON-LD block " + scripts.size() + " is nested deeper than "
                        + maxDepth + " levels; skipped");
                data = "{}";
            }
            scripts.add(data);
        }
        if (scripts.isEmpty()) {
            return;
        }
        JsonLdGraph graph = JsonLdGraph.read(scripts, ctx.options().maxJsonLdBytes(), ctx.options().maxJsonLdDepth());
        graph.problems().forEach(p -> ctx.warn("json-ld.unreadable", p));
        Optional<JsonLdGraph.Node> article = articleNode(graph);
        for (JsonLdGraph.Node n : graph.nodes()) {
            if (n.isA("WebSite")) {
                n.get("name").flatMap(JsonLdGraph::text).ifPresent(v -> m.add("siteName", Source.JSON_LD,
                        n.path() + "['name']", v));
            }
        }
        if (article.isEmpty()) {
            // No article node: a WebPage (or any node) that dates the page still dates the article.
            for (JsonLdGraph.Node n : graph.nodes()) {
                Optional<String> published = text(n, "datePublished");
                if (published.isPresent()) {
                    m.add("datePublished", Source.JSON_LD, n.path() + "['datePublished']", published.get());
                    text(n, "dateModified").ifPresent(v -> m.add("dateModified", Source.JSON_LD,
                            n.path() + "['dateModified']", v));
                    break;
                }
            }
            return;
        }
        JsonLdGraph.Node a = article.get();
        String p = a.path();
        a.types().stream().findFirst().ifPresent(t -> m.add("type", Source.JSON_LD, p + "['@type']", t));
        text(a, "headline").ifPresent(v -> m.add("headline", Source.JSON_LD, p + "['headline']", v));
        text(a, "name").ifPresent(v -> m.add("headline", Source.JSON_LD, p + "['name']", v));
        text(a, "alternativeHeadline").ifPresent(v -> m.add("alternativeHeadline", Source.JSON_LD,
                p + "['alternativeHeadline']", v));
        text(a, "description").ifPresent(v -> m.add("description", Source.JSON_LD, p + "['description']", v));
        text(a, "datePublished").ifPresent(v -> m.add("datePublished", Source.JSON_LD, p + "['datePublished']", v));
        text(a, "dateCreated").ifPresent(v -> m.add("dateCreated", Source.JSON_LD, p + "['dateCreated']", v));
        text(a, "dateModified").ifPresent(v -> m.add("dateModified", Source.JSON_LD, p + "['dateModified']", v));
        text(a, "inLanguage").ifPresent(v -> m.add("language", Source.JSON_LD, p + "['inLanguage']", v));
        text(a, "isAccessibleForFree").ifPresent(v -> m.add("isAccessibleForFree", Source.JSON_LD,
                p + "['isAccessibleForFree']", v));
        text(a, "commentCount").ifPresent(v -> m.add("commentCount", Source.JSON_LD, p + "['commentCount']", v));
        int i = 0;
        for (JsonNode s : JsonLdGraph.values(a.get("articleSection").orElse(null))) {
            String path = p + "['articleSection'][" + i++ + "]";
            JsonLdGraph.text(s).ifPresent(v -> m.add("sections", Source.JSON_LD, path, v));
        }
        i = 0;
        for (JsonNode k : JsonLdGraph.values(a.get("keywords").orElse(null))) {
            String path = p + "['keywords'][" + i++ + "]";
            JsonLdGraph.text(k).ifPresent(v -> {
                for (String tag : v.split(",")) {
                    m.add("tags", Source.JSON_LD, path, tag);
                }
            });
        }
        i = 0;
        for (JsonNode img : JsonLdGraph.values(a.get("image").orElse(null))) {
            String path = p + "['image'][" + i++ + "]";
            JsonNode resolved = graph.resolve(img).orElse(img);
            Optional<String> url = resolved.isString() ? Optional.of(resolved.asString())
                    : JsonLdGraph.get(resolved, "url").or(() -> JsonLdGraph.get(resolved, "contentUrl"))
                            .flatMap(JsonLdGraph::text);
            url.flatMap(u -> Urls.resolve(ctx.baseUrl(), u)).ifPresent(u -> m.add("images", Source.JSON_LD, path, u));
        }
        for (String key : List.of("mainEntityOfPage", "url")) {
            a.get(key).ifPresent(v -> {
                JsonNode r = v.isObject() ? JsonLdGraph.get(v, "@id").orElse(v) : v;
                JsonLdGraph.text(r).flatMap(u -> Urls.resolve(ctx.baseUrl(), u))
                        .ifPresent(u -> m.add("url", Source.JSON_LD, p + "['" + key + "']", u));
            });
        }
        i = 0;
        for (JsonNode au : JsonLdGraph.values(a.get("author").orElse(null))) {
            String path = p + "['author'][" + i++ + "]";
            JsonNode r = graph.resolve(au).orElse(au);
            if (r.isString()) {
                m.addAuthor(new Metadata.AuthorCandidate(r.asString(), Optional.empty(), AgentType.PERSON,
                        Source.JSON_LD, path));
            } else if (r.isObject()) {
                Optional<String> name = JsonLdGraph.get(r, "name").flatMap(JsonLdGraph::text);
                Optional<String> url = JsonLdGraph.get(r, "url").flatMap(JsonLdGraph::text)
                        .or(() -> JsonLdGraph.values(JsonLdGraph.get(r, "sameAs").orElse(null)).stream()
                                .findFirst().flatMap(JsonLdGraph::text))
                        .flatMap(u -> Urls.resolve(ctx.baseUrl(), u));
                boolean org = JsonLdGraph.values(r.get("@type")).stream()
                        .anyMatch(t -> t.isString() && t.asString().toLowerCase(Locale.ROOT).contains("organization"));
                name.ifPresent(n -> m.addAuthor(new Metadata.AuthorCandidate(n, url,
                        org ? AgentType.ORGANIZATION : AgentType.PERSON, Source.JSON_LD, path + "['name']")));
            }
        }
        a.get("publisher").flatMap(graph::resolve).ifPresent(pub -> {
            JsonLdGraph.get(pub, "name").flatMap(JsonLdGraph::text)
                    .ifPresent(v -> m.add("publisherName", Source.JSON_LD, p + "['publisher']['name']", v));
            JsonLdGraph.get(pub, "url").flatMap(JsonLdGraph::text).flatMap(u -> Urls.resolve(ctx.baseUrl(), u))
                    .ifPresent(v -> m.add("publisherUrl", Source.JSON_LD, p + "['publisher']['url']", v));
            JsonLdGraph.get(pub, "logo").flatMap(graph::resolve).ifPresent(logo -> {
                Optional<String> u = logo.isString() ? Optional.of(logo.asString())
                        : JsonLdGraph.get(logo, "url").flatMap(JsonLdGraph::text);
                u.flatMap(x -> Urls.resolve(ctx.baseUrl(), x))
                        .ifPresent(v -> m.add("publisherLogo", Source.JSON_LD, p + "['publisher']['logo']", v));
            });
        });
    }

    /** The deepest nesting of arrays and objects in JSON text (brackets inside strings not counted), in one pass. */
    static int nesting(String json) {
        int depth = 0;
        int max = 0;
        char quote = 0;
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            if (quote != 0) {
                if (c == '\\') {
                    i++;
                } else if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '{' || c == '[') {
                max = Math.max(max, ++depth);
            } else if (c == '}' || c == ']') {
                depth = Math.max(0, depth - 1);
            }
        }
        return max;
    }

    /** The node describing the article: the first article-typed node with a headline. */
    private static Optional<JsonLdGraph.Node> articleNode(JsonLdGraph graph) {
        JsonLdGraph.Node fallback = null;
        for (JsonLdGraph.Node n : graph.nodes()) {
            boolean article = n.types().stream().anyMatch(t -> ARTICLE_TYPES.contains(t.toLowerCase(Locale.ROOT)));
            if (article) {
                if (n.get("headline").isPresent()) {
                    return Optional.of(n);
                }
                if (fallback == null) {
                    fallback = n;
                }
            }
        }
        return Optional.ofNullable(fallback);
    }

    private static Optional<String> text(JsonLdGraph.Node n, String key) {
        return n.get(key).flatMap(JsonLdGraph::text);
    }

    private static void microdata(Document doc, Metadata m) {
        for (Element scope : doc.select("[itemscope][itemtype]")) {
            String type = scope.attr("itemtype");
            String simple = type.substring(Math.max(type.lastIndexOf('/'), type.lastIndexOf(':')) + 1);
            if (!ARTICLE_TYPES.contains(simple.toLowerCase(Locale.ROOT))) {
                continue;
            }
            String loc = "[itemtype=" + simple + "]";
            for (Element prop : scope.select("[itemprop]")) {
                String name = prop.attr("itemprop").trim();
                if (!ownScope(prop, scope)) {
                    continue;
                }
                String value = propValue(prop);
                switch (name) {
                    case "headline":
                    case "description":
                    case "datePublished":
                    case "dateModified":
                        m.add(name, Source.MICRODATA, loc + " [itemprop=" + name + "]", value);
                        break;
                    case "articleSection":
                        m.add("sections", Source.MICRODATA, loc + " [itemprop=articleSection]", value);
                        break;
                    case "author":
                    case "creator":
                        Element nameEl = prop.hasAttr("itemscope") ? prop.selectFirst("[itemprop=name]") : prop;
                        String authorName = nameEl == null ? "" : propValue(nameEl);
                        Element urlEl = prop.hasAttr("itemscope") ? prop.selectFirst("[itemprop=url]") : null;
                        Optional<String> url = Optional.ofNullable(urlEl).map(u -> u.absUrl(u.hasAttr("href") ? "href" : "content"))
                                .flatMap(Urls::absolute);
                        if (!Text.clean(authorName).isEmpty()) {
                            m.addAuthor(new Metadata.AuthorCandidate(authorName, url, AgentType.PERSON,
                                    Source.MICRODATA, loc + " [itemprop=author]"));
                        }
                        break;
                    default:
                        break;
                }
            }
            return; // the first article scope is the page's article
        }
    }

    /** Whether the nearest item scope of {@code prop} (excluding itself) is {@code scope}. */
    private static boolean ownScope(Element prop, Element scope) {
        for (Element e = prop.parent(); e != null; e = e.parent()) {
            if (e == scope) {
                return true;
            }
            if (e.hasAttr("itemscope")) {
                return false;
            }
        }
        return false;
    }

    private static String propValue(Element e) {
        if (e.hasAttr("content")) {
            return e.attr("content");
        }
        if (e.hasAttr("datetime")) {
            return e.attr("datetime");
        }
        return e.text();
    }

    private static void metaTags(ExtractionContext ctx, Document doc, Metadata m) {
        int seen = 0;
        for (Element meta : doc.select("meta[content]")) {
            if (++seen > ctx.options().maxElements()) {
                ctx.warn("limit.elements", "the metadata stage read only the first " + ctx.options().maxElements()
                        + " meta tags");
                break;
            }
            String key = (meta.hasAttr("property") ? meta.attr("property")
                    : meta.hasAttr("name") ? meta.attr("name") : meta.attr("itemprop")).trim().toLowerCase(Locale.ROOT);
            if (key.isEmpty()) {
                continue;
            }
            String v = meta.attr("content");
            String loc = "meta[" + (meta.hasAttr("property") ? "property" : "name") + "=" + key + "]";
            switch (key) {
                case "og:title": m.add("headline", Source.OPENGRAPH, loc, v); break;
                case "og:description": m.add("description", Source.OPENGRAPH, loc, v); break;
                case "og:site_name": m.add("siteName", Source.OPENGRAPH, loc, v); break;
                case "og:url": Urls.resolve(ctx.baseUrl(), v).ifPresent(u -> m.add("url", Source.OPENGRAPH, loc, u)); break;
                case "og:locale": m.add("language", Source.OPENGRAPH, loc, v.replace('_', '-')); break;
                case "og:type": m.add("ogType", Source.OPENGRAPH, loc, v); break;
                case "og:image":
                case "og:image:url":
                case "og:image:secure_url":
                    Urls.resolve(ctx.baseUrl(), v).ifPresent(u -> m.add("images", Source.OPENGRAPH, loc, u));
                    break;
                case "article:published_time": m.add("datePublished", Source.OPENGRAPH, loc, v); break;
                case "article:modified_time":
                case "og:updated_time": m.add("dateModified", Source.OPENGRAPH, loc, v); break;
                case "article:section": m.add("sections", Source.OPENGRAPH, loc, v); break;
                case "article:tag": m.add("tags", Source.OPENGRAPH, loc, v); break;
                case "article:author":
                    if (Urls.absolute(v).isEmpty() && !Text.clean(v).isEmpty()) {
                        m.addAuthor(new Metadata.AuthorCandidate(v, Optional.empty(), AgentType.PERSON,
                                Source.OPENGRAPH, loc));
                    }
                    break;
                case "twitter:title": m.add("headline", Source.TWITTER, loc, v); break;
                case "twitter:description": m.add("description", Source.TWITTER, loc, v); break;
                case "twitter:image":
                case "twitter:image:src":
                    Urls.resolve(ctx.baseUrl(), v).ifPresent(u -> m.add("images", Source.TWITTER, loc, u));
                    break;
                case "description": m.add("description", Source.META, loc, v); break;
                case "keywords":
                case "news_keywords":
                    for (String tag : v.split(",")) {
                        m.add("tags", Source.META, loc, tag);
                    }
                    break;
                case "author":
                case "parsely-author":
                case "sailthru.author":
                case "byl":
                    if (Urls.absolute(v).isEmpty()) {
                        m.addAuthor(new Metadata.AuthorCandidate(v, Optional.empty(), AgentType.PERSON, Source.META, loc));
                    }
                    break;
                case "dc.creator":
                case "dcterms.creator":
                    m.addAuthor(new Metadata.AuthorCandidate(v, Optional.empty(), AgentType.PERSON,
                            Source.DUBLIN_CORE, loc));
                    break;
                case "dc.title":
                case "dcterms.title": m.add("headline", Source.DUBLIN_CORE, loc, v); break;
                case "dc.description":
                case "dcterms.description": m.add("description", Source.DUBLIN_CORE, loc, v); break;
                case "dc.date":
                case "dc.date.issued":
                case "dcterms.date":
                case "dcterms.issued":
                case "dcterms.created": m.add("datePublished", Source.DUBLIN_CORE, loc, v); break;
                case "dcterms.modified": m.add("dateModified", Source.DUBLIN_CORE, loc, v); break;
                case "dc.language":
                case "dcterms.language": m.add("language", Source.DUBLIN_CORE, loc, v); break;
                case "date":
                case "pubdate":
                case "publishdate":
                case "publish-date":
                case "publish_date":
                case "article.published":
                case "article_date_original":
                case "parsely-pub-date":
                case "sailthru.date":
                case "og:published_time":
                case "datepublished":
                    m.add("datePublished", Source.META, loc, v);
                    break;
                case "last-modified":
                case "article.updated":
                case "datemodified":
                    m.add("dateModified", Source.META, loc, v);
                    break;
                case "parsely-title":
                case "sailthru.title":
                    m.add("headline", Source.META, loc, v);
                    break;
                case "parsely-section":
                    m.add("sections", Source.META, loc, v);
                    break;
                case "content-language":
                    m.add("language", Source.META, loc, v);
                    break;
                case "application-name":
                    m.add("siteName", Source.META, loc, v);
                    break;
                default:
                    break;
            }
        }
        for (Element meta : doc.select("meta[http-equiv][content]")) {
            if (meta.attr("http-equiv").equalsIgnoreCase("content-language")) {
                m.add("language", Source.META, "meta[http-equiv=content-language]", meta.attr("content"));
            }
        }
    }

    private static void links(ExtractionContext ctx, Document doc, Metadata m) {
        for (Element link : doc.select("link[rel~=(?i)^canonical$][href]")) {
            Urls.resolve(ctx.baseUrl(), link.attr("href")).ifPresent(u -> m.add("url", Source.LINK, "link[rel=canonical]", u));
        }
    }
}
