package io.github.articlemodel.extract;

import static io.github.articlemodel.extract.QuoteFixtures.article;
import static io.github.articlemodel.extract.QuoteFixtures.blocks;
import static io.github.articlemodel.extract.QuoteFixtures.paragraphs;
import static io.github.articlemodel.extract.QuoteFixtures.quote;
import static io.github.articlemodel.extract.QuoteFixtures.speaker;
import static io.github.articlemodel.extract.QuoteFixtures.texts;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.articlemodel.model.Article;
import io.github.articlemodel.model.Paragraph;
import io.github.articlemodel.model.Quote;
import io.github.articlemodel.model.QuoteBlock;
import io.github.articlemodel.model.QuoteKind;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which quoted spans are quotes (issue 5, Build 1), in English, German, French, Dutch and Spanish. */
final class QuoteDetectionTest {

    @Test
    void everyQuotationMarkStyle() {
        Article a = paragraphs(
                "Harbour master Maria Jansen spoke on the quay on Monday morning.",
                "“The water came in very fast,” Jansen said.",
                "\"It stayed for two whole days,\" she told reporters.",
                "Bürgermeisterin Petra Lang sagte: „Wir bauen den Hafen wieder auf.“",
                "Lang fügte hinzu: ‚Das dauert aber einige Jahre.‘",
                "Le maire Paul Martin a déclaré : « Nous reconstruirons le port. »",
                "Martin a ajouté : ‹ Il faudra du temps. ›",
                "Die Ärztin Eva Roth sagte: »Niemand wurde schwer verletzt.«",
                "Fisherman Tom Berg said: ‘We lost three boats in one night.’",
                "Engineer Ken Sato said: 「We will check every pier this week.」",
                "Officer Dan Price said: \"The road stays closed until Friday.”",
                "Nurse Ada Wong said: “We treated twelve people for cold.''");
        assertAll(
                () -> assertEquals("The water came in very fast", quote(a, "The water came in very fast").text()),
                () -> assertEquals("Maria Jansen", speaker(quote(a, "It stayed for two whole days"))),
                () -> assertEquals("Petra Lang", speaker(quote(a, "Wir bauen den Hafen wieder auf."))),
                () -> assertEquals("Petra Lang", speaker(quote(a, "Das dauert aber einige Jahre."))),
                () -> assertEquals("Paul Martin", speaker(quote(a, "Nous reconstruirons le port."))),
                () -> assertEquals("Paul Martin", speaker(quote(a, "Il faudra du temps."))),
                () -> assertEquals("Eva Roth", speaker(quote(a, "Niemand wurde schwer verletzt."))),
                () -> assertEquals("Tom Berg", speaker(quote(a, "We lost three boats in one night."))),
                () -> assertEquals("Ken Sato", speaker(quote(a, "We will check every pier this week."))),
                // Unbalanced pairs: a straight opening mark with a curly closing one, two apostrophes.
                () -> assertEquals("Dan Price", speaker(quote(a, "The road stays closed until Friday."))),
                () -> assertEquals("Ada Wong", speaker(quote(a, "We treated twelve people for cold."))),
                () -> assertEquals(11, a.quotes().size(), () -> texts(a).toString()));
    }

    @Test
    void apostrophesAreNotQuotationMarks() {
        Article a = paragraphs("The fishermen’s union said it’s too early to count the boats’ losses, and the ’90s"
                + " were worse, the skipper's wife said.");
        assertEquals(List.of(), a.quotes());
    }

    @Test
    void eachQuoteHasItsTextKindBlockAndOffsets() {
        Article a = paragraphs(
                "Secretary General Ana Lopez opened the meeting in Geneva on Monday.",
                "“We are here to listen,” Lopez told reporters before the first session began.",
                "Deputy Minister Ivan Petrov said the day was a “moment of clarity” for both sides.");
        Quote full = quote(a, "We are here to listen");
        Quote partial = quote(a, "moment of clarity");
        assertAll(
                () -> assertEquals(QuoteKind.FULL, full.kind()),
                () -> assertEquals(1, full.blockIndex()),
                () -> assertEquals(a.text().indexOf("We are here"), full.start()),
                () -> assertEquals(QuoteKind.PARTIAL, partial.kind()),
                () -> assertEquals(2, partial.blockIndex()),
                () -> assertEquals(partial.text(), a.text().substring(partial.start(), partial.end())));
    }

