package io.github.articlemodel.apitests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.articlemodel.Articles;
import io.github.articlemodel.Extraction;
import io.github.articlemodel.model.Agent;
import io.github.articlemodel.model.AgentType;
import io.github.articlemodel.model.Article;
import io.github.articlemodel.model.Block;
import io.github.articlemodel.model.Byline;
import io.github.articlemodel.model.Comment;
import io.github.articlemodel.model.CrossReference;
import io.github.articlemodel.model.CrossReferenceKind;
import io.github.articlemodel.model.DateValue;
import io.github.articlemodel.model.Heading;
import io.github.articlemodel.model.Quote;
import io.github.articlemodel.model.QuoteKind;
import java.io.IOException;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The example page, read through the public API only, as a user of the library would. */
final class NatoTalksPageTest {
    private static final Path PAGE = Path.of("examples/pages/nato-talks.html");
    private static final String SITE = "https://www.atlantic-ledger.example";
    private static final String CANONICAL = SITE + "/2022/01/12/nato-offers-arms-control-talks-russia/";

    private static Article article;

    @BeforeAll
    static void parse() throws IOException {
        article = Articles.parse(PAGE, null);
    }

    private static Quote quote(String text) {
        return article.quotes().stream().filter(q -> q.text().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no quote '" + text + "' in " + article.quotes()));
    }

    @Test
    void readsWithoutWarnings() throws IOException {
        Extraction<Article> e = Articles.parser().extract(PAGE, null);
        assertEquals(List.of(), e.warnings());
    }

    @Test
    void headline() {
        assertEquals(Optional.of("NATO offers arms control talks to Russia"), article.headline());
    }

    @Test
    void bylineWithAuthorPage() {
        assertEquals(1, article.bylines().size(), article.bylines()::toString);
        Byline b = article.bylines().get(0);
        assertEquals("Marieke de Vries", b.name());
        assertEquals(Optional.of(SITE + "/author/marieke-de-vries/"), b.url());
        assertEquals(AgentType.PERSON, b.type());
    }

    @Test
    void datesWithOffsetAndRawText() {
        DateValue published = article.datePublished().orElseThrow();
        OffsetDateTime p = assertInstanceOf(OffsetDateTime.class, published.value());
        assertEquals(OffsetDateTime.of(2022, 1, 12, 18, 40, 0, 0, ZoneOffset.ofHours(1)), p);
        assertEquals(ZoneOffset.ofHours(1), p.getOffset());
        assertEquals("2022-01-12T18:40:00+01:00", published.raw());
        DateValue modified = article.dateModified().orElseThrow();
        assertEquals(OffsetDateTime.of(2022, 1, 13, 9, 15, 0, 0, ZoneOffset.ofHours(1)), modified.value());
        assertEquals("2022-01-13T09:15:00+01:00", modified.raw());
    }

    @Test
    void pageFacts() {
        assertEquals(Optional.of(CANONICAL), article.canonicalUrl());
        assertEquals(Optional.of(CANONICAL), article.url());
        assertEquals(Optional.of("en-GB"), article.language());
        assertEquals(Optional.of("The Atlantic Ledger"), article.siteName());
        assertEquals(List.of("Europe"), article.sections());
        assertTrue(article.tags().containsAll(List.of("NATO", "Russia")), article.tags()::toString);
        assertEquals(2, article.tags().size(), article.tags()::toString);
    }

    @Test
    void textHasTheArticleParagraphs() {
        String text = article.text();
        for (String p : List.of(
                "Russia will keep the world in suspense for some time",
                "NATO made an offer to Russia on Wednesday to start a series of talks",
                "This is the second of three meetings between Russia and the West this week.",
                "Russia forced the transfer of consultations by amassing an alarming number of troops",
                "Stoltenberg once again explicitly emphasized",
                "should make do with that. less.",
                "Russia was represented in the meeting by the former Russian ambassador",
                "US Deputy Secretary of State Wendy Sherman said",
                "The pipeline is ready, but not yet operational.")) {
            assertTrue(text.contains(p), () -> "missing: " + p);
        }
    }

    @Test
    void textHasNoneOfTheBoilerplate() {
        String text = article.text();
        for (String junk : List.of(
                "Leave a Reply", "Your email address will not be published", "Post Comment",
                "Popular posts", "Energy prices: why your winter bill doubled", "The long road to a European army",
                "Eurozone inflation reaches its highest level", "Diplomacy is slow", "container chaos",
                "All rights reserved", "Proudly powered by WordPress", "Privacy policy",
                "Read also", "See also",
                "There is no prospect of an agreement between the United States and Russia",
                "Court strikes down EU-US data privacy pact",
                "Related posts", "OSCE talks in Vienna: what Ukraine wants", "Nord Stream 2 is finished",
                "Baltic states ask for more allied troops",
                "Advertisement", "About the author", "Brussels correspondent", "All articles by",
                "Share this", "Subscribe", "Skip to content", "The Ledger Briefing",
                "Henrik Aalto", "better talks than tanks")) {
            assertFalse(text.contains(junk), () -> "boilerplate in the text: " + junk);
        }
    }

    @Test
    void twoCrossReferencesAfterTheRightParagraphs() {
        List<CrossReference> refs = article.crossReferences();
        assertEquals(2, refs.size(), refs::toString);

        CrossReference readAlso = refs.get(0);
        assertEquals(CrossReferenceKind.READ_ALSO, readAlso.kind());
        assertEquals(Optional.of("Read also"), readAlso.label());
        assertEquals("There is no prospect of an agreement between the United States and Russia on Ukraine after"
                + " consultations in Geneva", readAlso.title());
        assertEquals(SITE + "/2022/01/10/no-prospect-agreement-us-russia-ukraine-geneva/", readAlso.url());
        assertTrue(article.body().get(readAlso.afterBlock().orElseThrow()).plainText()
                .startsWith("Stoltenberg said differences of opinion"));

        CrossReference seeAlso = refs.get(1);
        assertEquals(CrossReferenceKind.SEE_ALSO, seeAlso.kind());
        assertEquals(Optional.of("See also"), seeAlso.label());
        assertEquals("Court strikes down EU-US data privacy pact, leaving providers in the lurch", seeAlso.title());
        assertEquals(SITE + "/2020/07/16/court-strikes-down-eu-us-data-privacy-pact/", seeAlso.url());
        assertTrue(article.body().get(seeAlso.afterBlock().orElseThrow()).plainText()
                .startsWith("Stoltenberg emphasized that there was still a real danger"));
    }

    @Test
    void subheadingsAreHeadingBlocks() {
        List<Heading> headings = article.body().stream().filter(b -> b instanceof Heading).map(b -> (Heading) b)
                .collect(Collectors.toList());
        assertEquals(List.of("Consultation Relay", "Truth Day"),
                headings.stream().map(Heading::text).collect(Collectors.toList()));
        assertTrue(headings.stream().allMatch(h -> h.level() == 2));
        int relay = article.body().indexOf(headings.get(0));
        assertTrue(article.body().get(relay + 1).plainText().startsWith("Russia forced the transfer"));
    }

    @Test
    void fullQuoteWithItsSpeaker() {
        Quote q = quote("It was not an easy discussion, but that is exactly why this meeting is so important");
        assertEquals(QuoteKind.FULL, q.kind());
        assertEquals("Jens Stoltenberg", q.speaker().map(Agent::name).orElse(null));
        assertEquals(Optional.of("said"), q.cue());
        assertEquals(q.text(), article.text().substring(q.start(), q.end()));
        assertTrue(article.body().get(q.blockIndex()).plainText().contains(q.text()));
    }

    @Test
    void partialQuoteWithItsSpeaker() {
        Quote q = quote("day of truth");
        assertEquals(QuoteKind.PARTIAL, q.kind());
        assertEquals("Alexander Grushko", q.speaker().map(Agent::name).orElse(null));
        assertEquals(q.text(), article.text().substring(q.start(), q.end()));
        assertTrue(article.body().get(q.blockIndex()).plainText().startsWith("Russia was represented"));
    }

    @Test
    void noQuoteComesFromTheComments() {
        assertEquals(2, article.quotes().size(), article.quotes()::toString);
        for (Quote q : article.quotes()) {
            assertFalse(q.text().equals("Some time"), q::toString);
            assertTrue(q.blockIndex() < article.body().size());
            Block block = article.body().get(q.blockIndex());
            assertTrue(block.plainText().contains(q.text()), q::toString);
        }
    }

    @Test
    void commentThreads() {
        List<Comment> threads = article.comments();
        assertEquals(3, threads.size(), threads::toString);
        assertEquals(OptionalInt.of(4), article.commentCount());
        assertEquals(4, threads.stream().mapToInt(Comment::threadSize).sum());

        Comment c1042 = threads.get(0);
        assertEquals(Optional.of("comment-1042"), c1042.id());
        assertEquals("Henrik Aalto", c1042.author().orElseThrow().name());
        assertEquals(Optional.of("https://www.henrik-aalto.example/"), c1042.author().orElseThrow().url());
        assertEquals(OffsetDateTime.of(2022, 1, 12, 19, 22, 0, 0, ZoneOffset.ofHours(1)),
                c1042.datePublished().orElseThrow().value());
        assertTrue(c1042.text().startsWith("Arms control and transparency on exercises"));
        assertTrue(c1042.text().contains("better talks than tanks.\nWhat I miss in the piece"), c1042::text);

        assertEquals(1, c1042.replies().size());
        Comment c1043 = c1042.replies().get(0);
        assertEquals(Optional.of("comment-1043"), c1043.id());
        assertEquals("Jo Whitfield", c1043.author().orElseThrow().name());
        assertEquals(OffsetDateTime.of(2022, 1, 12, 20, 5, 0, 0, ZoneOffset.ofHours(1)),
                c1043.datePublished().orElseThrow().value());

        Comment c1045 = threads.get(1);
        assertEquals(Optional.of("comment-1045"), c1045.id());
        assertEquals("Ana Petrović", c1045.author().orElseThrow().name());
        assertEquals(OffsetDateTime.of(2022, 1, 12, 21, 48, 0, 0, ZoneOffset.ofHours(1)),
                c1045.datePublished().orElseThrow().value());
        assertTrue(c1045.replies().isEmpty());

        Comment c1047 = threads.get(2);
        assertEquals(Optional.of("comment-1047"), c1047.id());
        assertEquals("D. Kowalczyk", c1047.author().orElseThrow().name());
        assertEquals(OffsetDateTime.of(2022, 1, 13, 8, 31, 0, 0, ZoneOffset.ofHours(1)),
                c1047.datePublished().orElseThrow().value());
        assertTrue(c1047.replies().isEmpty());
    }

    @Test
    void nothingOfTheCommentFormIsAComment() {
        List<Comment> all = article.comments().stream()
                .flatMap(c -> java.util.stream.Stream.concat(java.util.stream.Stream.of(c), c.replies().stream()))
                .collect(Collectors.toList());
        for (Comment c : all) {
            for (String form : List.of("Leave a Reply", "Your email address", "Post Comment", "Save my name",
                    "Required fields", "Cancel reply")) {
                assertFalse(c.text().contains(form), c::toString);
            }
        }
    }
}
