package io.github.articlemodel.extract;

import static io.github.articlemodel.extract.QuoteFixtures.article;
import static io.github.articlemodel.extract.QuoteFixtures.paragraphs;
import static io.github.articlemodel.extract.QuoteFixtures.quote;
import static io.github.articlemodel.extract.QuoteFixtures.speaker;
import static io.github.articlemodel.extract.QuoteFixtures.speakerName;
import static io.github.articlemodel.extract.QuoteFixtures.texts;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.articlemodel.model.AgentType;
import io.github.articlemodel.model.Article;
import io.github.articlemodel.model.Quote;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Who said it (issue 5, Build 2), in English, German, French, Dutch and Spanish. */
final class QuoteAttributionTest {

    private static void said(Article a, String text, String speaker, String cue) {
        Quote q = quote(a, text);
        assertEquals(speaker, speaker(q), q::toString);
        assertEquals(Optional.ofNullable(cue), q.cue(), q::toString);
    }

    @Test
    void englishCueVerbsAndPhrases() {
        Article a = paragraphs(
                "Harbour master Maria Jansen and fisherman Tom Berg met the press on Monday.",
                "“The water came in very fast,” Jansen said.",
                "“We lost three boats,” Berg told reporters.",
                "“It stayed for two days,” she added.",
                "Jansen later wrote: “The quay must be rebuilt before the summer.”",
                "Berg stressed that the fleet was “ready to sail again” within a week.",
                "Jansen emphasised the need for “a higher wall along the harbour”.",
                "Berg warned that “the next storm will be worse” if nothing changes.",
                "The damage runs to “several million euros”, according to Jansen.",
                "“Nobody was hurt,” said Berg, a fisherman for forty years.");
        assertAll(
                () -> said(a, "The water came in very fast", "Maria Jansen", "said"),
                () -> said(a, "We lost three boats", "Tom Berg", "told"),
                () -> said(a, "The quay must be rebuilt before the summer.", "Maria Jansen", "wrote"),
                () -> said(a, "ready to sail again", "Tom Berg", "stressed"),
                () -> said(a, "a higher wall along the harbour", "Maria Jansen", "emphasised"),
                () -> said(a, "the next storm will be worse", "Tom Berg", "warned"),
                () -> said(a, "several million euros", "Maria Jansen", "according to"),
                () -> said(a, "Nobody was hurt", "Tom Berg", "said"));
    }

    @Test
    void germanCues() {
        Article a = paragraphs(
                "Außenministerin Anna Weber traf am Montag die Delegation in Wien.",
                "„Wir werden weiter reden müssen“, sagte Weber am Abend.",
                "Weber betonte, man wolle „keine neuen Mauern“ bauen.",
                "Laut Weber ist die Lage „sehr ernst“.",
                "„Das ist ein schwerer Tag“, so Weber.",
                "„Es gibt keinen anderen Weg“, fügte sie hinzu.",
                "Die Ministerin erklärte: „Wir bleiben standhaft.“");
        assertAll(
                () -> said(a, "Wir werden weiter reden müssen", "Anna Weber", "sagte"),
                () -> said(a, "keine neuen Mauern", "Anna Weber", "betonte"),
                () -> said(a, "sehr ernst", "Anna Weber", "laut"),
                () -> said(a, "Das ist ein schwerer Tag", "Anna Weber", "so"),
                () -> said(a, "Es gibt keinen anderen Weg", "Anna Weber", "fügte"),
                () -> said(a, "Wir bleiben standhaft.", "Anna Weber", "erklärte"));
    }

