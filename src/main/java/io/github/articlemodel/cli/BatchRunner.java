package io.github.articlemodel.cli;

import io.github.articlemodel.ArticleParser;
import io.github.articlemodel.Extraction;
import io.github.articlemodel.extract.Warning;
import io.github.articlemodel.model.Article;
import java.io.EOFException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.Writer;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Reads pages on a pool of threads and writes them in input order. At most {@code 2 × threads}
 * pages are in flight or waiting to be written, so memory stays bounded however many pages there
 * are. A page that fails (an unreadable file, a corrupt gzip stream, an exception or a stack overflow
 * in the extractor) is reported and counted; the batch goes on.
 */
final class BatchRunner {
    private final PageReader reader;
    private final OutputFormat format;
    private final String url;
    private final int threads;
    private final boolean batch;
    private final boolean printWarnings;

    /** Reads one page: {@link ArticleParser#extract(Path, String)}, or a stand-in in tests. */
    @FunctionalInterface
    interface PageReader {
        Extraction<Article> read(Path file, String url) throws IOException;
    }

    /** The counts of a finished run. */
    record Summary(long pages, long failed) {}

    /** One page's outcome: its rendered output, or why it failed. */
    private record PageResult(String source, String output, List<Warning> warnings, String failure) {}

    /**
     * @param url the base URL for every page, or {@code null} for each page's own canonical URL
     * @param batch whether the run reads several pages (the text format then heads each page)
     * @param printWarnings whether to report each page's extraction warnings
     */
    BatchRunner(PageReader reader, OutputFormat format, String url, int threads, boolean batch,
            boolean printWarnings) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be positive: " + threads);
        }
        this.reader = reader;
        this.format = format;
        this.url = url;
        this.threads = threads;
        this.batch = batch;
        this.printWarnings = printWarnings;
    }

    /**
     * Reads every input and writes its output to {@code out}, in input order.
     *
     * @param flushEach whether to flush {@code out} after each page (for a terminal or a pipe)
     * @throws IOException if writing to {@code out} fails; reading failures are only reported
     */
    Summary run(Iterator<Inputs.Input> inputs, Writer out, boolean flushEach, Reporter reporter)
            throws IOException {
        Counter counter = new Counter(out, flushEach, reporter);
        if (threads == 1) {
            while (inputs.hasNext()) {
                counter.emit(process(inputs.next()));
            }
            return counter.summary();
        }
        AtomicInteger threadNumber = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "article-model-" + threadNumber.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        ArrayDeque<Future<PageResult>> window = new ArrayDeque<>();
        int windowSize = 2 * threads;
        try {
            while (inputs.hasNext()) {
                Inputs.Input input = inputs.next();
                window.add(pool.submit(() -> process(input)));
                if (window.size() >= windowSize) {
                    counter.emit(await(window.poll()));
                }
            }
            while (!window.isEmpty()) {
                counter.emit(await(window.poll()));
            }
        } finally {
            pool.shutdownNow();
        }
        return counter.summary();
    }

    /** Reads one page; never throws for a bad page. */
    private PageResult process(Inputs.Input input) {
        String source = input.source();
        try {
            if (input.error() != null) {
                throw input.error();
            }
            Extraction<Article> extraction = reader.read(input.path(), url);
            String output = format.render(extraction.value(), source, batch);
            return new PageResult(source, output, extraction.warnings(), null);
        } catch (IOException e) {
            return failed(source, "cannot read: " + describe(e));
        } catch (Exception e) {
            return failed(source, describe(e));
        } catch (StackOverflowError e) {
            // A page nested deeply enough to overflow the stack is one bad page, not a broken run.
            return failed(source, "stack overflow while extracting the page");
        }
    }

    private static PageResult failed(String source, String reason) {
        return new PageResult(source, null, List.of(), reason);
    }

    private static String describe(Throwable e) {
        String name = e.getClass().getSimpleName();
        if (e instanceof FileSystemException) {
            // Its message is mostly the path, which the report already names; the reason is the news.
            String reason = ((FileSystemException) e).getReason();
            return reason == null ? name : name + ": " + reason;
        }
        if (e instanceof EOFException) {
            return "unexpected end of file" + (e.getMessage() == null ? "" : ": " + e.getMessage());
        }
        if (e.getMessage() == null || e.getMessage().isBlank()) {
            return name;
        }
        return e instanceof IOException ? e.getMessage() : name + ": " + e.getMessage();
    }

    private static PageResult await(Future<PageResult> future) throws IOException {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while waiting for a page");
        } catch (ExecutionException e) {
            // process() catches every Exception; what arrives here is an Error such as OutOfMemoryError.
            Throwable cause = e.getCause();
            if (cause instanceof Error) {
                throw (Error) cause;
            }
            throw new IllegalStateException("unexpected failure reading a page", cause);
        }
    }

    /** Writes results in order and keeps the counts; used by the calling thread only. */
    private final class Counter {
        private final Writer out;
        private final boolean flushEach;
        private final Reporter reporter;
        private long pages;
        private long failed;

        Counter(Writer out, boolean flushEach, Reporter reporter) {
            this.out = out;
            this.flushEach = flushEach;
            this.reporter = reporter;
        }

        void emit(PageResult result) throws IOException {
            pages++;
            if (result.failure() != null) {
                failed++;
                reporter.failure(result.source(), result.failure());
            } else {
                if (printWarnings) {
                    for (Warning w : result.warnings()) {
                        reporter.warning(result.source(), w);
                    }
                }
                out.write(result.output());
                if (flushEach) {
                    out.flush();
                }
            }
            reporter.progress(pages, failed);
        }

        Summary summary() throws IOException {
            out.flush();
            return new Summary(pages, failed);
        }
    }
}
