package io.github.articlemodel.cli;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The parsed and checked command line. {@link #parse} reads the arguments from left to right: an
 * option's value follows it ({@code --format jsonl}) or is joined with {@code =}
 * ({@code --format=jsonl}); {@code --} ends the options; {@code --help} and {@code --version} stop
 * parsing where they stand.
 */
final class Options {
    /** The most threads {@code --threads} accepts. */
    static final int MAX_THREADS = 256;

    /** What the command line asks for besides extraction. */
    enum Action { EXTRACT, HELP, VERSION }

    private final Action action;
    private final OutputFormat format;
    private final Optional<String> url;
    private final int threads;
    private final Optional<Path> output;
    private final boolean warnings;
    private final List<Path> paths;
    private final boolean singleFile;

    private Options(Action action, OutputFormat format, Optional<String> url, int threads, Optional<Path> output,
            boolean warnings, List<Path> paths, boolean singleFile) {
        this.action = action;
        this.format = format;
        this.url = url;
        this.threads = threads;
        this.output = output;
        this.warnings = warnings;
        this.paths = paths;
        this.singleFile = singleFile;
    }

    Action action() {
        return action;
    }

    /** The chosen format, or the default: json for a single file, jsonl otherwise. */
    OutputFormat format() {
        return format;
    }

    /** The base URL given with {@code --url}, an absolute http(s) URL. */
    Optional<String> url() {
        return url;
    }

    int threads() {
        return threads;
    }

    /** The file given with {@code --output}; empty for standard output. */
    Optional<Path> output() {
        return output;
    }

    /** Whether each page's extraction warnings go to standard error. */
    boolean warnings() {
        return warnings;
    }

    /** The PATH arguments as given; each one exists. */
    List<Path> paths() {
        return paths;
    }

    /** True when the input is one file (not a folder), so the run is not a batch. */
    boolean singleFile() {
        return singleFile;
    }

    /**
     * Parses and checks a command line.
     *
     * @param defaultThreads the thread count when {@code --threads} is not given
     * @throws UsageException naming what is wrong
     */
    static Options parse(String[] args, int defaultThreads) throws UsageException {
        String formatArg = null;
        String url = null;
        String threadsArg = null;
        String output = null;
        boolean warnings = false;
        List<String> pathArgs = new ArrayList<>();

        boolean optionsEnded = false;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (optionsEnded || !arg.startsWith("-") || arg.equals("-")) {
                if (arg.equals("-")) {
                    throw new UsageException("reading standard input ('-') is not supported; give a file or folder");
                }
                pathArgs.add(arg);
                continue;
            }
            if (arg.equals("--")) {
                optionsEnded = true;
                continue;
            }
            String name = arg;
            String inlineValue = null;
            int eq = arg.indexOf('=');
            if (arg.startsWith("--") && eq > 0) {
                name = arg.substring(0, eq);
                inlineValue = arg.substring(eq + 1);
            }
            switch (name) {
                case "--help":
                case "-h":
                    noValue(name, inlineValue);
                    return action(Action.HELP);
                case "--version":
                    noValue(name, inlineValue);
                    return action(Action.VERSION);
                case "--warnings":
                    noValue(name, inlineValue);
                    if (warnings) {
                        throw twice(name);
                    }
                    warnings = true;
                    break;
                case "--format":
                case "--url":
                case "--threads":
                case "--output": {
                    String value;
                    if (inlineValue != null) {
                        value = inlineValue;
                    } else if (i + 1 < args.length && !args[i + 1].startsWith("--")) {
                        value = args[++i];
                    } else {
                        throw new UsageException("option " + name + " needs a value");
                    }
                    if (value.isEmpty()) {
                        throw new UsageException("option " + name + " needs a value");
                    }
                    if (name.equals("--format")) {
                        formatArg = once(name, formatArg, value);
                    } else if (name.equals("--url")) {
                        url = once(name, url, value);
                    } else if (name.equals("--threads")) {
                        threadsArg = once(name, threadsArg, value);
                    } else {
                        output = once(name, output, value);
                    }
                    break;
                }
                default:
                    throw new UsageException("unknown option '" + name + "'");
            }
        }

        if (pathArgs.isEmpty()) {
            throw new UsageException("no PATH given: name an HTML file or a folder");
        }
        List<Path> paths = new ArrayList<>();
        for (String p : pathArgs) {
            paths.add(checkPath(p));
        }
        boolean singleFile = paths.size() == 1 && !Files.isDirectory(paths.get(0));

        OutputFormat format = formatArg == null
                ? (singleFile ? OutputFormat.JSON : OutputFormat.JSONL)
                : OutputFormat.fromId(formatArg);
        if (format.singleInputOnly() && !singleFile) {
            throw new UsageException("--format " + format.id() + " takes a single file, not "
                    + (paths.size() > 1 ? paths.size() + " paths" : "a folder") + "; use --format jsonl");
        }
        if (url != null) {
            checkUrl(url);
            if (!singleFile) {
                throw new UsageException("--url sets the address of a single file, not of "
                        + (paths.size() > 1 ? paths.size() + " paths" : "a folder"));
            }
        }
        int threads = threadsArg == null ? Math.max(1, Math.min(MAX_THREADS, defaultThreads)) : threads(threadsArg);
        Optional<Path> outputPath = Optional.empty();
        if (output != null) {
            outputPath = Optional.of(toPath("--output", output));
            if (Files.isDirectory(outputPath.get())) {
                throw new UsageException("--output " + output + " is a folder; name a file");
            }
        }
        return new Options(Action.EXTRACT, format, Optional.ofNullable(url), threads, outputPath, warnings,
                Collections.unmodifiableList(paths), singleFile);
    }

    private static Options action(Action action) {
        return new Options(action, OutputFormat.JSON, Optional.empty(), 1, Optional.empty(), false, List.of(), false);
    }

    private static void noValue(String name, String inlineValue) throws UsageException {
        if (inlineValue != null) {
            throw new UsageException("option " + name + " takes no value");
        }
    }

    private static UsageException twice(String name) {
        return new UsageException("option " + name + " given twice");
    }

    private static String once(String name, String previous, String value) throws UsageException {
        if (previous != null) {
            throw twice(name);
        }
        return value;
    }

    private static int threads(String value) throws UsageException {
        int n;
        try {
            n = Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            n = -1;
        }
        if (n < 1 || n > MAX_THREADS) {
            throw new UsageException("--threads must be a whole number from 1 to " + MAX_THREADS + ", not '"
                    + value + "'");
        }
        return n;
    }

    private static void checkUrl(String url) throws UsageException {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw new UsageException("--url is not a valid URL: '" + url + "' (" + e.getReason() + ")");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
            throw new UsageException("--url must be an absolute http(s) URL such as https://example.org/news/1, not '"
                    + url + "'");
        }
    }

    private static Path checkPath(String arg) throws UsageException {
        Path path = toPath("PATH", arg);
        if (!Files.exists(path)) {
            throw new UsageException("no such file or folder: " + arg);
        }
        if (!Files.isDirectory(path) && !Inputs.isHtmlName(path)) {
            throw new UsageException("not an HTML file: " + arg + " (expected " + Inputs.EXTENSIONS_TEXT
                    + " or a folder)");
        }
        return path;
    }

    private static Path toPath(String what, String arg) throws UsageException {
        try {
            return Paths.get(arg);
        } catch (InvalidPathException e) {
            throw new UsageException(what + " is not a valid path: '" + arg + "'");
        }
    }
}