    @Test
    void germanRolesReportedSpeechAndNamesInBrackets() {
        Article a = article("de", """
                <p>Wirtschaftsminister Robert Habeck sprach von einem „wichtigen Schritt“.</p>
                <p>„Wir haben lange verhandelt“, sagte der Grünen-Politiker in Berlin. Finanzminister Christian Lindner
                zeigte sich zurückhaltender.</p>
                <p>„Die Schuldenbremse gilt weiter“, betonte der FDP-Chef. Er wolle „keine neuen Schulden“ machen.</p>
                <p>Der Bund für Umwelt und Naturschutz Deutschland (BUND) nannte das Paket „enttäuschend“.</p>
                """);
        assertAll(
                () -> said(a, "wichtigen Schritt", "Robert Habeck", "sprach"),
                () -> said(a, "Wir haben lange verhandelt", "Robert Habeck", "sagte"),
                () -> said(a, "Die Schuldenbremse gilt weiter", "Christian Lindner", "betonte"),
                () -> said(a, "keine neuen Schulden", "Christian Lindner", null),
                () -> said(a, "enttäuschend", "Bund für Umwelt und Naturschutz Deutschland", "nannte"));
    }

    @Test
    void frenchCues() {
        Article a = paragraphs(
                "Le ministre Jean Dupont a rencontré la délégation lundi à Bruxelles.",
                "« Nous allons continuer à parler », a déclaré Dupont lundi soir.",
                "« Mais pas à n’importe quel prix », a-t-il ajouté.",
                "Selon Dupont, la situation est « très grave ».",
                "La porte-parole du gouvernement, Marie Leroy, a souligné que rien n’était « encore décidé ».",
                "« C’est une étape importante », explique-t-elle.");
        assertAll(
                () -> said(a, "Nous allons continuer à parler", "Jean Dupont", "a déclaré"),
                () -> said(a, "Mais pas à n’importe quel prix", "Jean Dupont", "ajouté"),
                () -> said(a, "très grave", "Jean Dupont", "selon"),
                () -> said(a, "encore décidé", "Marie Leroy", "a souligné"),
                () -> said(a, "C’est une étape importante", "Marie Leroy", "explique"));
    }

    @Test
    void dutchCues() {
        Article a = paragraphs(
                "Burgemeester Pieter de Vries sprak maandag in Den Haag over de storm.",
                "\"We gaan de dijken versterken\", zei De Vries.",
                "Volgens De Vries is de schade \"enorm groot\".",
                "„Niemand had dit verwacht”, aldus de burgemeester.",
                "Hij schreef later: ‘We geven niet op.’");
        assertAll(
                () -> said(a, "We gaan de dijken versterken", "Pieter de Vries", "zei"),
                () -> said(a, "enorm groot", "Pieter de Vries", "volgens"),
                () -> said(a, "Niemand had dit verwacht", "Pieter de Vries", "aldus"),
                () -> said(a, "We geven niet op.", "Pieter de Vries", "schreef"));
    }

    @Test
    void spanishCues() {
        Article a = paragraphs(
                "La ministra Carmen García visitó el lunes la zona afectada por las inundaciones.",
                "«Vamos a reconstruir todo lo que se ha perdido», dijo García.",
                "«Nadie se quedará atrás», añadió.",
                "Según García, la situación es «muy grave».",
                "«Es un día muy triste para todos nosotros», afirmó la ministra.");
        assertAll(
                () -> said(a, "Vamos a reconstruir todo lo que se ha perdido", "Carmen García", "dijo"),
                () -> said(a, "Nadie se quedará atrás", "Carmen García", "añadió"),
                () -> said(a, "muy grave", "Carmen García", "según"),
                () -> said(a, "Es un día muy triste para todos nosotros", "Carmen García", "afirmó"));
    }

    @Test
    void theSpeakerFromTheParagraphBefore() {
        Article en = paragraphs(
                "Harbour master Maria Jansen spoke on the quay on Monday.",
                "Jansen said:",
                "“The quay must be rebuilt before the summer.”");
        Article nl = paragraphs("Minister Sanne Visser was maandag in Zeeland. Visser zei daarover het volgende:",
                "„We laten niemand in de steek.”");
        assertAll(
                () -> assertEquals("Maria Jansen", speaker(quote(en, "The quay must be rebuilt before the summer."))),
                () -> assertEquals(Optional.of("said"), quote(en, "The quay must be rebuilt before the summer.").cue()),
                () -> assertEquals("Sanne Visser", speaker(quote(nl, "We laten niemand in de steek."))));
    }

