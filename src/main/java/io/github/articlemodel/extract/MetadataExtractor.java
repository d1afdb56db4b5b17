package io.github.articlemodel.extract;

import io.github.articlemodel.internal.Cues;
import io.github.articlemodel.internal.Dates;
import io.github.articlemodel.internal.Dom;
import io.github.articlemodel.internal.Text;
import io.github.articlemodel.internal.Urls;
import io.github.articlemodel.model.AgentType;
import io.github.articlemodel.model.BylineRole;
import io.github.articlemodel.model.DateValue;
import io.github.articlemodel.model.Image;
import io.github.articlemodel.model.Organization;
import io.github.articlemodel.model.Source;
import io.github.articlemodel.schemaorg.JsonLdArticle;
import io.github.articlemodel.schemaorg.JsonLdGraph;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Stage 1: the page's declared metadata. Reads JSON-LD, microdata, OpenGraph and {@code article:*},
 * Twitter cards, {@code <meta>} (including parsely, sailthru and Dublin Core), {@code <link
 * rel=canonical>}, {@code <html lang>}, {@code rel=author} and the {@code <title>} and {@code <h1>}.
 * Every value becomes a candidate with its source and locator; choosing is the assembler's job.
 * JSON-LD is read through {@link JsonLdArticle}, the mapping {@code SchemaOrg.fromJsonLd} uses, so
 * both read the same fields with the same tolerances. The elements read come from the page's
 * {@link PageIndex}, found in one walk.
 */
final class MetadataExtractor {
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private static final Evaluator ITEMPROP_NAME = QueryParser.parse("[itemprop=name]");
    private static final Evaluator ITEMPROP_URL = QueryParser.parse("[itemprop=url]");

    private MetadataExtractor() {}

    static Metadata extract(ExtractionContext ctx) {
        Document doc = ctx.document();
        Metadata m = new Metadata();
        PageIndex found = ctx.pageIndex();
        jsonLd(ctx, found.scripts, m);
        found.articleScope.ifPresent(scope -> microdata(scope, m));
        metaTags(ctx, found, m);
        for (Element link : found.canonicals) {
            Urls.resolve(ctx.baseUrl(), link.attr("href"))
                    .ifPresent(u -> m.add("url", Source.LINK, "link[rel=canonical]", u));
        }
        if (found.html != null && !found.html.attr("lang").isBlank()) {
            m.add("language", Source.DOM, "html[lang]", found.html.attr("lang"));
        }
        tagLinks(found, m);
        m.add("title", Source.DOM, "title", found.title == null ? "" : found.title.text());
        for (int i = 0; i < found.h1s.size(); i++) {
            Element h1 = found.h1s.get(i);
            String text = h1.text();
            if (!homeLink(h1, text, ctx.baseUrl())) {
                m.add("h1", Source.DOM, "h1:eq(" + i + ")", text);
            }
        }
        for (int i = 0; i < found.h2s.size(); i++) {
            m.add("h2", Source.DOM, "h2:eq(" + i + ")", found.h2s.get(i).text());
        }
        return m;
    }

    private static final Evaluator LINK_WITH_HREF = QueryParser.parse("a[href]");

    /**
     * Whether keywords are the page title cut into its words, in its order ("federal, reserve's,
     * low, rate, policy, is, a, …"), maybe with one more word (the section): a template's filler,
     * no tags. They must spell out most of a title of four words or more.
     */
    private static boolean titleWords(String[] keywords, String title) {
        String[] words = WHITESPACE.split(Text.clean(title));
        if (words.length < 4 || keywords.length < 4) {
            return false;
        }
        int at = 0;
        int matched = 0;
        int other = 0;
        for (String k : keywords) {
            String key = Text.letters(k);
            if (key.isEmpty()) {
                continue; // a quotation mark the comma split off
            }
            int found = at;
            while (found < words.length && !Text.letters(words[found]).equals(key)) {
                found++;
            }
            if (found == words.length) {
                if (++other > 1) {
                    return false;
                }
            } else {
                matched++;
                at = found + 1;
            }
        }
        return matched >= words.length * 0.8;
    }

    /**
     * The page's tag links ({@code rel="tag"}, microformats' rel-tag), outside navigation and
     * sidebars: the tags of a page without tag metadata. A link that is also a category
     * ({@code rel="category tag"}, as WordPress writes) names a section.
     */
    private static void tagLinks(PageIndex found, Metadata m) {
        for (Element a : found.tagLinks) {
            String text = Text.clean(a.text());
            if (text.isEmpty() || text.length() > MAX_TAG || inNavigation(a)) {
                continue;
            }
            boolean category = Dom.hasToken(a.attr("rel"), "category");
            m.add(category ? "sections" : "tags", Source.DOM, category ? "a[rel~=category]" : "a[rel~=tag]", text);
        }
    }

