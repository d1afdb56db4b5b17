package io.github.articlemodel.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

final class OptionsTest {
    @TempDir
    static Path dir;
    static Path alpha;
    static Path beta;
    static Path folder;

    @BeforeAll
    static void fixtures() throws IOException {
        alpha = Cli.fixture("alpha.html", dir.resolve("alpha.html"));
        beta = Cli.fixture("beta.htm", dir.resolve("beta.htm"));
        folder = Files.createDirectories(dir.resolve("folder"));
        Cli.fixture("alpha.html", folder.resolve("a.html"));
        Cli.fixture("notes.txt", dir.resolve("notes.txt"));
    }

    private static Options parse(String... args) throws UsageException {
        return Options.parse(args, 3);
    }

    @Test
    void oneFileDefaultsToJson() throws UsageException {
        Options o = parse(alpha.toString());
        assertEquals(Options.Action.EXTRACT, o.action());
        assertEquals(OutputFormat.JSON, o.format());
        assertTrue(o.singleFile());
        assertEquals(List.of(alpha), o.paths());
        assertEquals(3, o.threads(), "default: the processors given");
        assertEquals(Optional.empty(), o.url());
        assertEquals(Optional.empty(), o.output());
        assertFalse(o.warnings());
    }

    @Test
    void severalFilesOrAFolderDefaultToJsonLines() throws UsageException {
        Options several = parse(alpha.toString(), beta.toString());
        assertEquals(OutputFormat.JSONL, several.format());
        assertFalse(several.singleFile());
        Options oneFolder = parse(folder.toString());
        assertEquals(OutputFormat.JSONL, oneFolder.format());
        assertFalse(oneFolder.singleFile(), "a folder is a batch even with one page in it");
    }

    @Test
    void everyOptionIsRead() throws UsageException {
        Path out = dir.resolve("out.jsonl");
        Options o = parse("--format", "text", "--url", "https://example.org/news/1", "--threads", "4",
                "--output", out.toString(), "--warnings", alpha.toString());
        assertEquals(OutputFormat.TEXT, o.format());
        assertEquals(Optional.of("https://example.org/news/1"), o.url());
        assertEquals(4, o.threads());
        assertEquals(Optional.of(out), o.output());
        assertTrue(o.warnings());
    }

    @Test
    void valuesMayBeJoinedWithEquals() throws UsageException {
        Options o = parse("--format=JSONL", "--threads=2", "--url=http://example.org/a", alpha.toString());
        assertEquals(OutputFormat.JSONL, o.format());
        assertEquals(2, o.threads());
        assertEquals(Optional.of("http://example.org/a"), o.url());
    }

    @Test
    void optionsAndPathsMayBeMixed() throws UsageException {
        Options o = parse(alpha.toString(), "--threads", "1", beta.toString());
        assertEquals(List.of(alpha, beta), o.paths());
        assertEquals(1, o.threads());
    }

    @Test
    void doubleDashEndsTheOptions() throws UsageException {
        assertEquals(List.of(alpha), parse("--", alpha.toString()).paths());
        UsageException e = assertThrows(UsageException.class, () -> parse("--", "--format"));
        assertTrue(e.getMessage().contains("no such file or folder: --format"), e.getMessage());
    }

    @Test
    void helpAndVersionStopParsing() throws UsageException {
        assertEquals(Options.Action.HELP, parse("--help").action());
        assertEquals(Options.Action.HELP, parse("-h", "--bogus").action());
        assertEquals(Options.Action.VERSION, parse("--version", "no-such-path").action());
        assertEquals(Options.Action.HELP, parse(alpha.toString(), "--help").action());
    }

    @Test
    void threadsDefaultIsClamped() throws UsageException {
        assertEquals(1, Options.parse(new String[] {alpha.toString()}, 0).threads());
        assertEquals(Options.MAX_THREADS, Options.parse(new String[] {alpha.toString()}, 10_000).threads());
    }