    @Test
    void aRunOfQuotesKeepsItsSpeaker() {
        Article a = article("""
                <p>“The water came in very fast,” said harbour master Maria Jansen.</p>
                <figure><img src="/quay.jpg" alt=""><figcaption>The broken quay on Monday.</figcaption></figure>
                <p>“We had never seen anything like it. The whole quay was under water.”</p>
                <p>“It will take years to rebuild.” Then she walked back to her office.</p>
                <h2>The costs</h2>
                <p>“Nobody knows who will pay for it.”</p>
                """);
        assertAll(
                () -> assertEquals("Maria Jansen", speaker(quote(a, "We had never seen anything like it. The whole quay was under water."))),
                () -> assertEquals(Optional.empty(), quote(a, "We had never seen anything like it. The whole quay was under water.").cue()),
                () -> assertEquals("Maria Jansen", speaker(quote(a, "It will take years to rebuild."))),
                // A heading starts another part of the story: no one is named for this one.
                () -> assertEquals(Optional.empty(), speakerName(quote(a, "Nobody knows who will pay for it."))));
    }

    @Test
    void runsPronounsAndAbsentSpeakersInOtherLanguages() {
        Article de = paragraphs(
                "„Das Wasser kam sehr schnell“, sagte Hafenmeisterin Maria Jansen.",
                "„Wir hatten so etwas noch nie gesehen. Der ganze Kai stand unter Wasser.“");
        Article fr = paragraphs(
                "Mme Claire Dubois a rencontré M. Paul Martin lundi à la mairie.",
                "« Nous avons un plan pour le port », a-t-elle déclaré.",
                "« Cela coûtera beaucoup d’argent », a-t-il répondu.");
        Article es = paragraphs("El alcalde Jorge Ruiz visitó el puerto el lunes por la mañana.",
                "«Necesitamos ayuda del Gobierno», dijo él después de la visita.");
        Article nl = paragraphs("„Niets zal ooit meer hetzelfde zijn in deze stad na de storm.”",
                "De storm trof maandagnacht de kust en zette de oude haven onder water.");
        assertAll(
                () -> assertEquals("Maria Jansen", speaker(quote(de, "Wir hatten so etwas noch nie gesehen. Der ganze Kai stand unter Wasser."))),
                () -> assertEquals("Claire Dubois", speaker(quote(fr, "Nous avons un plan pour le port"))),
                () -> assertEquals("Paul Martin", speaker(quote(fr, "Cela coûtera beaucoup d’argent"))),
                () -> assertEquals("Jorge Ruiz", speaker(quote(es, "Necesitamos ayuda del Gobierno"))),
                () -> assertEquals(Optional.empty(), quote(nl, "Niets zal ooit meer hetzelfde zijn in deze stad na de storm.").speaker()));
    }

    @Test
    void aQuoteInsideAQuoteIsPartOfIt() {
        Article a = paragraphs("Harbour master Maria Jansen spoke on Monday. “The fishermen kept asking me ‘when can we"
                + " sail again?’ and I had no answer,” Jansen said.");
        assertEquals(List.of("The fishermen kept asking me ‘when can we sail again?’ and I had no answer"), texts(a));
    }

    @Test
    void aQuoteAfterAnAttributedOneInTheSameParagraph() {
        Article a = paragraphs("“This attack is meant to frighten tourists,” said Lotfi Azouz, a director of a rights group."
                + " “There is worry the government will use it to justify harsh measures.”");
        assertEquals("Lotfi Azouz", speaker(quote(a, "There is worry the government will use it to justify harsh measures.")));
    }

    @Test
    void pronounsResolveToTheMostRecentCompatiblePerson() {
        Article en = paragraphs(
                "Ms Anna Berg met Mr Peter Holm in the town hall on Monday.",
                "“We have a plan for the harbour,” she said.",
                "“It will cost a lot of money,” he said.");
        Article de = paragraphs("Kanzlerin Eva Brandt traf am Montag den Bürgermeister Karl Fink.",
                "„Wir brauchen mehr Geld für den Hafen“, sagte er.");
        assertAll(
                () -> assertEquals("Anna Berg", speaker(quote(en, "We have a plan for the harbour"))),
                () -> assertEquals("Peter Holm", speaker(quote(en, "It will cost a lot of money"))),
                () -> assertEquals("Karl Fink", speaker(quote(de, "Wir brauchen mehr Geld für den Hafen"))));
    }