    /** A tag longer than this is a sentence, not a tag. */
    private static final int MAX_TAG = 60;

    /** Whether a link stands in a menu or a sidebar: the site's topics, not the article's. */
    private static boolean inNavigation(Element e) {
        for (Element a = e.parent(); a != null; a = a.parent()) {
            if (a.nameIs("nav") || a.nameIs("aside")) {
                return true;
            }
            if (a.attributesSize() > 0) {
                String names = Cues.classAndId(a);
                for (String word : NAVIGATION_WORDS) {
                    if (names.contains(word)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** Class and id words of menus and sidebars (lower case). */
    private static final String[] NAVIGATION_WORDS = {"menu", "nav", "sidebar", "widget"};


    /**
     * Whether an h1 ({@code h1Text} its text) is the site's logo: its text is that of a link to the
     * site's home page ("/"), as themes write the site's name on every page.
     */
    private static boolean homeLink(Element h1, String h1Text, String baseUrl) {
        Element a = h1.selectFirst(LINK_WITH_HREF);
        if (a == null || !Text.letters(a.text()).equals(Text.letters(h1Text))) {
            return false;
        }
        String href = a.attr("href").trim();
        if (href.equals("/")) {
            return true;
        }
        Optional<String> u = Urls.resolve(baseUrl, href);
        if (u.isEmpty()) {
            return false;
        }
        String site = Urls.siteHost(u.get());
        if (site.isEmpty() || !site.equals(Urls.siteHost(baseUrl == null ? "" : baseUrl))) {
            return false;
        }
        try {
            java.net.URI uri = new java.net.URI(u.get());
            String path = uri.getRawPath();
            return (path == null || path.isEmpty() || path.equals("/")) && uri.getRawQuery() == null;
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }

    private static void jsonLd(ExtractionContext ctx, List<Element> elements, Metadata m) {
        if (elements.isEmpty()) {
            return;
        }
        List<String> scripts = new ArrayList<>();
        int maxBytes = ctx.options().maxJsonLdBytes();
        int maxDepth = ctx.options().maxJsonLdDepth();
        boolean whole = true;
        for (Element s : elements) {
            String data = s.data();
            // A block beyond a limit is skipped with a warning naming it ("{}" keeps the blocks' numbering).
            if (data.length() > maxBytes) {
                ctx.warn("limit.json-ld-bytes", "JSON-LD block " + scripts.size() + " is larger than " + maxBytes
                        + " chars; skipped");
                data = "{}";
                whole = false;
            } else if (nesting(data) > maxDepth) {
                ctx.warn("limit.json-ld-depth", "JSON-LD block " + scripts.size() + " is nested deeper than "
                        + maxDepth + " levels; skipped");
                data = "{}";
                whole = false;
            }
            scripts.add(data);
        }
        JsonLdGraph graph = JsonLdGraph.read(scripts, maxBytes, maxDepth);
        if (whole) {
            ctx.keepJsonLd(elements, graph); // the comments stage reads the same texts
        }
        graph.problems().forEach(p -> ctx.warn("json-ld.unreadable", p));
        String base = ctx.baseUrl().isEmpty() ? null : ctx.baseUrl();
        Optional<JsonLdArticle> found = JsonLdArticle.find(graph, base);
        Optional<JsonLdArticle> article = found.filter(JsonLdArticle::isArticle);
        if (article.isEmpty()) {
            // No article node: a WebPage (or any node) that dates the page still dates the article.
            Optional<JsonLdArticle> dated = Optional.empty();
            for (JsonLdGraph.Node n : graph.nodes()) {
                if (graph.lookup(n.json(), "datePublished").isEmpty()) {
                    continue;
                }
                JsonLdArticle fields = JsonLdArticle.of(graph, n, base);
                if (fields.datePublished().isPresent()) {
                    dated = Optional.of(fields);
                    break;
                }
            }
            // The page's authors then: the WebPage's, else those of the node that dates it (a HowTo, a Recipe).
            Optional<JsonLdArticle> dating = dated;
            Optional<JsonLdArticle> credited = found.filter(p -> !p.bylines().isEmpty())
                    .or(() -> dating.filter(d -> !d.bylines().isEmpty()));
            credited.ifPresent(c -> authors(c, m));
            if (dated.isPresent()) {
                dated.get().siteName().ifPresent(f -> m.add("siteName", Source.JSON_LD, f.locator(), f.value()));
                dates(dated.get(), m);
            } else if (!graph.nodes().isEmpty()) {
                JsonLdArticle.of(graph, graph.nodes().get(0), base).siteName()
                        .ifPresent(f -> m.add("siteName", Source.JSON_LD, f.locator(), f.value()));
            }
            return;
        }
        fields(ctx, article.get(), m);
    }

    /** The article node's fields as candidates, read by the same mapping as {@code SchemaOrg.fromJsonLd}. */
    private static void fields(ExtractionContext ctx, JsonLdArticle a, Metadata m) {
        a.siteName().ifPresent(f -> m.add("siteName", Source.JSON_LD, f.locator(), f.value()));
        m.add("type", Source.JSON_LD, a.typeLocator(), a.type().id());
        a.headline().ifPresent(f -> add(m, "headline", f));
        a.name().ifPresent(f -> add(m, "headline", f));
        a.alternativeHeadline().ifPresent(f -> add(m, "alternativeHeadline", f));
        a.description().ifPresent(f -> add(m, "description", f));
        dates(a, m);
        a.language().ifPresent(f -> add(m, "language", f));
        a.isAccessibleForFree().ifPresent(f -> m.add("isAccessibleForFree", Source.JSON_LD, f.locator(),
                f.value().toString()));
        a.commentCount().ifPresent(f -> m.add("commentCount", Source.JSON_LD, f.locator(), f.value().toString()));
        a.wordCount().ifPresent(f -> m.add("wordCount", Source.JSON_LD, f.locator(), f.value().toString()));
        a.sections().forEach(f -> add(m, "sections", f));
        a.tags().forEach(f -> add(m, "tags", f));
        // URLs come absolute http(s) from the mapping, resolved against the page's address.
        for (JsonLdArticle.Field<Image> img : a.images()) {
            m.add("images", Source.JSON_LD, img.locator(), img.value().url());
        }
        a.canonicalUrl().ifPresent(f -> add(m, "url", f));
        a.url().ifPresent(f -> add(m, "url", f));
        authors(a, m);
        a.publisher().ifPresent(f -> {
            Organization pub = f.value();
            m.add("publisherName", Source.JSON_LD, f.locator() + "['name']", pub.name());
            pub.url().ifPresent(u -> m.add("publisherUrl", Source.JSON_LD, f.locator() + "['url']", u));
            pub.logo().ifPresent(l -> m.add("publisherLogo", Source.JSON_LD, f.locator() + "['logo']", l.url()));
        });
    }

    private static void authors(JsonLdArticle a, Metadata m) {
        for (JsonLdArticle.Party p : a.bylines()) {
            if (p.role() == BylineRole.AUTHOR) {
                m.addAuthor(new Metadata.AuthorCandidate(p.name(), p.url().or(p::sameAs), p.type(), Source.JSON_LD,
                        p.locator()));
            }
        }
    }

    private static void add(Metadata m, String field, JsonLdArticle.Field<String> f) {
        m.add(field, Source.JSON_LD, f.locator(), f.value());
    }

    private static void dates(JsonLdArticle a, Metadata m) {
        a.datePublished().ifPresent(d -> m.add("datePublished", Source.JSON_LD, d.locator(), date(d)));
        a.dateCreated().ifPresent(d -> m.add("dateCreated", Source.JSON_LD, d.locator(), date(d)));
        a.dateModified().ifPresent(d -> m.add("dateModified", Source.JSON_LD, d.locator(), date(d)));
    }

    /**
     * A JSON-LD date as the page wrote it, unless the page's date parser reads it otherwise than
     * the JSON-LD reader (which knows the machine forms sites write): then in the reader's ISO form.
     */
    private static String date(JsonLdArticle.DateField d) {
        String raw = d.raw();
        if (plainIso(raw)) {
            return raw; // read alike by both: no need to parse it here
        }
        Optional<DateValue> lenient = d.value();
        if (lenient.isEmpty()) {
            return raw;
        }
        Optional<Temporal> page = Dates.parse(raw);
        return page.isPresent() && page.get().equals(lenient.get().value()) ? raw : lenient.get().iso();
    }

    /** Whether a text is an ISO 8601 date or date-time in its common form ("2022-01-12T18:40:00.000+01:00"). */
    static boolean plainIso(String s) {
        int n = s.length();
        if (n < 10 || s.charAt(4) != '-' || s.charAt(7) != '-') {
            return false;
        }
        for (int i = 0; i < 10; i++) {
            if (i != 4 && i != 7 && (s.charAt(i) < '0' || s.charAt(i) > '9')) {
                return false;
            }
        }
        if (n == 10) {
            return true;
        }
        if (s.charAt(10) != 'T' || n < 16 || s.charAt(13) != ':') {
            return false;
        }
        for (int i = 11; i < n; i++) {
            char c = s.charAt(i);
            if (!(c >= '0' && c <= '9') && ":.+-Z".indexOf(c) < 0) {
                return false;
            }
        }
        return true;
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

    /** The first item scope of an article type is the page's article. */
    private static void microdata(Element scope, Metadata m) {
        String type = scope.attr("itemtype").trim();
        String simple = type.substring(Math.max(type.lastIndexOf('/'), type.lastIndexOf(':')) + 1);
        String loc = "[itemtype=" + simple + "]";
        for (Element prop : withItemprop(scope)) {
            String name = prop.attr("itemprop").trim();
            if (!ownScope(prop, scope)) {
                continue;
            }
            switch (name) { // the value only for a property read: an articleBody's text is the whole article
                case "headline":
                case "description":
                case "datePublished":
                case "dateModified":
                    m.add(name, Source.MICRODATA, loc + " [itemprop=" + name + "]", propValue(prop));
                    break;
                case "articleSection":
                    m.add("sections", Source.MICRODATA, loc + " [itemprop=articleSection]", propValue(prop));
                    break;
                case "author":
                case "creator":
                    Element nameEl = prop.hasAttr("itemscope") ? prop.selectFirst(ITEMPROP_NAME) : prop;
                    String authorName = nameEl == null ? "" : propValue(nameEl);
                    Element urlEl = prop.hasAttr("itemscope") ? prop.selectFirst(ITEMPROP_URL) : null;
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
    }

    /**
     * The elements with an {@code itemprop}, the scope's own included, in page order: what {@code
     * scope.select("[itemprop]")} finds, in a walk by child index without a selector's iterator.
     */
    private static List<Element> withItemprop(Element scope) {
        List<Element> out = new ArrayList<>();
        if (scope.hasAttr("itemprop")) {
            out.add(scope);
        }
        Dom.walk(scope, (e, depth) -> {
            if (e.hasAttr("itemprop")) {
                out.add(e);
            }
            return Dom.DESCEND;
        });
        return out;
    }

    /** Whether a string holds a character {@code \s} matches: only then is it split. */
    private static boolean hasWhitespace(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r') {
                return true;
            }
        }
        return false;
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

    private static void metaTags(ExtractionContext ctx, PageIndex found, Metadata m) {
        int seen = 0;
        for (Element meta : found.metas) {
            if (++seen > ctx.options().maxElements()) {
                ctx.warn("limit.elements", "the metadata stage read only the first " + ctx.options().maxElements()
                        + " meta tags");
                break;
            }
            String keys = (meta.hasAttr("property") ? meta.attr("property")
                    : meta.hasAttr("name") ? meta.attr("name") : meta.attr("itemprop")).trim().toLowerCase(Locale.ROOT);
            if (keys.isEmpty()) {
                continue;
            }
            String v = meta.attr("content");
            // RDFa lets one attribute name several properties: property="og:title twitter:title".
            for (String property : hasWhitespace(keys) ? WHITESPACE.split(keys) : new String[] {keys}) {
                String loc = "meta[" + (meta.hasAttr("property") ? "property" : "name") + "=" + property + "]";
                // "og:article:author" and its kin are a common spelling of the article:* properties.
                String key = property.startsWith("og:article:") ? property.substring(3) : property;
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
                        String[] tags = v.split(",");
                        if (!titleWords(tags, found.title == null ? "" : found.title.text())) {
                            for (String tag : tags) {
                                m.add("tags", Source.META, loc, tag);
                            }
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
                    case "dc:creator":
                    case "dcterms.creator":
                    case "dcterms:creator":
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
                        // Plugins spell the author their own way ("shareaholic:article_author_name").
                        if (key.endsWith("author_name") && Urls.absolute(v).isEmpty()) {
                            m.addAuthor(new Metadata.AuthorCandidate(v, Optional.empty(), AgentType.PERSON, Source.META, loc));
                        }
                        break;
                }
            }
        }
        for (Element meta : found.httpEquivs) {
            if (meta.attr("http-equiv").equalsIgnoreCase("content-language")) {
                m.add("language", Source.META, "meta[http-equiv=content-language]", meta.attr("content"));
            }
        }
    }
}
