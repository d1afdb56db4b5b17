package io.github.articlemodel.extract;

import io.github.articlemodel.internal.Dom;
import io.github.articlemodel.internal.Urls;
import io.github.articlemodel.internal.WordBoundary;
import io.github.articlemodel.model.Article;
import io.github.articlemodel.model.CrossReference;
import io.github.articlemodel.model.Quote;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.XmlDeclaration;
import org.jsoup.parser.Parser;

/**
 * Runs the stages over one page, in one direction: metadata, body, then bylines, dates,
 * cross-references and comments, then the assembler, then quotes over the assembled body. Each
 * stage is guarded: an internal failure costs that stage's result and a warning, never the page.
 * Called by {@code ArticleParser}; not meant to be used directly.
 */
public final class Pipeline {
    private Pipeline() {}

    /** An article and the warnings raised while extracting it. */
    public record Result(Article article, List<Warning> warnings) {}

    /** Runs the pipeline over HTML text. {@code baseUrl} may be null. */
    public static Result run(String html, String baseUrl, ExtractionOptions options, long startNanos) {
        String input = html;
        boolean cut = false;
        if (input.length() > options.maxInputBytes()) {
            input = input.substring(0, options.maxInputBytes());
            cut = true;
        }
        Document doc = Parser.htmlParser().setMaxDepth(options.maxDepth()).parseInput(input, baseUrl == null ? "" : baseUrl);
        return run(doc, baseUrl, options, startNanos, cut);
    }

    /** Runs the pipeline over the bytes of a page, decoding them as the page declares (else UTF-8). */
    public static Result run(byte[] html, String baseUrl, ExtractionOptions options, long startNanos) {
        boolean cut = html.length > options.maxInputBytes();
        int limit = Math.min(html.length, options.maxInputBytes());
        // A UTF-8 sequence cut short at the end, by our limit or before the bytes reached us, goes.
        int length = utf16Or32Bom(html, limit) ? limit : completeUtf8Length(html, limit);
        String base = baseUrl == null ? "" : baseUrl;
        // Most pages are UTF-8 and say so, or say nothing (UTF-8 is then the default): parsed as
        // UTF-8 straight away, they skip the parser's charset sniffing, which costs a sixth of a
        // parse. A byte order mark still decides over the given charset.
        Document doc = parseBytes(html, length, "UTF-8", base, options);
        String declared = declaredCharset(doc);
        if (declared.isEmpty() && mentionsCharset(html, Math.min(limit, SNIFFED_BYTES))) {
            declared = null; // a declaration outside the head, which only the parser's sniffing places
        }
        if (declared != null && (declared.isEmpty() || meansUtf8(declared))) {
            return run(doc, baseUrl, options, startNanos, cut);
        }
        // Valid UTF-8 with non-ASCII bytes is UTF-8 whatever the page declares: legacy encodings
        // almost never form valid multi-byte UTF-8 by chance, while pages that say "gb2312" or
        // "iso-8859-1" over UTF-8 bytes are common.
        if (isValidNonAsciiUtf8(html, length)) {
            Result r = run(doc, baseUrl, options, startNanos, cut);
            if (declared == null) {
                return r;
            }
            List<Warning> w = new java.util.ArrayList<>(r.warnings());
            w.add(Warning.of("charset.mismatch", "the page declares " + declared + " but is valid UTF-8; read as UTF-8"));
            return new Result(r.article(), w);
        }
        // Not UTF-8: read as declared (jsoup, left to itself, takes the first declaration even when
        // that one says UTF-8); a name Java does not know, or no known declaration, is left to jsoup.
        String charset = declared != null && supported(declared) ? declared : null;
        return run(parseBytes(html, limit, charset, base, options), baseUrl, options, startNanos, cut);
    }

    /** How far into the bytes the parser's own sniffing looks for a declaration, with a margin. */
    private static final int SNIFFED_BYTES = 8 * 1024;

    /** Whether the bytes up to {@code end} hold "charset" or "encoding" in any case. */
    private static boolean mentionsCharset(byte[] bytes, int end) {
        for (int i = 0; i + 7 <= end; i++) {
            int c = bytes[i] | 0x20;
            if ((c == 'c' && asciiWordAt(bytes, i, end, "charset")) || (c == 'e' && asciiWordAt(bytes, i, end, "encoding"))) {
                return true;
            }
        }
        return false;
    }

