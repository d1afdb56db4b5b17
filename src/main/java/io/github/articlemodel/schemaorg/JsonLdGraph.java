package io.github.articlemodel.schemaorg;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jsoup.parser.Parser;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.json.JsonReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The JSON-LD of a page as a flat list of typed nodes, with {@code @id} references resolvable.
 * Reads what real sites publish: CDATA wrappers, HTML-entity-encoded JSON, comments, trailing
 * commas, single quotes, raw control characters, a closing semicolon, top-level arrays,
 * {@code @graph} and nested {@code mainEntity}. A block that cannot be read is reported, never thrown. Property names are
 * matched case-insensitively and also in their full form ({@code http://schema.org/headline},
 * {@code https://schema.org/headline}, {@code schema:headline}), so {@code http} and
 * {@code https} contexts, a {@code @vocab} and expanded JSON-LD all read alike.
 *
 * <p>This is the project's one JSON-LD reader: the extractor's metadata stage and
 * {@link SchemaOrg#fromJsonLd(String)} both read through it, and through {@link JsonLdArticle},
 * which maps the article's node to its fields.
 *
 * <pre>{@code
 * JsonLdGraph graph = JsonLdGraph.read(List.of(scriptText), 1 << 20, 64);
 * for (JsonLdGraph.Node n : graph.nodes()) { if (n.isA("NewsArticle")) ... }
 * }</pre>
 */
public final class JsonLdGraph {

    /** Mappers by their limits; thread-safe once built. */
    private static final Map<Long, JsonMapper> MAPPERS = new ConcurrentHashMap<>();

    private static final String[] VOCABULARY_PREFIXES = {"http://schema.org/", "https://schema.org/", "schema:"};

    private final List<Node> nodes;
    private final Map<String, Node> byId;
    /** Every object with content that carries an {@code @id}, by that id, in document order. */
    private final Map<String, List<ObjectNode>> definitions;
    private final List<String> problems;

    private JsonLdGraph(List<Node> nodes, Map<String, Node> byId, Map<String, List<ObjectNode>> definitions,
            List<String> problems) {
        this.nodes = nodes;
        this.byId = byId;
        this.definitions = definitions;
        this.problems = problems;
    }

    /** A typed JSON-LD node and where it was found (a JSON path such as {@code $[1]['@graph'][2]}). */
    public static final class Node {
        private final ObjectNode json;
        private final String path;

        Node(ObjectNode json, String path) {
            this.json = json;
            this.path = path;
        }

        /** The node's JSON object, as the page wrote it. */
        public ObjectNode json() {
            return json;
        }

        /** The JSON path of this node, naming the script block ({@code $[i]}) first. */
        public String path() {
            return path;
        }

        /** The node's {@code @type} values without a vocabulary prefix ("NewsArticle"). */
        public List<String> types() {
            return typesOf(json);
        }

        /** Whether one of the node's types is {@code type}, compared case-insensitively. */
        public boolean isA(String type) {
            return types().stream().anyMatch(t -> t.equalsIgnoreCase(type));
        }

        /** The property's value, looked up case-insensitively (sites write "wordcount" and "WordCount"). */
        public Optional<JsonNode> get(String property) {
            return JsonLdGraph.get(json, property);
        }
    }

    /**
     * Reads the text of each {@code <script type="application/ld+json">} of a page.
     *
     * @param maxBytes blocks longer than this (in chars) are skipped and reported
     * @param maxDepth blocks nested deeper than this are skipped and reported
     */
    public static JsonLdGraph read(List<String> scripts, int maxBytes, int maxDepth) {
        JsonMapper mapper = mapper(maxBytes, maxDepth);
        List<Node> nodes = new ArrayList<>();
        Map<String, Node> byId = new LinkedHashMap<>();
        Map<String, List<ObjectNode>> definitions = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < scripts.size(); i++) {
            String text = scripts.get(i);
            if (text.length() > maxBytes) {
                problems.add("JSON-LD block " + i + " is larger than " + maxBytes + " chars; skipped");
                continue;
            }
            Optional<JsonNode> root = parse(mapper, text);
            if (root.isEmpty()) {
                problems.add("JSON-LD block " + i + " is not readable JSON; skipped");
                continue;
            }
            collect(root.get(), "$[" + i + "]", nodes, byId, definitions, maxDepth);
        }
        return new JsonLdGraph(Collections.unmodifiableList(nodes), Collections.unmodifiableMap(byId),
                Collections.unmodifiableMap(definitions), Collections.unmodifiableList(problems));
    }

    /** Every typed node, in document order (containers before what they contain). */
    public List<Node> nodes() {
        return nodes;
    }

    /** What could not be read, for warnings. */
    public List<String> problems() {
        return problems;
    }

    /**
     * The node a value stands for: the value itself when it is an object with content, else the
     * node with that {@code @id} ({@code {"@id": "#author"}} or the bare string "#author").
     */
    public Optional<JsonNode> resolve(JsonNode value) {
        if (value == null) {
            return Optional.empty();
        }
        if (value.isObject()) {
            JsonNode id = value.get("@id");
            boolean onlyId = id != null && id.isString() && value.size() == 1;
            if (onlyId && byId.containsKey(id.asString())) {
                return Optional.of(byId.get(id.asString()).json());
            }
            return Optional.of(value);
        }
        if (value.isString() && byId.containsKey(value.asString())) {
            return Optional.of(byId.get(value.asString()).json());
        }
        return Optional.of(value);
    }

    /**
     * A property of the node a value stands for: looked up (as {@link #get(JsonNode, String)} does) on
     * the value itself, or on the node it references, and then on every other object of the graph
     * with the same {@code @id} (JSON-LD merges them: a page may name an author inline and give
     * the author's URL in a node of its own).
     */
    public Optional<JsonNode> lookup(JsonNode value, String property) {
        Optional<JsonNode> node = resolve(value);
        if (node.isEmpty() || !node.get().isObject()) {
            return Optional.empty();
        }
        Optional<JsonNode> own = get(node.get(), property);
        if (own.isPresent()) {
            return own;
        }
        for (ObjectNode other : sameId(node.get())) {
            Optional<JsonNode> found = get(other, property);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    /**
     * The {@code @type} values, without a vocabulary prefix, of the node a value stands for and of
     * every other object with the same {@code @id}; empty for a value that is no object.
     */
    public List<String> types(JsonNode value) {
        Optional<JsonNode> node = resolve(value);
        if (node.isEmpty() || !node.get().isObject()) {
            return List.of();
        }
        List<String> out = new ArrayList<>(typesOf(node.get()));
        for (ObjectNode other : sameId(node.get())) {
            for (String t : typesOf(other)) {
                if (!out.contains(t)) {
                    out.add(t);
                }
            }
        }
        return out;
    }

    private List<ObjectNode> sameId(JsonNode node) {
        JsonNode id = node.get("@id");
        if (id == null || !id.isString()) {
            return List.of();
        }
        return definitions.getOrDefault(id.asString(), List.of());
    }

    /** The values of a property as a list: one value, the items of an array, or of a {@code @list}. */
    public static List<JsonNode> values(JsonNode value) {
        List<JsonNode> out = new ArrayList<>();
        if (value == null || value.isNull()) {
            return out;
        }
        if (value.isObject() && value.has("@list")) {
            value = value.get("@list");
        }
        if (value.isArray()) {
            value.forEach(out::add);
        } else {
            out.add(value);
        }
        return out;
    }

    /**
     * The property of an object, looked up case-insensitively, also under its full name
     * ({@code http://schema.org/wordCount}, {@code https://schema.org/wordCount},
     * {@code schema:wordCount}).
     */
    public static Optional<JsonNode> get(JsonNode object, String property) {
        if (object == null || !object.isObject()) {
            return Optional.empty();
        }
        JsonNode exact = object.get(property);
        if (exact != null) {
            return Optional.of(exact);
        }
        for (Map.Entry<String, JsonNode> e : object.properties()) {
            if (e.getKey().equalsIgnoreCase(property)) {
                return Optional.of(e.getValue());
            }
        }
        for (Map.Entry<String, JsonNode> e : object.properties()) {
            String key = e.getKey();
            for (String prefix : VOCABULARY_PREFIXES) {
                if (key.length() == prefix.length() + property.length()
                        && key.regionMatches(true, 0, prefix, 0, prefix.length())
                        && key.regionMatches(true, prefix.length(), property, 0, property.length())) {
                    return Optional.of(e.getValue());
                }
            }
        }
        return Optional.empty();
    }

    /** The text of a value: a string, a number, {@code @value}, or the {@code name} of an object. */
    public static Optional<String> text(JsonNode value) {
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (value.isArray()) {
            return value.isEmpty() ? Optional.empty() : text(value.get(0));
        }
        if (value.isObject()) {
            Optional<JsonNode> v = get(value, "@value");
            if (v.isPresent()) {
                return text(v.get());
            }
            return get(value, "name").flatMap(JsonLdGraph::text);
        }
        if (value.isString() || value.isNumber() || value.isBoolean()) {
            String s = value.asString();
            return s.isBlank() ? Optional.empty() : Optional.of(s);
        }
        return Optional.empty();
    }

    static List<String> typesOf(JsonNode json) {
        List<String> out = new ArrayList<>();
        for (JsonNode t : values(json.get("@type"))) {
            if (t.isString()) {
                String s = t.asString();
                int cut = Math.max(s.lastIndexOf('/'), s.lastIndexOf(':'));
                out.add(cut >= 0 ? s.substring(cut + 1) : s);
            }
        }
        return out;
    }

    private static void collect(JsonNode root, String rootPath, List<Node> nodes, Map<String, Node> byId,
            Map<String, List<ObjectNode>> definitions, int maxDepth) {
        // Iterative walk: hostile nesting costs no stack.
        Deque<Object[]> todo = new ArrayDeque<>();
        todo.push(new Object[] {root, rootPath, 0});
        List<Object[]> ordered = new ArrayList<>();
        while (!todo.isEmpty()) {
            Object[] item = todo.pop();
            JsonNode n = (JsonNode) item[0];
            String path = (String) item[1];
            int depth = (Integer) item[2];
            if (depth > maxDepth) {
                continue;
            }
            ordered.add(item);
            List<Object[]> children = new ArrayList<>();
            if (n.isArray()) {
                for (int i = 0; i < n.size(); i++) {
                    children.add(new Object[] {n.get(i), path + "[" + i + "]", depth + 1});
                }
            } else if (n.isObject()) {
                for (Map.Entry<String, JsonNode> e : n.properties()) {
                    if (e.getValue().isContainer()) {
                        children.add(new Object[] {e.getValue(), path + "['" + e.getKey() + "']", depth + 1});
                    }
                }
            }
            for (int i = children.size() - 1; i >= 0; i--) {
                todo.push(children.get(i));
            }
        }
        for (Object[] item : ordered) {
            JsonNode n = (JsonNode) item[0];
            JsonNode nodeId = n.isObject() ? n.get("@id") : null;
            if (nodeId != null && nodeId.isString() && n.size() > 1) {
                definitions.computeIfAbsent(nodeId.asString(), k -> new ArrayList<>()).add((ObjectNode) n);
            }
            if (n.isObject() && n.has("@type")) {
                Node node = new Node((ObjectNode) n, (String) item[1]);
                nodes.add(node);
                JsonNode id = n.get("@id");
                if (id != null && id.isString()) {
                    byId.putIfAbsent(id.asString(), node);
                }
            } else if (n.isObject() && n.has("@id") && n.size() > 1) {
                JsonNode id = n.get("@id");
                if (id.isString()) {
                    byId.putIfAbsent(id.asString(), new Node((ObjectNode) n, (String) item[1]));
                }
            }
        }
    }

    private static Optional<JsonNode> parse(JsonMapper mapper, String text) {
        String s = withoutCdata(text);
        if (s.endsWith(";")) {
            s = s.substring(0, s.length() - 1).trim(); // written as a JavaScript statement
        }
        if (s.isEmpty()) {
            return Optional.empty();
        }
        Optional<JsonNode> tree = tryParse(mapper, s);
        if (tree.isEmpty() && (s.contains("&quot;") || s.contains("&#34;") || s.startsWith("&lt;"))) {
            // The whole block HTML-escaped ({&quot;@context&quot;: ...}); tried second, because in
            // JSON that reads as it is, "&quot;" inside a string is only text.
            tree = tryParse(mapper, Parser.unescapeEntities(s, false));
        }
        return tree;
    }

    /**
     * The text without a CDATA wrapper ({@code //<![CDATA[ ... //]]>}), trimmed; cut by hand, as a
     * pattern would be tried at every position of a long block.
     */
    static String withoutCdata(String text) {
        String s = text.trim();
        int start = 0;
        int at = s.startsWith("//") ? skipSpace(s, 2) : 0;
        if (s.startsWith("<![CDATA[", at)) {
            start = at + 9;
        }
        int end = s.length();
        if (end - 3 >= start && s.endsWith("]]>")) {
            end -= 3;
            int k = end;
            while (k > start && Character.isWhitespace(s.charAt(k - 1))) {
                k--;
            }
            if (k - 2 >= start && s.startsWith("//", k - 2)) {
                end = k - 2;
            }
        }
        return s.substring(start, end).trim();
    }

    private static int skipSpace(String s, int i) {
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        return i;
    }

    private static Optional<JsonNode> tryParse(JsonMapper mapper, String s) {
        try {
            return Optional.of(mapper.readTree(s));
        } catch (JacksonException e) {
            // Some sites put two objects one after the other, or junk after the JSON.
            try {
                return Optional.of(mapper.readTree("[" + s.replaceAll("}\\s*\\{", "},{") + "]"));
            } catch (JacksonException again) {
                return Optional.empty();
            }
        }
    }

    /** A mapper for the limits: built once per pair of limits (a few are kept), as building one is costly. */
    private static JsonMapper mapper(int maxBytes, int maxDepth) {
        Long key = ((long) maxBytes << 32) | (maxDepth & 0xffffffffL);
        JsonMapper mapper = MAPPERS.get(key);
        if (mapper == null) {
            if (MAPPERS.size() >= 8) {
                MAPPERS.clear();
            }
            mapper = newMapper(maxBytes, maxDepth);
            MAPPERS.put(key, mapper);
        }
        return mapper;
    }

    private static JsonMapper newMapper(int maxBytes, int maxDepth) {
        JsonFactory factory = JsonFactory.builder()
                .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
                .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
                .enable(JsonReadFeature.ALLOW_SINGLE_QUOTES)
                .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
                .enable(JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER)
                .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(maxDepth)
                        .maxStringLength(Math.max(1000, maxBytes))
                        .maxDocumentLength(Math.max(1000, maxBytes) * 4L)
                        .build())
                .build();
        return JsonMapper.builder(factory).build();
    }

}
