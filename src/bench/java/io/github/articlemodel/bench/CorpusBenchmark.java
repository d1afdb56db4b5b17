package io.github.articlemodel.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs {@link ExtractionBenchmark} over the pages of a corpus laid out as {@code ../shared/corpus}
 * and prints, per page, the jsoup parse and the extraction time and their ratio, then the median
 * and 90th percentile of the ratio and of the times. Settings come from system properties:
 * {@code articlemodel.corpus}, {@code bench.every} (every n-th page, default 1: all),
 * {@code bench.forks} (1), {@code bench.warmups} (15), {@code bench.iterations} (3) and
 * {@code bench.time} (iteration time in ms, 1000), {@code bench.warmupEvery} (every n-th page warms each
 * fork first, 20), {@code bench.warmupSeconds} (for how long, 10) and {@code bench.warmupRounds} (at
 * least how many times over, 3).
 *
 * <p>The page's own warm-up is long because the extraction's code keeps getting faster for 10 to 15
 * s of running one page after the mixed warm-up (the JIT recompiles as the page takes paths the mix
 * did not), where jsoup's parser settles within a second or two; with 2 warm-ups of 500 ms the
 * measure was of the JIT's progress. A scraper's JVM runs for hours: the steady state is the measure.
 *
 * <pre>
 * mvn -B -q -Pbench -DskipTests verify                                  # all pages
 * mvn -B -q -Pbench -DskipTests verify -Dbench.every=20                 # every 20th page, about 30 min
 * mvn -B -q -Pbench -DskipTests verify -Dbench.every=5 -Dbench.forks=0 -Dbench.time=200   # quick look
 * </pre>
 */
public final class CorpusBenchmark {
    private CorpusBenchmark() {}

    public static void main(String[] args) throws IOException, RunnerException {
        Path corpus = Path.of(System.getProperty("articlemodel.corpus", "../shared/corpus"));
        int every = Integer.getInteger("bench.every", 1);
        List<String> pages = new ArrayList<>();
        try (Stream<Path> r = Files.isDirectory(corpus.resolve("readability")) ? Files.list(corpus.resolve("readability"))
                : Stream.empty()) {
            r.sorted().map(d -> d.resolve("source.html")).filter(Files::isRegularFile).forEach(p -> pages.add(p.toString()));
        }
        Path traf = corpus.resolve("trafilatura").resolve("pages");
        try (Stream<Path> t = Files.isDirectory(traf) ? Files.list(traf) : Stream.empty()) {
            t.sorted().filter(p -> p.toString().endsWith(".html")).forEach(p -> pages.add(p.toString()));
        }
        if (pages.isEmpty()) {
            System.err.println("no pages under " + corpus);
            System.exit(2);
        }
        List<String> sample = new ArrayList<>();
        for (int i = 0; i < pages.size(); i += every) {
            sample.add(pages.get(i));
        }
        // Every 20th page of the corpus warms each fork's JIT before it measures (see ExtractionBenchmark).
        Path warmupList = Files.createTempFile("article-model-warmup", ".txt");
        warmupList.toFile().deleteOnExit();
        List<String> warmup = new ArrayList<>();
        for (int i = 0; i < pages.size(); i += Integer.getInteger("bench.warmupEvery", 20)) {
            warmup.add(pages.get(i));
        }
        Files.write(warmupList, warmup);
        int time = Integer.getInteger("bench.time", 1000);
        Options opts = new OptionsBuilder()
                .include(ExtractionBenchmark.class.getName() + "\\.")
                .param("page", sample.toArray(new String[0]))
                .forks(Integer.getInteger("bench.forks", 1))
                .warmupIterations(Integer.getInteger("bench.warmups", 15))
                .measurementIterations(Integer.getInteger("bench.iterations", 3))
                .warmupTime(TimeValue.milliseconds(time))
                .measurementTime(TimeValue.milliseconds(time))
                .jvmArgsAppend("-Xmx2g", "-Dbench.warmupList=" + warmupList,
                        "-Dbench.warmupRounds=" + Integer.getInteger("bench.warmupRounds", 3),
                        "-Dbench.warmupSeconds=" + Integer.getInteger("bench.warmupSeconds", 10))
                .verbosity(org.openjdk.jmh.runner.options.VerboseMode.SILENT)
                .build();
        Collection<RunResult> results = new Runner(opts).run();
        Map<String, double[]> byPage = new HashMap<>();
        for (RunResult rr : results) {
            String page = rr.getParams().getParam("page");
            boolean extract = rr.getParams().getBenchmark().endsWith(".extract");
            byPage.computeIfAbsent(page, k -> new double[2])[extract ? 1 : 0] = rr.getPrimaryResult().getScore();
        }
        List<Double> ratios = new ArrayList<>();
        List<Double> jsoup = new ArrayList<>();
        List<Double> extract = new ArrayList<>();
        System.out.printf("%10s %10s %6s  %s%n", "jsoup µs", "extract µs", "ratio", "page");
        for (String page : sample) {
            double[] t = byPage.get(page);
            if (t == null || t[0] <= 0) {
                continue;
            }
            ratios.add(t[1] / t[0]);
            jsoup.add(t[0]);
            extract.add(t[1]);
            System.out.printf("%10.0f %10.0f %6.2f  %s%n", t[0], t[1], t[1] / t[0], corpus.relativize(Path.of(page)));
        }
        System.out.println();
        System.out.printf("pages %d of %d; settings: forks %d, each first warmed %d s (at least %d rounds) on %d pages,"
                + " then warmups %d, iterations %d of %d ms%n", ratios.size(), pages.size(),
                opts.getForkCount().orElse(1), Integer.getInteger("bench.warmupSeconds", 10),
                Integer.getInteger("bench.warmupRounds", 3), warmup.size(), opts.getWarmupIterations().orElse(0),
                opts.getMeasurementIterations().orElse(0), time);
        System.out.printf("%-22s %10s %10s %10s%n", "", "median", "p90", "mean");
        row("jsoup parse (µs/page)", jsoup);
        row("extraction (µs/page)", extract);
        row("ratio extract/jsoup", ratios);
        double sumJ = jsoup.stream().mapToDouble(Double::doubleValue).sum();
        double sumE = extract.stream().mapToDouble(Double::doubleValue).sum();
        System.out.printf("corpus total: jsoup %.1f ms, extraction %.1f ms, ratio %.2f%n", sumJ / 1000, sumE / 1000,
                sumE / sumJ);
    }

    private static void row(String name, List<Double> values) {
        List<Double> v = new ArrayList<>(values);
        Collections.sort(v);
        double mean = v.stream().mapToDouble(Double::doubleValue).average().orElse(0);
        System.out.printf("%-22s %10.2f %10.2f %10.2f%n", name, v.get(v.size() / 2), v.get((int) (v.size() * 0.9)), mean);
    }
}