    @Test
    void aQuoteOverSeveralParagraphsIsOneQuote() {
        Article en = paragraphs(
                "Fiona Jansen spoke to reporters outside the court on Tuesday afternoon.",
                "“Nobody told us how dangerous the pills were,” she said. “We trusted the shop.",
                "“We will not stop until the sale is banned.”",
                "The shop has not commented on the case.");
        Article de = paragraphs(
                "Bürgermeister Hans Vogel sprach am Dienstag vor dem Rathaus.",
                "„Wir haben alles versucht, um den Hafen zu retten.",
                "„Aber das Wasser kam zu schnell“, sagte Vogel.");
        Quote q = quote(en, "We trusted the shop.\n“We will not stop until the sale is banned.");
        Quote r = quote(de, "Wir haben alles versucht, um den Hafen zu retten.\n„Aber das Wasser kam zu schnell");
        assertAll(
                () -> assertEquals(2, en.quotes().size(), () -> texts(en).toString()),
                () -> assertEquals(1, q.blockIndex()),
                () -> assertEquals("Fiona Jansen", speaker(q)),
                () -> assertEquals(QuoteKind.FULL, q.kind()),
                () -> assertEquals(1, de.quotes().size(), () -> texts(de).toString()),
                () -> assertEquals(1, r.blockIndex()),
                () -> assertEquals("Hans Vogel", speaker(r)));
    }

    @Test
    void anInterruptedQuoteIsTwoSpansWithOneSpeaker() {
        Article en = paragraphs("Harbour master Maria Jansen walked along the broken quay on Monday. “The water came in"
                + " very fast,” she said, “and it stayed for two whole days.”");
        Article fr = paragraphs("La maire Claire Dubois a visité le port lundi. « Nous allons reconstruire », a-t-elle"
                + " déclaré, « mais cela prendra des années. »");
        Article es = paragraphs("La ministra Carmen García visitó el puerto el lunes. «Vamos a reconstruirlo», dijo"
                + " García, «pero llevará años».");
        for (Article a : List.of(en, fr, es)) {
            assertEquals(2, a.quotes().size(), () -> texts(a).toString());
            Quote first = a.quotes().get(0);
            Quote second = a.quotes().get(1);
            assertEquals(speaker(first), speaker(second));
            assertEquals(QuoteKind.FULL, first.kind());
            assertEquals(QuoteKind.FULL, second.kind(), second::toString);
            assertTrue(first.end() < second.start());
        }
        assertEquals("Maria Jansen", speaker(en.quotes().get(0)));
        assertEquals("and it stayed for two whole days.", en.quotes().get(1).text());
        assertEquals("Claire Dubois", speaker(fr.quotes().get(0)));
        assertEquals("Carmen García", speaker(es.quotes().get(0)));
    }

    @Test
    void partialQuotesWovenIntoASentence() {
        Article en = paragraphs("Russia was represented by Deputy Foreign Minister Ivan Petrov. Local media said he had"
                + " said before the meeting that it was a “moment of clarity” for both sides.");
        Article es = paragraphs("El ministro Luis Ortega habló el lunes en Madrid. Ortega dijo que la situación era"
                + " «muy grave» para el sector.");
        Article nl = paragraphs("Minister Sanne Visser sprak maandag in Den Haag. Volgens Visser is de schade"
                + " \"enorm groot\" voor de boeren.");
        assertAll(
                () -> assertEquals(QuoteKind.PARTIAL, quote(en, "moment of clarity").kind()),
                () -> assertEquals("Ivan Petrov", speaker(quote(en, "moment of clarity"))),
                () -> assertEquals("Luis Ortega", speaker(quote(es, "muy grave"))),
                () -> assertEquals(QuoteKind.PARTIAL, quote(es, "muy grave").kind()),
                () -> assertEquals("Sanne Visser", speaker(quote(nl, "enorm groot"))));
    }

    @Test
    void singleWordsAreQuotesOnlyWithACue() {
        Article a = paragraphs(
                "President Ana Lopez said it was “distressing” not to have made progress on the issue.",
                "She was buoyed by a string of “wins” on healthcare and trade.");
        assertEquals(List.of("distressing"), texts(a));
        assertEquals("Ana Lopez", speaker(a.quotes().get(0)));
    }

    @Test
    void titlesNicknamesTermsAndScareQuotesAreNotQuotes() {
        Article en = paragraphs(
                "Maria Jansen said her book “The Long Road Home” sold well in every shop in Westport.",
                "Her first novel, “Salt and Stone”, was published in May and reprinted twice since then.",
                "Robert “Bobby” Jones runs the ferry between the islands.",
                "The bill would force providers to store so-called “metadata” for two years.",
                "Engineers call the process “freeze-thaw” cycling, and the term “superbug” is used for such bacteria.",
                "Researchers used a technique called “mental chronometry” to time the decisions.",
                "The city was buoyed by a string of “wins” over the summer.",
                "There was a flicker across his face as if to say “You think you got me?” before he smiled.");
        Article de = paragraphs("Der sogenannte „Deutschlandtakt“ soll die Züge pünktlicher machen.",
                "Im Kino läuft „Das Boot“ wieder.");
        Article fr = paragraphs("Le film « La Grande Vadrouille » repasse ce soir à la télévision.",
                "Ce qu’on appelle « l’effet papillon » fascine les chercheurs.");
        Article nl = paragraphs("Het boek “De Avonden” is opnieuw uitgegeven door de uitgeverij in Amsterdam.");
        assertAll(
                () -> assertEquals(List.of(), texts(en)),
                () -> assertEquals(List.of(), texts(de)),
                () -> assertEquals(List.of(), texts(fr)),
                () -> assertEquals(List.of(), texts(nl)));
    }

