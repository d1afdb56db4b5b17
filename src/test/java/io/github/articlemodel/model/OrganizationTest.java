package io.github.articlemodel.model;

import static io.github.articlemodel.model.Invariants.BAD_URLS;
import static io.github.articlemodel.model.Invariants.BLANKS;
import static io.github.articlemodel.model.Invariants.rejects;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class OrganizationTest {
    @Test
    void builder() {
        Organization o = new Organization.Builder().name("Example Media").url("https://example.org/")
                .logo(Image.of("https://example.org/logo.png")).build();
        assertEquals("Example Media", o.name());
        assertEquals(Optional.of(Image.of("https://example.org/logo.png")), o.logo());
        assertEquals(Optional.empty(), Organization.of("X").url());
    }

    @Test
    void rejectsBlankNamesAndBadUrls() {
        for (String blank : BLANKS) {
            rejects("organization.name", () -> Organization.of(blank));
        }
        for (String url : BAD_URLS) {
            rejects("organization.url", () -> new Organization.Builder().name("O").url(url).build());
        }
    }
}