    @Test
    void rolesResolveToThePersonGivenThatRole() {
        Article en = paragraphs(
                "Secretary General Ana Lopez opened the meeting in Geneva on Monday, with delegations from thirty"
                        + " countries at the table.",
                "Fisheries minister Omar Haddad arrived an hour late.",
                "“Nobody expects an agreement this week,” the Secretary-General said.",
                "“We came to listen,” the minister said.");
        Article es = paragraphs("El alcalde Jorge Ruiz y la ministra Carmen García visitaron el puerto.",
                "«Vamos a reconstruirlo», afirmó la ministra.", "«Necesitamos ayuda», dijo el alcalde.");
        assertAll(
                () -> assertEquals("Ana Lopez", speaker(quote(en, "Nobody expects an agreement this week"))),
                () -> assertEquals("Omar Haddad", speaker(quote(en, "We came to listen"))),
                () -> assertEquals("Carmen García", speaker(quote(es, "Vamos a reconstruirlo"))),
                () -> assertEquals("Jorge Ruiz", speaker(quote(es, "Necesitamos ayuda"))));
    }

    @Test
    void shortNamesResolveToTheFullestFormTheArticleGives() {
        Article a = paragraphs(
                "Whale expert Hori Parata has seen more than 500 strandings.",
                "His son, Te Kaurinui Robert Parata, studies whale carving.",
                "“People dismiss us,” says Te Kaurinui.",
                "“Man’s greed is hurting the whales,” says Parata.",
                "Mr. Reeves, a senior fellow, joined them. “It is a shame,” Reeves said. Eric Reeves has written two books.");
        assertAll(
                () -> assertEquals("Te Kaurinui Robert Parata", speaker(quote(a, "People dismiss us"))),
                () -> assertEquals("Hori Parata", speaker(quote(a, "Man’s greed is hurting the whales"))),
                () -> assertEquals("Eric Reeves", speaker(quote(a, "It is a shame"))));
    }

    @Test
    void onlyARoleGiven() {
        Article en = paragraphs("“The talks will continue next week,” a spokesman for the ministry said.");
        Article de = paragraphs("Ein Sprecher des Ministeriums erklärte, man prüfe „alle Optionen“.");
        Article fr = paragraphs("« Rien n’est décidé », a déclaré un porte-parole du ministère.");
        Quote q = quote(en, "The talks will continue next week");
        assertAll(
                () -> assertEquals("a spokesman for the ministry", speaker(q)),
                () -> assertEquals(AgentType.ROLE, q.speaker().get().type()),
                () -> assertEquals("Ein Sprecher des Ministeriums", speaker(quote(de, "alle Optionen"))),
                () -> assertEquals("un porte-parole du ministère", speaker(quote(fr, "Rien n’est décidé"))));
    }

    @Test
    void organisationsSpeakToo() {
        Article a = paragraphs(
                "The Food Standards Agency warned people to stay away from the pills.",
                "“We advise the public not to take any tablets containing DNP,” it said in a statement.",
                "The pills are a “serious risk to health”, the agency added.");
        Quote q = quote(a, "We advise the public not to take any tablets containing DNP");
        assertAll(
                () -> assertEquals("Food Standards Agency", speaker(q)),
                () -> assertEquals(AgentType.ORGANIZATION, q.speaker().get().type()),
                () -> assertEquals("Food Standards Agency", speaker(quote(a, "serious risk to health"))));
    }

