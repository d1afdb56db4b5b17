package io.github.articlemodel.cli;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.github.articlemodel.json.ArticleJson;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import tools.jackson.databind.JsonNode;

/** Test helpers: runs the command line in process and lays out fixture files. */
final class Cli {
    private Cli() {}

    /** What one run printed and returned. */
    record Result(int exit, String out, String err) {
        /** The non-empty lines of standard output. */
        List<String> lines() {
            List<String> lines = new ArrayList<>();
            for (String line : out.split("\n", -1)) {
                if (!line.isEmpty()) {
                    lines.add(line);
                }
            }
            return lines;
        }

        /** Each line of standard output read as JSON. */
        List<JsonNode> jsonLines() {
            List<JsonNode> nodes = new ArrayList<>();
            for (String line : lines()) {
                nodes.add(json(line));
            }
            return nodes;
        }
    }

    /** Runs the command line as if not on a terminal. */
    static Result run(String... args) {
        return run(false, args);
    }

    static Result run(boolean terminal, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit;
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
                PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            exit = Main.run(args, o, e, terminal);
        }
        return new Result(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    static JsonNode json(String text) {
        return ArticleJson.mapper().readTree(text);
    }

    /** Copies the fixture {@code name} (in this package's test resources) to {@code target}. */
    static Path fixture(String name, Path target) throws IOException {
        Files.createDirectories(target.toAbsolutePath().getParent());
        try (InputStream in = Cli.class.getResourceAsStream(name)) {
            assertNotNull(in, "fixture " + name);
            Files.copy(in, target);
        }
        return target;
    }

    /** Writes the fixture {@code name} gzip-compressed to {@code target}. */
    static Path gzipFixture(String name, Path target) throws IOException {
        Files.createDirectories(target.toAbsolutePath().getParent());
        try (InputStream in = Cli.class.getResourceAsStream(name);
                OutputStream out = new GZIPOutputStream(Files.newOutputStream(target))) {
            assertNotNull(in, "fixture " + name);
            in.transferTo(out);
        }
        return target;
    }

    /** A small page whose title and first heading are {@code headline}. */
    static Path page(Path target, String headline) throws IOException {
        Files.createDirectories(target.toAbsolutePath().getParent());
        Files.writeString(target, "<!DOCTYPE html><html><head><title>" + headline + "</title></head><body><article>"
                + "<h1>" + headline + "</h1><p>A paragraph of the page called " + headline + ".</p>"
                + "</article></body></html>\n", StandardCharsets.UTF_8);
        return target;
    }
}
