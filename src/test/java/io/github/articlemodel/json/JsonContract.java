package io.github.articlemodel.json;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** The property order of the JSON contract, per kind of object, and a checker for written JSON. */
final class JsonContract {
    private JsonContract() {}

    static final Map<String, List<String>> ORDER = new LinkedHashMap<>();

    static {
        ORDER.put("article", List.of("url", "canonicalUrl", "type", "headline", "alternativeHeadline", "description",
                "language", "siteName", "publisher", "sections", "tags", "bylines", "datePublished",
                "datePublishedRaw", "dateModified", "dateModifiedRaw", "images", "body", "text", "wordCount", "quotes",
                "crossReferences", "comments", "commentCount", "isAccessibleForFree", "provenance"));
        ORDER.put("organization", List.of("name", "url", "logo"));
        ORDER.put("byline", List.of("name", "url", "type", "role", "affiliation"));
        ORDER.put("agent", List.of("name", "url", "type"));
        ORDER.put("image", List.of("url", "alt", "caption", "credit", "width", "height"));
        ORDER.put("heading", List.of("type", "level", "text"));
        ORDER.put("paragraph", List.of("type", "text", "links"));
        ORDER.put("list", List.of("type", "ordered", "items"));
        ORDER.put("quote-block", List.of("type", "text", "attribution"));
        ORDER.put("figure", List.of("type", "image"));
        ORDER.put("embed", List.of("type", "kind", "url", "title"));
        ORDER.put("preformatted", List.of("type", "text", "language"));
        ORDER.put("table", List.of("type", "caption", "rows"));
        ORDER.put("link", List.of("text", "url", "start"));
        ORDER.put("quote", List.of("text", "speaker", "cue", "kind", "blockIndex", "start", "end"));
        ORDER.put("crossReference", List.of("label", "title", "url", "kind", "afterBlock"));
        ORDER.put("comment", List.of("id", "author", "datePublished", "datePublishedRaw", "text", "upvotes", "replies"));
        ORDER.put("fieldProvenance", List.of("winner", "reason", "others"));
        ORDER.put("candidate", List.of("source", "locator", "value"));
    }

    /** The name in the schema's {@code $defs} of a kind. */
    static String schemaDef(String kind) {
        return kind.equals("quote-block") ? "quoteBlock" : kind;
    }

    /** The kind of the objects under {@code property} of an object of {@code kind}, or null. */
    private static String child(String kind, String property) {
        return switch (kind + "." + property) {
            case "article.publisher" -> "organization";
            case "organization.logo", "article.images", "figure.image" -> "image";
            case "article.bylines" -> "byline";
            case "article.body" -> "block";
            case "paragraph.links" -> "link";
            case "article.quotes" -> "quote";
            case "quote.speaker", "comment.author" -> "agent";
            case "article.crossReferences" -> "crossReference";
            case "article.comments", "comment.replies" -> "comment";
            case "article.provenance" -> "provenance";
            case "fieldProvenance.winner", "fieldProvenance.others" -> "candidate";
            default -> null;
        };
    }

    /**
     * Checks that each object's properties are known to its kind and come in the contract's order
     * (recursively, through arrays); adds a message per problem.
     */
    static void checkOrder(JsonNode node, String kind, String path, List<String> problems) {
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                checkOrder(node.get(i), kind, path + "[" + i + "]", problems);
            }
            return;
        }
        if (kind.equals("provenance")) {
            for (String key : node.propertyNames()) {
                checkOrder(node.get(key), "fieldProvenance", path + "['" + key + "']", problems);
            }
            return;
        }
        if (kind.equals("block")) {
            String type = node.get("type").stringValue();
            kind = type.equals("quote") ? "quote-block" : type;
        }
        List<String> order = ORDER.get(kind);
        List<String> names = new ArrayList<>(node.propertyNames());
        int last = -1;
        for (String name : names) {
            int at = order.indexOf(name);
            if (at < 0) {
                problems.add(path + "." + name + " is not a property of " + kind);
            } else if (at < last) {
                problems.add(path + "." + name + " comes too late in " + names);
            }
            last = Math.max(last, at);
            String child = child(kind, name);
            if (child != null) {
                checkOrder(node.get(name), child, path + "." + name, problems);
            }
        }
    }
}
