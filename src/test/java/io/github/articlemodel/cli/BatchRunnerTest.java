package io.github.articlemodel.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.articlemodel.Extraction;
import io.github.articlemodel.extract.Warning;
import io.github.articlemodel.model.Article;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The batch runner with a stand-in page reader, so that any failure can be staged. */
final class BatchRunnerTest {
    private final ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
    private final PrintStream err = new PrintStream(errBytes, true, StandardCharsets.UTF_8);

    private static List<Inputs.Input> inputs(String... names) {
        List<Inputs.Input> list = new ArrayList<>();
        for (String n : names) {
            list.add(new Inputs.Input(n, Path.of(n), null));
        }
        return list;
    }

    private static Extraction<Article> page(Path file) {
        return Extraction.of(new Article.Builder().headline("Headline of " + file).build(), List.of());
    }

    private BatchRunner.Summary run(BatchRunner.PageReader reader, int threads, List<Inputs.Input> inputs,
            Writer out) throws IOException {
        BatchRunner runner = new BatchRunner(reader, OutputFormat.TEXT, null, threads, true, true);
        return runner.run(inputs.iterator(), out, false, new Reporter(err, false, System.nanoTime()));
    }

    private String err() {
        return errBytes.toString(StandardCharsets.UTF_8);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 3})
    void everyKindOfPageFailureIsReportedAndTheBatchGoesOn(int threads) throws IOException {
        BatchRunner.PageReader reader = (file, url) -> {
            switch (file.toString()) {
                case "io.html": throw new java.nio.file.AccessDeniedException(file.toString());
                case "runtime.html": throw new IllegalStateException("the extractor broke");
                case "overflow.html": throw new StackOverflowError();
                default: return page(file);
            }
        };
        StringWriter out = new StringWriter();

        BatchRunner.Summary s = run(reader, threads,
                inputs("a.html", "io.html", "b.html", "runtime.html", "overflow.html", "c.html"), out);

        assertEquals(new BatchRunner.Summary(6, 3), s);
        String text = out.toString();
        assertTrue(text.indexOf("Headline of a.html") < text.indexOf("Headline of b.html"), text);
        assertTrue(text.indexOf("Headline of b.html") < text.indexOf("Headline of c.html"), text);
        assertEquals(List.of(
                "io.html: error: cannot read: AccessDeniedException",
                "runtime.html: error: IllegalStateException: the extractor broke",
                "overflow.html: error: stack overflow while extracting the page"),
                List.of(err().split("\n")));
    }

    @Test
    void aFolderThatCouldNotBeListedIsAFailedPage() throws IOException {
        List<Inputs.Input> in = List.of(new Inputs.Input("dir", Path.of("dir"), new IOException("cannot list folder: x")));
        BatchRunner.Summary s = run(BatchRunnerTest::pageOf, 2, in, new StringWriter());
        assertEquals(new BatchRunner.Summary(1, 1), s);
        assertEquals("dir: error: cannot read: cannot list folder: x\n", err());
    }

    private static Extraction<Article> pageOf(Path file, String url) {
        return page(file);
    }

    @Test
    void warningsArePrintedAsPathCodeMessage() throws IOException {
        BatchRunner.PageReader reader = (file, url) -> Extraction.of(new Article.Builder().headline("H").build(),
                List.of(Warning.of("limit.input-bytes", "input cut at 10 bytes"), Warning.of("x.y", "z")));
        run(reader, 2, inputs("p.html"), new StringWriter());
        assertEquals("p.html: limit.input-bytes: input cut at 10 bytes\np.html: x.y: z\n", err());
    }

    @Test
    void otherErrorsStopTheRun() {
        BatchRunner.PageReader reader = (file, url) -> {
            throw new OutOfMemoryError("staged");
        };
        assertThrows(OutOfMemoryError.class, () -> run(reader, 2, inputs("a.html"), new StringWriter()));
    }

    @Test
    void atMostTwoPagesPerThreadAreAheadOfTheOutput() throws IOException {
        int threads = 3;
        AtomicInteger started = new AtomicInteger();
        AtomicInteger written = new AtomicInteger();
        AtomicInteger maxAhead = new AtomicInteger();
        BatchRunner.PageReader reader = (file, url) -> {
            int ahead = started.incrementAndGet() - written.get();
            maxAhead.accumulateAndGet(ahead, Math::max);
            return page(file);
        };
        Writer out = new Writer() {
            @Override
            public void write(char[] buf, int off, int len) {
                // Each page is written in one call.
                written.incrementAndGet();
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        };
        List<Inputs.Input> many = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            many.add(new Inputs.Input("p" + i + ".html", Path.of("p" + i + ".html"), null));
        }
        BatchRunner.Summary s = run(reader, threads, many, out);
        assertEquals(500, s.pages());
        assertEquals(500, written.get());
        assertTrue(maxAhead.get() <= 2 * threads, "pages ahead of the output: " + maxAhead.get());
    }

    @Test
    void threadsMustBePositive() {
        assertThrows(IllegalArgumentException.class,
                () -> new BatchRunner(BatchRunnerTest::pageOf, OutputFormat.JSONL, null, 0, true, false));
    }
}
