package io.github.articlemodel.cli;

import io.github.articlemodel.extract.Warning;
import java.io.PrintStream;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * Everything the command line says on standard error while it runs: failures, warnings, a progress
 * line (on a terminal only, redrawn in place with {@code \r}) and the closing summary. Used by one
 * thread.
 */
final class Reporter {
    private static final long PROGRESS_INTERVAL_NANOS = TimeUnit.MILLISECONDS.toNanos(250);

    private final PrintStream err;
    private final boolean progress;
    private final long startNanos;
    private long lastProgressNanos;
    /** Length of the progress line on screen; 0 when none is shown. */
    private int shown;

    /**
     * @param progress whether to draw a progress line (standard error is a terminal)
     * @param startNanos when the batch started, from {@link System#nanoTime()}
     */
    Reporter(PrintStream err, boolean progress, long startNanos) {
        this.err = err;
        this.progress = progress;
        this.startNanos = startNanos;
        this.lastProgressNanos = startNanos;
    }

    /** A page that could not be read. */
    void failure(String source, String reason) {
        line(source + ": error: " + reason);
    }

    /** A warning raised while reading a page. */
    void warning(String source, Warning warning) {
        line(source + ": " + warning.code() + ": " + warning.message());
    }

    /** Redraws the progress line, at most four times a second. */
    void progress(long pages, long failed) {
        if (!progress) {
            return;
        }
        long now = System.nanoTime();
        if (now - lastProgressNanos < PROGRESS_INTERVAL_NANOS) {
            return;
        }
        lastProgressNanos = now;
        String text = counts(pages, failed, now);
        StringBuilder sb = new StringBuilder("\r").append(text);
        for (int i = text.length(); i < shown; i++) {
            sb.append(' ');
        }
        err.print(sb);
        err.flush();
        shown = text.length();
    }

    /** Replaces the progress line, if any, with the summary {@code N pages, F failed, X.X pages/s}. */
    void summary(long pages, long failed) {
        line(counts(pages, failed, System.nanoTime()));
    }

    private String counts(long pages, long failed, long now) {
        double seconds = Math.max(1, now - startNanos) / 1e9;
        return String.format(Locale.ROOT, "%d pages, %d failed, %.1f pages/s", pages, failed, pages / seconds);
    }

    /** Prints a line on standard error, first clearing the progress line. */
    private void line(String text) {
        if (shown > 0) {
            err.print("\r" + " ".repeat(shown) + "\r");
            shown = 0;
        }
        err.println(text);
        err.flush();
    }
}
