package io.github.articlemodel.schemaorg;

import io.github.articlemodel.model.Article;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import tools.jackson.core.StreamWriteConstraints;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.json.JsonWriteFeature;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.cfg.JsonNodeFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * schema.org JSON-LD for an {@link Article}, both ways: write it (as JSON, as a {@code <script>}
 * element safe to put in any page, and as OpenGraph and Twitter card tags), and read it back from
 * what real pages carry, however broken.
 *
 * <pre>{@code
 * String jsonLd = SchemaOrg.toJsonLd(article);      // one @graph, compact
 * String head = SchemaOrg.toMetaTags(article) + SchemaOrg.toScriptTag(article);
 * JsonLdRead read = SchemaOrg.fromHtml(html, "https://example.org/news/1");
 * Article again = read.article().orElseThrow();
 * }</pre>
 *
 * <h2>What is written</h2>
 * <p>One {@code @graph} (context {@value #CONTEXT}) whose nodes refer to each other by {@code @id}:
 * the page's address (its canonical URL, else its URL, without fragment) plus a fragment, or blank
 * node ids ({@code _:article}) for an article without an address.
 * <ul>
 * <li>{@code WebSite} ({@code #website}): {@code name} (the site name), {@code publisher}, {@code inLanguage}.</li>
 * <li>{@code Organization} ({@code #publisher}): {@code name}, {@code url}, {@code logo} (an ImageObject).</li>
 * <li>{@code WebPage} (its {@code @id} is the canonical URL, else {@code #webpage}): {@code url}
 *     (the canonical URL), {@code name}, {@code inLanguage}, {@code isPartOf} the WebSite,
 *     {@code relatedLink} (the URLs of the cross-references that are not sources).</li>
 * <li>The article ({@code #article}), typed by {@link Article#type()} ({@code NewsArticle},
 *     {@code BlogPosting}, ...): {@code mainEntityOfPage}, {@code url}, {@code headline},
 *     {@code alternativeHeadline}, {@code description}, {@code image} (ImageObjects: {@code url},
 *     {@code caption}, {@code description} for the alternative text, {@code creditText},
 *     {@code width} and {@code height} as QuantitativeValues in pixels), {@code datePublished} and
 *     {@code dateModified} (ISO 8601 at the precision known, with the offset when known),
 *     {@code author}, {@code editor}, {@code translator} and {@code contributor} (inline Person or
 *     Organization objects with {@code @id}, {@code name}, {@code url}, and {@code affiliation} or
 *     {@code memberOf}; a photographer, an illustrator or an organisation as editor is a
 *     {@code contributor} through a {@code Role} with that {@code roleName}), {@code publisher},
 *     {@code articleSection}, {@code keywords}, {@code wordCount}, {@code inLanguage},
 *     {@code articleBody} (the plain text), {@code isAccessibleForFree} (and, when false,
 *     {@code hasPart}: a WebPageElement not free, with the CSS selector {@value #PAYWALL_SELECTOR}),
 *     {@code citation} (CreativeWorks with {@code name} and {@code url}, for the cross-references
 *     of kind source), {@code commentCount}, {@code discussionUrl} (the page's own URL, when its
 *     comments were read from it) and {@code comment}.</li>
 * <li>Comments: {@code Comment} nodes nested through {@code comment}, each with {@code identifier}
 *     (the page's id of the comment), {@code author}, {@code datePublished}, {@code text},
 *     {@code upvoteCount} and {@code parentItem} (the article or the comment replied to). Threads
 *     deeper than 16 comments continue in nodes of the graph of their own, listed by {@code @id}.</li>
 * <li>Quotations ({@code #quote-1}, ...): {@code text}, {@code creator} and {@code spokenByCharacter}
 *     (the speaker, a node of its own, {@code #speaker-1}, shared by the quotes of one speaker) and
 *     {@code isPartOf} the article. A speaker known only by a role phrase ("a spokesman for the
 *     ministry") is a Person with that phrase as {@code description}.</li>
 * <li>Stubs of the cross-referenced pages ({@code #related-1}, ...): WebPages with {@code url},
 *     and their title as {@code name} and {@code headline}.</li>
 * </ul>
 * Every type and property is in the schema.org 30.0 vocabulary and fits its domain and range; the
 * tests check this with a validator built from the vocabulary files.
 *
 * <h2>What schema.org cannot carry</h2>
 * <p>Reading the JSON-LD of an article back ({@code fromJsonLd(toJsonLd(article))}) gives the
 * article again on every field, except where schema.org has no place for a value:
 * <ul>
 * <li>the body's blocks: the body comes back as one paragraph per non-blank line of its text
 *     ({@code articleBody}), so headings, lists, quotes, figures, embeds, code and tables become
 *     paragraphs, links in paragraphs are lost, and blank lines (of a table, say) drop out;</li>
 * <li>a quote's {@code cue} and {@code kind} (read as full), and its place: {@code blockIndex},
 *     {@code start} and {@code end} are read from where its text occurs in the body; a quote of an
 *     article whose body has no text cannot be placed and is left out;</li>
 * <li>a cross-reference's {@code label}, {@code afterBlock}, and kind other than source (read as
 *     related); the sources come back after the related pages;</li>
 * <li>the order of bylines across properties: authors, then editors (persons), translators and
 *     contributors (with photographers, illustrators and editing organisations in their Roles);</li>
 * <li>the {@code raw} text of dates (read as the ISO 8601 text), and the offset of a time whose
 *     offset has seconds (such a time is written as the same instant in UTC);</li>
 * <li>{@link Article#provenance()}.</li>
 * </ul>
 * <p>The reader also takes text that looks like HTML (a tag of a text element such as
 * {@code <b>}, or a character reference such as {@code &amp;}) for HTML, as it is on real pages:
 * such text comes back as the HTML's text. A body or comment text of several lines counts as HTML
 * only when its first line holds a tag (or an HTML comment): an article about HTML, whose later
 * paragraphs show tags, comes back as written.
 *
 * <h2>What is read</h2>
 * <p>The reader is built on {@link JsonLdGraph}, the project's one JSON-LD reader, and tolerates
 * what real sites publish: CDATA wrappers, HTML entities (in the whole block or in strings), comments
 * and trailing commas, top-level arrays, {@code @graph}, {@code @list}, {@code @id} references
 * (also to several objects with the same {@code @id}), authors as plain strings, HTML inside
 * names, {@code http} and {@code https} contexts, a {@code @vocab}, full property IRIs, dates in
 * forms other than ISO 8601, booleans as strings ({@code "True"}), numbers as strings, and
 * property names in the wrong case ({@code wordcount}). What it cannot use is left out and named
 * in {@link JsonLdRead#problems()}; reading never throws for bad input. It reads the fields
 * where the writer puts them, and also: the headline from {@code name}, the publication date from
 * {@code dateCreated}, the canonical URL from the page node's {@code @id} (without fragment) or a
 * {@code mainEntityOfPage} URL, an image's URL from {@code contentUrl}, its size from a number,
 * a string ("1200px") or a QuantitativeValue, the affiliation from {@code worksFor}, keywords
 * given as one string split at their commas, a body given as HTML one paragraph per block, and
 * the title of a {@code relatedLink} from any page or creative work with that URL (else the URL).
 * Input is bounded: at most
 * {@value #MAX_BLOCK_CHARS} chars and {@value #MAX_DEPTH} levels of nesting per block, and
 * {@value #MAX_COMMENTS} comments.
 *
 * <p>All methods are thread-safe; {@code null} arguments throw {@link NullPointerException} unless
 * a parameter says otherwise.
 */
public final class SchemaOrg {
    /** The {@code @context} written. */
    public static final String CONTEXT = "https://schema.org";

    /**
     * The CSS selector of the paywalled part of the page, written in the {@code hasPart} of an
     * article that is not free: give that part of your page the class {@code paywall}, or change
     * the selector in {@link #toJsonLdTree(Article)}'s tree.
     */
    public static final String PAYWALL_SELECTOR = ".paywall";

    /** The longest JSON-LD block read, in chars. */
    public static final int MAX_BLOCK_CHARS = JsonLdReader.MAX_BLOCK_CHARS;

    /** The deepest nesting of arrays and objects in a JSON-LD block read. */
    public static final int MAX_DEPTH = JsonLdReader.MAX_DEPTH;

    /** The most comments read. */
    public static final int MAX_COMMENTS = JsonLdReader.MAX_COMMENTS;

    private static final JsonMapper MAPPER = buildMapper();
    private static final ObjectWriter COMPACT = MAPPER.writer().without(SerializationFeature.INDENT_OUTPUT);
    private static final ObjectWriter PRETTY = MAPPER.writer().withDefaultPrettyPrinter();

    private SchemaOrg() {}

    /**
     * The JSON-LD of the article as a tree, to change before writing it (with
     * {@link #toScriptTag(JsonNode)}, for one). Each call builds a new tree.
     */
    public static ObjectNode toJsonLdTree(Article article) {
        Objects.requireNonNull(article, "article");
        return JsonLdWriter.write(article);
    }

    /** The JSON-LD of the article, compact on one line. */
    public static String toJsonLd(Article article) {
        return COMPACT.writeValueAsString(toJsonLdTree(article));
    }

    /** The JSON-LD of the article, indented by two spaces with {@code \n} line ends. */
    public static String toJsonLdPretty(Article article) {
        return PRETTY.writeValueAsString(toJsonLdTree(article));
    }

    /**
     * The JSON-LD of the article in a {@code <script type="application/ld+json">} element, safe to
     * put anywhere in an HTML page whatever the article's text: {@code <}, {@code >}, {@code &},
     * U+2028 and U+2029 are escaped inside the JSON strings, so the content can neither end the
     * element, nor open a comment, nor break out of it.
     */
    public static String toScriptTag(Article article) {
        return toScriptTag(toJsonLdTree(article));
    }

    /** Any JSON in a {@code <script type="application/ld+json">} element, escaped as {@link #toScriptTag(Article)}. */
    public static String toScriptTag(JsonNode jsonLd) {
        Objects.requireNonNull(jsonLd, "jsonLd");
        return HtmlTags.scriptTag(COMPACT.writeValueAsString(jsonLd));
    }

    /**
     * The OpenGraph and Twitter card tags of the article, one {@code <meta>} element per line
     * (each line ends in {@code \n}), values escaped for a double-quoted attribute:
     * {@code og:type} ({@code article}), {@code og:title}, {@code og:description}, {@code og:url}
     * (the canonical URL, else the URL), {@code og:site_name}, {@code og:locale} ({@code en_GB}),
     * per image {@code og:image} with {@code og:image:width}, {@code og:image:height} and
     * {@code og:image:alt}, {@code article:published_time}, {@code article:modified_time},
     * {@code article:author} (per author: the profile URL, else the name), {@code article:section}
     * (the broadest section), {@code article:tag} (per tag); {@code twitter:card}
     * ({@code summary_large_image} with an image, else {@code summary}), {@code twitter:title},
     * {@code twitter:description}, {@code twitter:image} and {@code twitter:image:alt} (the lead image).
     */
    public static String toMetaTags(Article article) {
        Objects.requireNonNull(article, "article");
        return HtmlTags.metaTags(article);
    }

    /**
     * Reads the article a JSON-LD document describes; relative URLs are left out.
     *
     * @see #fromJsonLd(String, String)
     */
    public static JsonLdRead fromJsonLd(String json) {
        return fromJsonLd(json, null);
    }

    /**
     * Reads the article a JSON-LD document (the text of one {@code <script>} element) describes.
     *
     * @param baseUrl the page's address, against which relative URLs are resolved; {@code null}
     *     to keep only absolute URLs
     * @throws IllegalArgumentException if {@code baseUrl} is not an absolute http(s) URL
     */
    public static JsonLdRead fromJsonLd(String json, String baseUrl) {
        Objects.requireNonNull(json, "json");
        return JsonLdReader.read(List.of(json), checkBase(baseUrl));
    }

    /**
     * Reads the article the JSON-LD blocks of an HTML page describe; relative URLs are left out.
     *
     * @see #fromHtml(String, String)
     */
    public static JsonLdRead fromHtml(String html) {
        return fromHtml(html, null);
    }

    /**
     * Reads the article the JSON-LD blocks ({@code <script type="application/ld+json">}) of an HTML
     * page describe, all blocks together as one graph. Only the JSON-LD is read; to read the whole
     * page, use {@link io.github.articlemodel.Articles#parse(String, String)}.
     *
     * @param baseUrl the page's address, against which relative URLs are resolved; {@code null}
     *     to keep only absolute URLs
     * @throws IllegalArgumentException if {@code baseUrl} is not an absolute http(s) URL
     */
    public static JsonLdRead fromHtml(String html, String baseUrl) {
        Objects.requireNonNull(html, "html");
        String base = checkBase(baseUrl);
        Document doc = Jsoup.parse(html, base == null ? "" : base);
        List<String> blocks = new ArrayList<>();
        for (Element script : doc.select("script[type~=(?i)application/ld\\+json]")) {
            blocks.add(script.data());
        }
        if (blocks.isEmpty()) {
            return new JsonLdRead(Optional.empty(), List.of("the page has no JSON-LD block"), OptionalInt.empty());
        }
        return JsonLdReader.read(blocks, base);
    }

    /** The base URL in the form the reader uses (trimmed, an internationalised host in ASCII), or null. */
    private static String checkBase(String baseUrl) {
        if (baseUrl == null) {
            return null;
        }
        return JsonLdReader.absolute(baseUrl, null).orElseThrow(
                () -> new IllegalArgumentException("baseUrl must be an absolute http(s) URL: " + baseUrl));
    }

    private static JsonMapper buildMapper() {
        JsonFactory factory = JsonFactory.builder()
                // The writer keeps the JSON shallow (comment threads continue in nodes of their own);
                // this allows trees a caller has nested deeper.
                .streamWriteConstraints(StreamWriteConstraints.builder().maxNestingDepth(10_000).build())
                .build();
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter pretty = new DefaultPrettyPrinter(Separators.createDefaultInstance()
                .withObjectNameValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator(""))
                .withObjectIndenter(indenter)
                .withArrayIndenter(indenter);
        return JsonMapper.builder(factory)
                .defaultPrettyPrinter(pretty)
                .configure(SerializationFeature.INDENT_OUTPUT, false)
                .configure(SerializationFeature.FLUSH_AFTER_WRITE_VALUE, true)
                .configure(JsonNodeFeature.WRITE_PROPERTIES_SORTED, false)
                .configure(JsonNodeFeature.WRITE_NULL_PROPERTIES, true)
                .configure(JsonWriteFeature.ESCAPE_NON_ASCII, false)
                .configure(JsonWriteFeature.ESCAPE_FORWARD_SLASHES, false)
                .configure(JsonWriteFeature.WRITE_HEX_UPPER_CASE, false)
                .configure(JsonWriteFeature.QUOTE_PROPERTY_NAMES, true)
                .build();
    }
}
