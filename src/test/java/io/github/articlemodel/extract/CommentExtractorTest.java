package io.github.articlemodel.extract;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.articlemodel.model.Comment;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

final class CommentExtractorTest {
    private static final String URL = "https://www.harbour-herald.example/news/harbour-reopens/";

    private static final String WORDPRESS = """
            <html><body>
            <article><h1>Harbour reopens</h1><div class="entry-content">
              <p>The harbour of Westport reopened on Monday, three days after the storm.</p></div></article>
            <div id="comments" class="comments-area">
              <h2 class="comments-title">3 thoughts on &ldquo;<span>Harbour reopens</span>&rdquo;</h2>
              <ol class="comment-list">
                <li id="comment-101" class="comment even thread-even depth-1 parent">
                  <article id="div-comment-101" class="comment-body">
                    <footer class="comment-meta">
                      <div class="comment-author vcard"><img alt="" src="https://avatars.example/a.png" class="avatar">
                        <b class="fn"><a href="https://henk-bakker.example/" class="url" rel="ugc external nofollow">Henk Bakker</a></b>
                        <span class="says">says:</span></div>
                      <div class="comment-metadata"><a href="#comment-101"><time datetime="2023-03-04T19:22:00+01:00">March 4, 2023 at 7:22 pm</time></a></div>
                    </footer>
                    <div class="comment-content">
                      <p>I have lived on this quay for forty years.</p>
                      <p>Never seen the water this high.</p>
                    </div>
                    <div class="reply"><a class="comment-reply-link" href="#comment-101">Reply</a></div>
                  </article>
                  <ol class="children">
                    <li id="comment-102" class="comment odd alt depth-2">
                      <article id="div-comment-102" class="comment-body">
                        <footer class="comment-meta">
                          <div class="comment-author vcard"><b class="fn">Ellen Vos</b> <span class="says">says:</span></div>
                          <div class="comment-metadata"><a href="#comment-102"><time datetime="2023-03-04T20:05:00+01:00">March 4, 2023 at 8:05 pm</time></a></div>
                        </footer>
                        <div class="comment-content"><p>Henk, my grandfather said the same about 1953.</p></div>
                        <div class="reply"><a class="comment-reply-link" href="#comment-102">Reply</a></div>
                      </article>
                    </li>
                  </ol>
                </li>
                <li id="comment-104" class="comment even thread-odd depth-1">
                  <article id="div-comment-104" class="comment-body">
                    <footer class="comment-meta">
                      <div class="comment-author vcard"><b class="fn">Piet Jansen</b> <span class="says">says:</span></div>
                      <div class="comment-metadata"><a href="#comment-104"><time datetime="2023-03-05T08:31:00+01:00">March 5, 2023 at 8:31 am</time></a></div>
                    </footer>
                    <div class="comment-content"><p>When do the ferries to Northby start again?</p></div>
                  </article>
                </li>
              </ol>
              <div id="respond" class="comment-respond">
                <h3 id="reply-title" class="comment-reply-title">Leave a Reply</h3>
                <form action="https://www.harbour-herald.example/wp-comments-post.php" method="post" id="commentform" class="comment-form">
                  <p class="comment-notes"><span id="email-notes">Your email address will not be published.</span></p>
                  <p class="comment-form-comment"><label for="comment">Comment</label><textarea id="comment" name="comment"></textarea></p>
                  <p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Post Comment"></p>
                </form>
              </div>
            </div>
            </body></html>
            """;

    private static CommentExtractor.Found comments(String html) {
        return CommentExtractor.extract(Pages.context(html, URL));
    }

    private static List<Comment> flatten(List<Comment> threads) {
        List<Comment> out = new ArrayList<>();
        Deque<Comment> todo = new ArrayDeque<>();
        for (int i = threads.size() - 1; i >= 0; i--) {
            todo.push(threads.get(i));
        }
        while (!todo.isEmpty()) {
            Comment c = todo.pop();
            out.add(c);
            for (int i = c.replies().size() - 1; i >= 0; i--) {
                todo.push(c.replies().get(i));
            }
        }
        return out;
    }

