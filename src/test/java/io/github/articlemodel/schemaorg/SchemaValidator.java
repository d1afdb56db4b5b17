package io.github.articlemodel.schemaorg;

import io.github.articlemodel.model.DateValue;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalTime;
import java.time.OffsetTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Checks a JSON-LD document against the schema.org 30.0 vocabulary ({@link Vocabulary}) and three
 * profiles, for the tests.
 *
 * <p>Errors: the document is not compact JSON-LD under the schema.org context; an {@code @type}
 * that is no schema.org class; a property that does not exist (names are case-sensitive) or whose
 * domain does not include the node's type; a value outside the property's range (a string where
 * a Date, DateTime, URL or class is expected, a number where no Number is, an object of another
 * type); an {@code @id} reference that no node of the document defines, or two objects with the
 * same {@code @id} (which JSON-LD merges) that give a property different values. The Role pattern of schema.org is understood: a {@code Role} may stand for the value of
 * a property when it carries that property itself.
 *
 * <p>The profiles: Google's article profile (nodes of the types below Article): {@code author} is
 * an array of Person or Organization objects with a {@code name}, and {@code dateModified} is not
 * before {@code datePublished}; warnings when {@code headline}, {@code image},
 * {@code datePublished}, {@code author} or an author's {@code url} is missing, or an author's name
 * carries "By", a comma or " and " (Google asks for them; the model may lack them, or hold such a
 * name, so they cannot be errors of the writer). The comment profile: every Comment has
 * {@code text}, is listed in the {@code comment} of an item and names that item as its
 * {@code parentItem}, and its author is a Person or Organization with a name or description. The
 * quotation profile: every Quotation has {@code text}, is {@code isPartOf} an article, and its
 * {@code creator} and {@code spokenByCharacter} are a Person or Organization with a name or
 * description.
 */
final class SchemaValidator {
    enum Severity { ERROR, WARNING }

    /** One thing found wrong, with the JSON path where it was found. */
    record Finding(Severity severity, String path, String message) {
        @Override
        public String toString() {
            return severity + " " + path + ": " + message;
        }
    }

    private static final Set<String> CONTEXTS = Set.of("https://schema.org", "https://schema.org/",
            "http://schema.org", "http://schema.org/");
    private static final Pattern DATE = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");
    private static final Pattern DATE_TIME = Pattern.compile(
            "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?(Z|[+-]\\d{2}:\\d{2})?");
    private static final Pattern TIME = Pattern.compile("\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?(Z|[+-]\\d{2}:\\d{2})?");
    private static final Pattern BY = Pattern.compile("(?i)^\\s*by\\b");

    private final Vocabulary vocabulary;
    private final List<Finding> findings = new ArrayList<>();
    /** The objects that define each {@code @id} (an {@code @id} and more). */
    private final Map<String, List<ObjectNode>> definitions = new LinkedHashMap<>();
    /** Every typed node object, with its path. */
    private final Map<ObjectNode, String> typed = new IdentityHashMap<>();
    /** For each node listed in some node's {@code comment}, that node. */
    private final Map<ObjectNode, ObjectNode> listedIn = new IdentityHashMap<>();

