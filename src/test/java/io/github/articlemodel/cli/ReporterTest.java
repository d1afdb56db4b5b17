package io.github.articlemodel.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.articlemodel.extract.Warning;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

final class ReporterTest {
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final PrintStream err = new PrintStream(bytes, true, StandardCharsets.UTF_8);

    private String err() {
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void withoutATerminalThereIsNoProgressLine() {
        Reporter r = new Reporter(err, false, System.nanoTime() - TimeUnit.SECONDS.toNanos(2));
        r.progress(5, 0);
        r.failure("a.html", "cannot read: Not in GZIP format");
        r.warning("b.html", Warning.of("json-ld.unreadable", "bad JSON"));
        r.summary(10, 1);
        String[] lines = err().split("\n");
        assertEquals("a.html: error: cannot read: Not in GZIP format", lines[0]);
        assertEquals("b.html: json-ld.unreadable: bad JSON", lines[1]);
        assertTrue(lines[2].matches("10 pages, 1 failed, \\d+\\.\\d pages/s"), lines[2]);
        assertEquals(3, lines.length);
    }

    @Test
    void onATerminalTheProgressLineIsRedrawnAndClearedBeforeOtherLines() {
        Reporter r = new Reporter(err, true, System.nanoTime() - TimeUnit.SECONDS.toNanos(10));
        r.progress(20, 1);
        String progress = err();
        assertTrue(progress.matches("\r20 pages, 1 failed, \\d+\\.\\d pages/s"), progress);
        r.failure("x.html", "boom");
        String after = err().substring(progress.length());
        // The progress line is blanked out, then the failure gets a clean line.
        assertTrue(after.startsWith("\r" + " ".repeat(progress.length() - 1) + "\rx.html: error: boom\n"), after);
        r.summary(21, 1);
        assertTrue(err().matches("(?s).*\n21 pages, 1 failed, \\d+\\.\\d pages/s\n"), err());
    }

    @Test
    void theSummaryUsesAPointWhateverTheLocale() {
        java.util.Locale saved = java.util.Locale.getDefault();
        try {
            java.util.Locale.setDefault(java.util.Locale.GERMANY);
            new Reporter(err, false, System.nanoTime() - TimeUnit.SECONDS.toNanos(4)).summary(10, 0);
        } finally {
            java.util.Locale.setDefault(saved);
        }
        assertTrue(err().matches("10 pages, 0 failed, \\d+\\.\\d pages/s\n"), err());
    }
}