    @Test
    void aQuotedHeadingThatEchoesAQuoteIsOneOfItsWords() {
        Article a = article("""
                <h2>‘We need to listen’</h2>
                <p>Whale expert Hori Tane has seen more than 500 strandings on the coast of Northland.</p>
                <p>“It’s very emotional. Our ancestors tell us the strandings are a sign. We need to listen,” Tane said.</p>
                <h2>‘Tip of the iceberg’ strandings</h2>
                <p>The beaches were closed for a week after the last stranding.</p>
                """);
        Quote heading = quote(a, "We need to listen");
        assertEquals("Hori Tane", speaker(heading));
        assertEquals(2, a.quotes().size(), () -> texts(a).toString());
    }

    @Test
    void blockQuotationWithItsAttribution() {
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
    }

    @Test
    void blockQuotationIntroducedByTheParagraphBefore() {
        Article en = article("""
                <p>One reader, Bruce Hale, wrote on the forum about the new job listings:</p>
                <blockquote><p>I wonder how many of these skills are no longer listed because everyone has them.</p></blockquote>
                """);
        Article de = article("""
                <p>Die Forscherin Lena Brandt schreibt in ihrem Bericht:</p>
                <blockquote><p>Die Zahl der Strandungen hat sich in zehn Jahren verdoppelt.</p></blockquote>
                """);
        assertEquals("Bruce Hale", speaker(en.quotes().get(0)));
        assertEquals(QuoteKind.BLOCK, en.quotes().get(0).kind());
        assertEquals("Lena Brandt", speaker(de.quotes().get(0)));
    }

    @Test
    void pullQuoteWithItsOwnMarksAndAName() {
        Article a = blocks(
                Paragraph.of("Professor Michael Shaw and his colleagues asked five people to watch dots on a screen."),
                new QuoteBlock.Builder().text("“Becoming aware of a decision follows the same process as the decision"
                        + " itself.” Michael Shaw, Ph.D.").build(),
                Paragraph.of("The team now wants to repeat the test with more people."));
        Quote q = a.quotes().get(0);
        assertEquals("Becoming aware of a decision follows the same process as the decision itself.", q.text());
        assertEquals(QuoteKind.BLOCK, q.kind());
        assertEquals("Michael Shaw", speaker(q));
    }

    @Test
    void pullQuoteRepeatingAQuoteTakesItsSpeaker() {
        Article a = blocks(
                Paragraph.of("Mayor Lisa Hart opened the new bridge on Saturday."),
                Paragraph.of("“This bridge joins two towns that have waited fifty years for it,” Hart said."),
                QuoteBlock.of("“This bridge joins two towns that have waited fifty years for it.”"),
                Paragraph.of("The bridge cost twelve million euros."));
        assertEquals(2, a.quotes().size(), () -> texts(a).toString());
        assertEquals("Lisa Hart", speaker(a.quotes().get(1)));
        assertEquals(QuoteKind.BLOCK, a.quotes().get(1).kind());
    }

    @Test
    void inlineQuotationElementsRenderedWithMarks() {
        // The body stage renders <q> without marks today; rendered as browsers show it, it is a quote.
        Article a = blocks(Paragraph.of("Mayor Lisa Hart opened the bridge and said it “joins two towns that waited fifty"
                + " years” for a crossing."));
        assertEquals("Lisa Hart", speaker(quote(a, "joins two towns that waited fifty years")));
    }

    @Test
    void quotesInListItemsUnderALeadIn() {
        Article a = article("""
                <p>In a long interview, President Ana Lopez also said:</p>
                <ul><li>The union must stay together to have influence</li>
                <li>She would speak “bluntly” against corruption</li></ul>
                """);
        assertEquals("Ana Lopez", speaker(quote(a, "bluntly")));
    }

    @Test
    void hypotheticalSpeechIsNotAQuote() {
        Article a = paragraphs("There was a flicker across the president’s face, as if to say “You think you got me?”"
                + " before his smile returned.");
        assertFalse(texts(a).contains("You think you got me?"));
    }
}
