package io.github.articlemodel.model;

import static io.github.articlemodel.model.Invariants.BAD_URLS;
import static io.github.articlemodel.model.Invariants.BLANKS;
import static io.github.articlemodel.model.Invariants.rejects;
import static io.github.articlemodel.model.Invariants.requires;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class BylineTest {
    @Test
    void builderAndDefaults() {
        Byline b = new Byline.Builder().name("Jane Doe").url("https://example.org/jane").build();
        assertEquals("Jane Doe", b.name());
        assertEquals(Optional.of("https://example.org/jane"), b.url());
        assertEquals(AgentType.PERSON, b.type());
        assertEquals(BylineRole.AUTHOR, b.role());
        assertEquals(Optional.empty(), b.affiliation());
    }

    @Test
    void factories() {
        assertEquals(new Byline.Builder().name("Jane").build(), Byline.person("Jane"));
        Byline reuters = Byline.organization("Reuters");
        assertEquals(AgentType.ORGANIZATION, reuters.type());
        assertEquals(BylineRole.AUTHOR, reuters.role());
    }

    @Test
    void valueSemantics() {
        assertEquals(Byline.person("Jane"), Byline.person("Jane"));
        assertEquals(Byline.person("Jane").hashCode(), Byline.person("Jane").hashCode());
        assertNotEquals(Byline.person("Jane"), Byline.organization("Jane"));
        assertNotEquals(Byline.person("Jane"), new Byline.Builder().name("Jane").role(BylineRole.EDITOR).build());
    }

    @Test
    void rejectsBlankNamesAndAffiliations() {
        for (String blank : BLANKS) {
            rejects("byline.name", () -> Byline.person(blank));
            rejects("byline.affiliation", () -> new Byline.Builder().name("J").affiliation(blank).build());
        }
    }

    @Test
    void rejectsUrlsThatAreNotAbsoluteHttp() {
        for (String url : BAD_URLS) {
            rejects("byline.url", () -> new Byline.Builder().name("J").url(url).build());
        }
    }

    @Test
    void acceptsHttpUrlsInAnyCase() {
        assertEquals("HTTP://EXAMPLE.ORG/j", new Byline.Builder().name("J").url("HTTP://EXAMPLE.ORG/j").build().url().get());
    }

    @Test
    void rejectsTheRoleType() {
        rejects("byline.type", () -> new Byline.Builder().name("A spokesman").type(AgentType.ROLE).build());
    }

    @Test
    void requiresAName() {
        requires("name", () -> new Byline.Builder().build());
    }
}
