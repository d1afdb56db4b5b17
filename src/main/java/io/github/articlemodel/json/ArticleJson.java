package io.github.articlemodel.json;

import io.github.articlemodel.model.Article;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Arrays;
import java.util.Objects;
import tools.jackson.core.ErrorReportConfiguration;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.StreamWriteConstraints;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.TokenStreamFactory;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.json.JsonReadFeature;
import tools.jackson.core.json.JsonWriteFeature;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.cfg.JsonNodeFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads and writes an {@link Article} as plain JSON, and gives the JSON Schema of that form.
 *
 * <pre>{@code
 * String json = ArticleJson.write(article);        // one line
 * String pretty = ArticleJson.writePretty(article); // indented by two spaces, \n line ends
 * Article again = ArticleJson.read(json);          // equals article
 * }</pre>
 *
 * <p>The JSON contract (property names and order) is described in the
 * {@linkplain io.github.articlemodel.json package documentation}. Reading ignores unknown
 * properties and the derived {@code text} and {@code wordCount}; everything else that is wrong
 * throws an {@link ArticleJsonException} with the JSON path of the problem. Input is bounded: at
 * most {@link #MAX_DOCUMENT_LENGTH} characters (or bytes), {@link #MAX_NESTING_DEPTH} levels of
 * nesting and {@link #MAX_STRING_LENGTH} characters per string.
 *
 * <p>The readers skip a byte order mark at the start of the input. All methods are thread-safe.
 * {@code null} arguments throw {@link NullPointerException}.
 */
public final class ArticleJson {
    /** The longest document {@code read} accepts: 64 MiB (in {@code char}s, or bytes for a stream). */
    public static final long MAX_DOCUMENT_LENGTH = 64L * 1024 * 1024;

    /**
     * The deepest nesting of arrays and objects {@code read} accepts: 2000. A comment sits two levels
     * below its parent (the object and its {@code replies} array), so this allows comment threads
     * {@value #MAX_COMMENT_DEPTH} comments deep.
     */
    public static final int MAX_NESTING_DEPTH = 2000;

    /**
     * The deepest comment thread {@code read} accepts (a top-level comment has depth 1): the
     * article, the {@code comments} array and then two levels per comment must fit
     * {@link #MAX_NESTING_DEPTH}. The writers write threads of any depth.
     */
    public static final int MAX_COMMENT_DEPTH = (MAX_NESTING_DEPTH - 2) / 2;

    /** The longest string {@code read} accepts: 32 MiB ({@code char}s). */
    public static final int MAX_STRING_LENGTH = 32 * 1024 * 1024;

    /** The class path resource of the JSON Schema (draft 2020-12) of the JSON form. */
    public static final String SCHEMA_RESOURCE = "/io/github/articlemodel/json/article.schema.json";

    /** The longest property name read; the contract's names are short, provenance keys are field names. */
    private static final int MAX_NAME_LENGTH = 50_000;
    /** The longest number read; the contract has only 32-bit integers. */
    private static final int MAX_NUMBER_LENGTH = 1000;

    /** A byte order mark, which RFC 8259 lets a reader ignore at the start (editors write one). */
    private static final String BOM = "\uFEFF";
    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private static final JsonMapper MAPPER = buildMapper();
    private static final ObjectWriter COMPACT = MAPPER.writerFor(Article.class);
    private static final ObjectWriter PRETTY = MAPPER.writerFor(Article.class).withDefaultPrettyPrinter();
    private static final ObjectReader READER = MAPPER.readerFor(Article.class);

    private ArticleJson() {}

    /**
     * The shared mapper: {@link ArticleModule} plus every feature that affects what is written or
     * how input is read set explicitly (so output never depends on Jackson's defaults), and the
     * reading limits above. It is immutable; use {@code mapper().rebuild()} for a variant.
     */
    public static JsonMapper mapper() {
        return MAPPER;
    }

    /** The article as compact JSON on one line. */
    public static String write(Article article) {
        Objects.requireNonNull(article, "article");
        return COMPACT.writeValueAsString(article);
    }

    /**
     * The article as indented JSON: two spaces per level, {@code "name": value}, {@code \n} line
     * ends on every platform, no line end after the last brace.
     */
    public static String writePretty(Article article) {
        Objects.requireNonNull(article, "article");
        return PRETTY.writeValueAsString(article);
    }

    /**
     * Writes the article as compact JSON to {@code out} and flushes it; {@code out} is not closed.
     *
     * @throws UncheckedIOException if {@code out} throws an {@link IOException}
     */
    public static void write(Article article, Writer out) {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(out, "out");
        try {
            COMPACT.writeValue(out, article);
        } catch (JacksonIOException e) {
            throw unchecked(e);
        }
    }

    /** The article as a JSON tree, with the same properties in the same order as {@link #write(Article)}. */
    public static ObjectNode toTree(Article article) {
        Objects.requireNonNull(article, "article");
        return (ObjectNode) MAPPER.valueToTree(article);
    }

    /**
     * Reads an article from JSON text.
     *
     * @throws ArticleJsonException if the text is not JSON, not an article, or beyond the limits
     */
    public static Article read(String json) {
        Objects.requireNonNull(json, "json");
        return readAndClose(MAPPER.createParser(json.startsWith(BOM) ? json.substring(1) : json));
    }

    /**
     * Reads an article from JSON text; {@code in} is read to the end of the JSON value but not closed.
     *
     * @throws ArticleJsonException if the text is not JSON, not an article, or beyond the limits
     * @throws UncheckedIOException if {@code in} throws an {@link IOException}
     */
    public static Article read(Reader in) {
        Objects.requireNonNull(in, "in");
        try {
            PushbackReader reader = new PushbackReader(in, 1);
            int first = reader.read();
            if (first >= 0 && first != BOM.charAt(0)) {
                reader.unread(first);
            }
            return readAndClose(MAPPER.createParser(reader));
        } catch (IOException e) {
            throw new UncheckedIOException(e.getMessage(), e);
        } catch (JacksonIOException e) {
            throw unchecked(e);
        }
    }

    /**
     * Reads an article from UTF-8 encoded JSON; {@code in} is not closed. Bytes that are not UTF-8
     * are an error.
     *
     * @throws ArticleJsonException if the bytes are not JSON, not an article, or beyond the limits
     * @throws UncheckedIOException if {@code in} throws an {@link IOException}
     */
    public static Article read(InputStream in) {
        Objects.requireNonNull(in, "in");
        try {
            PushbackInputStream bytes = new PushbackInputStream(in, UTF8_BOM.length);
            byte[] head = bytes.readNBytes(UTF8_BOM.length);
            if (!Arrays.equals(head, UTF8_BOM)) {
                bytes.unread(head);
            }
            return readAndClose(MAPPER.createParser(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e.getMessage(), e);
        } catch (JacksonIOException e) {
            throw unchecked(e);
        }
    }

    /**
     * Reads an article from a JSON tree, such as one from {@link #toTree(Article)}. A tree in memory
     * has no nesting limit; it is read without recursion.
     *
     * @throws ArticleJsonException if the tree is not an article
     */
    public static Article fromTree(JsonNode tree) {
        Objects.requireNonNull(tree, "tree");
        return readAndClose(MAPPER.treeAsTokens(tree));
    }

    /**
     * The JSON Schema (draft 2020-12) of the JSON form, from the resource {@link #SCHEMA_RESOURCE};
     * the caller closes the stream.
     */
    public static InputStream schema() {
        InputStream in = ArticleJson.class.getResourceAsStream(SCHEMA_RESOURCE);
        if (in == null) {
            throw new IllegalStateException("missing resource " + SCHEMA_RESOURCE);
        }
        return in;
    }

    private static Article readAndClose(JsonParser parser) {
        try (JsonParser p = parser) {
            Article article;
            try {
                article = READER.readValue(p);
            } catch (ReadProblem e) {
                TokenStreamLocation at = e.getLocation();
                throw new ArticleJsonException(e.jsonPath(), e.problem(), line(at), column(at), e);
            } catch (JacksonIOException e) {
                throw e;
            } catch (JacksonException e) {
                // Malformed JSON, a limit, trailing content: the parser still knows where it is.
                TokenStreamLocation at = e.getLocation();
                String where = at == null || at.getLineNr() <= 0 ? ""
                        : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
                throw new ArticleJsonException(ModelReader.path(p.streamReadContext()),
                        e.getOriginalMessage() + where, line(at), column(at), e);
            } catch (IllegalArgumentException | NullPointerException | IllegalStateException e) {
                // Not expected (ModelReader wraps what the model throws), but never let one escape.
                throw new ArticleJsonException(ModelReader.path(p.streamReadContext()),
                        String.valueOf(e.getMessage()), -1, -1, e);
            }
            if (article == null) {
                throw new ArticleJsonException("$", "expected an article object, found null", -1, -1, null);
            }
            return article;
        }
    }

    private static int line(TokenStreamLocation at) {
        return at == null ? -1 : at.getLineNr();
    }

    private static int column(TokenStreamLocation at) {
        return at == null ? -1 : at.getColumnNr();
    }

    private static UncheckedIOException unchecked(JacksonIOException e) {
        Throwable cause = e.getCause();
        return cause instanceof IOException io ? new UncheckedIOException(io.getMessage(), io)
                : new UncheckedIOException(new IOException(e.getOriginalMessage(), e));
    }

    private static JsonMapper buildMapper() {
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxDocumentLength(MAX_DOCUMENT_LENGTH)
                        .maxNestingDepth(MAX_NESTING_DEPTH)
                        .maxStringLength(MAX_STRING_LENGTH)
                        .maxNameLength(MAX_NAME_LENGTH)
                        .maxNumberLength(MAX_NUMBER_LENGTH)
                        .maxTokenCount(-1) // bounded by the document length
                        .build())
                // The writer writes any article: comment threads of any depth (it does not recurse).
                .streamWriteConstraints(StreamWriteConstraints.builder().maxNestingDepth(Integer.MAX_VALUE).build())
                .errorReportConfiguration(ErrorReportConfiguration.builder()
                        .maxErrorTokenLength(256)
                        .maxRawContentLength(500)
                        .build())
                .configure(TokenStreamFactory.Feature.INTERN_PROPERTY_NAMES, false)
                .configure(TokenStreamFactory.Feature.CANONICALIZE_PROPERTY_NAMES, true)
                .configure(TokenStreamFactory.Feature.FAIL_ON_SYMBOL_HASH_OVERFLOW, true)
                // Streams are UTF-8 (RFC 8259), never guessed.
                .configure(TokenStreamFactory.Feature.CHARSET_DETECTION, false)
                .quoteChar('"')
                .highestNonEscapedChar(0) // 0: no limit, non-ASCII is written as is
                .characterEscapes(null)
                .build();
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter pretty = new DefaultPrettyPrinter(Separators.createDefaultInstance()
                .withObjectNameValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator(""))
                .withObjectIndenter(indenter)
                .withArrayIndenter(indenter);
        return JsonMapper.builder(factory)
                .addModule(new ArticleModule())
                .defaultPrettyPrinter(pretty)
                // reading: strict JSON, exactly one value, no duplicate names
                .configure(StreamReadFeature.AUTO_CLOSE_SOURCE, false)
                .configure(StreamReadFeature.STRICT_DUPLICATE_DETECTION, true)
                .configure(StreamReadFeature.IGNORE_UNDEFINED, false)
                .configure(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION, false)
                .configure(StreamReadFeature.CLEAR_CURRENT_TOKEN_ON_CLOSE, true)
                .configure(StreamReadFeature.USE_FAST_BIG_NUMBER_PARSER, false)
                .configure(StreamReadFeature.USE_FAST_DOUBLE_PARSER, false)
                .configure(JsonReadFeature.ALLOW_JAVA_COMMENTS, false)
                .configure(JsonReadFeature.ALLOW_YAML_COMMENTS, false)
                .configure(JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER, false)
                .configure(JsonReadFeature.ALLOW_SINGLE_QUOTES, false)
                .configure(JsonReadFeature.ALLOW_RS_CONTROL_CHAR, false)
                .configure(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS, false)
                .configure(JsonReadFeature.ALLOW_UNQUOTED_PROPERTY_NAMES, false)
                .configure(JsonReadFeature.ALLOW_HEXADECIMAL_NUMBERS, false)
                .configure(JsonReadFeature.ALLOW_LEADING_DECIMAL_POINT_FOR_NUMBERS, false)
                .configure(JsonReadFeature.ALLOW_LEADING_PLUS_SIGN_FOR_NUMBERS, false)
                .configure(JsonReadFeature.ALLOW_LEADING_ZEROS_FOR_NUMBERS, false)
                .configure(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS, false)
                .configure(JsonReadFeature.ALLOW_TRAILING_DECIMAL_POINT_FOR_NUMBERS, false)
                .configure(JsonReadFeature.ALLOW_MISSING_VALUES, false)
                .configure(JsonReadFeature.ALLOW_TRAILING_COMMA, false)
                .configure(DeserializationFeature.FAIL_ON_TRAILING_TOKENS, true)
                .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
                .configure(DeserializationFeature.FAIL_ON_IGNORED_PROPERTIES, false)
                .configure(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES, true)
                .configure(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY, true)
                .configure(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY, false)
                .configure(DeserializationFeature.UNWRAP_SINGLE_VALUE_ARRAYS, false)
                .configure(DeserializationFeature.UNWRAP_ROOT_VALUE, false)
                .configure(DeserializationFeature.ACCEPT_EMPTY_STRING_AS_NULL_OBJECT, false)
                .configure(DeserializationFeature.ACCEPT_EMPTY_ARRAY_AS_NULL_OBJECT, false)
                .configure(DeserializationFeature.ACCEPT_FLOAT_AS_INT, false)
                .configure(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS, false)
                .configure(DeserializationFeature.USE_BIG_INTEGER_FOR_INTS, false)
                .configure(DeserializationFeature.USE_LONG_FOR_INTS, false)
                .configure(DeserializationFeature.WRAP_EXCEPTIONS, true)
                .configure(MapperFeature.ACCEPT_CASE_INSENSITIVE_PROPERTIES, false)
                .configure(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS, false)
                .configure(MapperFeature.ACCEPT_CASE_INSENSITIVE_VALUES, false)
                .configure(MapperFeature.ALLOW_COERCION_OF_SCALARS, false)
                .configure(EnumFeature.READ_ENUMS_USING_TO_STRING, false)
                .configure(EnumFeature.READ_UNKNOWN_ENUM_VALUES_AS_NULL, false)
                .configure(EnumFeature.READ_UNKNOWN_ENUM_VALUES_USING_DEFAULT_VALUE, false)
                .configure(EnumFeature.FAIL_ON_NUMBERS_FOR_ENUMS, true)
                .configure(JsonNodeFeature.READ_NULL_PROPERTIES, true)
                // writing: compact, properties in the written order, nothing escaped that need not be
                .configure(SerializationFeature.INDENT_OUTPUT, false)
                .configure(SerializationFeature.WRAP_ROOT_VALUE, false)
                .configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, false)
                .configure(SerializationFeature.ORDER_SET_ELEMENTS, false)
                .configure(SerializationFeature.WRITE_SINGLE_ELEM_ARRAYS_UNWRAPPED, false)
                .configure(SerializationFeature.WRITE_EMPTY_JSON_ARRAYS, true)
                .configure(SerializationFeature.WRITE_CHAR_ARRAYS_AS_JSON_ARRAYS, false)
                .configure(SerializationFeature.FAIL_ON_EMPTY_BEANS, true)
                .configure(SerializationFeature.FAIL_ON_SELF_REFERENCES, true)
                .configure(SerializationFeature.WRITE_SELF_REFERENCES_AS_NULL, false)
                .configure(SerializationFeature.CLOSE_CLOSEABLE, false)
                .configure(SerializationFeature.FLUSH_AFTER_WRITE_VALUE, true)
                .configure(SerializationFeature.WRAP_EXCEPTIONS, true)
                .configure(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY, false)
                .configure(MapperFeature.SORT_CREATOR_PROPERTIES_FIRST, true)
                .configure(JsonNodeFeature.WRITE_PROPERTIES_SORTED, false)
                .configure(JsonNodeFeature.WRITE_NULL_PROPERTIES, true)
                .configure(EnumFeature.WRITE_ENUMS_USING_TO_STRING, false)
                .configure(EnumFeature.WRITE_ENUMS_USING_INDEX, false)
                .configure(EnumFeature.WRITE_ENUMS_TO_LOWERCASE, false)
                .configure(EnumFeature.WRITE_ENUM_KEYS_USING_INDEX, false)
                .configure(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS, false)
                .configure(StreamWriteFeature.AUTO_CLOSE_TARGET, false)
                .configure(StreamWriteFeature.AUTO_CLOSE_CONTENT, true)
                .configure(StreamWriteFeature.FLUSH_PASSED_TO_STREAM, true)
                .configure(StreamWriteFeature.STRICT_DUPLICATE_DETECTION, false)
                .configure(StreamWriteFeature.IGNORE_UNKNOWN, false)
                .configure(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN, false)
                .configure(StreamWriteFeature.USE_FAST_DOUBLE_WRITER, false)
                .configure(JsonWriteFeature.QUOTE_PROPERTY_NAMES, true)
                .configure(JsonWriteFeature.ESCAPE_NON_ASCII, false)
                .configure(JsonWriteFeature.ESCAPE_FORWARD_SLASHES, false)
                .configure(JsonWriteFeature.WRITE_HEX_UPPER_CASE, true)
                .configure(JsonWriteFeature.WRITE_NAN_AS_STRINGS, true)
                .configure(JsonWriteFeature.WRITE_NUMBERS_AS_STRINGS, false)
                .configure(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8, true)
                .build();
    }
}
