package io.github.articlemodel.extract;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.articlemodel.model.Article;
import io.github.articlemodel.model.Quote;
import io.github.articlemodel.model.QuoteKind;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Quotes as the pipeline finds them over the assembled body. */
final class QuoteExtractorTest {
    private static final String URL = "https://www.harbour-herald.example/news/talks/";

    /** The article of a page whose body is {@code content}; checks the quote offsets of every quote. */
    private static Article article(String content) {
        String html = """
                <html><head><title>Talks in Geneva</title></head><body><main><article>
                <h1>Talks in Geneva</h1>
                <div class="entry-content">
                """ + content + """
                </div></article></main></body></html>
                """;
        Pipeline.Result result = Pipeline.run(html, URL, ExtractionOptions.DEFAULTS, System.nanoTime());
        assertTrue(result.warnings().isEmpty(), result.warnings()::toString);
        Article a = result.article();
        for (Quote q : a.quotes()) {
            String block = a.body().get(q.blockIndex()).plainText();
            assertTrue(block.contains(q.text()), () -> "quote not in its block: " + q);
        }
        return a;
    }

    private static Article paragraphs(String... ps) {
        StringBuilder sb = new StringBuilder();
        for (String p : ps) {
            sb.append("<p>").append(p).append("</p>\n");
        }
        return article(sb.toString());
    }

    private static void offsetsMatch(Article a, Quote q) {
        assertEquals(q.text(), a.text().substring(q.start(), q.end()), q::toString);
    }

    private static String speaker(Quote q) {
        return q.speaker().orElseThrow(() -> new AssertionError("no speaker: " + q)).name();
    }

    @Test
    void roleAfterTheQuoteResolvesToThePersonNamedBeforeInFullestForm() {
        Article a = paragraphs(
                "Secretary General Ana Lopez opened the meeting in Geneva on Monday, with delegations from thirty"
                        + " countries at the table.",
                "Lopez said the talks would take a long time. “Nobody expects an agreement this week,” the"
                        + " Secretary-General said.");
        assertEquals(1, a.quotes().size(), a.quotes()::toString);
        Quote q = a.quotes().get(0);
        assertEquals("Nobody expects an agreement this week", q.text());
        assertEquals("Ana Lopez", speaker(q));
        assertEquals(Optional.of("said"), q.cue());
        assertEquals(QuoteKind.FULL, q.kind());
        assertEquals(1, q.blockIndex());
        offsetsMatch(a, q);
    }

    @Test
    void titlesBeforeTheNameAreNotPartOfTheSpeaker() {
        Article en = paragraphs("UN Secretary-General António Guterres arrived in Geneva on Monday. “The talks will be"
                + " long and difficult,” the Secretary-General said.");
        Article de = paragraphs("Außenminister Olaf Berger traf am Montag die Delegation in Wien. „Wir werden mit"
                + " Russland weiter reden müssen“, sagte Berger am Abend.");
        assertAll(
                () -> assertEquals("António Guterres", speaker(en.quotes().get(0))),
                () -> assertEquals("Olaf Berger", speaker(de.quotes().get(0))));
    }

    @Test
    void quoteSplitBySheSaid() {
        Article a = paragraphs("Harbour master Maria Jansen walked along the broken quay on Monday. “The water came in"
                + " very fast,” she said, “and it stayed for two whole days.”");
        assertEquals(2, a.quotes().size(), a.quotes()::toString);
        Quote first = a.quotes().get(0);
        Quote second = a.quotes().get(1);
        assertEquals("The water came in very fast", first.text());
        assertEquals("and it stayed for two whole days.", second.text());
        for (Quote q : a.quotes()) {
            assertEquals("Maria Jansen", speaker(q));
            assertEquals(Optional.of("said"), q.cue());
            assertEquals(QuoteKind.FULL, q.kind());
            offsetsMatch(a, q);
        }
        assertTrue(first.end() < second.start());
    }

    @Test
    void partialQuoteWithHeHadSaid() {
        Article a = paragraphs("Russia was represented by Deputy Foreign Minister Ivan Petrov. Local media said he had"
                + " said before the meeting that it was a “moment of clarity” for both sides.");
        assertEquals(1, a.quotes().size(), a.quotes()::toString);
        Quote q = a.quotes().get(0);
        assertEquals("moment of clarity", q.text());
        assertEquals(QuoteKind.PARTIAL, q.kind());
        assertEquals("Ivan Petrov", speaker(q));
        assertEquals(Optional.of("said"), q.cue());
        offsetsMatch(a, q);
    }

    @Test
    void theNearestAttributionBeforeAPartialQuoteWins() {
        Article a = paragraphs("Russia was represented by Deputy Foreign Minister Ivan Petrov. Diplomats said he had"
                + " said before the meeting that it was a “moment of clarity” for both sides.");
        assertEquals(1, a.quotes().size(), a.quotes()::toString);
        assertEquals("Ivan Petrov", speaker(a.quotes().get(0)));
    }

