package io.github.articlemodel.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.articlemodel.model.Article;
import io.github.articlemodel.model.Comment;
import io.github.articlemodel.model.ModelGenerators;
import java.io.StringWriter;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

/**
 * Comment threads are written and read without recursion: a thread 2000 comments deep is written
 * (compact, pretty, to a writer, to a tree) and read back from a tree on a thread with a small
 * stack; text input is bounded by the nesting limit.
 */
class DeepThreadsTest {
    /** A stack far too small for thousands of nested calls per level. */
    private static final long SMALL_STACK = 256 * 1024;

    private static Article withThread(int depth) {
        return new Article.Builder().headline("Deep").addComment(ModelGenerators.thread(depth)).build();
    }

    private static int depth(Comment c) {
        int d = 1;
        while (!c.replies().isEmpty()) {
            c = c.replies().get(0);
            d++;
        }
        return d;
    }

    /** Runs {@code task} on a thread with a small stack and returns its result, or rethrows. */
    private static <T> T onSmallStack(java.util.function.Supplier<T> task) throws InterruptedException {
        AtomicReference<T> result = new AtomicReference<>();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread t = new Thread(null, () -> {
            try {
                result.set(task.get());
            } catch (Throwable e) {
                failure.set(e);
            }
        }, "small-stack", SMALL_STACK);
        t.start();
        t.join();
        if (failure.get() != null) {
            throw new AssertionError("failed on a small stack", failure.get());
        }
        return result.get();
    }

    @Test
    void aThread2000DeepIsWrittenEveryWayOnASmallStack() throws Exception {
        Article article = withThread(2000);
        String json = onSmallStack(() -> ArticleJson.write(article));
        String pretty = onSmallStack(() -> ArticleJson.writePretty(article));
        String written = onSmallStack(() -> {
            StringWriter out = new StringWriter();
            ArticleJson.write(article, out);
            return out.toString();
        });
        ObjectNode tree = onSmallStack(() -> ArticleJson.toTree(article));

        assertEquals(json, written);
        assertTrue(json.contains("\"id\":\"comment-2000\""));
        assertTrue(pretty.contains("\"id\": \"comment-2000\""));
        assertEquals(2000, occurrences(json, "\"text\":\""), "one text per comment");
        Article back = onSmallStack(() -> ArticleJson.fromTree(tree));
        assertEquals(2000, depth(back.comments().get(0)));
        assertEquals(article, back);
    }

    private static int occurrences(String s, String part) {
        int n = 0;
        for (int i = s.indexOf(part); i >= 0; i = s.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }

    @Test
    void theDeepestThreadWithinTheNestingLimitReadsBack() throws Exception {
        Article article = withThread(ArticleJson.MAX_COMMENT_DEPTH);
        String json = ArticleJson.write(article);
        Article back = onSmallStack(() -> ArticleJson.read(json));
        assertEquals(ArticleJson.MAX_COMMENT_DEPTH, depth(back.comments().get(0)));
        assertEquals(article, back);
        assertEquals(article, ArticleJson.read(ArticleJson.writePretty(article)));
    }

    @Test
    void aDeeperThreadIsRejectedAsTooDeepNotByTheStack() throws Exception {
        for (int depth : new int[] {ArticleJson.MAX_COMMENT_DEPTH + 1, 2000}) {
            String json = ArticleJson.write(withThread(depth));
            ArticleJsonException e = onSmallStack(
                    () -> assertThrows(ArticleJsonException.class, () -> ArticleJson.read(json)));
            assertTrue(e.problem().contains("nesting depth"), e.problem());
            assertTrue(e.path().startsWith("$.comments[0].replies[0].replies[0]"), e.path());
        }
    }
}
