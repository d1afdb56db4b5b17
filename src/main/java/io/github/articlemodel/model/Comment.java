package io.github.articlemodel.model;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/** A reader comment and, nested, its replies. */
@Value.Immutable
public abstract sealed class Comment permits ImmutableComment {
    Comment() {}

    /** The page's identifier of the comment ("comment-42"), when it has one. */
    public abstract Optional<String> id();

    public abstract Optional<Agent> author();

    public abstract Optional<DateValue> datePublished();

    /** The comment's text, paragraphs separated by {@code \n}. */
    public abstract String text();

    /** The up-votes or likes the page shows. */
    public abstract OptionalInt upvotes();

    /** The direct replies, in page order. */
    public abstract List<Comment> replies();

    /** This comment and all its replies, depth first. */
    public final int threadSize() {
        // Iterative so that a hostile thread of any depth cannot overflow the stack.
        int n = 0;
        java.util.ArrayDeque<Comment> todo = new java.util.ArrayDeque<>();
        todo.push(this);
        while (!todo.isEmpty()) {
            Comment c = todo.pop();
            n++;
            c.replies().forEach(todo::push);
        }
        return n;
    }

    @Value.Check
    void check() {
        Checks.nonBlank("comment.id", id());
        Checks.nonBlank("comment.text", text());
        upvotes().ifPresent(u -> Checks.nonNegative("comment.upvotes", u));
    }

    /** Builds a {@link Comment}. */
    public static final class Builder extends ImmutableComment.Builder {
        /** A builder with no fields set. */
        public Builder() {}
    }
}
