package io.github.articlemodel.extract;

import io.github.articlemodel.schemaorg.JsonLdGraph;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What the stages of one extraction share: the parsed page (which no stage may change; a stage that
 * needs to edit works on a clone), the base URL, the options, the time budget and the warnings.
 * One context per page; not thread-safe, and never shared between pages.
 */
public final class ExtractionContext {
    private final Document document;
    private final String baseUrl;
    private final ExtractionOptions options;
    private final long deadlineNanos;
    private final List<Warning> warnings = new ArrayList<>();
    private PageIndex pageIndex;
    /** The JSON-LD graph the metadata stage read, and the scripts whose unaltered texts it read. */
    private JsonLdGraph jsonLd;
    private List<Element> jsonLdScripts = List.of();

    ExtractionContext(Document document, String baseUrl, ExtractionOptions options, long startNanos) {
        this.document = Objects.requireNonNull(document, "document");
        this.baseUrl = baseUrl;
        this.options = Objects.requireNonNull(options, "options");
        this.deadlineNanos = startNanos + options.timeBudget().toNanos();
    }

    /** The parsed page. Read only: stages that clean markup work on {@code document().clone()}. */
    public Document document() {
        return document;
    }

    /** The base URL for resolving links; empty string when neither the caller nor the page gave one. */
    public String baseUrl() {
        return baseUrl == null ? "" : baseUrl;
    }

    public ExtractionOptions options() {
        return options;
    }

    /** What one walk over the whole page finds, made on first use and shared by the stages. */
    PageIndex pageIndex() {
        if (pageIndex == null) {
            pageIndex = PageIndex.of(document, options.maxDepth());
        }
        return pageIndex;
    }

    /** Keeps the JSON-LD graph read from {@code scripts}' own texts (none left out) for a later stage. */
    void keepJsonLd(List<Element> scripts, JsonLdGraph graph) {
        jsonLdScripts = List.copyOf(scripts);
        jsonLd = graph;
    }

    /**
     * The JSON-LD graph kept for exactly these scripts in this order, else null: a stage that would
     * read the same texts with the same limits takes it rather than parsing them again.
     */
    JsonLdGraph jsonLdOf(List<Element> scripts) {
        if (jsonLd == null || scripts.size() != jsonLdScripts.size()) {
            return null;
        }
        for (int i = 0; i < scripts.size(); i++) {
            if (scripts.get(i) != jsonLdScripts.get(i)) {
                return null;
            }
        }
        return jsonLd;
    }

    /** Whether the time budget is spent; long loops check this and stop early. */
    public boolean outOfTime() {
        return System.nanoTime() - deadlineNanos > 0;
    }

    /** Records a warning (each distinct warning once). */
    public void warn(String code, String message) {
        Warning w = Warning.of(code, message);
        if (!warnings.contains(w) && warnings.size() < 100) {
            warnings.add(w);
        }
    }

    /** The warnings so far. */
    public List<Warning> warnings() {
        return Collections.unmodifiableList(warnings);
    }
}
