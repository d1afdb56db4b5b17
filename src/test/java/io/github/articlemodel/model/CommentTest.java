package io.github.articlemodel.model;

import static io.github.articlemodel.model.Invariants.BLANKS;
import static io.github.articlemodel.model.Invariants.rejects;
import static io.github.articlemodel.model.Invariants.requires;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class CommentTest {
    @Test
    void builderWithReplies() {
        Comment reply = new Comment.Builder().text("Yes.").build();
        Comment c = new Comment.Builder().id("comment-1").author(Agent.person("reader42"))
                .datePublished(DateValue.of(LocalDate.of(2022, 1, 12))).text("Good.\nVery.").upvotes(3)
                .addReply(reply).build();
        assertEquals(Optional.of("comment-1"), c.id());
        assertEquals("Good.\nVery.", c.text());
        assertEquals(OptionalInt.of(3), c.upvotes());
        assertEquals(List.of(reply), c.replies());
        assertEquals(List.of(), reply.replies());
        assertEquals(Optional.empty(), reply.author());
    }

    @Test
    void threadSizeCountsAllReplies() {
        Comment leaf = new Comment.Builder().text("x").build();
        Comment c = new Comment.Builder().text("a").addReplies(leaf,
                new Comment.Builder().text("b").addReplies(leaf, leaf).build()).build();
        assertEquals(5, c.threadSize());
        assertEquals(1, leaf.threadSize());
    }

    @Test
    void threadSizeDoesNotRecurse() {
        assertEquals(100_000, ModelGenerators.thread(100_000).threadSize());
    }

    @Test
    void invariants() {
        for (String blank : BLANKS) {
            rejects("comment.text", () -> new Comment.Builder().text(blank).build());
            rejects("comment.id", () -> new Comment.Builder().id(blank).text("t").build());
        }
        rejects("comment.upvotes", () -> new Comment.Builder().text("t").upvotes(-1).build());
        requires("text", () -> new Comment.Builder().build());
    }

    @Test
    void generatedThreadsNest() {
        boolean[] nested = {false};
        PropertyTries.qt().forAll(ModelGenerators.comments()).checkAssert(c -> {
            assertTrue(c.threadSize() >= 1);
            nested[0] |= c.replies().stream().anyMatch(r -> !r.replies().isEmpty());
        });
        assertTrue(nested[0], "some generated threads are at least three levels deep");
    }
}
