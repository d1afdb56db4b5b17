package io.github.articlemodel.model;

import static io.github.articlemodel.model.Invariants.BAD_URLS;
import static io.github.articlemodel.model.Invariants.BLANKS;
import static io.github.articlemodel.model.Invariants.rejects;
import static io.github.articlemodel.model.Invariants.requires;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class ImageTest {
    @Test
    void builderAndAbsentValues() {
        Image i = new Image.Builder().url("https://example.org/a.jpg").alt("Alt").caption("Caption")
                .credit("Photo: J. Roe").width(1200).height(0).build();
        assertEquals("https://example.org/a.jpg", i.url());
        assertEquals(Optional.of("Alt"), i.alt());
        assertEquals(Optional.of("Caption"), i.caption());
        assertEquals(Optional.of("Photo: J. Roe"), i.credit());
        assertEquals(OptionalInt.of(1200), i.width());
        assertEquals(OptionalInt.of(0), i.height());
        Image bare = Image.of("https://example.org/b.png");
        assertEquals(Optional.empty(), bare.alt());
        assertEquals(OptionalInt.empty(), bare.width());
    }

    @Test
    void rejectsBadUrlsBlankTextsAndNegativeSizes() {
        for (String url : BAD_URLS) {
            rejects("image.url", () -> Image.of(url));
        }
        for (String blank : BLANKS) {
            rejects("image.alt", () -> new Image.Builder().url("https://e.org/i").alt(blank).build());
            rejects("image.caption", () -> new Image.Builder().url("https://e.org/i").caption(blank).build());
            rejects("image.credit", () -> new Image.Builder().url("https://e.org/i").credit(blank).build());
        }
        rejects("image.width", () -> new Image.Builder().url("https://e.org/i").width(-1).build());
        rejects("image.height", () -> new Image.Builder().url("https://e.org/i").height(-1).build());
        requires("url", () -> new Image.Builder().build());
    }
}