    private static int depth(Comment c) {
        int d = 1;
        while (!c.replies().isEmpty()) {
            c = c.replies().get(0);
            d++;
        }
        return d;
    }

    @Test
    void pingbacksAndTrackbacksAreNoticesOfLinksNotReaderComments() {
        String html = WORDPRESS.replace("""
                <li id="comment-104" class="comment even thread-odd depth-1">""", """
                <li id="comment-103" class="pingback odd alt thread-even depth-1">
                  <div class="comment-body">Pingback: <a href="https://other-blog.example/storm/" class="url"
                    rel="ugc external nofollow">The storm, a week on | Other Blog</a></div>
                </li>
                <li id="comment-105" class="trackback even thread-odd depth-1">
                  <div class="comment-body">Trackback: <a href="https://third-blog.example/" class="url">Third Blog</a></div>
                </li>
                <li id="comment-104" class="comment even thread-odd depth-1">""");
        assertTrue(html.contains("Pingback:"), "the page must hold the pingback");
        List<Comment> all = flatten(comments(html).comments());
        assertEquals(List.of("comment-101", "comment-102", "comment-104"),
                all.stream().map(c -> c.id().orElse("?")).toList(), all::toString);
    }

    @Test
    void wordPressThreadWithANestedReply() {
        CommentExtractor.Found found = comments(WORDPRESS);
        List<Comment> threads = found.comments();
        assertEquals(2, threads.size(), threads::toString);

        Comment first = threads.get(0);
        assertEquals(Optional.of("comment-101"), first.id());
        assertEquals("Henk Bakker", first.author().orElseThrow().name());
        assertEquals(Optional.of("https://henk-bakker.example/"), first.author().orElseThrow().url());
        assertEquals(OffsetDateTime.of(2023, 3, 4, 19, 22, 0, 0, ZoneOffset.ofHours(1)),
                first.datePublished().orElseThrow().value());
        assertEquals("2023-03-04T19:22:00+01:00", first.datePublished().orElseThrow().raw());
        assertEquals("I have lived on this quay for forty years.\nNever seen the water this high.", first.text());

        assertEquals(1, first.replies().size());
        Comment reply = first.replies().get(0);
        assertEquals(Optional.of("comment-102"), reply.id());
        assertEquals("Ellen Vos", reply.author().orElseThrow().name());
        assertEquals(Optional.empty(), reply.author().orElseThrow().url());
        assertEquals(OffsetDateTime.of(2023, 3, 4, 20, 5, 0, 0, ZoneOffset.ofHours(1)),
                reply.datePublished().orElseThrow().value());
        assertEquals("Henk, my grandfather said the same about 1953.", reply.text());
        assertTrue(reply.replies().isEmpty());

        Comment third = threads.get(1);
        assertEquals(Optional.of("comment-104"), third.id());
        assertEquals("Piet Jansen", third.author().orElseThrow().name());
        assertTrue(third.replies().isEmpty());
        assertEquals(3, threads.stream().mapToInt(Comment::threadSize).sum());
    }

    @Test
    void theCommentFormAndItsNoticesAreNotComments() {
        List<Comment> all = flatten(comments(WORDPRESS).comments());
        assertEquals(3, all.size());
        for (Comment c : all) {
            for (String form : List.of("Leave a Reply", "Your email address will not be published", "Post Comment",
                    "Reply")) {
                assertFalse(c.text().contains(form), () -> "form text in a comment: " + c);
            }
            assertFalse(c.author().orElseThrow().name().endsWith("says:"), c::toString);
        }
    }

    @Test
    void statedCountComesFromTheCommentsTitle() {
        assertEquals(Optional.of(3), comments(WORDPRESS).statedCount());
        assertEquals(Optional.empty(), comments("<h2 class=\"comments-title\">Comments</h2>").statedCount());
    }