    @Test
    void aNameThatEndsTheSentenceDoesNotKeepTheFullStop() {
        Article en = paragraphs("Secretary General Ana Lopez opened the meeting in Geneva on Monday. “Nobody expects an"
                + " agreement this week,” said Lopez.");
        Article de = paragraphs("Olaf Berger, der Außenminister, traf am Montag die Delegation in Wien. „Wir werden mit"
                + " Russland weiter reden müssen“, sagte Berger.");
        Article fr = paragraphs("Le ministre Jean Dupont a rencontré la délégation lundi à Bruxelles. « Nous allons"
                + " continuer à parler avec la Russie », a déclaré Dupont.");
        assertAll(
                () -> assertEquals("Ana Lopez", speaker(en.quotes().get(0))),
                () -> assertEquals("Olaf Berger", speaker(de.quotes().get(0))),
                () -> assertEquals("Jean Dupont", speaker(fr.quotes().get(0))));
    }

    @Test
    void germanLowAndHighMarksWithSagte() {
        Article a = paragraphs("Olaf Berger, der Außenminister, traf am Montag die Delegation in Wien. „Wir werden mit"
                + " Russland weiter reden müssen“, sagte Berger am Abend.");
        assertEquals(1, a.quotes().size(), a.quotes()::toString);
        Quote q = a.quotes().get(0);
        assertEquals("Wir werden mit Russland weiter reden müssen", q.text());
        assertEquals("Olaf Berger", speaker(q));
        assertEquals(Optional.of("sagte"), q.cue());
        assertEquals(QuoteKind.FULL, q.kind());
        offsetsMatch(a, q);
    }

    @Test
    void frenchGuillemetsWithADeclare() {
        Article a = paragraphs("Le ministre Jean Dupont a rencontré la délégation lundi à Bruxelles. « Nous allons"
                + " continuer à parler avec la Russie », a déclaré Dupont lundi soir.");
        assertEquals(1, a.quotes().size(), a.quotes()::toString);
        Quote q = a.quotes().get(0);
        assertEquals("Nous allons continuer à parler avec la Russie", q.text());
        assertEquals("Jean Dupont", speaker(q));
        assertEquals(Optional.of("a déclaré"), q.cue());
        assertEquals(QuoteKind.FULL, q.kind());
        offsetsMatch(a, q);
    }

    @Test
    void aBookTitleInQuotesIsNotAQuote() {
        Article a = paragraphs(
                "Maria Jansen said her book “The Long Road Home” sold well in every shop in Westport.",
                "Her first novel, “Salt and Stone”, was published in May and reprinted twice since then.");
        assertEquals(List.of(), a.quotes());
    }

    @Test
    void blockQuotationIsABlockQuoteWithItsAttributedSpeaker() {
        Article a = article("""
                <p>Harbour master Maria Jansen spoke on the quay on Monday, in front of the closed fish market.</p>
                <blockquote><p>We will rebuild the piers before the summer season starts.</p>
                  <footer>— Jansen, harbour master</footer></blockquote>
                <p>The council meets on Thursday to decide on the money for the repairs to the piers.</p>
                """);
        assertEquals(1, a.quotes().size(), a.quotes()::toString);
        Quote q = a.quotes().get(0);
        assertEquals(QuoteKind.BLOCK, q.kind());
        assertEquals("We will rebuild the piers before the summer season starts.", q.text());
        assertEquals("Maria Jansen", speaker(q));
        assertEquals(1, q.blockIndex());
        offsetsMatch(a, q);
    }

    @Test
    void aSignIsReadButHasNoSpeaker() {
        Article a = paragraphs("Maria Jansen walked past the ferry terminal on Monday morning. A sign on its door"
                + " read “Closed until further notice, by order of the council.” in large red letters.");
        assertEquals(1, a.quotes().size(), a.quotes()::toString);
        Quote q = a.quotes().get(0);
        assertEquals(Optional.empty(), q.speaker());
        assertEquals(Optional.of("read"), q.cue());
        assertEquals(QuoteKind.FULL, q.kind());
        offsetsMatch(a, q);
    }

    @Test
    void offsetsIndexTheArticleTextAcrossSeveralParagraphs() {
        Article a = paragraphs(
                "Secretary General Ana Lopez opened the meeting in Geneva on Monday.",
                "“We are here to listen,” Lopez told reporters before the first session began.",
                "Deputy Minister Ivan Petrov said the day was a “moment of clarity” for both sides.",
                "“Nothing is agreed until everything is agreed,” he said after the meeting.");
        assertEquals(3, a.quotes().size(), a.quotes()::toString);
        for (Quote q : a.quotes()) {
            offsetsMatch(a, q);
        }
        assertEquals(List.of(1, 2, 3), a.quotes().stream().map(Quote::blockIndex).collect(java.util.stream.Collectors.toList()));
        assertEquals("Ana Lopez", speaker(a.quotes().get(0)));
        assertEquals(Optional.of("told"), a.quotes().get(0).cue());
        assertEquals(QuoteKind.PARTIAL, a.quotes().get(1).kind());
        assertEquals("Ivan Petrov", speaker(a.quotes().get(2)));
    }
}
