package io.github.articlemodel.bench;

import io.github.articlemodel.ArticleParser;
import io.github.articlemodel.Articles;
import io.github.articlemodel.Extraction;
import io.github.articlemodel.model.Article;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * One corpus page, two measures: the bare jsoup parse of its bytes and the whole extraction.
 * {@link CorpusBenchmark} runs it over every page and reports the ratio. The parse is the one the
 * extractor makes, so that the ratio is the cost of extraction alone: the same depth limit, and
 * UTF-8 given outright for a page jsoup finds to be UTF-8 (the extractor skips the charset
 * sniffing for those), else jsoup's own sniffing.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ExtractionBenchmark {
    /** The page's path. */
    @Param("")
    public String page;

    private byte[] bytes;
    private String url;
    private ArticleParser parser;
    /** "UTF-8", or null to let jsoup sniff the charset. */
    private String charset;

    @Setup
    public void read() throws IOException {
        warmOnCorpus();
        Path p = Path.of(page);
        bytes = Files.readAllBytes(p);
        try {
            url = p.getFileName().toString().equals("source.html") ? "http://fakehost/test/page.html"
                    : new URI("https", "example.org", "/" + p.getFileName(), null).toASCIIString();
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(page, e);
        }
        parser = Articles.parser();
        Document sniffed = Jsoup.parse(new ByteArrayInputStream(bytes), null, url,
                Parser.htmlParser().setMaxDepth(parser.options().maxDepth()));
        charset = sniffed.charset().equals(java.nio.charset.StandardCharsets.UTF_8) ? "UTF-8" : null;
    }

    /**
     * A scraper's JVM has parsed many pages before this one: both measures start from a JIT that has
     * parsed and extracted the pages listed in {@code bench.warmupList} (one path per line, written
     * by {@link CorpusBenchmark}) for {@code bench.warmupSeconds} and at least {@code
     * bench.warmupRounds} times over, not only the page under test. A few rounds leave much of
     * the extraction's code still interpreted or in its first compiled form: the measure would
     * then be of the JIT's progress, not of the code.
     */
    private static void warmOnCorpus() throws IOException {
        String list = System.getProperty("bench.warmupList", "");
        if (list.isEmpty()) {
            return;
        }
        ArticleParser warm = Articles.parser();
        java.util.List<byte[]> pages = new java.util.ArrayList<>();
        for (String path : Files.readAllLines(Path.of(list))) {
            pages.add(Files.readAllBytes(Path.of(path)));
        }
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(Integer.getInteger("bench.warmupSeconds", 10));
        int minRounds = Integer.getInteger("bench.warmupRounds", 3);
        for (int round = 0; round < minRounds || System.nanoTime() < until; round++) {
            for (byte[] b : pages) {
                Jsoup.parse(new ByteArrayInputStream(b), null, "https://example.org/",
                        Parser.htmlParser().setMaxDepth(warm.options().maxDepth()));
                warm.extract(b, "https://example.org/");
            }
        }
    }

    @Benchmark
    public Document jsoup() throws IOException {
        return Jsoup.parse(new ByteArrayInputStream(bytes), charset, url,
                Parser.htmlParser().setMaxDepth(parser.options().maxDepth()));
    }

    @Benchmark
    public Extraction<Article> extract() {
        return parser.extract(bytes, url);
    }
}
