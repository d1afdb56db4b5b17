package io.github.articlemodel.model;

import static io.github.articlemodel.model.Invariants.BLANKS;
import static io.github.articlemodel.model.Invariants.rejects;
import static io.github.articlemodel.model.Invariants.requires;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** {@link Candidate}, {@link FieldProvenance} and the article's provenance map. */
class ProvenanceTest {
    private static final Candidate JSON_LD = Candidate.of(Source.JSON_LD, "$[0].headline", "Headline");

    @Test
    void candidate() {
        assertEquals(Source.JSON_LD, JSON_LD.source());
        assertEquals("$[0].headline", JSON_LD.locator());
        assertEquals("Headline", JSON_LD.value());
        assertEquals("", Candidate.of(Source.META, "meta[name=x]", "").value()); // as found, may be empty
        for (String blank : BLANKS) {
            rejects("candidate.locator", () -> Candidate.of(Source.DOM, blank, "v"));
        }
        assertThrows(NullPointerException.class, () -> Candidate.of(null, "l", "v"));
    }

    @Test
    void fieldProvenance() {
        FieldProvenance alone = FieldProvenance.of(JSON_LD);
        assertEquals(JSON_LD, alone.winner());
        assertEquals(Optional.empty(), alone.reason());
        assertEquals(List.of(), alone.others());
        Candidate og = Candidate.of(Source.OPENGRAPH, "meta[property=og:title]", "Headline | Site");
        FieldProvenance p = new FieldProvenance.Builder().winner(JSON_LD).reason("json-ld outranks opengraph")
                .addOthers(og).build();
        assertEquals(List.of(og), p.others());
        for (String blank : BLANKS) {
            rejects("provenance.reason", () -> new FieldProvenance.Builder().winner(JSON_LD).reason(blank).build());
        }
        requires("winner", () -> new FieldProvenance.Builder().build());
    }

    @Test
    void theArticleKeepsTheInsertionOrder() {
        Article a = new Article.Builder()
                .putProvenance("url", FieldProvenance.of(Candidate.of(Source.INPUT, "base URL", "https://e.org")))
                .putProvenance("headline", FieldProvenance.of(JSON_LD))
                .putProvenance("bylines", FieldProvenance.of(Candidate.of(Source.DOM, ".byline", "By Jane")))
                .build();
        assertEquals(List.of("url", "headline", "bylines"), List.copyOf(a.provenance().keySet()));
        assertThrows(UnsupportedOperationException.class, () -> a.provenance().clear());
    }

    @Test
    void keysAreNotBlank() {
        for (String blank : BLANKS) {
            rejects("provenance key",
                    () -> new Article.Builder().putProvenance(blank, FieldProvenance.of(JSON_LD)).build());
        }
    }
}
