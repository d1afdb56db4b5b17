package io.github.articlemodel.cli;

import io.github.articlemodel.json.ArticleJson;
import io.github.articlemodel.model.Article;
import io.github.articlemodel.schemaorg.SchemaOrg;
import java.util.Locale;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.node.ObjectNode;

/**
 * The output formats of the command line. This enum is the one place that knows them: the option
 * parser, the usage text and the batch runner all go through it, so a new format is one more
 * constant here.
 */
enum OutputFormat {
    /** The article as indented JSON; one document, so for a single input only. */
    JSON("json", true, "one article as indented JSON (one file only)") {
        @Override
        String render(Article article, String source, boolean batch) {
            return ArticleJson.writePretty(article) + "\n";
        }
    },

    /** JSON Lines: one compact object per page, {@code source} (the input path) first. */
    JSONL("jsonl", false, "one compact JSON object per line, \"source\" first") {
        @Override
        String render(Article article, String source, boolean batch) {
            ObjectNode line = ArticleJson.mapper().createObjectNode();
            line.put("source", source);
            line.setAll(ArticleJson.toTree(article));
            return ArticleJson.mapper().writer().without(SerializationFeature.INDENT_OUTPUT)
                    .writeValueAsString(line) + "\n";
        }
    },

    /** The headline, a blank line and the text; in a batch each page under a {@code ==> path <==} line. */
    TEXT("text", false, "the headline, a blank line, the text") {
        @Override
        String render(Article article, String source, boolean batch) {
            StringBuilder sb = new StringBuilder();
            if (batch) {
                sb.append("==> ").append(source).append(" <==\n");
            }
            sb.append(article.headline().orElse("")).append("\n\n");
            String text = article.text();
            if (!text.isEmpty()) {
                sb.append(text).append('\n');
            }
            if (batch) {
                sb.append('\n');
            }
            return sb.toString();
        }
    },

    /**
     * schema.org JSON-LD: one indented document for a single page; in a batch, JSON Lines of
     * {@code {"source": PATH, "jsonld": DOCUMENT}}, because a property of the document itself would
     * be read as a schema.org term.
     */
    JSONLD("jsonld", false, "schema.org JSON-LD; a batch writes lines, see below") {
        @Override
        String render(Article article, String source, boolean batch) {
            if (!batch) {
                return SchemaOrg.toJsonLdPretty(article) + "\n";
            }
            ObjectNode line = ArticleJson.mapper().createObjectNode();
            line.put("source", source);
            line.set("jsonld", SchemaOrg.toJsonLdTree(article));
            return ArticleJson.mapper().writer().without(SerializationFeature.INDENT_OUTPUT)
                    .writeValueAsString(line) + "\n";
        }
    },

    /** The page's head markup: the OpenGraph and Twitter card tags, then the JSON-LD script tag. */
    HTML("html", true, "<meta> and <script> tags for <head> (one file only)") {
        @Override
        String render(Article article, String source, boolean batch) {
            return SchemaOrg.toMetaTags(article) + SchemaOrg.toScriptTag(article) + "\n";
        }
    };

    private final String id;
    private final boolean singleInputOnly;
    private final String description;

    OutputFormat(String id, boolean singleInputOnly, String description) {
        this.id = id;
        this.singleInputOnly = singleInputOnly;
        this.description = description;
    }

    /** The name used with {@code --format}. */
    String id() {
        return id;
    }

    /** True when the format holds exactly one article, so it cannot take several inputs or a folder. */
    boolean singleInputOnly() {
        return singleInputOnly;
    }

    /** One line for the usage text. */
    String description() {
        return description;
    }

    /**
     * The complete output for one page, ending in a line break.
     *
     * @param source the input path as given on the command line or found in a folder
     * @param batch true when the run reads several pages
     */
    abstract String render(Article article, String source, boolean batch);

    /** The format named {@code id} ({@code --format} value), case-insensitively. */
    static OutputFormat fromId(String id) throws UsageException {
        for (OutputFormat f : values()) {
            if (f.id.equals(id.toLowerCase(Locale.ROOT))) {
                return f;
            }
        }
        throw new UsageException("unknown --format '" + id + "' (use one of " + ids() + ")");
    }

    /** The names of all formats, separated by {@code |}. */
    static String ids() {
        StringBuilder sb = new StringBuilder();
        for (OutputFormat f : values()) {
            if (sb.length() > 0) {
                sb.append('|');
            }
            sb.append(f.id);
        }
        return sb.toString();
    }
}
