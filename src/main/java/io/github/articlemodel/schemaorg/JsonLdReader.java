package io.github.articlemodel.schemaorg;

import io.github.articlemodel.internal.Markup;
import io.github.articlemodel.model.Article;
import io.github.articlemodel.model.Block;
import io.github.articlemodel.model.Byline;
import io.github.articlemodel.model.Comment;
import io.github.articlemodel.model.CrossReference;
import io.github.articlemodel.model.CrossReferenceKind;
import io.github.articlemodel.model.DateValue;
import io.github.articlemodel.model.Paragraph;
import io.github.articlemodel.model.Quote;
import io.github.articlemodel.model.QuoteKind;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
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

    private final JsonLdGraph graph;
    private final List<String> problems = new ArrayList<>();
    private final JsonLdValues v;

    private JsonLdReader(JsonLdGraph graph, String base) {
        this.graph = graph;
        problems.addAll(graph.problems());
        this.v = new JsonLdValues(graph, base, problems);
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

    private JsonLdRead read() {
        Optional<JsonLdArticle> found = JsonLdArticle.find(graph, v.base, problems);
        if (found.isEmpty()) {
            problems.add("no node of an article type (Article, NewsArticle, BlogPosting, ...) or WebPage");
            return new JsonLdRead(Optional.empty(), problems, OptionalInt.empty());
        }
        JsonLdArticle f = found.get();
        JsonNode a = f.json();
        Article.Builder b = new Article.Builder();
        b.type(f.type());
        f.url().map(JsonLdArticle.Field::value).ifPresent(b::url);
        f.canonicalUrl().map(JsonLdArticle.Field::value).ifPresent(b::canonicalUrl);
        f.headline().or(f::name).map(JsonLdArticle.Field::value).ifPresent(b::headline);
        f.alternativeHeadline().map(JsonLdArticle.Field::value).ifPresent(b::alternativeHeadline);
        f.description().map(JsonLdArticle.Field::value).ifPresent(b::description);
        f.language().map(JsonLdArticle.Field::value).ifPresent(b::language);
        f.siteName().map(JsonLdArticle.Field::value).ifPresent(b::siteName);
        f.publisher().map(JsonLdArticle.Field::value).ifPresent(b::publisher);
        f.sections().forEach(s -> b.addSections(s.value()));
        f.tags().forEach(t -> b.addTags(t.value()));
        for (JsonLdArticle.Party p : f.bylines()) {
            Byline.Builder by = new Byline.Builder().name(p.name()).role(p.role()).type(p.type());
            p.url().ifPresent(by::url);
            p.affiliation().ifPresent(by::affiliation);
            b.addBylines(by.build());
        }
        Optional<DateValue> published = date(f.datePublished(), "datePublished")
                .or(() -> date(f.dateCreated(), "dateCreated"));
        Optional<DateValue> modified = date(f.dateModified(), "dateModified");
        if (published.isPresent() && modified.isPresent() && modified.get().compareTo(published.get()) < 0) {
            problems.add("dateModified " + modified.get().raw() + " is before datePublished "
                    + published.get().raw() + "; left out");
            modified = Optional.empty();
        }
        b.datePublished(published).dateModified(modified);
        f.images().forEach(i -> b.addImages(i.value()));
        List<Block> body = body(a);
        b.body(body);
        b.quotes(quotes(a, body));
        b.crossReferences(crossReferences(a, f.page().map(JsonLdArticle.Field::value)));
        b.comments(comments(a));
        f.commentCount().ifPresent(n -> b.commentCount(n.value()));
        f.isAccessibleForFree().ifPresent(x -> b.isAccessibleForFree(x.value()));
        OptionalInt wordCount = f.wordCount().map(n -> OptionalInt.of(n.value())).orElse(OptionalInt.empty());
        try {
            return new JsonLdRead(Optional.of(b.build()), problems, wordCount);
        } catch (IllegalArgumentException e) {
            // Every part is checked before it is added; this is a last line of defence.
            problems.add("the article could not be built: " + e.getMessage());
            return new JsonLdRead(Optional.empty(), problems, wordCount);
        }
    }

    /** What a date field means; one that is no date is left out and named. */
    private Optional<DateValue> date(Optional<JsonLdArticle.DateField> field, String property) {
        if (field.isPresent() && field.get().value().isEmpty()) {
            String raw = field.get().raw();
            problems.add(property + " '" + JsonLdValues.abbreviate(raw) + "' is not a date; left out");
        }
        return field.flatMap(JsonLdArticle.DateField::value);
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
            if (whole.isPresent() && !JsonLdArticle.same(whole.get(), article)) {
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
                    .or(() -> first(n.json(), "author")).flatMap(v::agent).ifPresent(q::speaker);
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
            boolean work = JsonLdArticle.isPage(types) || types.stream().anyMatch(t -> t.equalsIgnoreCase("CreativeWork")
                    || JsonLdArticle.isArticleType(t));
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
                    : JsonLdGraph.text(link).flatMap(v::absolute);
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
            Optional<String> url = v.isObject() ? url(v, "url") : JsonLdGraph.text(v).flatMap(this.v::absolute);
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
        first(json, "author").flatMap(v::agent).ifPresent(c::author);
        v.date(json, "datePublished").ifPresent(c::datePublished);
        v.integer(json, "upvoteCount").ifPresent(c::upvotes);
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
        return v.values(node, property);
    }

    private Optional<JsonNode> first(JsonNode node, String property) {
        return v.first(node, property);
    }

    private Optional<String> text(JsonNode node, String property) {
        return v.text(node, property);
    }

    private Optional<String> url(JsonNode node, String property) {
        return v.url(node, property);
    }

    static Optional<String> absolute(String raw, String base) {
        return JsonLdValues.absolute(raw, base);
    }
}
