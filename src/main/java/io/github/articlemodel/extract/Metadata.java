package io.github.articlemodel.extract;

import io.github.articlemodel.internal.Markup;
import io.github.articlemodel.internal.Text;
import io.github.articlemodel.model.AgentType;
import io.github.articlemodel.model.Candidate;
import io.github.articlemodel.model.Source;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What the metadata stage found: candidates per field, each with its source and locator. */
final class Metadata {
    /** An author as some metadata source names it. */
    record AuthorCandidate(String name, Optional<String> url, AgentType type, Source source, String locator) {}

    private final Map<String, List<Candidate>> fields = new LinkedHashMap<>();
    private final List<AuthorCandidate> authors = new ArrayList<>();
    /** Cleaned values by what the page wrote: pages repeat a title or image in several tags. */
    private final Map<String, String> cleaned = new HashMap<>();

    void add(String field, Source source, String locator, String value) {
        String v = cleaned.computeIfAbsent(value, x -> Text.clean(asText(x)));
        if (v.isEmpty()) {
            return;
        }
        boolean tags = field.equals("tags");
        // JSON-LD's lists are read by the shared mapping (JsonLdArticle), as the JSON-LD reader reads them.
        if (source != Source.JSON_LD && (tags || field.equals("sections"))) {
            for (String item : listItems(v)) {
                // A section is a name; a sentence there is a description put in the wrong field.
                if (tags || item.length() <= MAX_SECTION) {
                    addCleaned(field, source, locator, item);
                }
            }
            return;
        }
        addCleaned(field, source, locator, v);
    }

    private void addCleaned(String field, Source source, String locator, String v) {
        List<Candidate> list = fields.computeIfAbsent(field, k -> new ArrayList<>());
        if (list.size() < 50) {
            list.add(Candidate.of(source, locator, v));
        }
    }

    /** The longest section name kept: "Housing and Homelessness", not a sentence. */
    private static final int MAX_SECTION = 60;

    /**
     * The items of a tag or section value that a page wrote as a list in one value ("Oceans,New
     * Zealand,Environment" in one {@code article:tag}; "A; B; C"): split at semicolons, or at
     * commas when there are three items or more or no space follows the commas. Two items with a
     * comma and a space may be one name ("Arts, Culture") and stay whole.
     */
    static List<String> listItems(String value) {
        char sep = value.indexOf(';') >= 0 ? ';' : value.indexOf(',') >= 0 ? ',' : 0;
        if (sep == 0) {
            return List.of(value);
        }
        String[] parts = value.split(sep == ';' ? ";" : ",");
        if (sep == ',' && parts.length < 3 && value.contains(", ")) {
            return List.of(value);
        }
        List<String> out = new ArrayList<>();
        for (String p : parts) {
            String t = p.strip();
            if (!t.isEmpty()) {
                out.add(t);
            }
        }
        return out;
    }

    void addAuthor(AuthorCandidate author) {
        if (authors.size() < 50) {
            authors.add(new AuthorCandidate(asText(author.name()), author.url(), author.type(), author.source(),
                    author.locator()));
        }
    }

    /**
     * A value as text: entities decoded once more, and HTML read as its text, as some pages put
     * markup in their meta values ("&lt;p&gt;Summary&lt;/p&gt;", a name in a link).
     */
    private static String asText(String value) {
        String v = unescaped(value);
        return v.indexOf('<') >= 0 ? Markup.text(v).orElse("") : v;
    }

    /** Many sites encode entities twice ("&amp;#038;"): what is left after jsoup's pass is text too. */
    private static String unescaped(String value) {
        return value.indexOf('&') >= 0 ? org.jsoup.parser.Parser.unescapeEntities(value, false) : value;
    }

    /** The candidates for a field in the order found; empty when none. */
    List<Candidate> get(String field) {
        return fields.getOrDefault(field, Collections.emptyList());
    }

    /** The first candidate of a field from the best-ranked source. */
    Optional<Candidate> best(String field) {
        Candidate best = null;
        for (Candidate c : get(field)) {
            if (best == null || rank(c.source()) < rank(best.source())) {
                best = c; // the first of equal rank stays
            }
        }
        return Optional.ofNullable(best);
    }

    List<AuthorCandidate> authors() {
        return Collections.unmodifiableList(authors);
    }

    /** Trust order of metadata sources: structured data first, then social tags, then plain meta. */
    static int rank(Source s) {
        switch (s) {
            case JSON_LD: return 0;
            case MICRODATA: return 1;
            case OPENGRAPH: return 2;
            case META: return 3;
            case DUBLIN_CORE: return 4;
            case TWITTER: return 5;
            case LINK: return 6;
            case DOM: return 7;
            case URL: return 8;
            default: return 9;
        }
    }
}
