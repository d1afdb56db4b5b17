package io.github.articlemodel.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.articlemodel.model.Article;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every kind of bad input gives an {@link ArticleJsonException} with the path of the problem. */
class ArticleJsonErrorsTest {
    private static final String LINK = "\"url\":\"https://example.org/x\"";

    private static ArticleJsonException fails(String json) {
        ArticleJsonException e = assertThrows(ArticleJsonException.class, () -> ArticleJson.read(json));
        assertEquals(e.path() + ": " + e.problem(), e.getMessage());
        return e;
    }

    private static void failsAt(String json, String path, String problemPart) {
        ArticleJsonException e = fails(json);
        assertEquals(path, e.path(), e.getMessage());
        assertTrue(e.problem().contains(problemPart), () -> "'" + problemPart + "' not in: " + e.getMessage());
    }

    // ---------------------------------------------------------------- malformed JSON

    @Test
    void malformedJsonNamesThePathLineAndColumn() {
        ArticleJsonException e = fails("{\"bylines\":[{\"name\":}]}");
        assertEquals("$.bylines[0].name", e.path());
        assertEquals(OptionalInt.of(1), e.line());
        assertEquals(OptionalInt.of(21), e.column());
        assertTrue(e.problem().contains("line 1, column 21"), e.problem());
    }