    @Test
    void schemaOrgCommentMicrodata() {
        CommentExtractor.Found found = comments("""
                <section class="reader-comments">
                  <div itemscope itemtype="https://schema.org/Comment" id="c-1">
                    <span itemprop="author" itemscope itemtype="https://schema.org/Person"><span itemprop="name">Alex Berg</span></span>
                    <time itemprop="dateCreated" datetime="2023-03-04T10:00:00Z">4 March 2023</time>
                    <div itemprop="text"><p>Finally open again.</p><p>See you at the market.</p></div>
                  </div>
                  <div itemscope itemtype="http://schema.org/Comment" id="c-2">
                    <span itemprop="author">Sam Vos</span>
                    <meta itemprop="dateCreated" content="2023-03-05">
                    <p itemprop="text">Good news for the fishermen.</p>
                  </div>
                </section>
                """);
        List<Comment> threads = found.comments();
        assertEquals(2, threads.size(), threads::toString);
        Comment a = threads.get(0);
        assertEquals(Optional.of("c-1"), a.id());
        assertEquals("Alex Berg", a.author().orElseThrow().name());
        assertEquals(OffsetDateTime.of(2023, 3, 4, 10, 0, 0, 0, ZoneOffset.UTC), a.datePublished().orElseThrow().value());
        assertEquals("Finally open again.\nSee you at the market.", a.text());
        Comment b = threads.get(1);
        assertEquals(Optional.of("c-2"), b.id());
        assertEquals("Sam Vos", b.author().orElseThrow().name());
        assertEquals(java.time.LocalDate.of(2023, 3, 5), b.datePublished().orElseThrow().value());
        assertEquals("Good news for the fishermen.", b.text());
    }

    @Test
    void nestedSchemaOrgRepliesAreKeptAsReplies() {
        List<Comment> threads = comments("""
                <section class="reader-comments">
                  <div itemscope itemtype="https://schema.org/Comment" id="c-1">
                    <span itemprop="author" itemscope itemtype="https://schema.org/Person"><span itemprop="name">Alex Berg</span></span>
                    <div itemprop="text"><p>Finally open again.</p></div>
                    <div itemprop="comment" itemscope itemtype="https://schema.org/Comment" id="c-2">
                      <span itemprop="author">Sam Vos</span>
                      <div itemprop="text"><p>Agreed, at last.</p></div>
                    </div>
                  </div>
                </section>
                """).comments();
        assertEquals(1, threads.size(), threads::toString);
        assertEquals("Finally open again.", threads.get(0).text());
        assertEquals(1, threads.get(0).replies().size(), threads::toString);
        Comment reply = threads.get(0).replies().get(0);
        assertEquals("Sam Vos", reply.author().orElseThrow().name());
        assertEquals("Agreed, at last.", reply.text());
    }

    @Test
    void wordPressBlockThemeComments() {
        List<Comment> threads = comments("""
                <div class="wp-block-comments">
                  <ol class="wp-block-comment-template">
                    <li id="comment-21" class="comment even thread-even depth-1">
                      <div class="wp-block-columns"><div class="wp-block-column">
                        <div class="wp-block-comment-author-name"><a rel="external nofollow ugc" href="https://alex-berg.example/">Alex Berg</a></div>
                        <div class="wp-block-comment-date"><time datetime="2023-03-04T10:00:00+00:00"><a href="#comment-21">March 4, 2023</a></time></div>
                        <div class="wp-block-comment-content"><p>Finally open again.</p></div>
                      </div></div>
                      <ol class="children">
                        <li id="comment-22" class="comment odd alt depth-2">
                          <div class="wp-block-columns"><div class="wp-block-column">
                            <div class="wp-block-comment-author-name">Sam Vos</div>
                            <div class="wp-block-comment-content"><p>Agreed.</p></div>
                          </div></div>
                        </li>
                      </ol>
                    </li>
                  </ol>
                </div>
                """).comments();
        assertEquals(1, threads.size(), threads::toString);
        Comment c = threads.get(0);
        assertEquals(Optional.of("comment-21"), c.id());
        assertEquals("Alex Berg", c.author().orElseThrow().name());
        assertEquals(Optional.of("https://alex-berg.example/"), c.author().orElseThrow().url());
        assertEquals(OffsetDateTime.of(2023, 3, 4, 10, 0, 0, 0, ZoneOffset.UTC), c.datePublished().orElseThrow().value());
        assertEquals(1, c.replies().size());
        assertEquals(Optional.of("comment-22"), c.replies().get(0).id());
        assertEquals("Sam Vos", c.replies().get(0).author().orElseThrow().name());
    }