    private static boolean asciiWordAt(byte[] bytes, int at, int end, String lowerWord) {
        if (at + lowerWord.length() > end) {
            return false;
        }
        for (int k = 0; k < lowerWord.length(); k++) {
            if ((bytes[at + k] | 0x20) != lowerWord.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a declared charset means UTF-8: its names, and UTF-16 or UTF-32 declared in a page
     * without a byte order mark, which HTML reads as UTF-8 (a page with the mark never gets here:
     * the mark decides).
     */
    static boolean meansUtf8(String charset) {
        String c = charset.toLowerCase(java.util.Locale.ROOT);
        if (c.startsWith("utf-16") || c.startsWith("utf-32") || c.equals("utf-8") || c.equals("utf8")) {
            return true;
        }
        return supported(charset) && java.nio.charset.Charset.forName(charset).equals(java.nio.charset.StandardCharsets.UTF_8);
    }

    /** Whether the bytes start with a UTF-16 or UTF-32 byte order mark. */
    private static boolean utf16Or32Bom(byte[] b, int length) {
        if (length < 2) {
            return false;
        }
        int b0 = b[0] & 0xFF;
        int b1 = b[1] & 0xFF;
        return (b0 == 0xFE && b1 == 0xFF) || (b0 == 0xFF && b1 == 0xFE)
                || (length >= 4 && b0 == 0 && b1 == 0 && (b[2] & 0xFF) == 0xFE && (b[3] & 0xFF) == 0xFF);
    }

    /** jsoup's parse of the bytes in the given charset, or in the one it finds declared when null. */
    private static Document parseBytes(byte[] html, int length, String charset, String base, ExtractionOptions options) {
        try {
            return Jsoup.parse(new ByteArrayInputStream(html, 0, length), charset, base,
                    Parser.htmlParser().setMaxDepth(options.maxDepth()));
        } catch (IOException e) {
            throw new UncheckedIOException(e); // cannot happen: the bytes are in memory
        }
    }

    private static boolean supported(String charset) {
        try {
            return java.nio.charset.Charset.isSupported(charset);
        } catch (java.nio.charset.IllegalCharsetNameException e) {
            return false;
        }
    }

    /** {@code limit}, less the bytes of a last UTF-8 sequence that the limit cuts in two. */
    static int completeUtf8Length(byte[] bytes, int limit) {
        int lead = limit;
        while (lead > 0 && limit - lead < 3 && (bytes[lead - 1] & 0xC0) == 0x80) {
            lead--; // back over continuation bytes
        }
        if (lead == 0 || (bytes[lead - 1] & 0xC0) != 0xC0) {
            return limit; // no multi-byte sequence ends the cut
        }
        lead--;
        int b = bytes[lead] & 0xFF;
        int needed = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2;
        return limit - lead >= needed ? limit : lead;
    }

    /** Whether the first {@code length} bytes are valid UTF-8 and not plain ASCII. */
    private static boolean isValidNonAsciiUtf8(byte[] bytes, int length) {
        boolean ascii = true;
        for (int i = 0; i < length && ascii; i++) {
            ascii = bytes[i] >= 0;
        }
        if (ascii) {
            return false; // nothing to tell: let the declared charset decide
        }
        try {
            java.nio.charset.StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                    .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes, 0, length));
            return true;
        } catch (java.nio.charset.CharacterCodingException e) {
            return false;
        }
    }

    /**
     * The charset the page's head declares: the first declaration that is not UTF-8, else the
     * first one, else "". Its {@code <meta charset>} and {@code http-equiv} tags count (the parser
     * moves a leading {@code <meta>} into the head), and an XML declaration's encoding.
     */
    static String declaredCharset(Document doc) {
        List<String> found = declarations(doc.head());
        for (Node n : doc.childNodes()) {
            if (n instanceof Comment c && c.isXmlDeclaration()) {
                XmlDeclaration x = c.asXmlDeclaration();
                if (x != null && !x.attr("encoding").isBlank()) {
                    found.add(x.attr("encoding").trim());
                }
            }
        }
        for (String charset : found) {
            if (!meansUtf8(charset)) {
                return charset;
            }
        }
        return found.isEmpty() ? "" : found.get(0);
    }

    /** The charsets the {@code <meta>} tags under {@code root} declare, in page order. */
    private static List<String> declarations(Element root) {
        List<String> found = new java.util.ArrayList<>(2);
        // A plain walk: jsoup's tag query streams into a list, a third of this method's cost.
        Dom.walk(root, (m, depth) -> {
            if (!m.nameIs("meta")) {
                return Dom.DESCEND;
            }
            if (m.hasAttr("charset") && !m.attr("charset").isBlank()) {
                found.add(m.attr("charset").trim());
            } else if (m.hasAttr("http-equiv") && m.attr("http-equiv").equalsIgnoreCase("content-type")) {
                java.util.regex.Matcher charset = CHARSET_PARAMETER.matcher(m.attr("content"));
                if (charset.find()) {
                    found.add(charset.group(1));
                }
            }
            return Dom.DESCEND;
        });
        return found;
    }

    /** The charset parameter of a content type, its value quoted or not: {@code text/html; charset="gbk"}. */
    private static final java.util.regex.Pattern CHARSET_PARAMETER =
            java.util.regex.Pattern.compile("(?i)" + WordBoundary.START + "charset\\s*=\\s*[\"']?([^\\s,;\"']+)");

    private static Result run(Document doc, String baseUrl, ExtractionOptions options, long startNanos, boolean cut) {
        String base = baseUrl != null ? baseUrl : ownCanonical(doc).orElse(null);
        if (baseUrl == null && base != null) {
            doc.setBaseUri(base);
        }
        ExtractionContext ctx = new ExtractionContext(doc, base, options, startNanos);
        if (cut) {
            ctx.warn("limit.input-bytes", "the input was cut at " + options.maxInputBytes() + " bytes");
        }
        if (ctx.pageIndex().reachesDepth()) {
            ctx.warn("limit.depth", "elements nested deeper than " + options.maxDepth()
                    + " levels were put side by side by the parser");
        }
        Metadata metadata = stage(ctx, "metadata", () -> MetadataExtractor.extract(ctx), new Metadata());
        BodyResult body = stage(ctx, "body", () -> BodyExtractor.extract(ctx),
                new BodyResult(Optional.empty(), List.of(), List.of()));
        Optional<BylineExtractor.Found> bylines = stage(ctx, "bylines",
                () -> BylineExtractor.extract(ctx, metadata, body.root()), Optional.empty());
        DateExtractor.Found dates = stage(ctx, "dates", () -> DateExtractor.extract(ctx, metadata, body.root()),
                new DateExtractor.Found(Optional.empty(), Optional.empty()));
        List<CrossReference> refs = stage(ctx, "crossReferences", () -> CrossReferenceExtractor.extract(ctx, body),
                List.of());
        CommentExtractor.Found comments = stage(ctx, "comments", () -> CommentExtractor.extract(ctx),
                new CommentExtractor.Found(List.of(), Optional.empty()));
        // The assembler runs even when the time is spent: it is cheap, and without it all found so far is lost.
        Article article = guarded(ctx, "assembler", () -> ArticleAssembler.assemble(ctx,
                new ArticleAssembler.Parts(metadata, body, bylines, dates, refs, comments)),
                new Article.Builder().build());
        List<Quote> quotes = stage(ctx, "quotes", () -> QuoteExtractor.extract(ctx, article), List.of());
        Article withQuotes = ArticleAssembler.withQuotes(ctx, article, quotes);
        return new Result(withQuotes, ctx.warnings());
    }

    /** The page's own canonical URL, used as the base when the caller gives none. */
    private static Optional<String> ownCanonical(Document doc) {
        Element link = doc.selectFirst("link[rel~=(?i)^canonical$][href]");
        if (link != null) {
            Optional<String> u = Urls.absolute(link.attr("href"));
            if (u.isPresent()) {
                return u;
            }
        }
        Element og = doc.selectFirst("meta[property=og:url][content]");
        return og == null ? Optional.empty() : Urls.absolute(og.attr("content"));
    }

    /** Runs one stage; a failure inside it becomes a warning and the stage's empty result. */
    private static <T> T stage(ExtractionContext ctx, String name, Supplier<T> stage, T empty) {
        if (ctx.outOfTime()) {
            ctx.warn("limit.time-budget", "the time budget ran out before the " + name + " stage");
            return empty;
        }
        return guarded(ctx, name, stage, empty);
    }

    /** Runs one stage whatever the time; a failure inside it becomes a warning and the stage's empty result. */
    private static <T> T guarded(ExtractionContext ctx, String name, Supplier<T> stage, T empty) {
        try {
            return stage.get();
        } catch (RuntimeException | StackOverflowError e) {
            ctx.warn("internal." + name, "the " + name + " stage failed: " + e);
            return empty;
        }
    }
}