    @Test
    void whenNothingAttributesAQuoteItsSpeakerIsAbsent() {
        Article a = paragraphs(
                "“Nothing will ever be the same again in this town after the storm.”",
                "The storm hit the coast on Monday night and flooded the old harbour.");
        Article sign = paragraphs("Maria Jansen walked past the ferry terminal on Monday morning. A sign on its door"
                + " read “Closed until further notice, by order of the council.” in large red letters.");
        Quote q = quote(a, "Nothing will ever be the same again in this town after the storm.");
        Quote s = quote(sign, "Closed until further notice, by order of the council.");
        assertAll(
                () -> assertEquals(Optional.empty(), q.speaker()),
                () -> assertEquals(Optional.empty(), q.cue()),
                () -> assertEquals(Optional.empty(), s.speaker()),
                () -> assertEquals(Optional.of("read"), s.cue()),
                () -> assertEquals(1, texts(sign).size()));
    }

    @Test
    void aPassiveWithoutAnAgentKeepsItsCueAndNoSpeaker() {
        Article a = paragraphs("Whale expert Hori Parata has seen many strandings. The latest one was described as"
                + " “unprecedented” by the conservation department, and another as “tragic”.");
        Quote q = quote(a, "unprecedented");
        assertEquals(Optional.of("described"), q.cue());
        assertEquals("the conservation department", speaker(q));
    }

    @Test
    void germanPrepositionsAndTheImpersonalManNameNoOne() {
        Article de = article("de", """
                <p>Ein neuer Gedichtband (von Lena Korte) ist im Frühjahr erschienen und wurde viel besprochen.</p>
                <p>„Einfache Erklärungen enttäuschen“, schreibt Korte im Nachwort.</p>
                <p>Die Farbe hat laut dem Harbour Color Institute „die Kraft, Mut zu machen“.</p>
                <p>Wenn man etwas anderes erzählt, könnte man sagen „ich war schon vorher ausgeraubt worden“.</p>
                """);
        assertAll(
                () -> assertEquals("Lena Korte", speaker(quote(de, "Einfache Erklärungen enttäuschen"))),
                () -> assertEquals("Harbour Color Institute", speaker(quote(de, "die Kraft, Mut zu machen"))),
                () -> assertEquals(Optional.empty(), speakerName(quote(de, "ich war schon vorher ausgeraubt worden"))));
    }

    @Test
    void theSpeakerAfterACueLeavesOutAdverbsAndTheOneTold() {
        Article de = article("de", """
                <p>Die Bahn ändert die Regeln für ihre Lounges. „Sparpreise reichen nicht mehr“, sagte eine
                Bahn-Sprecherin dem Reiseblog. Im Dezember wurde ein neuer LoungeComfort Plus-Bereich eröffnet.</p>
                <p>„Snacks werden weiter am Platz serviert“, so die Bahn-Sprecherin weiter.</p>
                <p>„Für Begleiter ändert sich nichts“, sagte jetzt allerdings eine Bahn-Sprecherin.</p>
                <p>Verbandschef Fabian Stenger kritisiert den Takt. „Der Wettbewerb leidet“, sagt auch Stenger.</p>
                <p>„Das macht der Verband selbst“, sagte uns ein Sprecher der Stadt.</p>
                """);
        Article es = article("es", """
                <p>La tensión crece en la coalición de gobierno desde hace varias semanas.</p>
                <p>"El que fuerza la ruptura es el presidente", dijo primero el secretario general del partido en
                declaraciones radiales.</p>
                """);
        assertAll(
                () -> assertEquals("eine Bahn-Sprecherin", speaker(quote(de, "Sparpreise reichen nicht mehr"))),
                () -> assertEquals("die Bahn-Sprecherin", speaker(quote(de, "Snacks werden weiter am Platz serviert"))),
                () -> assertEquals("eine Bahn-Sprecherin", speaker(quote(de, "Für Begleiter ändert sich nichts"))),
                () -> assertEquals("Fabian Stenger", speaker(quote(de, "Der Wettbewerb leidet"))),
                () -> assertEquals("ein Sprecher der Stadt", speaker(quote(de, "Das macht der Verband selbst"))),
                () -> assertEquals("el secretario general del partido",
                        speaker(quote(es, "El que fuerza la ruptura es el presidente"))));
    }
}
