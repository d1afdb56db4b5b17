package io.github.articlemodel.extract;

import io.github.articlemodel.internal.Urls;
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
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
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
        int length = Math.min(html.length, options.maxInputBytes());
        boolean cut = html.length > options.maxInputBytes();
        // Valid UTF-8 with non-ASCII bytes is UTF-8 whatever the page declares: legacy encodings
        // almost never form valid multi-byte UTF-8 by chance, while pages that say "gb2312" or
        // "iso-8859-1" over UTF-8 bytes are common.
        Optional<String> utf8 = strictUtf8(html, length);
        if (utf8.isPresent()) {
            Document doc = Parser.htmlParser().setMaxDepth(options.maxDepth())
                    .parseInput(utf8.get(), baseUrl == null ? "" : baseUrl);
            Result r = run(doc, baseUrl, options, startNanos, cut);
            String declared = declaredCharset(doc);
            if (!declared.isEmpty() && !declared.equalsIgnoreCase("utf-8") && !declared.equalsIgnoreCase("utf8")) {
                List<Warning> w = new java.util.ArrayList<>(r.warnings());
                w.add(Warning.of("charset.mismatch", "the page declares " + declared + " but is valid UTF-8; read as UTF-8"));
                return new Result(r.article(), w);
            }
            return r;
        }
        Document doc;
        try {
            doc = Jsoup.parse(new ByteArrayInputStream(html, 0, length), null, baseUrl == null ? "" : baseUrl,
                    Parser.htmlParser().setMaxDepth(options.maxDepth()));
        } catch (IOException e) {
            throw new UncheckedIOException(e); // cannot happen: the bytes are in memory
        }
        return run(doc, baseUrl, options, startNanos, cut);
    }

    /** The bytes as UTF-8 when they are valid UTF-8 and not plain ASCII (a sequence cut by the limit is allowed). */
    private static Optional<String> strictUtf8(byte[] bytes, int length) {
        boolean ascii = true;
        for (int i = 0; i < length && ascii; i++) {
            ascii = bytes[i] >= 0;
        }
        if (ascii) {
            return Optional.empty(); // nothing to tell: let the declared charset decide
        }
        int end = length;
        // Drop an incomplete multi-byte sequence at a cut end.
        for (int back = 0; back < 3 && end > 0 && (bytes[end - 1] & 0xC0) == 0x80; back++) {
            end--;
        }
        if (end > 0 && (bytes[end - 1] & 0xC0) == 0xC0) {
            end--;
        }
        // The String constructor is the fast decoder; it turns malformed input into U+FFFD, so a
        // result without one was valid. Only a page with U+FFFD in it pays for the strict check.
        String s = new String(bytes, 0, end, java.nio.charset.StandardCharsets.UTF_8);
        if (s.indexOf('\uFFFD') >= 0) {
            try {
                java.nio.charset.StandardCharsets.UTF_8.newDecoder()
                        .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                        .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT)
                        .decode(java.nio.ByteBuffer.wrap(bytes, 0, end));
            } catch (java.nio.charset.CharacterCodingException e) {
                return Optional.empty();
            }
        }
        return Optional.of(s.startsWith("\uFEFF") ? s.substring(1) : s);
    }

    /** The charset the page's head declares; the parser moves a leading {@code <meta>} into the head. */
    private static String declaredCharset(Document doc) {
        // By tag, not by a selector string: the query would be parsed again on every page.
        List<Element> metas = doc.head().getElementsByTag("meta");
        for (Element meta : metas) {
            if (meta.hasAttr("charset")) {
                return meta.attr("charset").trim();
            }
        }
        for (Element m : metas) {
            if (m.hasAttr("http-equiv") && m.hasAttr("content") && m.attr("http-equiv").equalsIgnoreCase("content-type")) {
                String c = m.attr("content");
                int i = c.toLowerCase(java.util.Locale.ROOT).indexOf("charset=");
                if (i >= 0) {
                    return c.substring(i + 8).replaceAll("[\"';\\s].*$", "").trim();
                }
            }
        }
        return "";
    }

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
