package io.github.articlemodel.model;

import static io.github.articlemodel.model.Invariants.BLANKS;
import static io.github.articlemodel.model.Invariants.rejects;
import static io.github.articlemodel.model.Invariants.requires;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class QuoteTest {
    private static Quote.Builder quote(int blockIndex, int start, int end) {
        return new Quote.Builder().text("ready to listen").kind(QuoteKind.PARTIAL)
                .blockIndex(blockIndex).start(start).end(end);
    }

    @Test
    void builder() {
        Quote q = quote(1, 10, 25).speaker(Agent.person("Jens Stoltenberg")).cue("said").build();
        assertEquals("ready to listen", q.text());
        assertEquals(Optional.of(Agent.person("Jens Stoltenberg")), q.speaker());
        assertEquals(Optional.of("said"), q.cue());
        assertEquals(QuoteKind.PARTIAL, q.kind());
        assertEquals(1, q.blockIndex());
        assertEquals(10, q.start());
        assertEquals(25, q.end());
        assertEquals(Optional.empty(), quote(0, 0, 0).build().speaker());
    }

    @Test
    void invariantsOfTheQuoteItself() {
        for (String blank : BLANKS) {
            rejects("quote.text", () -> quote(0, 0, 1).text(blank).build());
            rejects("quote.cue", () -> quote(0, 0, 1).cue(blank).build());
        }
        rejects("quote.blockIndex", () -> quote(-1, 0, 1).build());
        rejects("quote.start", () -> quote(0, -1, 1).build());
        rejects("quote.end", () -> quote(0, 5, 4).build());
        quote(0, 5, 5).build(); // an empty span is allowed
        requires("kind", () -> new Quote.Builder().text("t").blockIndex(0).start(0).end(0).build());
        requires("end", () -> new Quote.Builder().text("t").kind(QuoteKind.FULL).blockIndex(0).start(0).build());
    }

    @Test
    void quotesMustFitTheArticlesText() {
        List<Block> body = List.of(Paragraph.of("He said: \u201cWe are ready to listen.\u201d"), Paragraph.of("Next."));
        String text = new Article.Builder().body(body).build().text();
        assertEquals(40, text.length());
        new Article.Builder().body(body).addQuotes(quote(0, 10, 32).build(), quote(1, 34, 40).build()).build();
        IllegalArgumentException e = rejects("quotes[].end",
                () -> new Article.Builder().body(body).addQuotes(quote(1, 34, 41).build()).build());
        assertTrue(e.getMessage().contains("41") && e.getMessage().contains("40"), e.getMessage());
        rejects("quotes[].blockIndex",
                () -> new Article.Builder().body(body).addQuotes(quote(2, 0, 1).build()).build());
        rejects("quotes[].blockIndex", () -> new Article.Builder().addQuotes(quote(0, 0, 0).build()).build());
    }

    @Test
    void generatedQuotesFitTheirArticle() {
        PropertyTries.qt().forAll(ModelGenerators.articles()).checkAssert(a -> {
            for (Quote q : a.quotes()) {
                assertTrue(q.blockIndex() < a.body().size());
                assertTrue(q.start() <= q.end() && q.end() <= a.text().length());
            }
        });
    }
}
