package io.github.articlemodel.model;

import static io.github.articlemodel.model.Invariants.BAD_URLS;
import static io.github.articlemodel.model.Invariants.BLANKS;
import static io.github.articlemodel.model.Invariants.rejects;
import static io.github.articlemodel.model.Invariants.requires;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class AgentTest {
    @Test
    void builderAndDefaults() {
        Agent a = Agent.person("Jens Stoltenberg");
        assertEquals("Jens Stoltenberg", a.name());
        assertEquals(AgentType.PERSON, a.type());
        assertEquals(Optional.empty(), a.url());
        Agent role = new Agent.Builder().name("a spokesman for the ministry").type(AgentType.ROLE).build();
        assertEquals(AgentType.ROLE, role.type());
    }

    @Test
    void rejectsBlankNamesAndBadUrls() {
        for (String blank : BLANKS) {
            rejects("agent.name", () -> Agent.person(blank));
        }
        for (String url : BAD_URLS) {
            rejects("agent.url", () -> new Agent.Builder().name("A").url(url).build());
        }
        requires("name", () -> new Agent.Builder().build());
    }
}
