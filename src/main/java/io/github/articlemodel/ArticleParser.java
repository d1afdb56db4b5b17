package io.github.articlemodel;

import io.github.articlemodel.extract.ExtractionOptions;
import io.github.articlemodel.extract.Pipeline;
import io.github.articlemodel.extract.Warning;
import io.github.articlemodel.internal.Urls;
import io.github.articlemodel.model.Article;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.zip.GZIPInputStream;

/**
 * Extracts articles from HTML. Immutable and thread-safe: build one, share it between threads and
 * reuse it for every page.
 *
 * <pre>{@code
 * ArticleParser parser = ArticleParser.builder().timeBudget(Duration.ofSeconds(2)).build();
 * Extraction<Article> result = parser.extract(html, "https://example.org/news/1");
 * result.value().headline();  // Optional[NATO offers arms control talks to Russia]
 * result.warnings();          // what was worked around, if anything
 * }</pre>
 *
 * <p>Bad HTML never throws: the result is the best effort plus {@link Warning}s. Only programmer
 * errors throw: a {@code null} argument ({@link NullPointerException}) or a URL that is not an
 * absolute http(s) URL ({@link IllegalArgumentException}). In strict mode, a page that could only
 * be read in part throws {@link ArticleExtractionException}.
 */
public final class ArticleParser {
    private final ExtractionOptions options;

    private ArticleParser(ExtractionOptions options) {
        this.options = options;
    }

    /** A builder starting from {@link ExtractionOptions#DEFAULTS}. */
    public static Builder builder() {
        return new Builder();
    }

    /** The limits and switches of this parser. */
    public ExtractionOptions options() {
        return options;
    }

    /**
     * Extracts the article of a page.
     *
     * @param html the page's HTML
     * @param url the page's address, an absolute http(s) URL used to resolve relative links
     */
    public Article parse(String html, String url) {
        return extract(html, url).value();
    }

    /**
     * Extracts the article of a page and reports what had to be worked around.
     *
     * @param html the page's HTML
     * @param url the page's address (absolute http(s)); {@code null} to take the page's own
     *     canonical URL as the base, when it declares one
     */
    public Extraction<Article> extract(String html, String url) {
        Objects.requireNonNull(html, "html");
        String base = checkUrl(url);
        long start = System.nanoTime();
        Pipeline.Result result = Pipeline.run(html, base, options, start);
        return finish(result);
    }

    /**
     * Extracts the article from the bytes of a page, decoding them as the page declares (byte order
     * mark, {@code <meta charset>}, {@code http-equiv}), else as UTF-8.
     *
     * @param url the page's address (absolute http(s)), or {@code null} as in {@link #extract(String, String)}
     */
    public Extraction<Article> extract(byte[] html, String url) {
        Objects.requireNonNull(html, "html");
        String base = checkUrl(url);
        long start = System.nanoTime();
        return finish(Pipeline.run(html, base, options, start));
    }

    /**
     * Extracts the article from an HTML file; a name ending in {@code .gz} is read as gzip.
     *
     * @param url the page's address (absolute http(s)), or {@code null} as in {@link #extract(String, String)}
     * @throws IOException if the file cannot be read
     */
    public Extraction<Article> extract(Path file, String url) throws IOException {
        Objects.requireNonNull(file, "file");
        String base = checkUrl(url);
        byte[] bytes = readBounded(file, options.maxInputBytes() + 1L);
        return extract(bytes, base);
    }

