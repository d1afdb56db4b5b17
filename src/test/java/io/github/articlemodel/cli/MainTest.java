package io.github.articlemodel.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

final class MainTest {
    private static final Pattern SUMMARY = Pattern.compile("(?m)^(\\d+) pages, (\\d+) failed, \\d+\\.\\d pages/s$");

    @TempDir
    Path dir;

    private static String headline(JsonNode node) {
        return node.get("headline").asString();
    }

    private static String firstProperty(JsonNode node) {
        return node.propertyNames().iterator().next();
    }

    @Test
    void oneFileIsWrittenAsIndentedJson() throws IOException {
        Path alpha = Cli.fixture("alpha.html", dir.resolve("alpha.html"));
        Cli.Result r = Cli.run(alpha.toString());
        assertEquals(Main.EXIT_OK, r.exit(), r.err());
        JsonNode node = Cli.json(r.out());
        assertTrue(node.isObject());
        assertTrue(headline(node).contains("Alpha report"), r.out());
        assertFalse(node.has("source"), "plain JSON has no source");
        assertTrue(r.lines().size() > 1, "indented over several lines: " + r.out());
        assertEquals("", r.err(), "a single file is no batch: no summary");
    }

    @Test
    void urlOptionIsAcceptedForOneFile() throws IOException {
        Path alpha = Cli.fixture("alpha.html", dir.resolve("alpha.html"));
        Cli.Result r = Cli.run("--url", "https://example.org/news/alpha", alpha.toString());
        assertEquals(Main.EXIT_OK, r.exit(), r.err());
        assertTrue(headline(Cli.json(r.out())).contains("Alpha report"));
    }

    @Test
    void aFolderIsWrittenAsJsonLinesInNameOrderWithSourceFirst() throws IOException {
        Path folder = dir.resolve("pages");
        Path alpha = Cli.fixture("alpha.html", folder.resolve("b-alpha.html"));
        Path beta = Cli.fixture("beta.htm", folder.resolve("a-beta.htm"));
        Path nested = Cli.gzipFixture("cafe.html", folder.resolve("c/cafe.html.gz"));
        Cli.fixture("notes.txt", folder.resolve("notes.txt"));
        Cli.fixture("notes.txt", folder.resolve("c/data.json"));

        Cli.Result r = Cli.run(folder.toString());

        assertEquals(Main.EXIT_OK, r.exit(), r.err());
        List<JsonNode> lines = r.jsonLines();
        assertEquals(3, lines.size(), r.out());
        List<String> sources = new ArrayList<>();
        for (JsonNode line : lines) {
            assertEquals("source", firstProperty(line), line.toString());
            sources.add(line.get("source").asString());
        }
        assertEquals(List.of(beta.toString(), alpha.toString(), nested.toString()), sources);
        assertTrue(headline(lines.get(0)).contains("Beta release"));
        assertTrue(headline(lines.get(1)).contains("Alpha report"));
        assertTrue(headline(lines.get(2)).contains("Café in Zürich öffnet"), "gzip and UTF-8: " + lines.get(2));
        var m = SUMMARY.matcher(r.err());
        assertTrue(m.find(), r.err());
        assertEquals("3", m.group(1));
        assertEquals("0", m.group(2));
    }

    @Test
    void severalFilesDefaultToJsonLinesInTheOrderGiven() throws IOException {
        Path alpha = Cli.fixture("alpha.html", dir.resolve("alpha.html"));
        Path beta = Cli.fixture("beta.htm", dir.resolve("beta.htm"));
        Cli.Result r = Cli.run(beta.toString(), alpha.toString());
        assertEquals(Main.EXIT_OK, r.exit(), r.err());
        List<JsonNode> lines = r.jsonLines();
        assertEquals(2, lines.size());
        assertEquals(beta.toString(), lines.get(0).get("source").asString());
        assertEquals(alpha.toString(), lines.get(1).get("source").asString());
    }

    @Test
    void jsonlCanBeAskedForOneFile() throws IOException {
        Path alpha = Cli.fixture("alpha.html", dir.resolve("alpha.html"));
        Cli.Result r = Cli.run("--format", "jsonl", alpha.toString());
        assertEquals(Main.EXIT_OK, r.exit(), r.err());
        assertEquals(1, r.lines().size(), r.out());
        assertEquals(alpha.toString(), r.jsonLines().get(0).get("source").asString());
    }

