package io.github.articlemodel.robustness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.articlemodel.Extraction;
import io.github.articlemodel.extract.Warning;
import io.github.articlemodel.json.ArticleJson;
import io.github.articlemodel.model.Article;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Shared checks of the robustness tests: an extraction is sound (the model's invariants hold on a
 * rebuilt copy, the JSON round trip gives it back, no internal-error warning), and each hostile case
 * runs under a preemptive time bound and is logged with its time and peak heap to
 * {@code target/robustness/cases.tsv} (category, case, milliseconds, peak heap MiB, outcome).
 */
final class Hostile {
    static final String URL = "https://news.example/2022/01/12/story.html";

    private Hostile() {}

    /** The warning codes of an extraction, in order. */
    static List<String> codes(Extraction<?> result) {
        return result.warnings().stream().map(Warning::code).collect(Collectors.toList());
    }

    static Set<String> codeSet(Extraction<?> result) {
        return result.warnings().stream().map(Warning::code).collect(Collectors.toSet());
    }

    /** The model's checks hold again on a copy, the JSON round trip gives the article back, no stage failed. */
    static void assertSound(Extraction<Article> result) {
        Article a = result.value();
        assertEquals(a, new Article.Builder().from(a).build());
        assertEquals(a, ArticleJson.read(ArticleJson.write(a)));
        assertTrue(result.warnings().stream().noneMatch(w -> w.code().startsWith("internal.")),
                result.warnings()::toString);
    }

    /**
     * Runs one hostile case under a preemptive bound (a guard against hangs, not a measurement) and
     * logs it; returns what the case returned.
     */
    static <T> T bounded(String category, String name, Duration bound, Supplier<T> run) {
        AtomicReference<T> out = new AtomicReference<>();
        HeapSampler heap = HeapSampler.start();
        long start = System.nanoTime();
        String outcome = "fail";
        try {
            assertTimeoutPreemptively(bound, () -> out.set(run.get()), () -> name + " took longer than " + bound);
            outcome = "ok";
            return out.get();
        } finally {
            log(category, name, (System.nanoTime() - start) / 1_000_000, heap.stop(), outcome);
        }
    }

    /**
     * The peak of the used heap while a case runs, sampled every few milliseconds (java.management is
     * not read by the module the tests are patched into, so no memory pool beans).
     */
    static final class HeapSampler {
        private final AtomicBoolean running = new AtomicBoolean(true);
        private final AtomicLong peak = new AtomicLong();
        private final Thread thread;

        private HeapSampler() {
            thread = new Thread(() -> {
                Runtime rt = Runtime.getRuntime();
                while (running.get()) {
                    peak.accumulateAndGet(rt.totalMemory() - rt.freeMemory(), Math::max);
                    try {
                        Thread.sleep(5);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "heap-sampler");
            thread.setDaemon(true);
        }

        static HeapSampler start() {
            HeapSampler s = new HeapSampler();
            s.thread.start();
            return s;
        }

        /** Stops sampling; the peak in MiB. */
        long stop() {
            running.set(false);
            Runtime rt = Runtime.getRuntime();
            peak.accumulateAndGet(rt.totalMemory() - rt.freeMemory(), Math::max);
            return peak.get() >> 20;
        }
    }

    static synchronized void log(String category, String name, long millis, long heapMiB, String outcome) {
        try {
            Path file = Path.of("target", "robustness", "cases.tsv");
            Files.createDirectories(file.getParent());
            Files.writeString(file, category + "\t" + name + "\t" + millis + "\t" + heapMiB + "\t" + outcome + "\n",
                    StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
