package io.github.articlemodel.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.articlemodel.model.Article;
import io.github.articlemodel.model.Block;
import io.github.articlemodel.model.Heading;
import io.github.articlemodel.model.ListBlock;
import io.github.articlemodel.model.Paragraph;
import io.github.articlemodel.model.Quote;
import io.github.articlemodel.model.QuoteBlock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Hostile text costs the quote stage a bounded amount: a megabyte of quotation marks, of cue
 * verbs, of names or of half-open quotes finishes well inside the time budget (a safety net for
 * quadratic scans, not a benchmark) and gives at most {@value QuoteExtractor#MAX_QUOTES} quotes.
 */
final class QuoteBoundsTest {

    private static String repeat(String unit, int length) {
        StringBuilder sb = new StringBuilder(length + unit.length());
        while (sb.length() < length) {
            sb.append(unit);
        }
        return sb.toString();
    }

    @ParameterizedTest
    @ValueSource(strings = {"“", "\"", "‘", "'", "„x“ ", "« ", "» ", "“a” ", "said ", ", said ", "according to ",
        "“said,” he said, “", "John Smith said: “", "Mr. A. B. Smith, ", "He. ", "’s ", "\" said \"", "“” ",
        "De la Van Der ", "The Secretary-General said “", "The report states: “Yes, we will act now.” ",
        "“We will act,” he said. ", "“We will act,” they said. ", "the minister said it was “very bad indeed”. "})
    void aMegabyteOfOneThingInOneParagraph(String unit) {
        String text = repeat(unit, 1_000_000);
        Article a = assertTimeoutPreemptively(Duration.ofSeconds(30),
                () -> QuoteFixtures.blocks(Paragraph.of(text)));
        assertTrue(a.quotes().size() <= QuoteExtractor.MAX_QUOTES);
    }

    @Test
    void tooManyQuotesAreCutWithAWarning() {
        Article a = new Article.Builder().addBody(Paragraph.of(repeat("“We will act,” he said. ", 200_000))).build();
        ExtractionContext ctx = new ExtractionContext(Document.createShell(""), QuoteFixtures.URL,
                ExtractionOptions.DEFAULTS, System.nanoTime());
        List<Quote> quotes = QuoteExtractor.extract(ctx, a);
        assertEquals(QuoteExtractor.MAX_QUOTES, quotes.size());
        assertTrue(ctx.warnings().stream().anyMatch(w -> w.code().equals("limit.quotes")), ctx.warnings()::toString);
    }

    @ParameterizedTest
    @ValueSource(strings = {"“We will rebuild,” she said. “And soon.", "„Wir bauen“, sagte er.", "“", "Jansen said:"})
    void manySmallBlocks(String unit) {
        List<Block> blocks = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            switch (i % 4) {
                case 0: blocks.add(Paragraph.of(unit)); break;
                case 1: blocks.add(Heading.of(2, unit)); break;
                case 2: blocks.add(ListBlock.of(false, List.of(unit, unit))); break;
                default: blocks.add(QuoteBlock.of(unit)); break;
            }
        }
        Article a = assertTimeoutPreemptively(Duration.ofSeconds(30),
                () -> QuoteFixtures.blocks(blocks.toArray(new Block[0])));
        assertTrue(a.quotes().size() <= QuoteExtractor.MAX_QUOTES);
    }
}