    @Test
    void outputKeepsInputOrderWithFourThreads() throws IOException {
        Path folder = dir.resolve("many");
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            String name = String.format("page-%03d.html", i);
            Cli.page(folder.resolve(name), "Page number " + i);
            expected.add(folder.resolve(name).toString());
        }
        Cli.Result r = Cli.run("--threads", "4", folder.toString());
        assertEquals(Main.EXIT_OK, r.exit(), r.err());
        List<String> sources = new ArrayList<>();
        List<JsonNode> lines = r.jsonLines();
        for (int i = 0; i < lines.size(); i++) {
            sources.add(lines.get(i).get("source").asString());
            assertTrue(headline(lines.get(i)).contains("Page number " + i), lines.get(i).toString());
        }
        assertEquals(expected, sources);
    }

    @Test
    void outputOptionWritesUtf8ToTheFile() throws IOException {
        Path cafe = Cli.fixture("cafe.html", dir.resolve("in/cafe.html"));
        Cli.fixture("alpha.html", dir.resolve("in/alpha.html"));
        Path out = dir.resolve("out.jsonl");
        Cli.Result r = Cli.run("--output", out.toString(), dir.resolve("in").toString());
        assertEquals(Main.EXIT_OK, r.exit(), r.err());
        assertEquals("", r.out(), "nothing on standard output");
        List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
        assertEquals(2, lines.size());
        JsonNode second = Cli.json(lines.get(1));
        assertEquals(cafe.toString(), second.get("source").asString());
        assertTrue(headline(second).contains("Café in Zürich öffnet"), lines.get(1));
    }

    @Test
    void outputToAMissingFolderIsBadUsage() throws IOException {
        Path alpha = Cli.fixture("alpha.html", dir.resolve("alpha.html"));
        Cli.Result r = Cli.run("--output", dir.resolve("no/such/folder/out.json").toString(), alpha.toString());
        assertEquals(Main.EXIT_USAGE, r.exit());
        assertTrue(r.err().contains("cannot write --output"), r.err());
    }

    @Test
    void aCorruptPageFailsAloneAndTheOthersAreStillWritten() throws IOException {
        Path folder = dir.resolve("mixed");
        Path alpha = Cli.fixture("alpha.html", folder.resolve("1-alpha.html"));
        Path corrupt = folder.resolve("2-corrupt.html.gz");
        Files.write(corrupt, "this is not gzip".getBytes(StandardCharsets.US_ASCII));
        Path beta = Cli.fixture("beta.htm", folder.resolve("3-beta.htm"));

        Cli.Result r = Cli.run("--threads", "2", folder.toString());

        assertEquals(Main.EXIT_FAILED, r.exit(), r.err());
        List<JsonNode> lines = r.jsonLines();
        assertEquals(2, lines.size(), r.out());
        assertEquals(alpha.toString(), lines.get(0).get("source").asString());
        assertEquals(beta.toString(), lines.get(1).get("source").asString());
        assertTrue(r.err().contains(corrupt + ": error: cannot read: "), r.err());
        var m = SUMMARY.matcher(r.err());
        assertTrue(m.find(), r.err());
        assertEquals("3", m.group(1));
        assertEquals("1", m.group(2));
    }

    @Test
    void aSingleCorruptFileExitsWithOne() throws IOException {
        Path corrupt = dir.resolve("broken.htm.gz");
        Files.write(corrupt, new byte[] {0x1f, (byte) 0x8b, 8, 0, 0});
        Cli.Result r = Cli.run(corrupt.toString());
        assertEquals(Main.EXIT_FAILED, r.exit());
        assertEquals("", r.out());
        assertTrue(r.err().startsWith(corrupt + ": error: cannot read: "), r.err());
    }

    @Test
    void aFolderWithAnHtmlNameIsWalkedLikeAnyFolder() throws IOException {
        Path odd = Files.createDirectories(dir.resolve("top/odd.html"));
        Path inside = Cli.fixture("alpha.html", odd.resolve("inside.html"));
        Cli.Result r = Cli.run(dir.resolve("top").toString());
        assertEquals(Main.EXIT_OK, r.exit(), r.err());
        assertEquals(List.of(inside.toString()),
                r.jsonLines().stream().map(n -> n.get("source").asString()).toList());
    }

    @Test
    void anEmptyFolderIsAnEmptyBatch() throws IOException {
        Path empty = Files.createDirectories(dir.resolve("empty"));
        Cli.fixture("notes.txt", empty.resolve("notes.txt"));
        Cli.Result r = Cli.run(empty.toString());
        assertEquals(Main.EXIT_OK, r.exit());
        assertEquals("", r.out());
        assertTrue(r.err().contains("no HTML files"), r.err());
        assertTrue(r.err().contains("0 pages, 0 failed, "), r.err());
    }

    @Test
    void textFormatIsHeadlineBlankLineText() throws IOException {
        Path alpha = Cli.fixture("alpha.html", dir.resolve("alpha.html"));
        Cli.Result r = Cli.run("--format", "text", alpha.toString());
        assertEquals(Main.EXIT_OK, r.exit(), r.err());
        String[] lines = r.out().split("\n", -1);
        assertTrue(lines[0].contains("Alpha report"), r.out());
        assertEquals("", lines[1], "a blank line after the headline: " + r.out());
        assertTrue(r.out().endsWith("\n"));
    }

    @Test
    void textFormatHeadsEachPageOfABatch() throws IOException {
        Path alpha = Cli.fixture("alpha.html", dir.resolve("alpha.html"));
        Path beta = Cli.fixture("beta.htm", dir.resolve("beta.htm"));
        Cli.Result r = Cli.run("--format=text", alpha.toString(), beta.toString());
        assertEquals(Main.EXIT_OK, r.exit(), r.err());
        int a = r.out().indexOf("==> " + alpha + " <==\n");
        int b = r.out().indexOf("==> " + beta + " <==\n");
        assertEquals(0, a, r.out());
        assertTrue(b > a, r.out());
        assertTrue(r.out().substring(a, b).contains("Alpha report"));
        assertTrue(r.out().substring(b).contains("Beta release"));
    }

    @Test
    void gzipInputIsRead() throws IOException {
        Path gz = Cli.gzipFixture("beta.htm", dir.resolve("beta.HTM.GZ"));
        Cli.Result r = Cli.run(gz.toString());
        assertEquals(Main.EXIT_OK, r.exit(), r.err());
        assertTrue(headline(Cli.json(r.out())).contains("Beta release"), r.out());
    }

    @Test
    void warningsOptionRuns() throws IOException {
        Path alpha = Cli.fixture("alpha.html", dir.resolve("alpha.html"));
        Cli.Result r = Cli.run("--warnings", "--format", "jsonl", alpha.toString());
        assertEquals(Main.EXIT_OK, r.exit(), r.err());
        for (String line : r.err().split("\n")) {
            if (!line.isEmpty()) {
                assertTrue(line.startsWith(alpha + ": "), "warnings are 'path: code: message': " + line);
            }
        }
    }

    @Test
    void aTerminalGetsAProgressLineAndTheSummary() throws IOException {
        Path folder = dir.resolve("pages");
        Cli.fixture("alpha.html", folder.resolve("alpha.html"));
        Cli.Result r = Cli.run(true, folder.toString());
        assertEquals(Main.EXIT_OK, r.exit(), r.err());
        assertTrue(SUMMARY.matcher(r.err()).find(), r.err());
    }

    @Test
    void versionPrintsTheProjectVersion() {
        Cli.Result r = Cli.run("--version");
        assertEquals(Main.EXIT_OK, r.exit());
        assertTrue(r.out().matches("article-model \\d+\\.\\d+\\.\\d+\\S*\\R"), r.out());
        assertEquals("", r.err());
    }

    @Test
    void helpPrintsUsageOnStandardOutput() {
        Cli.Result r = Cli.run("--help");
        assertEquals(Main.EXIT_OK, r.exit());
        assertEquals("", r.err());
        assertTrue(r.out().startsWith("Usage: "), r.out());
        for (String option : List.of("--format", "--url", "--threads", "--output", "--warnings", "--help",
                "--version", "json", "jsonl", "text", "jsonld", "html", "{\"source\":PATH,\"jsonld\":{...}}",
                "Exit status")) {
            assertTrue(r.out().contains(option), option);
        }
        assertEquals(r.out(), Cli.run("-h").out());
    }
}