    private SchemaValidator(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    /** Everything found wrong in the document, errors and warnings. */
    static List<Finding> validate(JsonNode document) {
        SchemaValidator v = new SchemaValidator(Vocabulary.load());
        v.run(document);
        return List.copyOf(v.findings);
    }

    /** The errors only. */
    static List<Finding> errors(JsonNode document) {
        return validate(document).stream().filter(f -> f.severity() == Severity.ERROR).collect(Collectors.toList());
    }

    private void error(String path, String message) {
        findings.add(new Finding(Severity.ERROR, path, message));
    }

    private void warning(String path, String message) {
        findings.add(new Finding(Severity.WARNING, path, message));
    }

    /** A node to check: found at {@code path} as a value of {@code property} of {@code parent}. */
    private record Task(ObjectNode node, String path, Set<String> ranges, String property, ObjectNode parent) {}

    private void run(JsonNode document) {
        if (!document.isObject()) {
            error("$", "a JSON-LD document is an object");
            return;
        }
        JsonNode context = document.get("@context");
        if (context == null || !context.isString() || !CONTEXTS.contains(context.asString())) {
            error("$['@context']", "the context must be https://schema.org, not " + context);
        }
        collectDefinitions(document);
        Deque<Task> todo = new ArrayDeque<>();
        JsonNode graph = document.get("@graph");
        if (graph != null) {
            if (!graph.isArray()) {
                error("$['@graph']", "@graph must be an array");
                return;
            }
            for (String key : document.propertyNames()) {
                if (!key.equals("@context") && !key.equals("@graph")) {
                    error("$['" + key + "']", "beside @graph, the document has only @context");
                }
            }
            for (int i = graph.size() - 1; i >= 0; i--) {
                JsonNode n = graph.get(i);
                if (!n.isObject()) {
                    error("$['@graph'][" + i + "]", "a node of the graph must be an object");
                } else {
                    todo.push(new Task((ObjectNode) n, "$['@graph'][" + i + "]", null, null, null));
                }
            }
        } else {
            ObjectNode root = ((ObjectNode) document).deepCopy();
            root.remove("@context");
            todo.push(new Task(root, "$", null, null, null));
        }
        while (!todo.isEmpty()) {
            check(todo.pop(), todo);
        }
        for (Map.Entry<ObjectNode, String> e : typed.entrySet()) {
            List<String> types = types(e.getKey());
            if (types.stream().anyMatch(t -> vocabulary.isSubclassOf(t, "Article"))) {
                articleProfile(e.getKey(), e.getValue());
            }
            if (types.stream().anyMatch(t -> vocabulary.isSubclassOf(t, "Comment"))) {
                commentProfile(e.getKey(), e.getValue());
            }
            if (types.stream().anyMatch(t -> vocabulary.isSubclassOf(t, "Quotation"))) {
                quotationProfile(e.getKey(), e.getValue());
            }
        }
    }

    private void collectDefinitions(JsonNode document) {
        Deque<JsonNode> todo = new ArrayDeque<>();
        Deque<String> paths = new ArrayDeque<>();
        todo.push(document);
        paths.push("$");
        while (!todo.isEmpty()) {
            JsonNode n = todo.pop();
            String path = paths.pop();
            if (n.isObject()) {
                JsonNode id = n.get("@id");
                if (id != null && n.size() > 1 && !n.has("@value")) {
                    if (!id.isString()) {
                        error(path, "@id must be a string");
                    } else if (!id.asString().startsWith("_:") && !absolute(id.asString())) {
                        error(path, "@id must be an absolute IRI or a blank node id: " + id.asString());
                    } else {
                        List<ObjectNode> defs = definitions.computeIfAbsent(id.asString(), k -> new ArrayList<>());
                        // JSON-LD merges objects with the same @id; they must not say different things.
                        for (ObjectNode other : defs) {
                            for (Map.Entry<String, JsonNode> e : n.properties()) {
                                JsonNode mine = other.get(e.getKey());
                                if (mine != null && !mine.equals(e.getValue())) {
                                    error(path, "@id " + id.asString() + " is defined twice with different "
                                            + e.getKey());
                                }
                            }
                        }
                        defs.add((ObjectNode) n);
                    }
                }
                for (Map.Entry<String, JsonNode> e : n.properties()) {
                    todo.push(e.getValue());
                    paths.push(path + "['" + e.getKey() + "']");
                }
            } else if (n.isArray()) {
                for (int i = 0; i < n.size(); i++) {
                    todo.push(n.get(i));
                    paths.push(path + "[" + i + "]");
                }
            }
        }
    }

    private void check(Task t, Deque<Task> todo) {
        ObjectNode node = t.node();
        if (node.has("@value")) {
            if (t.ranges() != null) {
                literal(node.get("@value"), t.ranges(), t.path(), t.property());
            }
            return;
        }
        if (node.has("@id") && node.size() == 1) {
            reference(node, t);
            return;
        }
        List<String> types = types(node);
        if (types.isEmpty()) {
            error(t.path(), "an object without @type (only references {\"@id\": ...} may omit it)");
            return;
        }
        boolean known = true;
        for (String type : types) {
            if (!vocabulary.isClass(type)) {
                error(t.path(), "@type " + type + " is not a schema.org class");
                known = false;
            } else if (vocabulary.isDataType(type)) {
                error(t.path(), "@type " + type + " is a data type, not a class of nodes");
                known = false;
            }
        }
        if (!known) {
            return;
        }
        typed.put(node, t.path());
        boolean role = types.stream().anyMatch(type -> vocabulary.isSubclassOf(type, "Role"));
        if (t.ranges() != null && !fits(types, t.ranges())) {
            if (role && node.has(t.property())) {
                // The Role pattern: the Role carries the property it stands for; its value is checked below.
            } else {
                error(t.path(), "a " + String.join("/", types) + " where " + String.join("|", t.ranges())
                        + " is expected (" + t.property() + ")");
            }
        }
        if ("comment".equals(t.property())) {
            listedIn.put(node, t.parent());
        }
        for (Map.Entry<String, JsonNode> e : node.properties()) {
            String key = e.getKey();
            String path = t.path() + "['" + key + "']";
            if (key.startsWith("@")) {
                if (!key.equals("@id") && !key.equals("@type")) {
                    error(path, "keyword " + key + " is not expected in a node");
                }
                continue;
            }
            Optional<Vocabulary.Property> property = vocabulary.property(key);
            if (property.isEmpty()) {
                String hint = vocabulary.propertyIgnoringCase(key).map(n -> "; did you mean " + n + "?").orElse("");
                error(path, "property " + key + " does not exist in schema.org (names are case-sensitive)" + hint);
                continue;
            }
            Vocabulary.Property p = property.get();
            boolean rolesOwn = role && key.equals(t.property());
            if (!rolesOwn && !fits(types, p.domains())) {
                error(path, "property " + key + " is not for a " + String.join("/", types) + " (domain: "
                        + String.join("|", p.domains()) + ")");
            }
            if (!p.supersededBy().isEmpty()) {
                warning(path, "property " + key + " is superseded by " + String.join("|", p.supersededBy()));
            }
            JsonNode value = e.getValue();
            List<JsonNode> items = new ArrayList<>();
            if (value.isArray()) {
                value.forEach(items::add);
            } else {
                items.add(value);
            }
            for (int i = items.size() - 1; i >= 0; i--) {
                JsonNode item = items.get(i);
                String itemPath = value.isArray() ? path + "[" + i + "]" : path;
                if (item.isObject()) {
                    todo.push(new Task((ObjectNode) item, itemPath, p.ranges(), key, node));
                } else if (item.isArray()) {
                    error(itemPath, "an array inside an array");
                } else if (item.isNull()) {
                    error(itemPath, "null is no value; leave the property out");
                } else {
                    literal(item, p.ranges(), itemPath, key);
                }
            }
        }
    }

    private void reference(ObjectNode ref, Task t) {
        JsonNode id = ref.get("@id");
        if (!id.isString()) {
            error(t.path(), "@id must be a string");
            return;
        }
        List<ObjectNode> defs = definitions.get(id.asString());
        if (defs == null) {
            error(t.path(), "the reference " + id.asString() + " resolves to no node of the document");
            return;
        }
        ObjectNode target = defs.get(0);
        if ("comment".equals(t.property())) {
            listedIn.put(target, t.parent());
        }
        if (t.ranges() != null && !fits(types(target), t.ranges())
                && t.ranges().stream().noneMatch(r -> vocabulary.isSubclassOf(r, "URL"))) {
            error(t.path(), "the reference " + id.asString() + " is a " + String.join("/", types(target)) + " where "
                    + String.join("|", t.ranges()) + " is expected (" + t.property() + ")");
        }
    }

    /** Whether one of the types is (below) one of the classes. */
    private boolean fits(List<String> types, Set<String> classes) {
        for (String type : types) {
            for (String c : classes) {
                if (vocabulary.isSubclassOf(type, c)) {
                    return true;
                }
            }
        }
        return false;
    }

    private void literal(JsonNode value, Set<String> ranges, String path, String property) {
        for (String range : ranges) {
            if (fitsLiteral(value, range)) {
                return;
            }
        }
        String shown = value.isString() ? "'" + abbreviate(value.asString()) + "'" : value.toString();
        error(path, shown + " is no " + String.join("|", ranges) + " (" + property + ")");
    }

    private boolean fitsLiteral(JsonNode value, String range) {
        if (value.isString()) {
            String s = value.asString();
            if (vocabulary.isSubclassOf(range, "URL")) {
                return absolute(s);
            }
            if (vocabulary.isSubclassOf(range, "Text")) {
                return true;
            }
            switch (range) {
                case "Date":
                    return DATE.matcher(s).matches() && parses(s);
                case "DateTime":
                    return DATE_TIME.matcher(s).matches() && parses(s);
                case "Time":
                    return TIME.matcher(s).matches() && time(s);
                default:
                    break;
            }
            if (!vocabulary.isDataType(range)) {
                // An enumeration member by its URL: "https://schema.org/InStock".
                for (String prefix : List.of("https://schema.org/", "http://schema.org/")) {
                    if (s.startsWith(prefix)) {
                        for (String type : vocabulary.memberTypes(s.substring(prefix.length()))) {
                            if (vocabulary.isSubclassOf(type, range)) {
                                return true;
                            }
                        }
                    }
                }
            }
            return false;
        }
        if (value.isNumber()) {
            if (range.equals("Integer")) {
                return value.isIntegralNumber();
            }
            return vocabulary.isSubclassOf(range, "Number");
        }
        if (value.isBoolean()) {
            return range.equals("Boolean");
        }
        return false;
    }

    private static boolean parses(String iso) {
        try {
            DateValue.parseIso(iso);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static boolean time(String s) {
        try {
            if (s.endsWith("Z") || s.indexOf('+') >= 0 || s.indexOf('-') >= 0) {
                OffsetTime.parse(s);
            } else {
                LocalTime.parse(s);
            }
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    static boolean absolute(String s) {
        try {
            URI uri = new URI(s);
            return uri.isAbsolute() && uri.getScheme() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    // ------------------------------------------------------------------ profiles

    private void articleProfile(ObjectNode article, String path) {
        if (!article.has("headline")) {
            warning(path, "Google's article profile: no headline");
        }
        if (!article.has("image")) {
            warning(path, "Google's article profile: no image");
        }
        if (!article.has("datePublished")) {
            warning(path, "Google's article profile: no datePublished");
        }
        JsonNode authors = article.get("author");
        if (authors == null) {
            warning(path, "Google's article profile: no author");
        } else if (!authors.isArray()) {
            error(path + "['author']", "Google's article profile: author must be an array of Person or Organization");
        } else {
            for (int i = 0; i < authors.size(); i++) {
                String p = path + "['author'][" + i + "]";
                JsonNode a = resolve(authors.get(i));
                if (!a.isObject() || !fits(types(a), Set.of("Person", "Organization"))) {
                    error(p, "Google's article profile: an author must be a Person or Organization object");
                    continue;
                }
                JsonNode name = a.get("name");
                if (name == null || !name.isString() || name.asString().isBlank()) {
                    error(p, "Google's article profile: an author must have a name");
                } else {
                    String n = name.asString();
                    if (BY.matcher(n).find() || n.contains(",") || n.toLowerCase(Locale.ROOT).contains(" and ")) {
                        warning(p, "Google's article profile: one author's name only, without 'By', commas or"
                                + " ' and ': '" + abbreviate(n) + "'");
                    }
                }
                if (!a.has("url")) {
                    warning(p, "Google's article profile: an author should have a url");
                }
            }
        }
        JsonNode published = article.get("datePublished");
        JsonNode modified = article.get("dateModified");
        if (published != null && modified != null && published.isString() && modified.isString()) {
            try {
                DateValue p = DateValue.of(DateValue.parseIso(published.asString()));
                DateValue m = DateValue.of(DateValue.parseIso(modified.asString()));
                if (m.compareTo(p) < 0) {
                    error(path + "['dateModified']", "dateModified " + m.iso() + " is before datePublished " + p.iso());
                }
            } catch (IllegalArgumentException e) {
                // the range check reports a date that is not ISO 8601
            }
        }
    }

    private void commentProfile(ObjectNode comment, String path) {
        JsonNode text = comment.get("text");
        if (text == null || !text.isString() || text.asString().isBlank()) {
            error(path, "comment profile: a Comment must have text");
        }
        JsonNode author = comment.get("author");
        if (author != null) {
            agentProfile(author, path + "['author']", "comment profile: the author");
        }
        ObjectNode container = listedIn.get(comment);
        JsonNode parent = comment.get("parentItem");
        if (container == null) {
            error(path, "comment profile: a Comment must be listed in the comment of the item it replies to");
        } else if (parent == null) {
            error(path, "comment profile: a Comment must name the item it replies to as parentItem");
        } else {
            JsonNode parentId = resolve(parent).get("@id");
            JsonNode containerId = container.get("@id");
            if (parentId == null || containerId == null || !parentId.equals(containerId)) {
                error(path + "['parentItem']", "comment profile: parentItem " + parentId
                        + " is not the item that lists the comment, " + containerId);
            }
        }
    }

    private void quotationProfile(ObjectNode quotation, String path) {
        JsonNode text = quotation.get("text");
        if (text == null || !text.isString() || text.asString().isBlank()) {
            error(path, "quotation profile: a Quotation must have text");
        }
        for (String key : List.of("creator", "spokenByCharacter")) {
            JsonNode v = quotation.get(key);
            if (v != null) {
                agentProfile(v, path + "['" + key + "']", "quotation profile: " + key);
            }
        }
        JsonNode whole = quotation.get("isPartOf");
        if (whole == null) {
            error(path, "quotation profile: a Quotation must be isPartOf the article it is quoted in");
        } else {
            JsonNode w = resolve(whole);
            if (!w.isObject() || types(w).stream().noneMatch(t -> vocabulary.isSubclassOf(t, "Article"))) {
                error(path + "['isPartOf']", "quotation profile: isPartOf must be an article");
            }
        }
    }

    private void agentProfile(JsonNode value, String path, String what) {
        JsonNode a = resolve(value);
        if (!a.isObject() || !fits(types(a), Set.of("Person", "Organization"))) {
            error(path, what + " must be a Person or Organization");
            return;
        }
        boolean named = a.has("name") && a.get("name").isString() && !a.get("name").asString().isBlank();
        boolean described = a.has("description") && a.get("description").isString()
                && !a.get("description").asString().isBlank();
        if (!named && !described) {
            error(path, what + " must have a name (or, for a role phrase, a description)");
        }
    }

    private JsonNode resolve(JsonNode v) {
        if (v.isObject() && v.size() == 1 && v.has("@id") && v.get("@id").isString()) {
            List<ObjectNode> defs = definitions.get(v.get("@id").asString());
            if (defs != null) {
                return defs.get(0);
            }
        }
        return v;
    }

    private static List<String> types(JsonNode node) {
        List<String> out = new ArrayList<>();
        JsonNode t = node.get("@type");
        if (t == null) {
            return out;
        }
        if (t.isArray()) {
            t.forEach(x -> out.add(x.asString("")));
        } else {
            out.add(t.asString(""));
        }
        return out;
    }

    private static String abbreviate(String s) {
        return s.length() <= 60 ? s : s.substring(0, 57) + "...";
    }
}
