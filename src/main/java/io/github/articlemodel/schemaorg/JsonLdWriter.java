package io.github.articlemodel.schemaorg;

import io.github.articlemodel.model.Agent;
import io.github.articlemodel.model.AgentType;
import io.github.articlemodel.model.Article;
import io.github.articlemodel.model.Byline;
import io.github.articlemodel.model.BylineRole;
import io.github.articlemodel.model.Comment;
import io.github.articlemodel.model.CrossReference;
import io.github.articlemodel.model.CrossReferenceKind;
import io.github.articlemodel.model.DateValue;
import io.github.articlemodel.model.Image;
import io.github.articlemodel.model.Organization;
import io.github.articlemodel.model.Quote;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Builds the JSON-LD tree of an article: one {@code @graph} whose nodes refer to each other by
 * {@code @id}. The ids are the page's address (its canonical URL, else its URL, without fragment)
 * plus a fragment naming the node ({@code #article}, {@code #author-1}, {@code #quote-2}), or
 * blank node ids ({@code _:article}) when the article has no address; the WebPage's id is the
 * canonical URL itself. See
 * {@link SchemaOrg#toJsonLdTree(Article)} for the shape.
 */
final class JsonLdWriter {
    /**
     * Comments nest inline this many levels deep; a deeper reply becomes a node of the graph of its
     * own, which its parent lists by {@code @id}, and its replies nest inline below it again. So the
     * JSON stays shallow however deep a thread is.
     */
    static final int MAX_INLINE_COMMENT_DEPTH = 16;

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final Article article;
    private final String base;
    private final ArrayNode graph = NODES.arrayNode();
    private final String articleId;
    private int commentNumber;

    private JsonLdWriter(Article article) {
        this.article = article;
        this.base = article.canonicalUrl().or(article::url).map(JsonLdWriter::withoutFragment).orElse(null);
        this.articleId = id("article");
    }

    static ObjectNode write(Article article) {
        return new JsonLdWriter(article).document();
    }

    private String id(String name) {
        return base == null ? "_:" + name : base + "#" + name;
    }

    /**
     * The WebPage's id: its canonical URL without fragment (as Yoast and most sites write it), else
     * a fragment id, so that a reader never mistakes the address the page was read from for its
     * canonical URL.
     */
    private String pageId() {
        return article.canonicalUrl().map(JsonLdWriter::withoutFragment).orElseGet(() -> id("webpage"));
    }

    private ObjectNode document() {
        ObjectNode doc = NODES.objectNode();
        doc.put("@context", SchemaOrg.CONTEXT);
        doc.set("@graph", graph);

        String websiteId = id("website");
        String publisherId = id("publisher");
        if (article.siteName().isPresent()) {
            ObjectNode site = node("WebSite", websiteId);
            site.put("name", article.siteName().get());
            if (article.publisher().isPresent()) {
                site.set("publisher", ref(publisherId));
            }
            article.language().ifPresent(l -> site.put("inLanguage", l));
            graph.add(site);
        }
        if (article.publisher().isPresent()) {
            graph.add(organization(article.publisher().get(), publisherId));
        }
        graph.add(webPage(websiteId));
        ObjectNode articleNode = articleNode(publisherId);
        graph.add(articleNode);
        quotations();
        relatedStubs();
        comments(articleNode);
        return doc;
    }

    private ObjectNode webPage(String websiteId) {
        ObjectNode page = node("WebPage", pageId());
        article.canonicalUrl().ifPresent(u -> page.put("url", u));
        article.headline().ifPresent(h -> page.put("name", h));
        article.language().ifPresent(l -> page.put("inLanguage", l));
        if (article.siteName().isPresent()) {
            page.set("isPartOf", ref(websiteId));
        }
        ArrayNode related = NODES.arrayNode();
        for (CrossReference r : article.crossReferences()) {
            if (r.kind() != CrossReferenceKind.SOURCE) {
                related.add(r.url());
            }
        }
        if (!related.isEmpty()) {
            page.set("relatedLink", related);
        }
        return page;
    }

    private ObjectNode articleNode(String publisherId) {
        Article a = article;
        ObjectNode n = node(a.type().id(), articleId);
        n.set("mainEntityOfPage", ref(pageId()));
        a.url().ifPresent(u -> n.put("url", u));
        a.headline().ifPresent(h -> n.put("headline", h));
        a.alternativeHeadline().ifPresent(h -> n.put("alternativeHeadline", h));
        a.description().ifPresent(d -> n.put("description", d));
        if (!a.images().isEmpty()) {
            ArrayNode images = n.putArray("image");
            a.images().forEach(i -> images.add(image(i)));
        }
        a.datePublished().ifPresent(d -> n.put("datePublished", iso(d)));
        a.dateModified().ifPresent(d -> n.put("dateModified", iso(d)));
        bylines(n);
        if (a.publisher().isPresent()) {
            n.set("publisher", ref(publisherId));
        }
        strings(n, "articleSection", a.sections());
        strings(n, "keywords", a.tags());
        if (!a.body().isEmpty()) {
            n.put("wordCount", a.wordCount());
        }
        a.language().ifPresent(l -> n.put("inLanguage", l));
        String text = a.text();
        if (!text.isEmpty()) {
            n.put("articleBody", text);
        }
        if (a.isAccessibleForFree().isPresent()) {
            boolean free = a.isAccessibleForFree().get();
            n.put("isAccessibleForFree", free);
            if (!free) {
                ObjectNode part = NODES.objectNode();
                part.put("@type", "WebPageElement");
                part.put("isAccessibleForFree", false);
                part.put("cssSelector", SchemaOrg.PAYWALL_SELECTOR);
                n.set("hasPart", part);
            }
        }
        ArrayNode citations = NODES.arrayNode();
        for (CrossReference r : a.crossReferences()) {
            if (r.kind() == CrossReferenceKind.SOURCE) {
                ObjectNode c = NODES.objectNode();
                c.put("@type", "CreativeWork");
                c.put("name", r.title());
                c.put("url", r.url());
                citations.add(c);
            }
        }
        if (!citations.isEmpty()) {
            n.set("citation", citations);
        }
        OptionalInt count = a.commentCount();
        if (count.isPresent()) {
            n.put("commentCount", count.getAsInt());
        }
        if (!a.comments().isEmpty()) {
            // The comments were read from this very page, so this page is where the discussion is.
            a.url().or(a::canonicalUrl).ifPresent(u -> n.put("discussionUrl", u));
        }
        return n;
    }

    /** The property that carries a byline, or {@code contributor} with a Role for the others. */
    static String property(Byline b) {
        switch (b.role()) {
            case AUTHOR:
                return "author";
            case EDITOR:
                // schema.org's editor is a Person; an organisation that edits is a contributor in that role.
                return b.type() == AgentType.PERSON ? "editor" : "contributor";
            case TRANSLATOR:
                return "translator";
            default:
                return "contributor";
        }
    }

    /** Whether the byline needs a Role to say what part it played (photographer, illustrator, ...). */
    static boolean needsRole(Byline b) {
        return property(b).equals("contributor") && b.role() != BylineRole.CONTRIBUTOR;
    }

    private void bylines(ObjectNode n) {
        Map<String, ArrayNode> byProperty = new LinkedHashMap<>();
        for (String p : List.of("author", "editor", "translator", "contributor")) {
            byProperty.put(p, NODES.arrayNode());
        }
        Map<BylineRole, Integer> numbers = new LinkedHashMap<>();
        for (Byline b : article.bylines()) {
            int number = numbers.merge(b.role(), 1, Integer::sum);
            ObjectNode party = NODES.objectNode();
            party.put("@type", b.type().id());
            party.put("@id", id(b.role().id() + "-" + number));
            party.put("name", b.name());
            b.url().ifPresent(u -> party.put("url", u));
            if (b.affiliation().isPresent()) {
                ObjectNode org = NODES.objectNode();
                org.put("@type", "Organization");
                org.put("name", b.affiliation().get());
                // A person is affiliated with an organisation; an organisation is a member of one.
                party.set(b.type() == AgentType.PERSON ? "affiliation" : "memberOf", org);
            }
            String property = property(b);
            if (needsRole(b)) {
                ObjectNode role = NODES.objectNode();
                role.put("@type", "Role");
                role.put("roleName", b.role().id());
                role.set(property, party);
                byProperty.get(property).add(role);
            } else {
                byProperty.get(property).add(party);
            }
        }
        byProperty.forEach((p, values) -> {
            if (!values.isEmpty()) {
                n.set(p, values);
            }
        });
    }

    private void quotations() {
        Map<Agent, String> speakers = new LinkedHashMap<>();
        int q = 0;
        for (Quote quote : article.quotes()) {
            ObjectNode node = node("Quotation", id("quote-" + (++q)));
            node.put("text", quote.text());
            if (quote.speaker().isPresent()) {
                Agent speaker = quote.speaker().get();
                String speakerId = speakers.get(speaker);
                if (speakerId == null) {
                    speakerId = id("speaker-" + (speakers.size() + 1));
                    speakers.put(speaker, speakerId);
                    graph.add(agent(speaker, speakerId));
                }
                node.set("creator", ref(speakerId));
                node.set("spokenByCharacter", ref(speakerId));
            }
            node.set("isPartOf", ref(articleId));
            graph.add(node);
        }
    }

    private void relatedStubs() {
        int r = 0;
        for (CrossReference ref : article.crossReferences()) {
            if (ref.kind() == CrossReferenceKind.SOURCE) {
                continue;
            }
            ObjectNode stub = node("WebPage", id("related-" + (++r)));
            stub.put("url", ref.url());
            stub.put("name", ref.title());
            stub.put("headline", ref.title());
            graph.add(stub);
        }
    }

    /**
     * The comment threads, depth first and without recursion: {@code open} holds, for each comment
     * being written, the iterator over its replies still to write.
     */
    private void comments(ObjectNode articleNode) {
        if (article.comments().isEmpty()) {
            return;
        }
        ArrayNode top = articleNode.putArray("comment");
        Deque<Frame> open = new ArrayDeque<>();
        open.push(new Frame(articleId, top, article.comments().iterator(), 0));
        while (!open.isEmpty()) {
            Frame frame = open.peek();
            if (!frame.replies.hasNext()) {
                open.pop();
                continue;
            }
            Comment c = frame.replies.next();
            String commentId = id("comment-" + (++commentNumber));
            ObjectNode node = node("Comment", commentId);
            c.id().ifPresent(i -> node.put("identifier", i));
            c.author().ifPresent(au -> node.set("author", agent(au, null)));
            c.datePublished().ifPresent(d -> node.put("datePublished", iso(d)));
            node.put("text", c.text());
            if (c.upvotes().isPresent()) {
                node.put("upvoteCount", c.upvotes().getAsInt());
            }
            node.set("parentItem", ref(frame.id));
            int depth = frame.depth + 1;
            if (depth > MAX_INLINE_COMMENT_DEPTH) {
                graph.add(node);
                frame.array.add(ref(commentId));
                depth = 1;
            } else {
                frame.array.add(node);
            }
            if (!c.replies().isEmpty()) {
                open.push(new Frame(commentId, node.putArray("comment"), c.replies().iterator(), depth));
            }
        }
    }

    /** A comment (or the article) whose replies are being written. */
    private static final class Frame {
        final String id;
        final ArrayNode array;
        final Iterator<Comment> replies;
        /** How deep the comment sits inline below the article or the last node of the graph: 0 for those. */
        final int depth;

        Frame(String id, ArrayNode array, Iterator<Comment> replies, int depth) {
            this.id = id;
            this.array = array;
            this.replies = replies;
            this.depth = depth;
        }
    }

    /**
     * A party that said or wrote something: a Person or Organization with name and url. A role
     * phrase without a name ("a spokesman for the ministry") is a Person described by that phrase.
     */
    private static ObjectNode agent(Agent a, String id) {
        ObjectNode n = NODES.objectNode();
        n.put("@type", a.type() == AgentType.ROLE ? "Person" : a.type().id());
        if (id != null) {
            n.put("@id", id);
        }
        n.put(a.type() == AgentType.ROLE ? "description" : "name", a.name());
        a.url().ifPresent(u -> n.put("url", u));
        return n;
    }

    private ObjectNode organization(Organization o, String id) {
        ObjectNode n = node("Organization", id);
        n.put("name", o.name());
        o.url().ifPresent(u -> n.put("url", u));
        o.logo().ifPresent(l -> n.set("logo", image(l)));
        return n;
    }

    private static ObjectNode image(Image i) {
        ObjectNode n = NODES.objectNode();
        n.put("@type", "ImageObject");
        n.put("url", i.url());
        i.caption().ifPresent(c -> n.put("caption", c));
        i.alt().ifPresent(a -> n.put("description", a));
        i.credit().ifPresent(c -> n.put("creditText", c));
        pixels(n, "width", i.width());
        pixels(n, "height", i.height());
        return n;
    }

    /** schema.org's width and height are a Distance or QuantitativeValue: a value in pixels (E37). */
    private static void pixels(ObjectNode n, String name, OptionalInt value) {
        if (value.isPresent()) {
            ObjectNode q = n.putObject(name);
            q.put("@type", "QuantitativeValue");
            q.put("value", value.getAsInt());
            q.put("unitCode", "E37");
        }
    }

    /**
     * ISO 8601 at the date's precision. An offset with seconds (a historical local mean time) has
     * no ISO 8601 form, so such a time is written as the same instant in UTC.
     */
    static String iso(DateValue d) {
        if (d.value() instanceof OffsetDateTime o && o.getOffset().getTotalSeconds() % 60 != 0) {
            return DateValue.of(o.withOffsetSameInstant(ZoneOffset.UTC)).iso();
        }
        return d.iso();
    }

    private static ObjectNode node(String type, String id) {
        ObjectNode n = NODES.objectNode();
        n.put("@type", type);
        n.put("@id", id);
        return n;
    }

    private static ObjectNode ref(String id) {
        ObjectNode n = NODES.objectNode();
        n.put("@id", id);
        return n;
    }

    private static void strings(ObjectNode n, String name, List<String> values) {
        if (!values.isEmpty()) {
            ArrayNode array = n.putArray(name);
            values.forEach(array::add);
        }
    }

    static String withoutFragment(String url) {
        int hash = url.indexOf('#');
        return hash < 0 ? url : url.substring(0, hash);
    }
}