    static Stream<Arguments> badUsage() {
        String a = "ALPHA";
        String b = "BETA";
        String f = "FOLDER";
        return Stream.of(
                Arguments.of(List.of(), "no PATH given"),
                Arguments.of(List.of("--warnings"), "no PATH given"),
                Arguments.of(List.of("--bogus", a), "unknown option '--bogus'"),
                Arguments.of(List.of("-x", a), "unknown option '-x'"),
                Arguments.of(List.of("--bogus=1", a), "unknown option '--bogus'"),
                Arguments.of(List.of("-", a), "standard input"),
                Arguments.of(List.of(a, "--format"), "option --format needs a value"),
                Arguments.of(List.of("--format", "--warnings", a), "option --format needs a value"),
                Arguments.of(List.of("--format=", a), "option --format needs a value"),
                Arguments.of(List.of("--format", "xml", a), "unknown --format 'xml' (use one of json|jsonl|text|jsonld|html)"),
                Arguments.of(List.of("--format", "html", a, b), "--format html takes a single file, not 2 paths"),
                Arguments.of(List.of("--format", "html", f), "--format html takes a single file, not a folder"),
                Arguments.of(List.of("--format", "json", a, b), "--format json takes a single file, not 2 paths"),
                Arguments.of(List.of("--format", "json", f), "--format json takes a single file, not a folder"),
                Arguments.of(List.of("--format", "text", "--format", "json", a), "option --format given twice"),
                Arguments.of(List.of(a, "--url"), "option --url needs a value"),
                Arguments.of(List.of("--url", "example.org/news/1", a), "--url must be an absolute http(s) URL"),
                Arguments.of(List.of("--url", "ftp://example.org/x", a), "--url must be an absolute http(s) URL"),
                Arguments.of(List.of("--url", "/news/1", a), "--url must be an absolute http(s) URL"),
                Arguments.of(List.of("--url", "https://exa mple.org/", a), "--url is not a valid URL"),
                Arguments.of(List.of("--url", "https://example.org/", a, b), "--url sets the address of a single file"),
                Arguments.of(List.of("--url", "https://example.org/", f), "--url sets the address of a single file"),
                Arguments.of(List.of("--url=https://a.org/", "--url=https://b.org/", a), "option --url given twice"),
                Arguments.of(List.of(a, "--threads"), "option --threads needs a value"),
                Arguments.of(List.of("--threads", "0", a), "--threads must be a whole number from 1 to 256, not '0'"),
                Arguments.of(List.of("--threads", "-2", a), "--threads must be a whole number from 1 to 256, not '-2'"),
                Arguments.of(List.of("--threads", "four", a), "--threads must be a whole number"),
                Arguments.of(List.of("--threads", "1.5", a), "--threads must be a whole number"),
                Arguments.of(List.of("--threads", "257", a), "--threads must be a whole number from 1 to 256"),
                Arguments.of(List.of("--threads", "99999999999", a), "--threads must be a whole number"),
                Arguments.of(List.of("--threads=2", "--threads=3", a), "option --threads given twice"),
                Arguments.of(List.of(a, "--output"), "option --output needs a value"),
                Arguments.of(List.of("--output", f, a), "is a folder; name a file"),
                Arguments.of(List.of("--output=x", "--output=y", a), "option --output given twice"),
                Arguments.of(List.of("--warnings", "--warnings", a), "option --warnings given twice"),
                Arguments.of(List.of("--warnings=yes", a), "option --warnings takes no value"),
                Arguments.of(List.of("--help=me"), "option --help takes no value"),
                Arguments.of(List.of("--version=2"), "option --version takes no value"),
                Arguments.of(List.of("no-such-page.html"), "no such file or folder: no-such-page.html"),
                Arguments.of(List.of(a, "missing-folder"), "no such file or folder: missing-folder"),
                Arguments.of(List.of("NOTES"), "not an HTML file"));
    }

    private static String[] resolve(List<String> args) {
        List<String> out = new ArrayList<>();
        for (String arg : args) {
            switch (arg) {
                case "ALPHA": out.add(alpha.toString()); break;
                case "BETA": out.add(beta.toString()); break;
                case "FOLDER": out.add(folder.toString()); break;
                case "NOTES": out.add(dir.resolve("notes.txt").toString()); break;
                default: out.add(arg);
            }
        }
        return out.toArray(new String[0]);
    }

    @ParameterizedTest
    @MethodSource("badUsage")
    void badUsageIsRejectedWithAMessage(List<String> args, String message) {
        String[] resolved = resolve(args);
        UsageException e = assertThrows(UsageException.class, () -> parse(resolved));
        assertTrue(e.getMessage().contains(message), () -> "'" + e.getMessage() + "' should say '" + message + "'");
    }

    @ParameterizedTest
    @MethodSource("badUsage")
    void badUsageExitsWithTwoAndPointsToHelp(List<String> args, String message) {
        Cli.Result r = Cli.run(resolve(args));
        assertEquals(Main.EXIT_USAGE, r.exit());
        assertEquals("", r.out(), "nothing on standard output");
        assertTrue(r.err().startsWith("article-model: "), r.err());
        assertTrue(r.err().contains(message), r.err());
        assertTrue(r.err().contains("Try 'article-model --help'"), r.err());
    }
}
