package io.github.articlemodel.model;

import static io.github.articlemodel.model.Invariants.BAD_URLS;
import static io.github.articlemodel.model.Invariants.BLANKS;
import static io.github.articlemodel.model.Invariants.rejects;
import static io.github.articlemodel.model.Invariants.requires;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class CrossReferenceTest {
    private static CrossReference.Builder ref() {
        return new CrossReference.Builder().title("What NATO wants").url("https://example.org/n")
                .kind(CrossReferenceKind.READ_ALSO);
    }

    @Test
    void builder() {
        CrossReference r = ref().label("Read also").afterBlock(2).build();
        assertEquals(Optional.of("Read also"), r.label());
        assertEquals("What NATO wants", r.title());
        assertEquals("https://example.org/n", r.url());
        assertEquals(CrossReferenceKind.READ_ALSO, r.kind());
        assertEquals(OptionalInt.of(2), r.afterBlock());
        assertEquals(OptionalInt.empty(), ref().build().afterBlock());
    }

    @Test
    void invariants() {
        for (String blank : BLANKS) {
            rejects("crossReference.label", () -> ref().label(blank).build());
            rejects("crossReference.title", () -> ref().title(blank).build());
        }
        for (String url : BAD_URLS) {
            rejects("crossReference.url", () -> ref().url(url).build());
        }
        rejects("crossReference.afterBlock", () -> ref().afterBlock(-1).build());
        requires("kind", () -> new CrossReference.Builder().title("t").url("https://e.org").build());
    }

    @Test
    void afterBlockMustBeABlockOfTheArticle() {
        new Article.Builder().addBody(Paragraph.of("p")).addCrossReferences(ref().afterBlock(0).build()).build();
        new Article.Builder().addCrossReferences(ref().build()).build(); // before the first block: no body needed
        rejects("crossReferences[].afterBlock", () -> new Article.Builder().addBody(Paragraph.of("p"))
                .addCrossReferences(ref().afterBlock(1).build()).build());
    }
}
