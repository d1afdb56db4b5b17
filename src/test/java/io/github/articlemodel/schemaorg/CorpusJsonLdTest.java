package io.github.articlemodel.schemaorg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.articlemodel.model.Article;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON-LD blocks of every page of the development corpus ({@code ../shared/corpus}, or the
 * folder the system property {@code articlemodel.corpus} names) are read without an exception, and
 * what is read writes back as valid JSON-LD. Skipped when the corpus is not there.
 */
final class CorpusJsonLdTest {
    private static Path corpus() {
        String configured = System.getProperty("articlemodel.corpus", "").trim();
        return configured.isEmpty() ? Path.of("../shared/corpus") : Path.of(configured);
    }

    /** Each page of the corpus with its base URL, in name order. */
    private static Map<Path, String> pages(Path corpus) throws IOException {
        Map<Path, String> pages = new TreeMap<>();
        Path readability = corpus.resolve("readability");
        if (Files.isDirectory(readability)) {
            try (Stream<Path> dirs = Files.list(readability)) {
                dirs.map(d -> d.resolve("source.html")).filter(Files::isRegularFile)
                        .forEach(p -> pages.put(p, "http://fakehost/test/page.html"));
            }
        }
        Path trafilatura = corpus.resolve("trafilatura");
        if (Files.isDirectory(trafilatura.resolve("pages"))) {
            JsonNode gold = Files.isRegularFile(trafilatura.resolve("gold.json"))
                    ? JsonMapper.builder().build().readTree(trafilatura.resolve("gold.json").toFile()) : null;
            try (Stream<Path> files = Files.list(trafilatura.resolve("pages"))) {
                files.filter(p -> p.toString().endsWith(".html")).forEach(p -> {
                    String url = gold == null ? "" : gold.path(p.getFileName().toString()).path("url").asString("");
                    pages.put(p, url.startsWith("http") ? url : "http://fakehost/test/page.html");
                });
            }
        }
        return pages;
    }

    @Test
    void everyPagesJsonLdIsReadWithoutAnExceptionAndWritesBackValid() throws IOException {
        Path corpus = corpus();
        assumeTrue(Files.isDirectory(corpus), corpus + " is not present");
        Map<Path, String> pages = pages(corpus);
        assumeTrue(!pages.isEmpty(), "no pages in " + corpus);
        int withJsonLd = 0;
        int withArticle = 0;
        int withHeadline = 0;
        List<String> invalid = new ArrayList<>();
        for (Map.Entry<Path, String> page : pages.entrySet()) {
            String html = new String(Files.readAllBytes(page.getKey()), StandardCharsets.UTF_8);
            JsonLdRead read;
            try {
                read = SchemaOrg.fromHtml(html, page.getValue());
            } catch (RuntimeException | StackOverflowError e) {
                throw new AssertionError("reading the JSON-LD of " + page.getKey() + " threw", e);
            }
            if (!read.problems().contains("the page has no JSON-LD block")) {
                withJsonLd++;
            }
            if (read.article().isPresent()) {
                withArticle++;
                Article a = read.article().get();
                if (a.headline().isPresent()) {
                    withHeadline++;
                }
                List<SchemaValidator.Finding> errors = SchemaValidator.errors(SchemaOrg.toJsonLdTree(a));
                if (!errors.isEmpty()) {
                    invalid.add(page.getKey() + ": " + errors);
                }
            }
        }
        System.out.printf("JSON-LD of the corpus: %d pages, %d with JSON-LD, %d with an article, %d with a headline%n",
                pages.size(), withJsonLd, withArticle, withHeadline);
        assertEquals(List.of(), invalid, "what is read writes back as valid JSON-LD");
        assertTrue(withArticle > 0, "some corpus page has an article in its JSON-LD");
    }
}
