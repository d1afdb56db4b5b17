package io.github.articlemodel.robustness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import io.github.articlemodel.ArticleParser;
import io.github.articlemodel.Articles;
import io.github.articlemodel.Extraction;
import io.github.articlemodel.json.ArticleJson;
import io.github.articlemodel.model.Article;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Over the whole development corpus ({@code articlemodel.corpus}; skipped when it is absent): every
 * page parses with no internal-error warning (issue 7, part 6), and one parser shared by many threads
 * gives exactly what one thread gives (part 5).
 */
final class CorpusTest {
    private static List<CorpusSweep.Page> pages;

    @BeforeAll
    static void findCorpus() {
        pages = CorpusSweep.pages(Path.of(System.getProperty("articlemodel.corpus", "../shared/corpus")));
    }

    @Test
    void everyPageParsesWithoutAnInternalWarning() {
        assumeFalse(pages.isEmpty(), "no corpus at articlemodel.corpus");
        Hostile.HeapSampler heap = Hostile.HeapSampler.start();
        long start = System.nanoTime();
        List<CorpusSweep.Outcome> outcomes = CorpusSweep.sweep(pages);
        long total = System.nanoTime() - start;
        long peak = heap.stop();
        ByteArrayOutputStream report = new ByteArrayOutputStream();
        boolean ok = CorpusSweep.report(new PrintStream(report, true, StandardCharsets.UTF_8), outcomes, total, peak, 5);
        Hostile.log("corpus", "sweep (" + outcomes.size() + " pages)",
                outcomes.stream().mapToLong(CorpusSweep.Outcome::nanos).max().orElse(0) / 1_000_000, peak,
                ok ? "ok" : "fail");
        assertTrue(ok, () -> report.toString(StandardCharsets.UTF_8));
    }

    @Test
    void oneParserSharedByManyThreadsGivesTheSameResults() throws Exception {
        assumeFalse(pages.isEmpty(), "no corpus at articlemodel.corpus");
        ArticleParser parser = Articles.parser();
        List<String> alone = new ArrayList<>();
        for (CorpusSweep.Page p : pages) {
            alone.add(render(CorpusSweep.parse(parser, p)));
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        long start = System.nanoTime();
        try {
            List<Future<String>> shared = new ArrayList<>();
            // Every page twice, interleaved, so that threads really meet in the parser.
            for (int round = 0; round < 2; round++) {
                for (CorpusSweep.Page p : pages) {
                    shared.add(pool.submit(() -> render(CorpusSweep.parse(parser, p))));
                }
            }
            for (int i = 0; i < shared.size(); i++) {
                assertEquals(alone.get(i % pages.size()), shared.get(i).get(), pages.get(i % pages.size()).path()::toString);
            }
        } finally {
            pool.shutdownNow();
        }
        Hostile.log("concurrency", "8 threads, corpus twice (" + 2 * pages.size() + " parses)",
                (System.nanoTime() - start) / 1_000_000, 0, "ok");
    }

    /** The article as JSON plus the warnings: what must not depend on other threads. */
    private static String render(Extraction<Article> r) {
        return ArticleJson.write(r.value()) + "\n" + r.warnings();
    }
}
