package io.github.articlemodel.schemaorg;

import io.github.articlemodel.model.Agent;
import io.github.articlemodel.model.AgentType;
import io.github.articlemodel.model.Article;
import io.github.articlemodel.model.ArticleType;
import io.github.articlemodel.model.Block;
import io.github.articlemodel.model.Byline;
import io.github.articlemodel.model.BylineRole;
import io.github.articlemodel.model.Comment;
import io.github.articlemodel.model.CrossReference;
import io.github.articlemodel.model.CrossReferenceKind;
import io.github.articlemodel.model.DateValue;
import io.github.articlemodel.model.Image;
import io.github.articlemodel.model.Organization;
import io.github.articlemodel.model.Paragraph;
import io.github.articlemodel.model.Quote;
import io.github.articlemodel.model.QuoteKind;
import java.net.IDN;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.temporal.Temporal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * Reads an {@link Article} from the JSON-LD blocks of a page, through {@link JsonLdGraph}. See
 * {@link SchemaOrg#fromJsonLd(String)} for what it tolerates and what it reads where.
 */
final class JsonLdReader {
    /** The longest JSON-LD block read, in chars. */
    static final int MAX_BLOCK_CHARS = 8 * 1024 * 1024;
    /** The deepest nesting of a JSON-LD block read. */
    static final int MAX_DEPTH = 256;
    /** The most comments read. */
    static final int MAX_COMMENTS = 100_000;

    private static final Pattern LANGUAGE_TAG = Pattern.compile("[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*");

    /** The subtypes of schema.org's Article (30.0), lower case, with the model's type for each. */
    private static final Map<String, ArticleType> ARTICLE_TYPES = articleTypes();
    /** The types of a page or a stub of one, lower case. */
    private static final Set<String> PAGE_TYPES = Set.of("webpage", "itempage", "collectionpage", "aboutpage",
            "profilepage", "searchresultspage", "qapage", "faqpage", "medicalwebpage", "realestatelisting",
            "checkoutpage", "contactpage");
    private static final List<String> BYLINE_PROPERTIES = List.of("author", "editor", "translator", "contributor");

    private final JsonLdGraph graph;
    private final String base;
    private final List<String> problems = new ArrayList<>();

    private JsonLdReader(JsonLdGraph graph, String base) {
        this.graph = graph;
        this.base = base;
        problems.addAll(graph.problems());
    }

    /**
     * Reads the article the blocks describe.
     *
     * @param base the page's address for relative URLs, or {@code null} to keep absolute URLs only
     */
    static JsonLdRead read(List<String> blocks, String base) {
        JsonLdReader reader = new JsonLdReader(JsonLdGraph.read(blocks, MAX_BLOCK_CHARS, MAX_DEPTH), base);
        return reader.read();
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

    private JsonLdRead read() {
        Optional<JsonNode> found = articleNode();
        if (found.isEmpty()) {
            problems.add("no node of an article type (Article, NewsArticle, BlogPosting, ...) or WebPage");
            return new JsonLdRead(Optional.empty(), problems, OptionalInt.empty());
        }
        JsonNode a = found.get();
        Optional<JsonNode> page = pageOf(a);
        Article.Builder b = new Article.Builder();
        b.type(type(graph.types(a)));
        url(a, "url").ifPresent(b::url);
        canonical(a, page).ifPresent(b::canonicalUrl);
        text(a, "headline").or(() -> text(a, "name")).ifPresent(b::headline);
        text(a, "alternativeHeadline").ifPresent(b::alternativeHeadline);
        text(a, "description").ifPresent(b::description);
        language(a).or(() -> page.flatMap(this::language)).ifPresent(b::language);
        siteName(page).ifPresent(b::siteName);
        first(a, "publisher").flatMap(this::organization).ifPresent(b::publisher);
        for (JsonNode s : values(a, "articleSection")) {
            JsonLdGraph.text(s).flatMap(Markup::text).ifPresent(b::addSections);
        }
        b.tags(tags(a));
        b.bylines(bylines(a));
        Optional<DateValue> published = date(a, "datePublished").or(() -> date(a, "dateCreated"));
        Optional<DateValue> modified = date(a, "dateModified");
        if (published.isPresent() && modified.isPresent() && modified.get().compareTo(published.get()) < 0) {
            problems.add("dateModified " + modified.get().raw() + " is before datePublished "
                    + published.get().raw() + "; left out");
            modified = Optional.empty();
        }
        b.datePublished(published).dateModified(modified);
        for (JsonNode i : values(a, "image")) {
            image(i).ifPresent(b::addImages);
        }
        List<Block> body = body(a);
        b.body(body);
        b.quotes(quotes(a, body));
        b.crossReferences(crossReferences(a, page));
        b.comments(comments(a));
        integer(a, "commentCount").ifPresent(b::commentCount);
        graph.lookup(a, "isAccessibleForFree").flatMap(this::bool).ifPresent(b::isAccessibleForFree);
        OptionalInt wordCount = integer(a, "wordCount");
        try {
            return new JsonLdRead(Optional.of(b.build()), problems, wordCount);
        } catch (IllegalArgumentException e) {
            // Every part is checked before it is added; this is a last line of defence.
            problems.add("the article could not be built: " + e.getMessage());
            return new JsonLdRead(Optional.empty(), problems, wordCount);
        }
    }

    // ------------------------------------------------------------------ which nodes

    /**
     * The article's node: of an article type, presented as a page's main entity or carrying
     * {@code mainEntityOfPage}, else the first with a headline, else the first; else a WebPage.
     */
    private Optional<JsonNode> articleNode() {
        List<JsonNode> articles = new ArrayList<>();
        List<JsonNode> pages = new ArrayList<>();
        for (JsonLdGraph.Node n : graph.nodes()) {
            List<String> types = graph.types(n.json());
            if (types.stream().anyMatch(t -> ARTICLE_TYPES.containsKey(t.toLowerCase(Locale.ROOT)))) {
                articles.add(n.json());
            } else if (isPage(types)) {
                pages.add(n.json());
            }
        }
        if (articles.isEmpty()) {
            for (JsonNode p : pages) {
                if (text(p, "headline").or(() -> text(p, "name")).isPresent()) {
                    problems.add("no node of an article type; read the WebPage");
                    return Optional.of(p);
                }
            }
            return Optional.empty();
        }
        for (JsonNode p : pages) {
            Optional<JsonNode> main = first(p, "mainEntity").flatMap(graph::resolve);
            for (JsonNode a : articles) {
                if (main.isPresent() && same(main.get(), a)) {
                    return Optional.of(a);
                }
            }
        }
        for (String key : List.of("mainEntityOfPage", "headline")) {
            for (JsonNode a : articles) {
                if (graph.lookup(a, key).isPresent()) {
                    return Optional.of(a);
                }
            }
        }
        return Optional.of(articles.get(0));
    }

    private Optional<JsonNode> pageOf(JsonNode article) {
        Optional<JsonNode> main = first(article, "mainEntityOfPage").flatMap(graph::resolve);
        if (main.isPresent() && main.get().isObject()) {
            return main;
        }
        for (JsonLdGraph.Node n : graph.nodes()) {
            if (isPage(graph.types(n.json()))) {
                Optional<JsonNode> entity = first(n.json(), "mainEntity").flatMap(graph::resolve);
                if (entity.isPresent() && same(entity.get(), article)) {
                    return Optional.of(n.json());
                }
            }
        }
        return Optional.empty();
    }

    private static boolean isPage(List<String> types) {
        return types.stream().anyMatch(t -> PAGE_TYPES.contains(t.toLowerCase(Locale.ROOT)));
    }

    private static boolean same(JsonNode a, JsonNode b) {
        if (a == b) {
            return true;
        }
        JsonNode ida = a.isObject() ? a.get("@id") : null;
        JsonNode idb = b.isObject() ? b.get("@id") : null;
        return ida != null && idb != null && ida.isString() && idb.isString() && ida.asString().equals(idb.asString());
    }

    private static ArticleType type(List<String> types) {
        ArticleType best = ArticleType.ARTICLE;
        for (String t : types) {
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

    // ------------------------------------------------------------------ the article's fields

    /**
     * The canonical URL: the page node's {@code url}, else its {@code @id} when that is an
     * absolute URL without fragment, else {@code mainEntityOfPage} when it is a URL.
     */
    private Optional<String> canonical(JsonNode article, Optional<JsonNode> page) {
        if (page.isPresent()) {
            Optional<String> url = url(page.get(), "url");
            if (url.isPresent()) {
                return url;
            }
            JsonNode id = page.get().get("@id");
            if (id != null && id.isString() && id.asString().indexOf('#') < 0) {
                return absolute(id.asString());
            }
            return Optional.empty();
        }
        return first(article, "mainEntityOfPage").filter(JsonNode::isString).flatMap(v -> absolute(v.asString()));
    }

    private Optional<String> language(JsonNode node) {
        Optional<JsonNode> v = first(node, "inLanguage");
        if (v.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> tag = v.get().isObject()
                ? graph.lookup(v.get(), "alternateName").flatMap(JsonLdGraph::text)
                        .or(() -> graph.lookup(v.get(), "name").flatMap(JsonLdGraph::text))
                : JsonLdGraph.text(v.get());
        if (tag.isEmpty()) {
            return Optional.empty();
        }
        String t = tag.get().strip().replace('_', '-');
        if (!LANGUAGE_TAG.matcher(t).matches()) {
            problems.add("inLanguage '" + abbreviate(tag.get()) + "' is not a BCP 47 language tag; left out");
            return Optional.empty();
        }
        return Optional.of(t);
    }

    private Optional<String> siteName(Optional<JsonNode> page) {
        if (page.isPresent()) {
            Optional<JsonNode> site = first(page.get(), "isPartOf").flatMap(graph::resolve);
            if (site.isPresent() && graph.types(site.get()).stream().anyMatch(t -> t.equalsIgnoreCase("WebSite"))) {
                return text(site.get(), "name");
            }
        }
        for (JsonLdGraph.Node n : graph.nodes()) {
            if (n.isA("WebSite")) {
                return text(n.json(), "name");
            }
        }
        return Optional.empty();
    }

    private Optional<Organization> organization(JsonNode value) {
        Optional<JsonNode> r = graph.resolve(value);
        if (r.isEmpty()) {
            return Optional.empty();
        }
        JsonNode v = r.get();
        if (v.isString()) {
            return Markup.text(v.asString()).map(Organization::of);
        }
        Optional<String> name = text(v, "name");
        if (name.isEmpty()) {
            problems.add("a publisher without a name; left out");
            return Optional.empty();
        }
        Organization.Builder o = new Organization.Builder().name(name.get());
        url(v, "url").ifPresent(o::url);
        first(v, "logo").flatMap(this::image).ifPresent(o::logo);
        return Optional.of(o.build());
    }

    /** keywords: each item of an array as it is; a single string split at its commas. */
    private List<String> tags(JsonNode article) {
        List<String> tags = new ArrayList<>();
        Optional<JsonNode> raw = graph.lookup(article, "keywords");
        if (raw.isEmpty()) {
            return tags;
        }
        JsonNode k = raw.get();
        boolean list = k.isArray() || (k.isObject() && k.has("@list"));
        if (list) {
            for (JsonNode item : JsonLdGraph.values(k)) {
                JsonLdGraph.text(graph.resolve(item).orElse(item)).flatMap(Markup::text).ifPresent(tags::add);
            }
        } else {
            JsonLdGraph.text(graph.resolve(k).orElse(k)).flatMap(Markup::text).ifPresent(s -> {
                for (String tag : s.split(",")) {
                    if (!tag.isBlank()) {
                        tags.add(tag.strip());
                    }
                }
            });
        }
        return tags;
    }

    private List<Byline> bylines(JsonNode article) {
        List<Byline> bylines = new ArrayList<>();
        for (String property : BYLINE_PROPERTIES) {
            BylineRole defaultRole = property.equals("author") ? BylineRole.AUTHOR
                    : property.equals("editor") ? BylineRole.EDITOR
                    : property.equals("translator") ? BylineRole.TRANSLATOR : BylineRole.CONTRIBUTOR;
            for (JsonNode v : values(article, property)) {
                BylineRole role = defaultRole;
                JsonNode party = v;
                if (graph.types(v).stream().anyMatch(t -> t.endsWith("Role"))) {
                    // The Role pattern: {"@type": "Role", "roleName": "photographer", "contributor": {...}}
                    role = text(v, "roleName").map(n -> roleOf(n, defaultRole)).orElse(defaultRole);
                    Optional<JsonNode> inner = first(v, property);
                    if (inner.isEmpty()) {
                        problems.add("a " + property + " Role without the " + property + " it stands for; left out");
                        continue;
                    }
                    party = inner.get();
                }
                byline(party, role, property).ifPresent(bylines::add);
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

    private Optional<Byline> byline(JsonNode value, BylineRole role, String property) {
        Optional<JsonNode> r = graph.resolve(value);
        if (r.isEmpty()) {
            return Optional.empty();
        }
        JsonNode v = r.get();
        if (v.isString()) {
            return Markup.text(v.asString()).map(n -> new Byline.Builder().name(n).role(role).build());
        }
        if (!v.isObject()) {
            return Optional.empty();
        }
        Optional<String> name = text(v, "name");
        if (name.isEmpty()) {
            problems.add("an " + property + " without a name; left out");
            return Optional.empty();
        }
        Byline.Builder b = new Byline.Builder().name(name.get()).role(role)
                .type(isOrganization(graph.types(v)) ? AgentType.ORGANIZATION : AgentType.PERSON);
        url(v, "url").ifPresent(b::url);
        text(v, "affiliation").or(() -> text(v, "worksFor")).or(() -> text(v, "memberOf")).ifPresent(b::affiliation);
        return Optional.of(b.build());
    }

    private static boolean isOrganization(List<String> types) {
        for (String t : types) {
            String l = t.toLowerCase(Locale.ROOT);
            if (l.contains("organization") || l.equals("corporation") || l.equals("ngo") || l.equals("consortium")
                    || l.equals("project") || l.equals("researchproject") || l.equals("fundingscheme")) {
                return true;
            }
        }
        return false;
    }

    /** A person or organisation; one without a name but with a description or job title is a role phrase. */
    private Optional<Agent> agent(JsonNode value) {
        Optional<JsonNode> r = graph.resolve(value);
        if (r.isEmpty()) {
            return Optional.empty();
        }
        JsonNode v = r.get();
        if (v.isString()) {
            return Markup.text(v.asString()).map(Agent::person);
        }
        if (!v.isObject()) {
            return Optional.empty();
        }
        Agent.Builder a = new Agent.Builder();
        Optional<String> name = text(v, "name");
        if (name.isPresent()) {
            a.name(name.get()).type(isOrganization(graph.types(v)) ? AgentType.ORGANIZATION : AgentType.PERSON);
        } else {
            Optional<String> role = text(v, "description").or(() -> text(v, "jobTitle"));
            if (role.isEmpty()) {
                return Optional.empty();
            }
            a.name(role.get()).type(AgentType.ROLE);
        }
        url(v, "url").ifPresent(a::url);
        return Optional.of(a.build());
    }

    private Optional<DateValue> date(JsonNode node, String property) {
        Optional<String> raw = first(node, property).flatMap(JsonLdGraph::text);
        if (raw.isEmpty()) {
            return Optional.empty();
        }
        Optional<Temporal> t = LenientDates.parse(raw.get());
        if (t.isEmpty()) {
            problems.add(property + " '" + abbreviate(raw.get()) + "' is not a date; left out");
            return Optional.empty();
        }
        return Optional.of(DateValue.of(raw.get().strip(), t.get()));
    }

    private Optional<Image> image(JsonNode value) {
        Optional<JsonNode> r = graph.resolve(value);
        if (r.isEmpty()) {
            return Optional.empty();
        }
        JsonNode v = r.get();
        if (v.isString()) {
            return absolute(v.asString()).map(Image::of);
        }
        if (!v.isObject()) {
            return Optional.empty();
        }
        Optional<String> url = url(v, "url").or(() -> url(v, "contentUrl"));
        if (url.isEmpty()) {
            problems.add("an image without an absolute http(s) url; left out");
            return Optional.empty();
        }
        Image.Builder i = new Image.Builder().url(url.get());
        text(v, "caption").ifPresent(i::caption);
        text(v, "description").ifPresent(i::alt);
        text(v, "creditText").ifPresent(i::credit);
        pixels(v, "width").ifPresent(i::width);
        pixels(v, "height").ifPresent(i::height);
        return Optional.of(i.build());
    }

    /** A size in pixels: a number, a string such as "1200" or "1200px", or a QuantitativeValue. */
    private OptionalInt pixels(JsonNode node, String property) {
        Optional<JsonNode> v = first(node, property).flatMap(graph::resolve);
        if (v.isPresent() && v.get().isObject()) {
            v = first(v.get(), "value");
        }
        return v.isPresent() ? nonNegative(v.get(), true) : OptionalInt.empty();
    }

    private List<Block> body(JsonNode article) {
        List<Block> body = new ArrayList<>();
        Optional<String> text = first(article, "articleBody").flatMap(JsonLdGraph::text).flatMap(Markup::lines);
        if (text.isPresent()) {
            for (String line : text.get().split("\n")) {
                if (!line.isBlank()) {
                    body.add(Paragraph.of(line));
                }
            }
        }
        return body;
    }

    /**
     * The Quotation nodes that are part of the article (or of nothing): text and speaker, placed
     * where their text first occurs in the body text after the previous one.
     */
    private List<Quote> quotes(JsonNode article, List<Block> body) {
        List<Quote> quotes = new ArrayList<>();
        String text = "";
        List<Integer> offsets = List.of();
        if (!body.isEmpty()) {
            Article probe = new Article.Builder().body(body).build();
            text = probe.text();
            offsets = probe.blockOffsets();
        }
        int from = 0;
        for (JsonLdGraph.Node n : graph.nodes()) {
            if (!n.isA("Quotation")) {
                continue;
            }
            Optional<JsonNode> whole = first(n.json(), "isPartOf").flatMap(graph::resolve);
            if (whole.isPresent() && !same(whole.get(), article)) {
                continue;
            }
            Optional<String> words = text(n.json(), "text");
            if (words.isEmpty()) {
                problems.add("a Quotation without text; left out");
                continue;
            }
            if (body.isEmpty()) {
                problems.add("a Quotation, but no articleBody to place it in; left out");
                continue;
            }
            Quote.Builder q = new Quote.Builder().text(words.get()).kind(QuoteKind.FULL);
            first(n.json(), "spokenByCharacter").or(() -> first(n.json(), "creator"))
                    .or(() -> first(n.json(), "author")).flatMap(this::agent).ifPresent(q::speaker);
            int at = text.indexOf(words.get(), from);
            if (at < 0) {
                at = text.indexOf(words.get());
            }
            if (at >= 0) {
                int block = 0;
                while (block + 1 < offsets.size() && offsets.get(block + 1) <= at) {
                    block++;
                }
                q.blockIndex(block).start(at).end(at + words.get().length());
                from = at + words.get().length();
            } else {
                q.blockIndex(0).start(0).end(0);
            }
            quotes.add(q.build());
        }
        return quotes;
    }

    /**
     * The page's (else the article's) relatedLink, titled by the stub node of the same url (taken
     * in order, so repeated links keep their own titles), then the article's citations.
     */
    private List<CrossReference> crossReferences(JsonNode article, Optional<JsonNode> page) {
        List<CrossReference> refs = new ArrayList<>();
        Map<String, Deque<JsonNode>> stubs = new LinkedHashMap<>();
        for (JsonLdGraph.Node n : graph.nodes()) {
            JsonNode json = n.json();
            if (json == article || (page.isPresent() && json == page.get())) {
                continue;
            }
            List<String> types = graph.types(json);
            boolean work = isPage(types) || types.stream().anyMatch(t -> t.equalsIgnoreCase("CreativeWork")
                    || ARTICLE_TYPES.containsKey(t.toLowerCase(Locale.ROOT)));
            JsonNode url = json.get("url");
            if (work && url != null && url.isString()) {
                stubs.computeIfAbsent(url.asString(), k -> new ArrayDeque<>()).add(json);
            }
        }
        List<JsonNode> links = page.map(p -> values(p, "relatedLink")).orElse(List.of());
        if (links.isEmpty()) {
            links = values(article, "relatedLink");
        }
        for (JsonNode link : links) {
            Optional<String> url = link.isObject() ? url(link, "url").or(() -> url(link, "@id"))
                    : JsonLdGraph.text(link).flatMap(this::absolute);
            if (url.isEmpty()) {
                problems.add("a relatedLink that is not an absolute http(s) URL; left out");
                continue;
            }
            Deque<JsonNode> candidates = stubs.get(url.get());
            JsonNode stub = candidates == null ? null : candidates.poll();
            Optional<String> title = stub == null ? Optional.empty()
                    : text(stub, "name").or(() -> text(stub, "headline"));
            refs.add(new CrossReference.Builder().title(title.orElse(url.get())).url(url.get())
                    .kind(CrossReferenceKind.RELATED).build());
        }
        for (JsonNode c : values(article, "citation")) {
            JsonNode v = graph.resolve(c).orElse(c);
            Optional<String> url = v.isObject() ? url(v, "url") : JsonLdGraph.text(v).flatMap(this::absolute);
            if (url.isEmpty()) {
                problems.add("a citation without an absolute http(s) URL; left out");
                continue;
            }
            Optional<String> title = v.isObject() ? text(v, "name").or(() -> text(v, "headline")) : Optional.empty();
            refs.add(new CrossReference.Builder().title(title.orElse(url.get())).url(url.get())
                    .kind(CrossReferenceKind.SOURCE).build());
        }
        return refs;
    }

    /**
     * The comment threads, nested through {@code comment}, read without recursion: each comment is
     * built after its replies. A comment met twice (a cycle of {@code @id} references) is read once.
     */
    private List<Comment> comments(JsonNode article) {
        Deque<CommentFrame> open = new ArrayDeque<>();
        CommentFrame root = new CommentFrame(null, values(article, "comment"));
        open.push(root);
        Map<JsonNode, Boolean> seen = new IdentityHashMap<>();
        int count = 0;
        boolean capped = false;
        while (!open.isEmpty()) {
            CommentFrame frame = open.peek();
            if (frame.next < frame.children.size()) {
                JsonNode child = graph.resolve(frame.children.get(frame.next++)).orElse(null);
                if (child == null || !child.isObject() || seen.put(child, Boolean.TRUE) != null) {
                    continue;
                }
                if (++count > MAX_COMMENTS) {
                    capped = true;
                    continue;
                }
                open.push(new CommentFrame(child, values(child, "comment")));
                continue;
            }
            open.pop();
            if (frame.json == null) {
                break;
            }
            comment(frame.json, frame.replies).ifPresent(open.peek().replies::add);
        }
        if (capped) {
            problems.add("more than " + MAX_COMMENTS + " comments; the rest left out");
        }
        return root.replies;
    }

    private Optional<Comment> comment(JsonNode json, List<Comment> replies) {
        Optional<String> text = first(json, "text").flatMap(JsonLdGraph::text).flatMap(Markup::lines);
        if (text.isEmpty()) {
            problems.add("a comment without text; left out with its " + replies.size() + " replies");
            return Optional.empty();
        }
        Comment.Builder c = new Comment.Builder().text(text.get()).replies(replies);
        first(json, "identifier").flatMap(v -> v.isObject() ? first(v, "value") : Optional.of(v))
                .flatMap(JsonLdGraph::text).flatMap(Markup::text).ifPresent(c::id);
        first(json, "author").flatMap(this::agent).ifPresent(c::author);
        date(json, "datePublished").ifPresent(c::datePublished);
        integer(json, "upvoteCount").ifPresent(c::upvotes);
        return Optional.of(c.build());
    }

    /** A comment being read: its JSON (null for the article), its replies to read, those built. */
    private static final class CommentFrame {
        final JsonNode json;
        final List<JsonNode> children;
        final List<Comment> replies = new ArrayList<>();
        int next;

        CommentFrame(JsonNode json, List<JsonNode> children) {
            this.json = json;
            this.children = children;
        }
    }

    // ------------------------------------------------------------------ values

    private List<JsonNode> values(JsonNode node, String property) {
        return JsonLdGraph.values(graph.lookup(node, property).orElse(null));
    }

    private Optional<JsonNode> first(JsonNode node, String property) {
        List<JsonNode> values = values(node, property);
        return values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    /** The text of a property: a string, a {@code @value}, the name of an object; HTML read as text. */
    private Optional<String> text(JsonNode node, String property) {
        return first(node, property).map(v -> v.isObject() && !v.has("@value") ? graph.resolve(v).orElse(v) : v)
                .flatMap(JsonLdGraph::text).flatMap(Markup::text);
    }

    private Optional<String> url(JsonNode node, String property) {
        Optional<JsonNode> v = first(node, property);
        if (v.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> s = v.get().isObject() ? JsonLdGraph.get(v.get(), "@id").flatMap(JsonLdGraph::text)
                .or(() -> JsonLdGraph.text(v.get())) : JsonLdGraph.text(v.get());
        Optional<String> url = s.flatMap(this::absolute);
        if (s.isPresent() && url.isEmpty()) {
            problems.add(property + " '" + abbreviate(s.get()) + "' is not an absolute http(s) URL; left out");
        }
        return url;
    }

    private Optional<String> absolute(String raw) {
        return absolute(raw, base);
    }

    /**
     * The URL as written when it is an absolute http(s) URL with a host (spaces escaped, an
     * internationalised host in its ASCII form), else resolved against {@code base} when there is
     * one; else empty.
     */
    static Optional<String> absolute(String raw, String base) {
        String s = asciiHost(raw.strip().replace(" ", "%20"));
        if (s.isEmpty() || s.length() > 8192) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(s);
            if (!uri.isAbsolute()) {
                if (base == null) {
                    return Optional.empty();
                }
                uri = new URI(base).resolve(uri);
                s = uri.toString();
            }
            String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
            boolean http = scheme.equals("http") || scheme.equals("https");
            return http && uri.getHost() != null && !uri.getHost().isEmpty() ? Optional.of(s) : Optional.empty();
        } catch (URISyntaxException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** A host with characters beyond ASCII ("stössenseer.de") in its ASCII form, which java.net.URI accepts. */
    private static String asciiHost(String url) {
        int scheme = url.indexOf("://");
        if (scheme < 0) {
            return url;
        }
        int start = scheme + 3;
        int end = start;
        while (end < url.length() && "/?#".indexOf(url.charAt(end)) < 0) {
            end++;
        }
        String host = url.substring(start, end);
        if (host.chars().allMatch(c -> c < 128)) {
            return url;
        }
        try {
            return url.substring(0, start) + IDN.toASCII(host, IDN.ALLOW_UNASSIGNED) + url.substring(end);
        } catch (IllegalArgumentException e) {
            return url;
        }
    }

    private OptionalInt integer(JsonNode node, String property) {
        Optional<JsonNode> v = first(node, property);
        if (v.isEmpty()) {
            return OptionalInt.empty();
        }
        OptionalInt n = nonNegative(v.get(), false);
        if (n.isEmpty()) {
            problems.add(property + " '" + abbreviate(String.valueOf(v.get())) + "' is not a whole number; left out");
        }
        return n;
    }

    /** A whole number from 0 to {@link Integer#MAX_VALUE}: a number, or a string of digits (with "px" when asked). */
    private static OptionalInt nonNegative(JsonNode v, boolean pixels) {
        JsonNode value = v.isObject() && v.has("@value") ? v.get("@value") : v;
        if (value.isNumber()) {
            double d = value.asDouble();
            return d >= 0 && d <= Integer.MAX_VALUE && d == Math.rint(d) ? OptionalInt.of((int) d) : OptionalInt.empty();
        }
        if (value.isString()) {
            String s = value.asString().strip();
            if (pixels && s.toLowerCase(Locale.ROOT).endsWith("px")) {
                s = s.substring(0, s.length() - 2).strip();
            }
            if (!s.isEmpty() && s.length() <= 10 && s.chars().allMatch(c -> c >= '0' && c <= '9')) {
                long n = Long.parseLong(s);
                return n <= Integer.MAX_VALUE ? OptionalInt.of((int) n) : OptionalInt.empty();
            }
        }
        return OptionalInt.empty();
    }

    /** A boolean: true or false, or the strings "true", "True", "yes", "1", schema.org's True (and the opposites). */
    private Optional<Boolean> bool(JsonNode v) {
        JsonNode value = v.isArray() && !v.isEmpty() ? v.get(0) : v;
        if (value.isObject() && value.has("@value")) {
            value = value.get("@value");
        }
        if (value.isBoolean()) {
            return Optional.of(value.asBoolean());
        }
        if (value.isString() || value.isNumber()) {
            String s = value.asString().strip();
            int cut = Math.max(s.lastIndexOf('/'), s.lastIndexOf(':'));
            String word = s.substring(cut + 1).toLowerCase(Locale.ROOT);
            switch (word) {
                case "true": case "yes": case "1":
                    return Optional.of(true);
                case "false": case "no": case "0":
                    return Optional.of(false);
                default:
                    break;
            }
        }
        problems.add("isAccessibleForFree '" + abbreviate(String.valueOf(v)) + "' is not a boolean; left out");
        return Optional.empty();
    }

    private static String abbreviate(String s) {
        return s.length() <= 80 ? s : s.substring(0, 77) + "...";
    }
}
