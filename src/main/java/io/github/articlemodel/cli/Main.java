package io.github.articlemodel.cli;

import io.github.articlemodel.Articles;
import java.io.BufferedWriter;
import java.io.Console;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;

/**
 * The command line: {@code java -jar article-model-VERSION-cli.jar [OPTIONS] PATH...}. See
 * {@link #usage()} for the options and the exit status.
 */
public final class Main {
    /** Every page was read. */
    public static final int EXIT_OK = 0;
    /** Some pages could not be read (the others were written), or the output could not be written. */
    public static final int EXIT_FAILED = 1;
    /** The command line was wrong; nothing was read. */
    public static final int EXIT_USAGE = 2;

    private static final String NAME = "article-model";

    private Main() {}

    /** Runs the command line and exits the JVM with its status. */
    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /**
     * Runs the command line without exiting: the testable core of {@link #main}. A progress line is
     * drawn when the JVM has an interactive console.
     *
     * @param out standard output: the articles (unless {@code --output}), the help and the version
     * @param err standard error: usage errors, failures, warnings, progress and the summary
     * @return the exit status: {@link #EXIT_OK}, {@link #EXIT_FAILED} or {@link #EXIT_USAGE}
     */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        return run(args, out, err, isTerminal());
    }

    static int run(String[] args, PrintStream out, PrintStream err, boolean terminal) {
        Options options;
        try {
            options = Options.parse(args, Runtime.getRuntime().availableProcessors());
        } catch (UsageException e) {
            err.println(NAME + ": " + e.getMessage());
            err.println("Try '" + NAME + " --help' for more information.");
            return EXIT_USAGE;
        }
        switch (options.action()) {
            case HELP:
                out.print(usage());
                out.flush();
                return EXIT_OK;
            case VERSION:
                out.println(NAME + " " + version());
                out.flush();
                return EXIT_OK;
            default:
                return extract(options, out, err, terminal);
        }
    }

    private static int extract(Options options, PrintStream out, PrintStream err, boolean terminal) {
        Writer writer;
        Path outputFile = options.output().orElse(null);
        if (outputFile != null) {
            try {
                writer = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(outputFile), utf8()));
            } catch (IOException e) {
                err.println(NAME + ": cannot write --output " + outputFile + ": " + reason(e));
                err.println("Try '" + NAME + " --help' for more information.");
                return EXIT_USAGE;
            }
        } else {
            writer = new BufferedWriter(new OutputStreamWriter(out, utf8()));
        }

        boolean batch = !options.singleFile();
        long start = System.nanoTime();
        Reporter reporter = new Reporter(err, batch && terminal, start);
        BatchRunner runner = new BatchRunner(Articles.parser()::extract, options.format(), options.url().orElse(null),
                options.threads(), batch, options.warnings());
        BatchRunner.Summary summary;
        try {
            try {
                summary = runner.run(new Inputs(options.paths()), writer, outputFile == null, reporter);
            } finally {
                if (outputFile != null) {
                    writer.close();
                }
            }
        } catch (IOException e) {
            err.println(NAME + ": cannot write " + (outputFile == null ? "standard output" : outputFile) + ": "
                    + reason(e));
            return EXIT_FAILED;
        }
        if (batch) {
            if (summary.pages() == 0) {
                err.println(NAME + ": no HTML files (" + Inputs.EXTENSIONS_TEXT + ") found");
            }
            reporter.summary(summary.pages(), summary.failed());
        }
        if (outputFile == null && out.checkError()) {
            err.println(NAME + ": cannot write standard output");
            return EXIT_FAILED;
        }
        return summary.failed() == 0 ? EXIT_OK : EXIT_FAILED;
    }

    private static String reason(IOException e) {
        String name = e.getClass().getSimpleName();
        if (e instanceof java.nio.file.FileSystemException) {
            String reason = ((java.nio.file.FileSystemException) e).getReason();
            return reason == null ? name : name + ": " + reason;
        }
        return e.getMessage() == null ? name : e.getMessage();
    }

    /** The usage text printed by {@code --help}. */
    static String usage() {
        StringBuilder formats = new StringBuilder();
        for (OutputFormat f : OutputFormat.values()) {
            formats.append(String.format(Locale.ROOT, "                     %-6s %s%n", f.id(), f.description()));
        }
        return String.format(Locale.ROOT, "Usage: java -jar article-model-cli.jar [OPTIONS] PATH...%n"
                + "%n"
                + "Reads news and blog pages saved as HTML into the article model (headline, bylines,%n"
                + "dates, body, quotes, cross-references, comments) and writes it as JSON, as schema.org%n"
                + "JSON-LD, or as the <meta> and <script> tags of a page's <head>.%n"
                + "PATH is an HTML file (%s) or a folder, read recursively%n"
                + "(files with those endings only, in name order). Nothing is fetched from the network.%n"
                + "%n"
                + "Options:%n"
                + "  --format FORMAT    how to write each article:%n"
                + "%s"
                + "                     default: json for one file, jsonl for several files or a folder%n"
                + "  --url URL          the address of the page (absolute http or https), used to resolve%n"
                + "                     its links; for a single file only; default: the page's own%n"
                + "                     canonical URL, if it gives one%n"
                + "  --threads N        pages read at the same time, 1 to %d (default: the number of%n"
                + "                     processors); the output keeps the input order%n"
                + "  --output FILE      write the output to FILE (UTF-8) instead of standard output%n"
                + "  --warnings         print each page's extraction warnings on standard error,%n"
                + "                     one per line as PATH: CODE: MESSAGE%n"
                + "  -h, --help         print this help and exit%n"
                + "  --version          print the version and exit%n"
                + "  --                 end of options: every later argument is a PATH%n"
                + "%n"
                + "A value may also be joined to its option with '=', as in --format=jsonl.%n"
                + "In the text format, a batch writes each page under a line '==> PATH <=='.%n"
                + "In the jsonld format, a batch writes one line per page: {\"source\":PATH,\"jsonld\":{...}}.%n"
                + "On standard error: each page that failed (PATH: error: REASON); while a batch runs on a%n"
                + "terminal, a progress line; after a batch, 'N pages, F failed, X.X pages/s'.%n"
                + "%n"
                + "Exit status: 0 when every page was read, 1 when some failed (the others are still%n"
                + "written), 2 when the command line was wrong (nothing is read).%n",
                Inputs.EXTENSIONS_TEXT, formats, Options.MAX_THREADS);
    }

    /** The version of this build, from the resource written by the build, else the jar manifest. */
    static String version() {
        try (InputStream in = Main.class.getResourceAsStream("version.properties")) {
            if (in != null) {
                Properties p = new Properties();
                p.load(in);
                String v = p.getProperty("version", "");
                if (!v.isBlank() && !v.startsWith("${")) {
                    return v.trim();
                }
            }
        } catch (IOException e) {
            // Fall through to the manifest.
        }
        String v = Main.class.getPackage().getImplementationVersion();
        return v == null ? "(unknown version)" : v;
    }

    /**
     * Whether the JVM talks to a terminal. Up to Java 21 {@link System#console()} is {@code null}
     * otherwise; Java 22 and later may return a console anyway and answer through
     * {@code Console.isTerminal()}, which is called by reflection because this code targets Java 17.
     */
    private static boolean isTerminal() {
        Console console = System.console();
        if (console == null) {
            return false;
        }
        try {
            Object terminal = Console.class.getMethod("isTerminal").invoke(console);
            return Boolean.TRUE.equals(terminal);
        } catch (ReflectiveOperationException e) {
            return true; // before Java 22: a console means a terminal
        }
    }

    /** UTF-8 that writes U+FFFD for text it cannot encode instead of failing the whole batch. */
    private static java.nio.charset.CharsetEncoder utf8() {
        return StandardCharsets.UTF_8.newEncoder()
                .onMalformedInput(java.nio.charset.CodingErrorAction.REPLACE)
                .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPLACE);
    }
}
