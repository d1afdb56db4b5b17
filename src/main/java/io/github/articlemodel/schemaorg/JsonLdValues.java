package io.github.articlemodel.schemaorg;

import io.github.articlemodel.internal.Markup;
import io.github.articlemodel.model.Agent;
import io.github.articlemodel.model.AgentType;
import io.github.articlemodel.model.DateValue;
import io.github.articlemodel.model.Image;
import io.github.articlemodel.model.Organization;
import java.net.IDN;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.temporal.Temporal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import tools.jackson.databind.JsonNode;

/**
 * How the reader reads one value of a JSON-LD graph (a text, a URL, a number, a boolean, a date,
 * an image, a person): the tolerances in one place, for the article's fields ({@link JsonLdArticle})
 * and for what only {@link SchemaOrg#fromJsonLd(String)} reads (body, quotes, comments). What it
 * cannot use it leaves out and names in {@link #problems}.
 */
final class JsonLdValues {
    final JsonLdGraph graph;
    /** The page's address for relative URLs, or null to keep absolute URLs only. */
    final String base;
    final List<String> problems;

    JsonLdValues(JsonLdGraph graph, String base, List<String> problems) {
        this.graph = graph;
        this.base = base;
        this.problems = problems;
    }

    List<JsonNode> values(JsonNode node, String property) {
        return JsonLdGraph.values(graph.lookup(node, property).orElse(null));
    }

    Optional<JsonNode> first(JsonNode node, String property) {
        List<JsonNode> values = values(node, property);
        return values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    /** The text of a property: a string, a {@code @value}, the name of an object; HTML read as text. */
    Optional<String> text(JsonNode node, String property) {
        return first(node, property).flatMap(this::text);
    }

    /** The text of a value, as {@link #text(JsonNode, String)} reads it. */
    Optional<String> text(JsonNode value) {
        JsonNode v = value.isObject() && !value.has("@value") ? graph.resolve(value).orElse(value) : value;
        return JsonLdGraph.text(v).flatMap(Markup::text);
    }

    Optional<String> url(JsonNode node, String property) {
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

    Optional<String> absolute(String raw) {
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

    OptionalInt integer(JsonNode node, String property) {
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
    static OptionalInt nonNegative(JsonNode v, boolean pixels) {
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
    Optional<Boolean> bool(JsonNode v, String property) {
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
        problems.add(property + " '" + abbreviate(String.valueOf(v)) + "' is not a boolean; left out");
        return Optional.empty();
    }

    /** The date text of a property as written, or empty. */
    Optional<String> dateText(JsonNode node, String property) {
        return first(node, property).flatMap(JsonLdGraph::text);
    }

    /** A date of a property, read by {@link LenientDates}; one that is no date is left out and named. */
    Optional<DateValue> date(JsonNode node, String property) {
        Optional<String> raw = dateText(node, property);
        if (raw.isEmpty()) {
            return Optional.empty();
        }
        Optional<DateValue> date = date(raw.get());
        if (date.isEmpty()) {
            problems.add(property + " '" + abbreviate(raw.get()) + "' is not a date; left out");
        }
        return date;
    }

    static Optional<DateValue> date(String raw) {
        Optional<Temporal> t = LenientDates.parse(raw);
        return t.map(v -> DateValue.of(raw.strip(), v));
    }

    Optional<Image> image(JsonNode value) {
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

    Optional<Organization> organization(JsonNode value) {
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

    /** A person or organisation; one without a name but with a description or job title is a role phrase. */
    Optional<Agent> agent(JsonNode value) {
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
        Optional<String> name = name(v);
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

    /** A person's or organisation's name: its {@code name}, or else its given and family names. */
    Optional<String> name(JsonNode v) {
        Optional<String> name = text(v, "name");
        if (name.isPresent()) {
            return name;
        }
        String joined = (text(v, "givenName").orElse("") + " " + text(v, "familyName").orElse("")).trim();
        return joined.isEmpty() ? Optional.empty() : Optional.of(joined);
    }

    static boolean isOrganization(List<String> types) {
        for (String t : types) {
            String l = t.toLowerCase(Locale.ROOT);
            if (l.contains("organization") || l.equals("corporation") || l.equals("ngo") || l.equals("consortium")
                    || l.equals("project") || l.equals("researchproject") || l.equals("fundingscheme")) {
                return true;
            }
        }
        return false;
    }

    static String abbreviate(String s) {
        return s.length() <= 80 ? s : s.substring(0, 77) + "...";
    }
}