    @Test
    void malformedJsonOnALaterLine() {
        ArticleJsonException e = fails("{\n  \"headline\": \"a\",\n  \"tags\": [\"x\", tru]\n}");
        assertEquals("$.tags[1]", e.path());
        assertEquals(OptionalInt.of(3), e.line());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "''|$|end-of-input",
        "'   '|$|end-of-input",
        "{|$|end-of-input",
        "{} {}|$|Trailing token",
        "{}x|$|'x'",
        "{'headline':'a'}|$|double-quote to start property name",
        "{\"headline\":\"a\",}|$.headline|property name",
        "{\"tags\":[\"a\",]}|$.tags[1]|expected a valid value",
        "{\"headline\":\"a\" /* c */}|$.headline|comment",
        "{\"commentCount\":012}|$.commentCount|Leading zeroes",
        "{\"commentCount\":NaN}|$.commentCount|NaN",
        "{\"headline\":\"a\",\"headline\":\"b\"}|$.headline|Duplicate Object property",
    })
    void malformedJson(String json, String path, String problemPart) {
        failsAt(json, path, problemPart);
    }

    @Test
    void unescapedControlCharacterInAString() {
        failsAt("{\"headline\":\"a\u0001b\"}", "$.headline", "CTRL-CHAR");
    }

    // ---------------------------------------------------------------- wrong JSON types

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "null|$|expected an article object, found null",
        "[]|$|expected an article object, found an array",
        "\"article\"|$|expected an article object, found a string",
        "{\"url\":5}|$.url|expected a string, found an integer",
        "{\"headline\":true}|$.headline|expected a string, found a boolean",
        "{\"headline\":{}}|$.headline|expected a string, found an object",
        "{\"bylines\":{}}|$.bylines|expected an array, found an object",
        "{\"bylines\":[\"Jane\"]}|$.bylines[0]|expected a byline object, found a string",
        "{\"bylines\":[null]}|$.bylines[0]|expected a byline object, found null",
        "{\"sections\":[\"a\",5]}|$.sections[1]|expected a string, found an integer",
        "{\"commentCount\":\"3\"}|$.commentCount|expected an integer, found a string",
        "{\"commentCount\":1.5}|$.commentCount|expected an integer, found a number",
        "{\"commentCount\":99999999999}|$.commentCount|expected an integer from",
        "{\"isAccessibleForFree\":\"yes\"}|$.isAccessibleForFree|expected a boolean, found a string",
        "{\"publisher\":\"ACME\"}|$.publisher|expected an organization object",
        "{\"publisher\":{\"name\":\"ACME\",\"logo\":[]}}|$.publisher.logo|expected an image object",
        "{\"body\":[{\"type\":\"heading\",\"level\":\"2\",\"text\":\"t\"}]}|$.body[0].level|expected an integer",
        "{\"body\":[{\"type\":\"table\",\"rows\":[[\"a\",1]]}]}|$.body[0].rows[0][1]|expected a string",
        "{\"body\":[{\"type\":\"list\",\"ordered\":\"yes\",\"items\":[\"a\"]}]}|$.body[0].ordered|expected a boolean",
        "{\"comments\":{}}|$.comments|expected an array of comments",
        "{\"comments\":[{\"text\":\"a\",\"replies\":[1]}]}|$.comments[0].replies[0]|expected a comment object",
        "{\"comments\":[{\"text\":\"a\",\"replies\":{}}]}|$.comments[0].replies|expected an array of comments",
        "{\"provenance\":[]}|$.provenance|expected an object of field provenances",
        "{\"provenance\":{\"headline\":{\"winner\":\"x\"}}}|$.provenance.headline.winner|expected a candidate object",
        "{\"datePublished\":20220112}|$.datePublished|expected a string",
    })
    void wrongJsonTypes(String json, String path, String problemPart) {
        failsAt(json, path, problemPart);
    }

    // ---------------------------------------------------------------- unknown enum ids

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{\"type\":\"Newsarticle\"}|$.type|unknown ArticleType 'Newsarticle'",
        "{\"bylines\":[{\"name\":\"J\",\"role\":\"Author\"}]}|$.bylines[0].role|unknown BylineRole 'Author'",
        "{\"bylines\":[{\"name\":\"J\",\"type\":\"person\"}]}|$.bylines[0].type|unknown AgentType 'person'",
        "{\"body\":[{\"type\":\"video\"}]}|$.body[0].type|unknown BlockType 'video'",
        "{\"quotes\":[{\"text\":\"q\",\"kind\":\"direct\",\"blockIndex\":0,\"start\":0,\"end\":0}]}|$.quotes[0].kind|unknown QuoteKind",
        "{\"crossReferences\":[{\"title\":\"t\"," + LINK + ",\"kind\":\"read_also\"}]}|$.crossReferences[0].kind|unknown CrossReferenceKind",
        "{\"comments\":[{\"text\":\"a\",\"author\":{\"name\":\"A\",\"type\":\"Bot\"}}]}|$.comments[0].author.type|unknown AgentType 'Bot'",
        "{\"provenance\":{\"url\":{\"winner\":{\"source\":\"html\",\"locator\":\"l\",\"value\":\"v\"}}}}|$.provenance.url.winner.source|unknown Source 'html'",
    })
    void unknownEnumIds(String json, String path, String problemPart) {
        failsAt(json, path, problemPart);
        assertTrue(fails(json).problem().contains("expected one of:"));
    }

    // ---------------------------------------------------------------- what the model rejects

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{\"bylines\":[{\"name\":\" \"}]}|$.bylines[0].name|byline.name must not be blank",
        "{\"bylines\":[{\"name\":\"J\",\"url\":\"/authors/j\"}]}|$.bylines[0].url|absolute http(s) URL",
        "{\"bylines\":[{\"name\":\"J\",\"type\":\"Role\"}]}|$.bylines[0].type|not ROLE",
        "{\"bylines\":[{\"name\":\"J\",\"affiliation\":\"\"}]}|$.bylines[0].affiliation|must not be blank",
        "{\"url\":\"javascript:alert(1)\"}|$.url|absolute http(s) URL",
        "{\"canonicalUrl\":\"https:///path\"}|$.canonicalUrl|must have a host",
        "{\"url\":\"https://exa mple.org\"}|$.url|not a valid URL",
        "{\"headline\":\"\\n\\t\"}|$.headline|headline must not be blank",
        "{\"language\":\"english!\"}|$.language|BCP 47",
        "{\"sections\":[\"World\",\" \"]}|$.sections[1]|sections[] must not be blank",
        "{\"tags\":[\"\"]}|$.tags[0]|tags[] must not be blank",
        "{\"commentCount\":-1}|$.commentCount|must not be negative",
        "{\"images\":[{\"url\":\"https://example.org/i.jpg\",\"width\":-5}]}|$.images[0].width|image.width must not be negative",
        "{\"publisher\":{\"name\":\"P\",\"url\":\"ftp://example.org\"}}|$.publisher.url|organization.url",
        "{\"publisher\":{\"name\":\"P\",\"logo\":{\"url\":\"data:image/png;base64,AA\"}}}|$.publisher.logo.url|image.url",
        "{\"body\":[{\"type\":\"heading\",\"level\":7,\"text\":\"t\"}]}|$.body[0].level|heading.level must be 1 to 6",
        "{\"body\":[{\"type\":\"paragraph\",\"text\":\"Hello world\",\"links\":[{\"text\":\"Hello\"," + LINK + ",\"start\":0},{\"text\":\"word\"," + LINK + ",\"start\":6}]}]}|$.body[0].links[1]|'word' is not at offset 6",
        "{\"body\":[{\"type\":\"paragraph\",\"text\":\"Hi\",\"links\":[{\"text\":\"Hi!\"," + LINK + ",\"start\":0}]}]}|$.body[0].links[0]|is not at offset 0",
        "{\"body\":[{\"type\":\"paragraph\",\"text\":\"Hi\",\"links\":[{\"text\":\"Hi\",\"url\":\"mailto:a@b.c\",\"start\":0}]}]}|$.body[0].links[0].url|link.url",
        "{\"body\":[{\"type\":\"list\",\"items\":[]}]}|$.body[0].items|list.items must not be empty",
        "{\"body\":[{\"type\":\"list\",\"items\":[\"a\",\" \"]}]}|$.body[0].items[1]|list.items[] must not be blank",
        "{\"body\":[{\"type\":\"table\",\"rows\":[]}]}|$.body[0].rows|table.rows must not be empty",
        "{\"body\":[{\"type\":\"embed\",\"kind\":\"video\",\"url\":\"//cdn.example.org/v\"}]}|$.body[0].url|embed.url",
        "{\"body\":[{\"type\":\"quote\",\"text\":\"q\",\"attribution\":\" \"}]}|$.body[0].attribution|quote.attribution",
        "{\"body\":[{\"type\":\"preformatted\",\"text\":\"  \"}]}|$.body[0].text|preformatted.text",
        "{\"body\":[{\"type\":\"paragraph\",\"text\":\"abc\"}],\"quotes\":[{\"text\":\"q\",\"kind\":\"full\",\"blockIndex\":0,\"start\":1,\"end\":4}]}|$.quotes[0].end|quotes[].end 4 is beyond the text's length 3",
        "{\"body\":[{\"type\":\"paragraph\",\"text\":\"abc\"}],\"quotes\":[{\"text\":\"q\",\"kind\":\"full\",\"blockIndex\":0,\"start\":0,\"end\":1},{\"text\":\"q\",\"kind\":\"full\",\"blockIndex\":1,\"start\":0,\"end\":1}]}|$.quotes[1].blockIndex|quotes[].blockIndex 1 is beyond",
        "{\"quotes\":[{\"text\":\"q\",\"kind\":\"full\",\"blockIndex\":0,\"start\":3,\"end\":2}]}|$.quotes[0].end|quote.end (2) must not be before quote.start (3)",
        "{\"quotes\":[{\"text\":\"q\",\"cue\":\"\",\"kind\":\"full\",\"blockIndex\":0,\"start\":0,\"end\":0}]}|$.quotes[0].cue|quote.cue",
        "{\"crossReferences\":[{\"title\":\"t\"," + LINK + ",\"kind\":\"related\",\"afterBlock\":0}]}|$.crossReferences[0].afterBlock|crossReferences[].afterBlock 0 is beyond",
        "{\"crossReferences\":[{\"title\":\"t\"," + LINK + ",\"kind\":\"related\",\"afterBlock\":-1}]}|$.crossReferences[0].afterBlock|must not be negative",
        "{\"comments\":[{\"text\":\"a\",\"replies\":[{\"text\":\"b\"},{\"text\":\" \"}]}]}|$.comments[0].replies[1].text|comment.text must not be blank",
        "{\"comments\":[{\"id\":\"\",\"text\":\"a\"}]}|$.comments[0].id|comment.id",
        "{\"comments\":[{\"text\":\"a\",\"author\":{\"name\":\"A\",\"url\":\"example.org\"}}]}|$.comments[0].author.url|agent.url",
        "{\"provenance\":{\" \":{\"winner\":{\"source\":\"dom\",\"locator\":\"h1\",\"value\":\"v\"}}}}|$.provenance[' ']|provenance key must not be blank",
        "{\"provenance\":{\"headline\":{\"winner\":{\"source\":\"dom\",\"locator\":\" \",\"value\":\"v\"}}}}|$.provenance.headline.winner.locator|candidate.locator",
        "{\"provenance\":{\"headline\":{\"winner\":{\"source\":\"dom\",\"locator\":\"h1\",\"value\":\"v\"},\"reason\":\"\"}}}|$.provenance.headline.reason|provenance.reason",
    })
    void modelInvariants(String json, String path, String problemPart) {
        failsAt(json, path, problemPart);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{\"datePublished\":\"2022-01-12\",\"dateModified\":\"2022-01-11\"}",
        "{\"datePublished\":\"2022-01\",\"dateModified\":\"2021-12-31\"}",
        "{\"datePublished\":\"2022\",\"dateModified\":\"2021\"}",
        "{\"datePublished\":\"2022-01-12T18:40\",\"dateModified\":\"2022-01-12T18:39\"}",
        "{\"datePublished\":\"2022-01-12T18:40+01:00\",\"dateModified\":\"2022-01-12T17:39Z\"}",
        "{\"datePublished\":\"2022-01-12T18:40:00.5-05:00\",\"dateModified\":\"2022-01-11\"}",
    })
    void dateModifiedBeforeDatePublishedAtEveryPrecision(String json) {
        failsAt(json, "$.dateModified", "must not be before datePublished");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{\"datePublished\":\"12.01.2022\"}|$.datePublished|not an ISO 8601 date",
        "{\"datePublished\":\"2022-02-30\"}|$.datePublished|not an ISO 8601 date",
        "{\"datePublished\":\"10000-01-01\"}|$.datePublished|not an ISO 8601 date",
        "{\"datePublished\":\"2022\",\"datePublishedRaw\":\" \"}|$.datePublishedRaw|date.raw must not be blank",
        "{\"dateModifiedRaw\":\"yesterday\"}|$.dateModifiedRaw|dateModifiedRaw needs dateModified",
        "{\"comments\":[{\"text\":\"a\",\"datePublished\":\"2022-01-12T25:00\"}]}|$.comments[0].datePublished|not an ISO 8601 date",
    })
    void badDates(String json, String path, String problemPart) {
        failsAt(json, path, problemPart);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{\"bylines\":[{\"url\":\"https://example.org/j\"}]}|$.bylines[0].name",
        "{\"publisher\":{}}|$.publisher.name",
        "{\"images\":[{\"alt\":\"a\"}]}|$.images[0].url",
        "{\"images\":[{\"url\":null}]}|$.images[0].url",
        "{\"body\":[{\"text\":\"x\"}]}|$.body[0].type",
        "{\"body\":[{\"type\":\"heading\",\"text\":\"x\"}]}|$.body[0].level",
        "{\"body\":[{\"type\":\"figure\"}]}|$.body[0].image",
        "{\"body\":[{\"type\":\"embed\",\"kind\":\"video\"}]}|$.body[0].url",
        "{\"body\":[{\"type\":\"paragraph\",\"text\":\"t\",\"links\":[{\"text\":\"t\"," + LINK + "}]}]}|$.body[0].links[0].start",
        "{\"quotes\":[{\"text\":\"q\",\"blockIndex\":0,\"start\":0,\"end\":0}]}|$.quotes[0].kind",
        "{\"crossReferences\":[{\"title\":\"t\",\"kind\":\"related\"}]}|$.crossReferences[0].url",
        "{\"comments\":[{\"id\":\"c1\"}]}|$.comments[0].text",
        "{\"provenance\":{\"headline\":{}}}|$.provenance.headline.winner",
        "{\"provenance\":{\"headline\":{\"winner\":{\"source\":\"dom\",\"locator\":\"h1\"}}}}|$.provenance.headline.winner.value",
    })
    void missingRequiredProperties(String json, String path) {
        failsAt(json, path, "required property is missing");
    }

    @Test
    void pathsQuoteNamesThatAreNotIdentifiers() {
        failsAt("{\"provenance\":{\"it's a-key\":{\"winner\":{\"source\":\"x\",\"locator\":\"l\",\"value\":\"v\"}}}}",
                "$.provenance['it\\'s a-key'].winner.source", "unknown Source");
    }

    // ---------------------------------------------------------------- limits

    @Test
    void nestingBeyondTheLimitInAnUnknownProperty() {
        String deep = "[".repeat(ArticleJson.MAX_NESTING_DEPTH) + "]".repeat(ArticleJson.MAX_NESTING_DEPTH);
        ArticleJsonException e = fails("{\"future\":" + deep + "}");
        assertTrue(e.problem().contains("nesting depth"), e.problem());
        assertTrue(e.path().startsWith("$.future[0][0]"), e.path());
        // One level less fits: the article object is the first level.
        String fits = "[".repeat(ArticleJson.MAX_NESTING_DEPTH - 1) + "]".repeat(ArticleJson.MAX_NESTING_DEPTH - 1);
        assertEquals(new Article.Builder().build(), ArticleJson.read("{\"future\":" + fits + "}"));
    }

    @Test
    void aStringBeyondTheLimit() {
        Reader in = new GeneratedReader("{\"headline\":\"", 'a', ArticleJson.MAX_STRING_LENGTH + 1L, "\"}");
        ArticleJsonException e = assertThrows(ArticleJsonException.class, () -> ArticleJson.read(in));
        assertEquals("$.headline", e.path());
        assertTrue(e.problem().contains("String value length"), e.problem());
    }

    @Test
    void aDocumentBeyondTheLimit() {
        Reader in = new GeneratedReader("{", ' ', ArticleJson.MAX_DOCUMENT_LENGTH, "}");
        ArticleJsonException e = assertThrows(ArticleJsonException.class, () -> ArticleJson.read(in));
        assertEquals("$", e.path());
        assertTrue(e.problem().contains("Document length"), e.problem());
    }

    @Test
    void aLongDocumentWithinTheLimitIsRead() {
        Reader in = new GeneratedReader("{\"headline\":\"a\"", ' ', ArticleJson.MAX_DOCUMENT_LENGTH - 100, "}");
        assertEquals("a", ArticleJson.read(in).headline().orElseThrow());
    }

    /** A reader of {@code head}, then {@code count} times {@code fill}, then {@code tail}, without holding it all. */
    private static final class GeneratedReader extends Reader {
        private final String head;
        private final char fill;
        private final String tail;
        private final long count;
        private long pos;

        GeneratedReader(String head, char fill, long count, String tail) {
            this.head = head;
            this.fill = fill;
            this.count = count;
            this.tail = tail;
        }

        @Override
        public int read(char[] buf, int off, int len) {
            long total = head.length() + count + tail.length();
            if (pos >= total) {
                return -1;
            }
            int n = 0;
            while (n < len && pos < total) {
                long i = pos++;
                buf[off + n++] = i < head.length() ? head.charAt((int) i)
                        : i < head.length() + count ? fill : tail.charAt((int) (i - head.length() - count));
            }
            return n;
        }

        @Override
        public void close() {}
    }

    // ---------------------------------------------------------------- sources, trees and I/O

    @Test
    void errorsFromATreeHaveAPathButNoLine() {
        ArticleJsonException e = assertThrows(ArticleJsonException.class,
                () -> ArticleJson.fromTree(ArticleJson.mapper().readTree("{\"bylines\":[{\"name\":\"\"}]}")));
        assertEquals("$.bylines[0].name", e.path());
        assertEquals(OptionalInt.empty(), e.line());
        assertEquals(OptionalInt.empty(), e.column());
        ArticleJsonException notAnObject = assertThrows(ArticleJsonException.class,
                () -> ArticleJson.fromTree(ArticleJson.mapper().readTree("[1]")));
        assertEquals("$", notAnObject.path());
    }

    @Test
    void bytesThatAreNotUtf8() {
        byte[] latin1 = "{\"headline\":\"caf\u00e9\"}".getBytes(StandardCharsets.ISO_8859_1);
        ArticleJsonException e = assertThrows(ArticleJsonException.class,
                () -> ArticleJson.read(new ByteArrayInputStream(latin1)));
        assertEquals("$.headline", e.path());
        assertTrue(e.problem().contains("UTF-8"), e.problem());
    }

    @Test
    void aFailingReaderIsAnUncheckedIoException() {
        Reader broken = new Reader() {
            @Override
            public int read(char[] buf, int off, int len) throws IOException {
                throw new IOException("disk on fire");
            }

            @Override
            public void close() {}
        };
        UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> ArticleJson.read(broken));
        assertEquals("disk on fire", e.getCause().getMessage());
    }

    @Test
    void aFailingWriterIsAnUncheckedIoException() {
        Writer broken = new Writer() {
            @Override
            public void write(char[] buf, int off, int len) throws IOException {
                throw new IOException("disk full");
            }

            @Override
            public void flush() throws IOException {
                throw new IOException("disk full");
            }

            @Override
            public void close() {}
        };
        UncheckedIOException e = assertThrows(UncheckedIOException.class,
                () -> ArticleJson.write(new Article.Builder().headline("h").build(), broken));
        assertEquals("disk full", e.getCause().getMessage());
    }

    @Test
    void nullArgumentsAreProgrammerErrors() {
        assertThrows(NullPointerException.class, () -> ArticleJson.read((String) null));
        assertThrows(NullPointerException.class, () -> ArticleJson.read((Reader) null));
        assertThrows(NullPointerException.class, () -> ArticleJson.read((java.io.InputStream) null));
        assertThrows(NullPointerException.class, () -> ArticleJson.fromTree(null));
        assertThrows(NullPointerException.class, () -> ArticleJson.write(null));
        assertThrows(NullPointerException.class, () -> ArticleJson.writePretty(null));
        assertThrows(NullPointerException.class, () -> ArticleJson.toTree(null));
        assertThrows(NullPointerException.class, () -> ArticleJson.write(new Article.Builder().build(), null));
    }

    @Test
    void theExceptionKeepsTheJacksonCauseButIsNotOne() {
        ArticleJsonException e = fails("{\"url\":5}");
        assertEquals(RuntimeException.class, ArticleJsonException.class.getSuperclass());
        assertTrue(e.getCause() instanceof tools.jackson.core.JacksonException);
    }

    @Test
    void readingAStreamLeavesItOpen() throws IOException {
        boolean[] closed = {false};
        Reader in = new StringReader("{\"headline\":\"h\"}") {
            @Override
            public void close() {
                closed[0] = true;
            }
        };
        ArticleJson.read(in);
        assertFalse(closed[0]);
    }
}
