package io.github.articlemodel.robustness;

import io.github.articlemodel.ArticleParser;
import io.github.articlemodel.Articles;
import io.github.articlemodel.Extraction;
import io.github.articlemodel.extract.Warning;
import io.github.articlemodel.model.Article;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The corpus sweep: parses every page of a corpus laid out as {@code ../shared/corpus}
 * ({@code readability/*}{@code /source.html} and {@code trafilatura/pages/*.html}), one at a time,
 * and reports the slowest pages, the peak heap, and any page that threw or raised an
 * {@code internal.*} warning (the exit status is 1 then).
 *
 * <pre>
 * mvn -B -q test-compile org.codehaus.mojo:exec-maven-plugin:3.5.0:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=io.github.articlemodel.robustness.CorpusSweep -Dexec.args="../shared/corpus 20"
 * </pre>
 */
public final class CorpusSweep {
    /** One page of the corpus: its path, and the base URL to parse it with. */
    public record Page(Path path, String url) {}

    /** What one page cost and gave. */
    public record Outcome(Page page, long nanos, List<Warning> warnings, Throwable failure) {
        boolean internal() {
            return failure != null || warnings.stream().anyMatch(w -> w.code().startsWith("internal."));
        }
    }

    private CorpusSweep() {}

    /** The pages of the corpus, in a stable order; empty when the folder is not there. */
    public static List<Page> pages(Path corpus) {
        List<Page> out = new ArrayList<>();
        try {
            Path readability = corpus.resolve("readability");
            if (Files.isDirectory(readability)) {
                try (Stream<Path> dirs = Files.list(readability)) {
                    dirs.sorted().map(d -> d.resolve("source.html")).filter(Files::isRegularFile)
                            .forEach(p -> out.add(new Page(p, "http://fakehost/test/page.html")));
                }
            }
            Path trafilatura = corpus.resolve("trafilatura").resolve("pages");
            if (Files.isDirectory(trafilatura)) {
                try (Stream<Path> files = Files.list(trafilatura)) {
                    files.sorted().filter(p -> p.toString().endsWith(".html"))
                            .forEach(p -> out.add(new Page(p, address(p.getFileName().toString()))));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static String address(String fileName) {
        try {
            return new URI("https", "example.org", "/" + fileName, null).toASCIIString();
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(fileName, e);
        }
    }

    /** Parses one page from its bytes (so the page's own charset declaration is used). */
    public static Extraction<Article> parse(ArticleParser parser, Page page) {
        try {
            return parser.extract(Files.readAllBytes(page.path()), page.url());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Parses every page once with the shared default parser. */
    public static List<Outcome> sweep(List<Page> pages) {
        List<Outcome> out = new ArrayList<>();
        for (Page p : pages) {
            long start = System.nanoTime();
            try {
                Extraction<Article> r = parse(Articles.parser(), p);
                out.add(new Outcome(p, System.nanoTime() - start, r.warnings(), null));
            } catch (RuntimeException | Error e) {
                out.add(new Outcome(p, System.nanoTime() - start, List.of(), e));
            }
        }
        return out;
    }

    public static void main(String[] args) {
        Path corpus = Path.of(args.length > 0 ? args[0] : System.getProperty("articlemodel.corpus", "../shared/corpus"));
        int top = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        List<Page> pages = pages(corpus);
        if (pages.isEmpty()) {
            System.err.println("no pages under " + corpus);
            System.exit(2);
        }
        sweep(pages.subList(0, Math.min(20, pages.size()))); // warm up
        Hostile.HeapSampler heap = Hostile.HeapSampler.start();
        long start = System.nanoTime();
        List<Outcome> outcomes = sweep(pages);
        long total = System.nanoTime() - start;
        long peak = heap.stop();
        System.exit(report(System.out, outcomes, total, peak, top) ? 0 : 1);
    }

    /** Prints the report; false when a page threw or raised an internal warning. */
    static boolean report(PrintStream out, List<Outcome> outcomes, long totalNanos, long peakMiB, int top) {
        List<Long> times = outcomes.stream().map(Outcome::nanos).sorted().collect(Collectors.toList());
        out.printf("pages %d, total %.1f s, median %.1f ms, p90 %.1f ms, max %.1f ms, peak heap %d MiB%n",
                outcomes.size(), totalNanos / 1e9, times.get(times.size() / 2) / 1e6,
                times.get((int) (times.size() * 0.9)) / 1e6, times.get(times.size() - 1) / 1e6, peakMiB);
        out.println("slowest pages:");
        outcomes.stream().sorted(Comparator.comparingLong(Outcome::nanos).reversed()).limit(top)
                .forEach(o -> out.printf("  %8.1f ms  %s%s%n", o.nanos() / 1e6, o.page().path(),
                        o.warnings().isEmpty() ? "" : "  " + o.warnings().stream().map(Warning::code).distinct()
                                .collect(Collectors.joining(","))));
        List<Outcome> bad = outcomes.stream().filter(Outcome::internal).collect(Collectors.toList());
        out.println("pages that threw or raised an internal warning: " + bad.size());
        bad.forEach(o -> out.println("  " + o.page().path() + "  " + (o.failure() != null ? o.failure() : o.warnings())));
        return bad.isEmpty();
    }
}