    private static String deepThread(int levels) {
        StringBuilder sb = new StringBuilder("<html><body><ol class=\"comment-list\">");
        for (int i = 0; i < levels; i++) {
            sb.append("<li id=\"comment-").append(1000 + i).append("\" class=\"comment\"><article class=\"comment-body\">")
                    .append("<div class=\"comment-content\"><p>Reply at level ").append(i).append("</p></div></article>")
                    .append("<ol class=\"children\">");
        }
        for (int i = 0; i < levels; i++) {
            sb.append("</ol></li>");
        }
        return sb.append("</ol></body></html>").toString();
    }

    @Test
    void aVeryDeepThreadIsCappedWithoutError() {
        String html = deepThread(150);
        assertEquals(150, Jsoup.parse(html).select("li.comment").size(), "the fixture must really be 150 deep");
        CommentExtractor.Found found = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> assertDoesNotThrow(() -> comments(html)));
        assertEquals(1, found.comments().size());
        Comment root = found.comments().get(0);
        assertEquals(Optional.of("comment-1000"), root.id());
        int depth = depth(root);
        assertTrue(depth <= CommentExtractor.MAX_NESTING, () -> "depth " + depth);
        assertEquals(CommentExtractor.MAX_NESTING, depth);
        // The levels that are kept are the page's, in order.
        Comment c = root;
        for (int i = 0; i < CommentExtractor.MAX_NESTING; i++) {
            assertEquals("Reply at level " + i, c.text());
            c = c.replies().isEmpty() ? c : c.replies().get(0);
        }
    }

    @Test
    void repliesBeyondTheNestingCapAreAttachedAtTheCapNotDropped() {
        // CommentExtractor.MAX_NESTING: "Replies nested deeper than this are attached at this depth".
        Comment root = comments(deepThread(150)).comments().get(0);
        assertEquals(150, root.threadSize());
        assertTrue(depth(root) <= CommentExtractor.MAX_NESTING);
    }

    @Test
    void maxCommentsLimitsTheCommentsKeptAndWarns() {
        ExtractionOptions d = ExtractionOptions.DEFAULTS;
        ExtractionOptions two = new ExtractionOptions(d.maxInputBytes(), d.maxDepth(), d.maxElements(), d.maxJsonLdBytes(),
                d.maxJsonLdDepth(), 2, d.maxTextLength(), d.timeBudget(), false);
        ExtractionContext ctx = new ExtractionContext(Jsoup.parse(WORDPRESS, URL), URL, two, System.nanoTime());
        CommentExtractor.Found found = CommentExtractor.extract(ctx);
        assertEquals(2, found.comments().stream().mapToInt(Comment::threadSize).sum());
        assertTrue(ctx.warnings().stream().anyMatch(w -> w.code().equals("limit.comments")), ctx.warnings()::toString);
    }

    /** A thread {@code levels} deep with {@code width} more replies on every level. */
    private static String wideAndDeepThread(int levels, int width) {
        StringBuilder sb = new StringBuilder("<html><body><div id=\"comments\"><ol class=\"comment-list\">");
        int id = 1;
        for (int i = 0; i < levels; i++) {
            for (int w = 0; w < width; w++) {
                sb.append("<li id=\"comment-").append(id++).append("\" class=\"comment\"><div class=\"comment-author\">")
                        .append("<b class=\"fn\">Name ").append(i).append("</b></div><div class=\"comment-content\"><p>")
                        .append("Reply ").append(w).append(" at level ").append(i).append("</p></div></li>");
            }
            sb.append("<li id=\"comment-").append(id++).append("\" class=\"comment\"><div class=\"comment-content\">")
                    .append("<p>Parent at level ").append(i).append("</p></div><ol class=\"children\">");
        }
        for (int i = 0; i < levels; i++) {
            sb.append("</ol></li>");
        }
        return sb.append("</ol></div></body></html>").toString();
    }

    @Test
    void aWideAndDeepThreadKeepsEveryCommentInBoundedTime() {
        String html = wideAndDeepThread(120, 15);
        CommentExtractor.Found found = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(Duration.ofSeconds(30),
                () -> comments(html));
        assertEquals(120 * 16, found.comments().stream().mapToInt(Comment::threadSize).sum());
        assertEquals(16, found.comments().size(), "15 replies and one parent on the top level");
        for (Comment c : found.comments()) {
            assertTrue(depth(c) <= CommentExtractor.MAX_NESTING);
        }
        Comment parent = found.comments().get(15);
        assertEquals("Parent at level 0", parent.text());
        assertEquals("Reply 0 at level 1", parent.replies().get(0).text());
        assertEquals("Name 1", parent.replies().get(0).author().orElseThrow().name());
    }

    @Test
    void moreCommentsThanTheLimitKeepsTheFirstOnesAndWarns() {
        ExtractionOptions d = ExtractionOptions.DEFAULTS;
        ExtractionOptions fifty = new ExtractionOptions(d.maxInputBytes(), d.maxDepth(), d.maxElements(),
                d.maxJsonLdBytes(), d.maxJsonLdDepth(), 50, d.maxTextLength(), d.timeBudget(), false);
        String html = wideAndDeepThread(1, 200);
        ExtractionContext ctx = new ExtractionContext(Jsoup.parse(html, URL), URL, fifty, System.nanoTime());
        List<Comment> kept = flatten(CommentExtractor.extract(ctx).comments());
        assertEquals(50, kept.size());
        assertEquals(Optional.of("comment-1"), kept.get(0).id());
        assertEquals(Optional.of("comment-50"), kept.get(49).id());
        assertTrue(ctx.warnings().stream().anyMatch(w -> w.code().equals("limit.comments")), ctx.warnings()::toString);
    }

    @Test
    void aSpentTimeBudgetStopsTheStageWithAWarning() {
        ExtractionOptions d = ExtractionOptions.DEFAULTS;
        ExtractionOptions none = new ExtractionOptions(d.maxInputBytes(), d.maxDepth(), d.maxElements(),
                d.maxJsonLdBytes(), d.maxJsonLdDepth(), d.maxComments(), d.maxTextLength(), Duration.ofNanos(1), false);
        ExtractionContext ctx = new ExtractionContext(Jsoup.parse(wideAndDeepThread(20, 20), URL), URL, none,
                System.nanoTime() - 1_000_000);
        CommentExtractor.Found found = assertDoesNotThrow(() -> CommentExtractor.extract(ctx));
        assertTrue(found.comments().stream().mapToInt(Comment::threadSize).sum() < 20 * 21);
        assertTrue(ctx.warnings().stream().anyMatch(w -> w.code().equals("limit.time-budget")), ctx.warnings()::toString);
    }

    @Test
    void aPageWithoutCommentsHasNone() {
        CommentExtractor.Found found = comments("<html><body><p>No comments here.</p></body></html>");
        assertTrue(found.comments().isEmpty());
        assertEquals(Optional.empty(), found.statedCount());
    }
}
