package io.github.articlemodel.extract;

import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/** Test helper: builds the context and runs the stages the way {@link Pipeline} does. */
final class Pages {
    private Pages() {}

    /** A context over {@code html} parsed with {@code url} as its base, with the default options. */
    static ExtractionContext context(String html, String url) {
        Document doc = Jsoup.parse(html, url == null ? "" : url);
        return new ExtractionContext(doc, url, ExtractionOptions.DEFAULTS, System.nanoTime());
    }

    /** The body stage over a context. */
    static BodyResult body(ExtractionContext ctx) {
        return BodyExtractor.extract(ctx);
    }

    /** Runs the stages up to the assembler, as the pipeline does, and returns their parts. */
    static ArticleAssembler.Parts parts(ExtractionContext ctx) {
        Metadata metadata = MetadataExtractor.extract(ctx);
        BodyResult body = BodyExtractor.extract(ctx);
        Optional<BylineExtractor.Found> bylines = BylineExtractor.extract(ctx, metadata, body.root());
        DateExtractor.Found dates = DateExtractor.extract(ctx, metadata, body.root());
        List<io.github.articlemodel.model.CrossReference> refs = CrossReferenceExtractor.extract(ctx, body);
        CommentExtractor.Found comments = CommentExtractor.extract(ctx);
        return new ArticleAssembler.Parts(metadata, body, bylines, dates, refs, comments);
    }
}
