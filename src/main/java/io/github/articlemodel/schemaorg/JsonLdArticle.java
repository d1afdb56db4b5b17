package io.github.articlemodel.schemaorg;

import io.github.articlemodel.internal.Markup;
import io.github.articlemodel.model.AgentType;
import io.github.articlemodel.model.ArticleType;
import io.github.articlemodel.model.BylineRole;
import io.github.articlemodel.model.DateValue;
import io.github.articlemodel.model.Image;
import io.github.articlemodel.model.Organization;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * The article a page's JSON-LD describes, field by field, each value with its locator (a JSON
 * path such as {@code $[0]['@graph'][1]['headline']}, following references from the article's
 * node). This is the project's one mapping from schema.org properties to an article's fields:
 * {@link SchemaOrg#fromJsonLd(String)} builds its {@code Article} from it, and the extractor's
 * metadata stage turns it into candidates, so both read JSON-LD with the same tolerances (see
 * {@link SchemaOrg} for the list).
 *
 * <pre>{@code
 * JsonLdGraph graph = JsonLdGraph.read(scripts, 1 << 20, 64);
 * JsonLdArticle.find(graph, "https://example.org/news/1")
 *         .flatMap(JsonLdArticle::headline).ifPresent(h -> System.out.println(h.value() + " at " + h.locator()));
 * }</pre>
 *
 * <p>Each accessor reads its field when called; what it could not use it adds to
 * {@link #problems()}. Instances are not thread-safe.
 */
public final class JsonLdArticle {
    /** The subtypes of schema.org's Article (30.0), lower case, with the model's type for each. */
    private static final Map<String, ArticleType> ARTICLE_TYPES = articleTypes();
    /** The types of a page or a stub of one, lower case. */
    private static final Set<String> PAGE_TYPES = Set.of("webpage", "itempage", "collectionpage", "aboutpage",
            "profilepage", "searchresultspage", "qapage", "faqpage", "medicalwebpage", "realestatelisting",
            "checkoutpage", "contactpage");
    private static final List<String> BYLINE_PROPERTIES = List.of("author", "editor", "translator", "contributor");
    private static final Pattern LANGUAGE_TAG = Pattern.compile("[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*");

    /** A value and where it was found. */
    public record Field<T>(T value, String locator) {
        public Field {
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(locator, "locator");
        }
    }

    /** A date as the page wrote it and where it was found. */
    public record DateField(String raw, String locator) {
        public DateField {
            Objects.requireNonNull(raw, "raw");
            Objects.requireNonNull(locator, "locator");
        }

        /** What the date means, read leniently (the machine forms sites write); empty when it is no date. */
        public Optional<DateValue> value() {
            return JsonLdValues.date(raw);
        }
    }

    /**
     * A person or organisation credited by {@code author}, {@code editor}, {@code translator} or
     * {@code contributor} (the {@code property}); {@code url} is the node's own {@code url},
     * {@code sameAs} its first profile link. The locator names the name's place.
     */
    public record Party(String property, BylineRole role, String name, AgentType type, Optional<String> url,
            Optional<String> sameAs, Optional<String> affiliation, String locator) {}

    private final JsonLdValues v;
    private final JsonNode node;
    private final String path;
    private final boolean article;
    private final List<String> problems;

    private JsonLdArticle(JsonLdValues values, JsonLdGraph.Node node, boolean article) {
        this.v = values;
        this.node = node.json();
        this.path = node.path();
        this.article = article;
        this.problems = values.problems;
    }

    /**
     * The article of a graph: the node of an article type ({@code Article}, {@code NewsArticle},
     * {@code BlogPosting} and the other subtypes of schema.org's Article) that a page presents as
     * its main entity, else the first with {@code mainEntityOfPage}, else the first with a
     * headline, else the first; when there is none, the first {@code WebPage} with a headline or
     * name ({@link #isArticle()} false). Empty when the graph describes neither.
     *
     * @param base the page's address for relative URLs, or {@code null} to keep absolute URLs only
     */
    public static Optional<JsonLdArticle> find(JsonLdGraph graph, String base) {
        return find(graph, base, new ArrayList<>(graph.problems()));
    }

    static Optional<JsonLdArticle> find(JsonLdGraph graph, String base, List<String> problems) {
        JsonLdValues values = new JsonLdValues(graph, base, problems);
        List<JsonLdGraph.Node> articles = new ArrayList<>();
        List<JsonLdGraph.Node> pages = new ArrayList<>();
        for (JsonLdGraph.Node n : graph.nodes()) {
            List<String> types = graph.types(n.json());
            if (types.stream().anyMatch(JsonLdArticle::isArticleType)) {
                articles.add(n);
            } else if (isPage(types)) {
                pages.add(n);
            }
        }
        if (articles.isEmpty()) {
            for (JsonLdGraph.Node p : pages) {
                if (values.text(p.json(), "headline").or(() -> values.text(p.json(), "name")).isPresent()) {
                    problems.add("no node of an article type; read the WebPage");
                    return Optional.of(new JsonLdArticle(values, p, false));
                }
            }
            return Optional.empty();
        }
        for (JsonLdGraph.Node p : pages) {
            Optional<JsonNode> main = values.first(p.json(), "mainEntity").flatMap(graph::resolve);
            for (JsonLdGraph.Node a : articles) {
                if (main.isPresent() && same(main.get(), a.json())) {
                    return Optional.of(new JsonLdArticle(values, a, true));
                }
            }
        }
        for (String key : List.of("mainEntityOfPage", "headline")) {
            for (JsonLdGraph.Node a : articles) {
                if (graph.lookup(a.json(), key).isPresent()) {
                    return Optional.of(new JsonLdArticle(values, a, true));
                }
            }
        }
        return Optional.of(new JsonLdArticle(values, articles.get(0), true));
    }

    /**
     * The fields of any node of the graph read as an article's (the extractor dates a page by a
     * node of another type when there is no article).
     */
    public static JsonLdArticle of(JsonLdGraph graph, JsonLdGraph.Node node, String base) {
        List<String> types = graph.types(node.json());
        return new JsonLdArticle(new JsonLdValues(graph, base, new ArrayList<>(graph.problems())), node,
                types.stream().anyMatch(JsonLdArticle::isArticleType));
    }

    /** Whether a schema.org type name (without prefix, any case) is Article or one of its subtypes. */
    public static boolean isArticleType(String type) {
        return ARTICLE_TYPES.containsKey(type.toLowerCase(Locale.ROOT));
    }

    private static Map<String, ArticleType> articleTypes() {
        Map<String, ArticleType> m = new HashMap<>();
        for (ArticleType t : ArticleType.values()) {
            m.put(t.id().toLowerCase(Locale.ROOT), t);
        }
        m.put("askpublicnewsarticle", ArticleType.NEWS_ARTICLE);
        m.put("backgroundnewsarticle", ArticleType.NEWS_ARTICLE);
        m.put("medicalscholarlyarticle", ArticleType.SCHOLARLY_ARTICLE);
        m.put("apireference", ArticleType.TECH_ARTICLE);
        m.put("advertisercontentarticle", ArticleType.ARTICLE);
        m.put("satiricalarticle", ArticleType.ARTICLE);
        m.put("socialmediaposting", ArticleType.ARTICLE);
        m.put("discussionforumposting", ArticleType.ARTICLE);
        return Collections.unmodifiableMap(m);
    }

    static boolean isPage(List<String> types) {
        return types.stream().anyMatch(t -> PAGE_TYPES.contains(t.toLowerCase(Locale.ROOT)));
    }

    static boolean same(JsonNode a, JsonNode b) {
        if (a == b) {
            return true;
        }
        JsonNode ida = a.isObject() ? a.get("@id") : null;
        JsonNode idb = b.isObject() ? b.get("@id") : null;
        return ida != null && idb != null && ida.isString() && idb.isString() && ida.asString().equals(idb.asString());
    }

    /** Whether the node is of an article type; false for a WebPage read because there is no article. */
    public boolean isArticle() {
        return article;
    }

    /** The JSON path of the node. */
    public String path() {
        return path;
    }

    /** What could not be read so far (the graph's problems first), one short sentence each. */
    public List<String> problems() {
        return Collections.unmodifiableList(problems);
    }

    JsonNode json() {
        return node;
    }

    JsonLdValues values() {
        return v;
    }

    /** The model's type for the node's types: the most specific article type named, else Article. */
    public ArticleType type() {
        ArticleType best = ArticleType.ARTICLE;
        for (String t : v.graph.types(node)) {
            ArticleType mapped = ARTICLE_TYPES.get(t.toLowerCase(Locale.ROOT));
            if (mapped != null && mapped != ArticleType.ARTICLE) {
                return mapped;
            }
            if (mapped != null) {
                best = mapped;
            }
        }
        return best;
    }

    /** The locator of the node's {@code @type}. */
    public String typeLocator() {
        return path + "['@type']";
    }

    public Optional<Field<String>> headline() {
        return text("headline");
    }

    /** The node's {@code name}, which stands for the headline when there is none. */
    public Optional<Field<String>> name() {
        return text("name");
    }

    public Optional<Field<String>> alternativeHeadline() {
        return text("alternativeHeadline");
    }

    public Optional<Field<String>> description() {
        return text("description");
    }

    /** The article's own {@code url}: absolute http(s), or resolved against the base. */
    public Optional<Field<String>> url() {
        return v.url(node, "url").map(u -> new Field<>(u, at("url")));
    }

    /**
     * The canonical URL: the page node's {@code url}, else its {@code @id} when that is an
     * absolute URL without fragment, else {@code mainEntityOfPage} when it is a URL.
     */
    public Optional<Field<String>> canonicalUrl() {
        Optional<Field<JsonNode>> page = page();
        if (page.isPresent()) {
            JsonNode p = page.get().value();
            String loc = page.get().locator();
            Optional<String> url = v.url(p, "url");
            if (url.isPresent()) {
                return Optional.of(new Field<>(url.get(), loc + "['url']"));
            }
            JsonNode id = p.get("@id");
            if (id != null && id.isString() && id.asString().indexOf('#') < 0) {
                return v.absolute(id.asString()).map(u -> new Field<>(u, loc + "['@id']"));
            }
            return Optional.empty();
        }
        return v.first(node, "mainEntityOfPage").filter(JsonNode::isString).flatMap(x -> v.absolute(x.asString()))
                .map(u -> new Field<>(u, at("mainEntityOfPage")));
    }

    /** The article's BCP 47 language tag ({@code inLanguage}, a tag or a Language), else its page's. */
    public Optional<Field<String>> language() {
        return language(node, path).or(() -> page().flatMap(p -> language(p.value(), p.locator())));
    }

    private Optional<Field<String>> language(JsonNode n, String loc) {
        Optional<JsonNode> value = v.first(n, "inLanguage");
        if (value.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> tag = value.get().isObject()
                ? v.graph.lookup(value.get(), "alternateName").flatMap(JsonLdGraph::text)
                        .or(() -> v.graph.lookup(value.get(), "name").flatMap(JsonLdGraph::text))
                : JsonLdGraph.text(value.get());
        if (tag.isEmpty()) {
            return Optional.empty();
        }
        String t = tag.get().strip().replace('_', '-');
        if (!LANGUAGE_TAG.matcher(t).matches()) {
            problems.add("inLanguage '" + JsonLdValues.abbreviate(tag.get())
                    + "' is not a BCP 47 language tag; left out");
            return Optional.empty();
        }
        return Optional.of(new Field<>(t, loc + "['inLanguage']"));
    }

    /** The name of the WebSite the page is part of, else of the first WebSite of the graph. */
    public Optional<Field<String>> siteName() {
        Optional<Field<JsonNode>> page = page();
        if (page.isPresent()) {
            Optional<JsonNode> site = v.first(page.get().value(), "isPartOf").flatMap(v.graph::resolve);
            if (site.isPresent() && v.graph.types(site.get()).stream().anyMatch(t -> t.equalsIgnoreCase("WebSite"))) {
                String loc = page.get().locator() + "['isPartOf']['name']";
                return v.text(site.get(), "name").map(n -> new Field<>(n, loc));
            }
        }
        for (JsonLdGraph.Node n : v.graph.nodes()) {
            if (n.isA("WebSite")) {
                return v.text(n.json(), "name").map(s -> new Field<>(s, n.path() + "['name']"));
            }
        }
        return Optional.empty();
    }

    public Optional<Field<Organization>> publisher() {
        return v.first(node, "publisher").flatMap(v::organization).map(o -> new Field<>(o, at("publisher")));
    }

    public List<Field<String>> sections() {
        List<Field<String>> out = new ArrayList<>();
        List<JsonNode> all = v.values(node, "articleSection");
        for (int i = 0; i < all.size(); i++) {
            String loc = at("articleSection") + "[" + i + "]";
            JsonLdGraph.text(all.get(i)).flatMap(Markup::text).ifPresent(s -> out.add(new Field<>(s, loc)));
        }
        return out;
    }

    /** keywords: each item of an array as it is; a single string split at its commas. */
    public List<Field<String>> tags() {
        List<Field<String>> tags = new ArrayList<>();
        Optional<JsonNode> raw = v.graph.lookup(node, "keywords");
        if (raw.isEmpty()) {
            return tags;
        }
        JsonNode k = raw.get();
        boolean list = k.isArray() || (k.isObject() && k.has("@list"));
        if (list) {
            List<JsonNode> items = JsonLdGraph.values(k);
            for (int i = 0; i < items.size(); i++) {
                JsonNode item = items.get(i);
                String loc = at("keywords") + "[" + i + "]";
                JsonLdGraph.text(v.graph.resolve(item).orElse(item)).flatMap(Markup::text)
                        .ifPresent(t -> tags.add(new Field<>(t, loc)));
            }
        } else {
            String loc = at("keywords");
            JsonLdGraph.text(v.graph.resolve(k).orElse(k)).flatMap(Markup::text).ifPresent(s -> {
                for (String tag : s.split(",")) {
                    if (!tag.isBlank()) {
                        tags.add(new Field<>(tag.strip(), loc));
                    }
                }
            });
        }
        return tags;
    }

    /**
     * The credited people and organisations: {@code author}, {@code editor}, {@code translator},
     * {@code contributor}, in that order, each also through schema.org's Role pattern.
     */
    public List<Party> bylines() {
        List<Party> bylines = new ArrayList<>();
        for (String property : BYLINE_PROPERTIES) {
            BylineRole defaultRole = property.equals("author") ? BylineRole.AUTHOR
                    : property.equals("editor") ? BylineRole.EDITOR
                    : property.equals("translator") ? BylineRole.TRANSLATOR : BylineRole.CONTRIBUTOR;
            List<JsonNode> all = v.values(node, property);
            for (int i = 0; i < all.size(); i++) {
                JsonNode value = all.get(i);
                String loc = at(property) + "[" + i + "]";
                BylineRole role = defaultRole;
                JsonNode party = value;
                if (v.graph.types(value).stream().anyMatch(t -> t.endsWith("Role"))) {
                    // The Role pattern: {"@type": "Role", "roleName": "photographer", "contributor": {...}}
                    role = v.text(value, "roleName").map(n -> roleOf(n, defaultRole)).orElse(defaultRole);
                    Optional<JsonNode> inner = v.first(value, property);
                    if (inner.isEmpty()) {
                        problems.add("a " + property + " Role without the " + property + " it stands for; left out");
                        continue;
                    }
                    party = inner.get();
                    loc = loc + "['" + property + "']";
                }
                party(party, role, property, loc).ifPresent(bylines::add);
            }
        }
        return bylines;
    }

    private static BylineRole roleOf(String name, BylineRole fallback) {
        for (BylineRole r : BylineRole.values()) {
            if (r.id().equalsIgnoreCase(name.strip())) {
                return r;
            }
        }
        return fallback;
    }

    private Optional<Party> party(JsonNode value, BylineRole role, String property, String loc) {
        Optional<JsonNode> r = v.graph.resolve(value);
        if (r.isEmpty()) {
            return Optional.empty();
        }
        JsonNode p = r.get();
        if (p.isString()) {
            return Markup.text(p.asString()).map(n -> new Party(property, role, n, AgentType.PERSON, Optional.empty(),
                    Optional.empty(), Optional.empty(), loc));
        }
        if (!p.isObject()) {
            return Optional.empty();
        }
        Optional<String> name = v.name(p);
        if (name.isEmpty()) {
            problems.add("an " + property + " without a name; left out");
            return Optional.empty();
        }
        AgentType type = JsonLdValues.isOrganization(v.graph.types(p)) ? AgentType.ORGANIZATION : AgentType.PERSON;
        Optional<String> url = v.url(p, "url");
        Optional<String> sameAs = v.values(p, "sameAs").stream().findFirst().flatMap(JsonLdGraph::text)
                .flatMap(v::absolute);
        Optional<String> affiliation = v.text(p, "affiliation").or(() -> v.text(p, "worksFor"))
                .or(() -> v.text(p, "memberOf"));
        return Optional.of(new Party(property, role, name.get(), type, url, sameAs, affiliation, loc + "['name']"));
    }

    public Optional<DateField> datePublished() {
        return date("datePublished");
    }

    public Optional<DateField> dateCreated() {
        return date("dateCreated");
    }

    public Optional<DateField> dateModified() {
        return date("dateModified");
    }

    private Optional<DateField> date(String property) {
        return v.dateText(node, property).map(raw -> new DateField(raw, at(property)));
    }

    public List<Field<Image>> images() {
        List<Field<Image>> out = new ArrayList<>();
        List<JsonNode> all = v.values(node, "image");
        for (int i = 0; i < all.size(); i++) {
            String loc = at("image") + "[" + i + "]";
            v.image(all.get(i)).ifPresent(img -> out.add(new Field<>(img, loc)));
        }
        return out;
    }

    public Optional<Field<Integer>> commentCount() {
        return integer("commentCount");
    }

    /** The {@code wordCount} stated (the property's name in any case). */
    public Optional<Field<Integer>> wordCount() {
        return integer("wordCount");
    }

    /** {@code isAccessibleForFree}: a boolean, or "True", "yes", "1", schema.org's True (and the opposites). */
    public Optional<Field<Boolean>> isAccessibleForFree() {
        return v.graph.lookup(node, "isAccessibleForFree").flatMap(b -> v.bool(b, "isAccessibleForFree"))
                .map(b -> new Field<>(b, at("isAccessibleForFree")));
    }

    private Optional<Field<Integer>> integer(String property) {
        OptionalInt n = v.integer(node, property);
        return n.isPresent() ? Optional.of(new Field<>(n.getAsInt(), at(property))) : Optional.empty();
    }

    private Optional<Field<String>> text(String property) {
        return v.text(node, property).map(s -> new Field<>(s, at(property)));
    }

    private String at(String property) {
        return path + "['" + property + "']";
    }

    /** The page the article is the main entity of, with its locator. */
    Optional<Field<JsonNode>> page() {
        Optional<JsonNode> main = v.first(node, "mainEntityOfPage").flatMap(v.graph::resolve);
        if (main.isPresent() && main.get().isObject()) {
            return Optional.of(new Field<>(main.get(), at("mainEntityOfPage")));
        }
        for (JsonLdGraph.Node n : v.graph.nodes()) {
            if (isPage(v.graph.types(n.json()))) {
                Optional<JsonNode> entity = v.first(n.json(), "mainEntity").flatMap(v.graph::resolve);
                if (entity.isPresent() && same(entity.get(), node)) {
                    return Optional.of(new Field<>(n.json(), n.path()));
                }
            }
        }
        return Optional.empty();
    }
}