    private static byte[] readBounded(Path file, long max) throws IOException {
        boolean gzip = file.getFileName() != null
                && file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gz");
        try (InputStream raw = Files.newInputStream(file);
                InputStream in = gzip ? new GZIPInputStream(raw) : raw) {
            // Reading one byte past the limit lets the pipeline see (and report) the cut.
            return in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max));
        }
    }

    private Extraction<Article> finish(Pipeline.Result result) {
        List<Warning> warnings = result.warnings();
        if (options.strict() && !warnings.isEmpty()) {
            throw new ArticleExtractionException("strict mode: " + warnings.get(0), warnings);
        }
        return Extraction.of(result.article(), warnings);
    }

    /** The caller's URL, trimmed and with an ASCII host; anything but an absolute http(s) URL is a programmer error. */
    private static String checkUrl(String url) {
        if (url == null) {
            return null;
        }
        return Urls.absolute(url).orElseThrow(
                () -> new IllegalArgumentException("url must be an absolute http(s) URL: " + url));
    }

    /** Builds an {@link ArticleParser}; each setter checks its argument. */
    public static final class Builder {
        private int maxInputBytes = ExtractionOptions.DEFAULTS.maxInputBytes();
        private int maxDepth = ExtractionOptions.DEFAULTS.maxDepth();
        private int maxElements = ExtractionOptions.DEFAULTS.maxElements();
        private int maxJsonLdBytes = ExtractionOptions.DEFAULTS.maxJsonLdBytes();
        private int maxJsonLdDepth = ExtractionOptions.DEFAULTS.maxJsonLdDepth();
        private int maxComments = ExtractionOptions.DEFAULTS.maxComments();
        private int maxTextLength = ExtractionOptions.DEFAULTS.maxTextLength();
        private Duration timeBudget = ExtractionOptions.DEFAULTS.timeBudget();
        private boolean strict = ExtractionOptions.DEFAULTS.strict();

        private Builder() {}

        /** Input beyond this many bytes is cut off (default 32 MiB; warning {@code limit.input-bytes}). */
        public Builder maxInputBytes(int bytes) {
            this.maxInputBytes = positive("maxInputBytes", bytes);
            return this;
        }

        /**
         * Elements nested deeper than this are put side by side by the parser (default 512; warning {@code
         * limit.depth}). No stage recurses in proportion to the depth, so any value is safe for the stack.
         */
        public Builder maxDepth(int depth) {
            this.maxDepth = positive("maxDepth", depth);
            return this;
        }

        /** The most elements a stage visits (default 2,000,000; warning {@code limit.elements}). */
        public Builder maxElements(int elements) {
            this.maxElements = positive("maxElements", elements);
            return this;
        }

        /** JSON-LD blocks larger than this are skipped (default 1 MiB chars; warning {@code limit.json-ld-bytes}). */
        public Builder maxJsonLdBytes(int bytes) {
            this.maxJsonLdBytes = positive("maxJsonLdBytes", bytes);
            return this;
        }

        /** JSON-LD blocks nested deeper than this are skipped (default 64; warning {@code limit.json-ld-depth}). */
        public Builder maxJsonLdDepth(int depth) {
            this.maxJsonLdDepth = positive("maxJsonLdDepth", depth);
            return this;
        }

        /** The most comments kept (default 10,000; warning {@code limit.comments}). */
        public Builder maxComments(int comments) {
            this.maxComments = positive("maxComments", comments);
            return this;
        }

        /** The most characters of body text kept (default 4 Mi; warning {@code limit.text-length}). */
        public Builder maxTextLength(int chars) {
            this.maxTextLength = positive("maxTextLength", chars);
            return this;
        }

        /**
         * The time one page may take (default 10 s; warning {@code limit.time-budget}); checked between steps
         * and in the long loops, so a page may overrun it slightly (the jsoup parse itself is not interrupted).
         */
        public Builder timeBudget(Duration budget) {
            Objects.requireNonNull(budget, "budget");
            if (budget.isNegative() || budget.isZero()) {
                throw new IllegalArgumentException("timeBudget must be positive: " + budget);
            }
            this.timeBudget = budget;
            return this;
        }

        /** When true, a page read only in part throws {@link ArticleExtractionException} (default false). */
        public Builder strict(boolean strict) {
            this.strict = strict;
            return this;
        }

        public ArticleParser build() {
            return new ArticleParser(new ExtractionOptions(maxInputBytes, maxDepth, maxElements, maxJsonLdBytes,
                    maxJsonLdDepth, maxComments, maxTextLength, timeBudget, strict));
        }

        private static int positive(String name, int value) {
            if (value <= 0) {
                throw new IllegalArgumentException(name + " must be positive: " + value);
            }
            return value;
        }
    }
}
