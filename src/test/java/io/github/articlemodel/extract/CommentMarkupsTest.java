package io.github.articlemodel.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.articlemodel.Articles;
import io.github.articlemodel.model.Article;
import io.github.articlemodel.model.Comment;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * One small page per comment markup family, run through the whole pipeline: the thread shape,
 * ids, authors, dates and texts; that the comment form, reply buttons, pagination and moderation
 * notices are not comments; and that nothing of the comment section is left in the body's text.
 * The pages are written for these tests, modelled on what the systems print.
 */
final class CommentMarkupsTest {
    private static final String URL = "https://www.harbour-herald.example/2023/03/04/harbour-reopens/";

    private static final String ARTICLE = """
            <article class="post">
              <h1 class="entry-title">Harbour reopens after the storm</h1>
              <div class="entry-content">
                <p>The harbour of Westport reopened on Monday, three days after the storm had closed it to all
                   traffic, the port authority said in a statement on its website.</p>
                <p>Divers inspected the quay walls over the weekend and found two damaged moorings, which were
                   replaced on Sunday night by a crew from the neighbouring town of Northby.</p>
                <p>Ferries to the islands will run on their summer timetable from Wednesday, and the fish market
                   opens again on Thursday morning at the usual hour.</p>
              </div>
            </article>
            """;

    /** Form texts, buttons and notices that must never be comment text or body text. */
    private static final List<String> BOILERPLATE = List.of("Leave a Reply", "Your email address will not be published",
            "Required fields are marked", "awaiting moderation", "Post Comment", "Schreibe einen Kommentar",
            "Laisser un commentaire", "Older Comments", "Load more comments", "Cancel reply");

    private static Article parse(String comments) {
        return Articles.parse("<html><head><title>Harbour reopens</title></head><body>" + ARTICLE + comments
                + "</body></html>", URL);
    }

    /** The thread as text: {@code a(b c) d} for a with replies b and c, then d. */
    private static String shape(List<Comment> comments) {
        return comments.stream().map(c -> label(c) + (c.replies().isEmpty() ? "" : "(" + shape(c.replies()) + ")"))
                .collect(Collectors.joining(" "));
    }

    private static String label(Comment c) {
        return c.author().map(a -> a.name().split(" ")[0]).orElse("?");
    }

    private static List<Comment> all(List<Comment> threads) {
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

    /** The checks every markup shares: no boilerplate anywhere, and no comment text in the body. */
    private static void assertClean(Article article) {
        assertTrue(article.text().contains("three days after the storm"), article::text);
        assertTrue(article.text().contains("fish market"), article::text);
        for (Comment c : all(article.comments())) {
            for (String b : BOILERPLATE) {
                assertFalse(c.text().contains(b), () -> "'" + b + "' in comment " + c);
            }
            for (String button : List.of("Reply", "Antworten", "Répondre", "Like", "Quote", "Report")) {
                assertFalse(c.text().lines().anyMatch(l -> l.equals(button)), () -> button + " in " + c);
            }
            String firstLine = c.text().lines().findFirst().orElse("");
            assertFalse(article.text().contains(firstLine), () -> "comment text in the body: " + firstLine);
        }
        for (String b : BOILERPLATE) {
            assertFalse(article.text().contains(b), () -> "'" + b + "' in the body: " + article.text());
        }
    }

    // ---------------------------------------------------------------------------------------------

    @Test
    void wordPressClassicThemeWithParagraphsInTheCommentBody() {
        Article a = parse("""
                <div id="comments">
                  <h3 id="comments-title">3 Responses to <em>Harbour reopens after the storm</em></h3>
                  <ol class="commentlist">
                    <li class="comment even thread-even depth-1 parent" id="li-comment-311">
                      <div id="comment-311">
                        <div class="comment-author vcard">
                          <img alt="" src="https://avatars.example/1.png" class="avatar avatar-40 photo" height="40" width="40">
                          <cite class="fn"><a href="https://mareike-jensen.example/" rel="external nofollow ugc" class="url">Mareike Jensen</a></cite>
                          <span class="says">says:</span>
                        </div>
                        <div class="comment-meta commentmetadata"><a href="#comment-311">4. März 2023 um 19:22</a></div>
                        <p>Finally! The ferry was the only way to get to work.</p>
                        <p>Thanks to the divers.</p>
                        <div class="reply"><a rel="nofollow" class="comment-reply-link" href="?replytocom=311#respond">Reply</a></div>
                      </div>
                      <ul class="children">
                        <li class="comment byuser bypostauthor odd alt depth-2" id="li-comment-312">
                          <div id="comment-312">
                            <div class="comment-author vcard"><cite class="fn">Harbour Herald</cite> <span class="says">says:</span></div>
                            <div class="comment-meta commentmetadata"><a href="#comment-312">4. März 2023 um 20:05</a></div>
                            <p>Glad to hear it, Mareike.</p>
                            <div class="reply"><a class="comment-reply-link" href="?replytocom=312#respond">Reply</a></div>
                          </div>
                        </li>
                      </ul>
                    </li>
                    <li class="comment even thread-odd depth-1" id="li-comment-315">
                      <div id="comment-315">
                        <div class="comment-author vcard"><cite class="fn">Piet</cite> <span class="says">says:</span></div>
                        <em class="comment-awaiting-moderation">Your comment is awaiting moderation.</em>
                        <div class="comment-meta commentmetadata"><a href="#comment-315">5. März 2023 um 08:31</a></div>
                        <p>When do the island ferries start again?</p>
                      </div>
                    </li>
                  </ol>
                  <div class="navigation"><div class="alignleft"><a href="?cpage=1#comments">&laquo; Older Comments</a></div></div>
                  <div id="respond" class="comment-respond">
                    <h3 id="reply-title" class="comment-reply-title">Leave a Reply <small><a rel="nofollow" id="cancel-comment-reply-link" href="#respond" style="display:none;">Cancel reply</a></small></h3>
                    <form action="https://www.harbour-herald.example/wp-comments-post.php" method="post" id="commentform" class="comment-form">
                      <p class="comment-notes"><span id="email-notes">Your email address will not be published.</span> Required fields are marked <span class="required">*</span></p>
                      <p class="comment-form-comment"><label for="comment">Comment</label><textarea id="comment" name="comment"></textarea></p>
                      <p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Post Comment"></p>
                    </form>
                  </div>
                </div>
                """);
        assertEquals("Mareike(Harbour) Piet", shape(a.comments()));
        Comment first = a.comments().get(0);
        assertEquals(Optional.of("comment-311"), first.id());
        assertEquals("Mareike Jensen", first.author().orElseThrow().name());
        assertEquals(Optional.of("https://mareike-jensen.example/"), first.author().orElseThrow().url());
        assertEquals(LocalDateTime.of(2023, 3, 4, 19, 22), first.datePublished().orElseThrow().value());
        assertEquals("4. März 2023 um 19:22", first.datePublished().orElseThrow().raw());
        assertEquals("Finally! The ferry was the only way to get to work.\nThanks to the divers.", first.text());
        Comment reply = first.replies().get(0);
        assertEquals(Optional.of("comment-312"), reply.id());
        assertEquals("Glad to hear it, Mareike.", reply.text());
        Comment piet = a.comments().get(1);
        assertEquals(Optional.of("comment-315"), piet.id());
        assertEquals("When do the island ferries start again?", piet.text());
        assertEquals(LocalDateTime.of(2023, 3, 5, 8, 31), piet.datePublished().orElseThrow().value());
        assertEquals(OptionalInt.of(3), a.commentCount());
        assertClean(a);
    }

    @Test
    void wordPressBlockTheme() {
        Article a = parse("""
                <div class="wp-block-comments">
                  <h2 class="wp-block-comments-title">2 responses to &#8220;Harbour reopens after the storm&#8221;</h2>
                  <ol class="wp-block-comment-template">
                    <li id="comment-21" class="comment even thread-even depth-1 parent">
                      <div class="wp-block-group">
                        <div class="wp-block-columns"><div class="wp-block-column">
                          <div class="wp-block-comment-author-name"><a rel="external nofollow ugc" href="https://alex-berg.example/" target="_self">Alex Berg</a></div>
                          <div class="wp-block-comment-date"><time datetime="2023-03-04T10:00:00+00:00"><a href="#comment-21">March 4, 2023 at 10:00 am</a></time></div>
                          <div class="wp-block-comment-content"><p>Finally open again.</p><p>See you at the market.</p></div>
                          <div class="wp-block-comment-reply-link"><a rel="nofollow" class="comment-reply-link" href="#comment-21">Reply</a></div>
                        </div></div>
                      </div>
                      <ol class="children">
                        <li id="comment-22" class="comment odd alt depth-2">
                          <div class="wp-block-group"><div class="wp-block-columns"><div class="wp-block-column">
                            <div class="wp-block-comment-author-name">Sam Vos</div>
                            <div class="wp-block-comment-date"><time datetime="2023-03-04T11:30:00+00:00"><a href="#comment-22">March 4, 2023 at 11:30 am</a></time></div>
                            <div class="wp-block-comment-content"><p>Agreed, at last.</p></div>
                            <div class="wp-block-comment-reply-link"><a class="comment-reply-link" href="#comment-22">Reply</a></div>
                          </div></div></div>
                        </li>
                      </ol>
                    </li>
                  </ol>
                  <div id="respond" class="comment-respond wp-block-post-comments-form">
                    <h3 id="reply-title" class="comment-reply-title">Leave a Reply</h3>
                    <form action="/wp-comments-post.php" method="post" id="commentform" class="comment-form">
                      <p class="comment-notes">Your email address will not be published. Required fields are marked *</p>
                      <p class="form-submit wp-block-button"><input type="submit" class="wp-block-button__link" value="Post Comment"></p>
                    </form>
                  </div>
                </div>
                """);
        assertEquals("Alex(Sam)", shape(a.comments()));
        Comment c = a.comments().get(0);
        assertEquals(Optional.of("comment-21"), c.id());
        assertEquals(Optional.of("https://alex-berg.example/"), c.author().orElseThrow().url());
        assertEquals(OffsetDateTime.of(2023, 3, 4, 10, 0, 0, 0, ZoneOffset.UTC), c.datePublished().orElseThrow().value());
        assertEquals("Finally open again.\nSee you at the market.", c.text());
        Comment reply = c.replies().get(0);
        assertEquals(Optional.of("comment-22"), reply.id());
        assertEquals(OffsetDateTime.of(2023, 3, 4, 11, 30, 0, 0, ZoneOffset.UTC),
                reply.datePublished().orElseThrow().value());
        assertEquals("Agreed, at last.", reply.text());
        assertEquals(OptionalInt.of(2), a.commentCount());
        assertClean(a);
    }

    @Test
    void drupalCommentsWithIndentedReplies() {
        Article a = parse("""
                <section id="comments" class="comments">
                  <h2 class="title comment-title">Comments</h2>
                  <a id="comment-11"></a>
                  <article role="article" data-comment-user-id="3" class="comment js-comment clearfix">
                    <footer class="comment__meta">
                      <p class="comment__submitted">Submitted by <a title="View user profile." href="/user/3" class="username">Anna Keller</a> on <span>2023-03-04 19:22</span></p>
                      <p class="comment__permalink"><a href="/comment/11#comment-11">Permalink</a></p>
                    </footer>
                    <div class="comment__content">
                      <h3><a href="/comment/11#comment-11" rel="bookmark">Moorings</a></h3>
                      <div class="field field--name-comment-body"><p>Two moorings for a storm like that is not much.</p></div>
                      <ul class="links inline"><li class="comment-reply"><a href="/comment/reply/node/7/comment/11">Reply</a></li></ul>
                    </div>
                  </article>
                  <div class="indented">
                    <a id="comment-12"></a>
                    <article role="article" data-comment-user-id="0" class="comment js-comment by-anonymous clearfix">
                      <footer class="comment__meta">
                        <p class="comment__submitted">Submitted by <span class="username">Jo (not verified)</span> on <span>2023-03-04 20:05</span></p>
                      </footer>
                      <div class="comment__content">
                        <div class="field field--name-comment-body"><p>The old ones held for forty years.</p></div>
                        <ul class="links inline"><li class="comment-reply"><a href="/comment/reply/node/7/comment/12">Reply</a></li></ul>
                      </div>
                    </article>
                  </div>
                  <a id="comment-14"></a>
                  <article role="article" data-comment-user-id="5" class="comment js-comment clearfix">
                    <footer class="comment__meta">
                      <p class="comment__submitted">Submitted by <a href="/user/5" class="username">Bert Smit</a> on <span>2023-03-05 08:10</span></p>
                    </footer>
                    <div class="comment__content">
                      <div class="field field--name-comment-body"><p>Good work by the crew from Northby.</p></div>
                    </div>
                  </article>
                  <h2 class="title comment-form__title">Add new comment</h2>
                  <form class="comment-comment-form comment-form" action="/comment/reply/node/7/comment_body" method="post" id="comment-form">
                    <label for="edit-comment-body-0-value">Comment</label><textarea id="edit-comment-body-0-value"></textarea>
                  </form>
                </section>
                """);
        assertEquals("Anna(Jo) Bert", shape(a.comments()));
        Comment anna = a.comments().get(0);
        assertEquals(Optional.of("comment-11"), anna.id());
        assertEquals(Optional.of("https://www.harbour-herald.example/user/3"), anna.author().orElseThrow().url());
        assertEquals(LocalDateTime.of(2023, 3, 4, 19, 22), anna.datePublished().orElseThrow().value());
        assertEquals("Moorings\nTwo moorings for a storm like that is not much.", anna.text());
        Comment jo = anna.replies().get(0);
        assertEquals(Optional.of("comment-12"), jo.id());
        assertEquals("Jo (not verified)", jo.author().orElseThrow().name());
        assertEquals("The old ones held for forty years.", jo.text());
        assertEquals(Optional.of("comment-14"), a.comments().get(1).id());
        assertClean(a);
    }

    @Test
    void bloggerThreadsWithTheirReplies() {
        Article a = parse("""
                <div class="comments" id="comments">
                  <a name="comments"></a>
                  <h4>2 Kommentare:</h4>
                  <div class="comments-content">
                    <div id="comment-holder">
                      <div class="comment-thread toplevel-thread">
                        <ol id="top-ra">
                          <li class="comment" id="c4481516223311">
                            <div class="avatar-image-container"><img src="https://avatars.example/b.png" alt=""></div>
                            <div class="comment-block">
                              <div class="comment-header">
                                <cite class="user"><a href="https://www.blogger.com/profile/0815" rel="nofollow">Lotte</a></cite>
                                <span class="icon user"></span>
                                <span class="datetime secondary-text"><a rel="nofollow" href="https://harbour.blogspot.com/2023/03/harbour.html?showComment=1677958920000#c4481516223311">4. März 2023 um 20:42</a></span>
                              </div>
                              <p class="comment-content">So schöne Bilder vom Hafen!<br><br>Liebe Grüße</p>
                              <span class="comment-actions secondary-text"><a class="comment-reply" data-comment-id="4481516223311">Antworten</a><span class="item-control blog-admin"><a href="https://www.blogger.com/delete-comment.g?blogID=1">Löschen</a></span></span>
                            </div>
                            <div class="comment-replies">
                              <div id="c4481516223311-rt" class="comment-thread inline-thread">
                                <span class="thread-toggle thread-expanded"><span class="thread-arrow"></span><span class="thread-count"><a>Antworten</a></span></span>
                                <ol id="c4481516223311-ra" class="thread-chrome thread-expanded">
                                  <div>
                                    <li class="comment" id="c5520337">
                                      <div class="comment-block">
                                        <div class="comment-header"><cite class="user blog-author"><a href="https://www.blogger.com/profile/42">Hafenblick</a></cite>
                                          <span class="datetime secondary-text"><a href="https://harbour.blogspot.com/2023/03/harbour.html?showComment=1677962040000#c5520337">4. März 2023 um 21:34</a></span></div>
                                        <p class="comment-content">Danke, Lotte!</p>
                                      </div>
                                    </li>
                                  </div>
                                  <div class="continue" id="c4481516223311-continue"><a class="comment-reply">Antworten</a></div>
                                </ol>
                              </div>
                            </div>
                          </li>
                        </ol>
                      </div>
                    </div>
                  </div>
                  <p class="comment-footer"><div class="comment-form"><a name="comment-form"></a><p>Kommentar veröffentlichen</p></div></p>
                </div>
                """);
        assertEquals("Lotte(Hafenblick)", shape(a.comments()));
        Comment lotte = a.comments().get(0);
        assertEquals(Optional.of("c4481516223311"), lotte.id());
        assertEquals(Optional.of("https://www.blogger.com/profile/0815"), lotte.author().orElseThrow().url());
        assertEquals(LocalDateTime.of(2023, 3, 4, 20, 42), lotte.datePublished().orElseThrow().value());
        assertEquals("So schöne Bilder vom Hafen!\nLiebe Grüße", lotte.text());
        assertEquals("Danke, Lotte!", lotte.replies().get(0).text());
        assertEquals(OptionalInt.of(2), a.commentCount());
        assertClean(a);
    }

    @Test
    void disqusThreadRenderedIntoThePage() {
        Article a = parse("""
                <div id="disqus_thread">
                  <section id="conversation" data-role="main">
                    <ul id="post-list" class="post-list">
                      <li class="post" id="post-5811042">
                        <div role="alert"></div>
                        <div class="post-content" data-role="post-content">
                          <div class="avatar hovercard"><a href="https://disqus.com/by/kees_d/" class="user"><img alt="Avatar"></a></div>
                          <div class="post-body">
                            <header class="comment__header">
                              <span class="post-byline"><span class="author publisher-anchor-color"><a href="https://disqus.com/by/kees_d/">Kees D.</a></span></span>
                              <span class="post-meta"><span class="bullet time-ago-bullet">•</span>
                                <a href="#comment-5811042" data-role="relative-time" class="time-ago" title="Saturday, March 4, 2023 9:12 PM">2 days ago</a></span>
                            </header>
                            <div class="post-body-inner"><div class="post-message" data-role="message"><div><p>The ferry timetable is on the port website.</p></div></div></div>
                            <footer class="comment__footer">
                              <menu class="comment-footer__menu">
                                <li class="voting" data-role="voting"><a href="#" class="vote-up count-3" data-action="upvote" title="Vote up"><span class="updatable count" data-role="likes">3</span></a></li>
                                <li class="reply" data-role="reply-link"><a href="#"><span class="text">Reply</span></a></li>
                              </menu>
                            </footer>
                          </div>
                        </div>
                        <ul class="children">
                          <li class="post" id="post-5811101">
                            <div class="post-content" data-role="post-content">
                              <div class="post-body">
                                <header class="comment__header"><span class="post-byline"><span class="author">Ria</span></span>
                                  <span class="post-meta"><a class="time-ago" href="#comment-5811101" title="Saturday, March 4, 2023 9:40 PM">2 days ago</a></span></header>
                                <div class="post-body-inner"><div class="post-message"><p>Thanks, found it.</p></div></div>
                              </div>
                            </div>
                          </li>
                        </ul>
                      </li>
                    </ul>
                    <div class="load-more" data-role="more"><a href="#" data-action="more-posts" class="btn load-more__button">Load more comments</a></div>
                  </section>
                </div>
                """);
        assertEquals("Kees(Ria)", shape(a.comments()));
        Comment kees = a.comments().get(0);
        assertEquals(Optional.of("post-5811042"), kees.id());
        assertEquals(Optional.of("https://disqus.com/by/kees_d/"), kees.author().orElseThrow().url());
        assertEquals(LocalDateTime.of(2023, 3, 4, 21, 12), kees.datePublished().orElseThrow().value());
        assertEquals(OptionalInt.of(3), kees.upvotes());
        assertEquals("The ferry timetable is on the port website.", kees.text());
        assertEquals("Thanks, found it.", kees.replies().get(0).text());
        assertClean(a);
    }

    @Test
    void schemaOrgUserCommentsMicrodata() {
        Article a = parse("""
                <section class="reader-voices" itemscope itemtype="https://schema.org/UserComments">
                  <div itemprop="comment" itemscope itemtype="https://schema.org/Comment" id="rc-71">
                    <p class="who"><span itemprop="author" itemscope itemtype="https://schema.org/Person">
                      <a itemprop="url" href="https://ines.example/"><span itemprop="name">Ines Maier</span></a></span>,
                      <time itemprop="dateCreated" datetime="2023-03-04">4 March</time></p>
                    <div itemprop="text"><p>Good news for the fishermen.</p></div>
                    <span class="likes"><meta itemprop="upvoteCount" content="12">12 likes</span>
                    <div itemprop="comment" itemscope itemtype="https://schema.org/Comment" id="rc-72">
                      <p class="who"><span itemprop="author">Tom</span></p>
                      <div itemprop="text"><p>And for the cafés on the quay.</p></div>
                    </div>
                  </div>
                </section>
                """);
        assertEquals("Ines(Tom)", shape(a.comments()));
        Comment ines = a.comments().get(0);
        assertEquals(Optional.of("rc-71"), ines.id());
        assertEquals(Optional.of("https://ines.example/"), ines.author().orElseThrow().url());
        assertEquals(LocalDate.of(2023, 3, 4), ines.datePublished().orElseThrow().value());
        assertEquals(OptionalInt.of(12), ines.upvotes());
        assertEquals("Good news for the fishermen.", ines.text());
        assertEquals("And for the cafés on the quay.", ines.replies().get(0).text());
        assertClean(a);
    }

    @Test
    void jsonLdCommentsWhenTheHtmlHasNone() {
        Article a = Articles.parse("""
                <html><head><title>Harbour reopens</title>
                <script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle",
                  "headline":"Harbour reopens after the storm","commentCount":3,
                  "comment":[{"@type":"Comment","@id":"https://www.harbour-herald.example/2023/03/04/harbour-reopens/#comment-901",
                     "author":{"@type":"Person","name":"Vera Lind","url":"https://vera.example/"},
                     "dateCreated":"2023-03-04T18:00:00+01:00","upvoteCount":4,
                     "text":"First line of Vera.\\nSecond line of Vera.",
                     "comment":[{"@type":"Comment","author":"Ole","dateCreated":"2023-03-04","text":"<p>Reply by Ole.</p>"}]},
                    {"@type":"Comment","author":{"name":"Pia"},"text":"Short one."}]}</script>
                </head><body>""" + ARTICLE + "</body></html>", URL);
        assertEquals("Vera(Ole) Pia", shape(a.comments()));
        Comment vera = a.comments().get(0);
        assertEquals(Optional.of("comment-901"), vera.id());
        assertEquals(Optional.of("https://vera.example/"), vera.author().orElseThrow().url());
        assertEquals(OffsetDateTime.of(2023, 3, 4, 18, 0, 0, 0, ZoneOffset.ofHours(1)),
                vera.datePublished().orElseThrow().value());
        assertEquals(OptionalInt.of(4), vera.upvotes());
        assertEquals("First line of Vera.\nSecond line of Vera.", vera.text());
        assertEquals("Reply by Ole.", vera.replies().get(0).text());
        assertEquals(LocalDate.of(2023, 3, 4), vera.replies().get(0).datePublished().orElseThrow().value());
        assertEquals(OptionalInt.of(3), a.commentCount());
        assertClean(a);
    }

    @Test
    void forumStylePostsUnderARepliesHeading() {
        Article a = parse("""
                <h2>3 replies</h2>
                <div class="topic-body">
                  <div id="p1201" class="post bg2">
                    <div class="postbody">
                      <p class="author"><a href="./viewtopic.php?p=1201#p1201" title="Post">»</a> by <strong><a href="./memberlist.php?mode=viewprofile&amp;u=52" class="username">kapitein</a></strong> » <time datetime="2023-03-04T17:05:00+00:00">Sat Mar 04, 2023 5:05 pm</time></p>
                      <div class="content">Anyone know if the fuel dock is open too?</div>
                    </div>
                    <dl class="postprofile"><dt><a href="./memberlist.php?mode=viewprofile&amp;u=52" class="username">kapitein</a></dt><dd><strong>Posts:</strong> 412</dd></dl>
                  </div>
                  <div id="p1202" class="post bg1">
                    <div class="postbody">
                      <p class="author">by <strong><a href="./memberlist.php?mode=viewprofile&amp;u=7" class="username">havenmeester</a></strong> » <time datetime="2023-03-04T17:40:00+00:00">Sat Mar 04, 2023 5:40 pm</time></p>
                      <div class="content">Yes, since noon.<br>Card payment only for now.</div>
                    </div>
                  </div>
                  <div id="p1207" class="post bg2">
                    <div class="postbody">
                      <p class="author">by <strong><a href="./memberlist.php?mode=viewprofile&amp;u=52" class="username">kapitein</a></strong> » <time datetime="2023-03-04T18:02:00+00:00">Sat Mar 04, 2023 6:02 pm</time></p>
                      <div class="content">Thanks!</div>
                    </div>
                  </div>
                </div>
                """);
        assertEquals("kapitein havenmeester kapitein", shape(a.comments()));
        Comment second = a.comments().get(1);
        assertEquals(Optional.of("p1202"), second.id());
        assertEquals(Optional.of("https://www.harbour-herald.example/2023/03/04/harbour-reopens/memberlist.php?mode=viewprofile&u=7"),
                second.author().orElseThrow().url());
        assertEquals(OffsetDateTime.of(2023, 3, 4, 17, 40, 0, 0, ZoneOffset.UTC), second.datePublished().orElseThrow().value());
        assertEquals("Yes, since noon.\nCard payment only for now.", second.text());
        assertEquals("Anyone know if the fuel dock is open too?", a.comments().get(0).text());
        assertEquals(OptionalInt.of(3), a.commentCount());
        assertClean(a);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Kommentare|12.03.2023, 14:05|12.03.2023, 16:40",
        "Leserkommentare (2)|12.03.2023 um 14:05 Uhr|12.03.2023 um 16:40 Uhr",
        "Réactions|12 mars 2023 à 14:05|12 mars 2023 à 16:40",
        "Reacties|12 maart 2023 14:05|12 maart 2023 16:40",
        "Komentarze|12 marca 2023 14:05|12 marca 2023 16:40",
        "Diskussion|12. März 2023, 14:05|12. März 2023, 16:40",
        "Comments|March 12, 2023 at 2:05 pm|March 12, 2023 at 4:40 pm",
    })
    void repeatedBlocksWithAuthorDateAndTextUnderACommentsHeading(String heading, String date1, String date2) {
        Article a = parse("""
                <h3>%s</h3>
                <div class="box">
                  <div class="entry"><b>Grete Hansen</b> <span>%s</span>
                    <p>Der Hafen ist wieder offen, endlich.</p></div>
                  <div class="entry"><b>Uwe</b> <span>%s</span>
                    <p>Und die Fähre fährt ab Mittwoch.</p><p>Gut so.</p></div>
                </div>
                """.formatted(heading, date1, date2));
        assertEquals("Grete Uwe", shape(a.comments()), heading);
        Comment grete = a.comments().get(0);
        assertEquals("Grete Hansen", grete.author().orElseThrow().name());
        assertEquals(LocalDateTime.of(2023, 3, 12, 14, 5), grete.datePublished().orElseThrow().value());
        assertEquals(date1, grete.datePublished().orElseThrow().raw());
        assertEquals("Der Hafen ist wieder offen, endlich.", grete.text());
        assertEquals("Und die Fähre fährt ab Mittwoch.\nGut so.", a.comments().get(1).text());
        assertEquals(LocalDateTime.of(2023, 3, 12, 16, 40), a.comments().get(1).datePublished().orElseThrow().value());
        assertClean(a);
    }

    @Test
    void genesisThemeWithCommentMicrodataInsideTheList() {
        Article a = parse("""
                <div class="entry-comments" id="comments">
                  <h3>Comments</h3>
                  <ol class="comment-list">
                    <li class="comment even thread-even depth-1 parent" id="comment-5">
                      <article itemprop="comment" itemscope itemtype="https://schema.org/Comment">
                        <header class="comment-header">
                          <p class="comment-author" itemprop="author" itemscope itemtype="https://schema.org/Person">
                            <img alt="" src="https://avatars.example/j.png" class="avatar avatar-48 photo">
                            <span class="comment-author-name" itemprop="name"><a href="https://jane-doe.example/" class="comment-author-link" rel="external nofollow" itemprop="url">Jane Doe</a></span> <span class="says">says</span></p>
                          <p class="comment-meta"><time class="comment-time" datetime="2023-03-04T10:00:00+00:00" itemprop="datePublished"><a class="comment-time-link" href="#comment-5" itemprop="url">March 4, 2023 at 10:00 am</a></time></p>
                        </header>
                        <div class="comment-content" itemprop="text"><p>Are the moorings new or repaired?</p></div>
                        <div class="comment-reply"><a rel="nofollow" class="comment-reply-link" href="#comment-5">Reply</a></div>
                      </article>
                      <ul class="children">
                        <li class="comment byuser bypostauthor odd alt depth-2" id="comment-6">
                          <article itemprop="comment" itemscope itemtype="https://schema.org/Comment">
                            <header class="comment-header"><p class="comment-author" itemprop="author" itemscope itemtype="https://schema.org/Person">
                              <span class="comment-author-name" itemprop="name">Harbour Herald</span> <span class="says">says</span></p>
                              <p class="comment-meta"><time class="comment-time" datetime="2023-03-04T11:15:00+00:00" itemprop="datePublished"><a href="#comment-6">March 4, 2023 at 11:15 am</a></time></p></header>
                            <div class="comment-content" itemprop="text"><p>New, from Northby.</p></div>
                          </article>
                        </li>
                      </ul>
                    </li>
                  </ol>
                </div>
                """);
        assertEquals("Jane(Harbour)", shape(a.comments()));
        Comment jane = a.comments().get(0);
        assertEquals(Optional.of("comment-5"), jane.id());
        assertEquals("Jane Doe", jane.author().orElseThrow().name());
        assertEquals(Optional.of("https://jane-doe.example/"), jane.author().orElseThrow().url());
        assertEquals(OffsetDateTime.of(2023, 3, 4, 10, 0, 0, 0, ZoneOffset.UTC), jane.datePublished().orElseThrow().value());
        assertEquals("Are the moorings new or repaired?", jane.text());
        assertEquals(Optional.of("comment-6"), jane.replies().get(0).id());
        assertEquals("New, from Northby.", jane.replies().get(0).text());
        assertClean(a);
    }

    @Test
    void joomlaCommentBoxesWithVotesAndNumbers() {
        Article a = parse("""
                <div id="jc">
                  <div id="comments"><h4>Kommentare (2)</h4>
                    <div id="comments-list" class="comments-list">
                      <div class="even" id="comment-item-12">
                        <div class="rbox"><div class="comment-box usertype-guest">
                          <span class="comments-vote"><span class="vote-good" title="Gefällt mir">+4</span></span>
                          <a class="comment-anchor" href="https://www.harbour-herald.example/2023/03/04/harbour-reopens/#comment-12" id="comment-12">#1</a>
                          <span class="comment-author">Peter</span>
                          <span class="comment-date">04.03.2023 19:22</span>
                          <div class="comment-body" id="comment-body-12">Endlich wieder Fischbrötchen am Hafen.</div>
                        </div></div>
                      </div>
                      <div class="odd" id="comment-item-13">
                        <div class="rbox"><div class="comment-box usertype-guest">
                          <a class="comment-anchor" href="https://www.harbour-herald.example/2023/03/04/harbour-reopens/#comment-13" id="comment-13">#2</a>
                          <span class="comment-author">Gisela</span>
                          <span class="comment-date">05.03.2023 09:10</span>
                          <div class="comment-body" id="comment-body-13">Schön!</div>
                        </div></div>
                      </div>
                    </div>
                  </div>
                  <div id="comments-form-link"><a id="addcomment" class="showform" href="#addcomment">Kommentar schreiben</a></div>
                </div>
                """);
        assertEquals("Peter Gisela", shape(a.comments()));
        Comment peter = a.comments().get(0);
        assertEquals(LocalDateTime.of(2023, 3, 4, 19, 22), peter.datePublished().orElseThrow().value());
        assertEquals(OptionalInt.of(4), peter.upvotes());
        assertEquals("Endlich wieder Fischbrötchen am Hafen.", peter.text());
        assertEquals("Schön!", a.comments().get(1).text());
        assertEquals(OptionalInt.of(2), a.commentCount());
        assertClean(a);
    }

    @Test
    void classicBloggerDefinitionList() {
        Article a = parse("""
                <div id="comments">
                  <h4>2 comments:</h4>
                  <dl id="comments-block">
                    <dt class="comment-author blogger-comment-icon" id="c7001"><a name="c7001"></a>
                      <a href="https://www.blogger.com/profile/11" rel="nofollow">Marit</a> said...</dt>
                    <dd class="comment-body" id="Blog1_cmt-7001"><p>Lovely pictures of the quay.</p></dd>
                    <dd class="comment-footer"><span class="comment-timestamp">
                      <a href="https://harbour.blogspot.com/2023/03/harbour.html?showComment=1677958920000#c7001" title="comment permalink">March 4, 2023 at 8:42 PM</a>
                      <span class="item-control blog-admin pid-1"><a href="https://www.blogger.com/delete-comment.g?blogID=1&amp;postID=7001" title="Delete Comment">Delete</a></span></span></dd>
                    <dt class="comment-author blogger-comment-icon" id="c7002"><a name="c7002"></a>Anonymous said...</dt>
                    <dd class="comment-body" id="Blog1_cmt-7002"><p>Is the café on the pier open again?</p></dd>
                    <dd class="comment-footer"><span class="comment-timestamp">
                      <a href="https://harbour.blogspot.com/2023/03/harbour.html?showComment=1677999000000#c7002">March 5, 2023 at 7:50 AM</a></span></dd>
                  </dl>
                  <p class="comment-footer"><a href="https://www.blogger.com/comment.g?blogID=1&amp;postID=2">Post a Comment</a></p>
                </div>
                """);
        assertEquals("Marit Anonymous", shape(a.comments()));
        Comment marit = a.comments().get(0);
        assertEquals(Optional.of("c7001"), marit.id());
        assertEquals(Optional.of("https://www.blogger.com/profile/11"), marit.author().orElseThrow().url());
        assertEquals(LocalDateTime.of(2023, 3, 4, 20, 42), marit.datePublished().orElseThrow().value());
        assertEquals("Lovely pictures of the quay.", marit.text());
        assertEquals(LocalDateTime.of(2023, 3, 5, 7, 50), a.comments().get(1).datePublished().orElseThrow().value());
        assertEquals("Is the café on the pier open again?", a.comments().get(1).text());
        assertClean(a);
    }

    @Test
    void typepadCommentsWithAPostedByFooter() {
        Article a = parse("""
                <div class="comments" id="comments">
                  <h3 class="comments-header">Comments</h3>
                  <div class="comments-content">
                    <div class="comment font-entrybody" id="comment-6a00d8341c4fe353ef02b7">
                      <div class="comment-content font-entrybody"><p>We watched the divers from the breakwater.</p></div>
                      <p class="comment-footer font-entryfooter">Posted by: <a href="https://lena-vos.example/" rel="nofollow">Lena Vos</a> |
                        <a href="https://www.harbour-herald.example/2023/03/harbour-reopens.html?cid=6a00d8341c4fe353ef02b7#comment-6a00d8341c4fe353ef02b7">March 04, 2023 at 06:12 PM</a></p>
                    </div>
                    <div class="comment font-entrybody" id="comment-6a00d8341c4fe353ef02c9">
                      <div class="comment-content font-entrybody"><p>Same here, impressive work.</p></div>
                      <p class="comment-footer font-entryfooter">Posted by: Joost |
                        <a href="https://www.harbour-herald.example/2023/03/harbour-reopens.html?cid=6a00d8341c4fe353ef02c9#comment-6a00d8341c4fe353ef02c9">March 04, 2023 at 07:30 PM</a></p>
                    </div>
                  </div>
                </div>
                """);
        assertEquals("Lena Joost", shape(a.comments()));
        Comment lena = a.comments().get(0);
        assertEquals(Optional.of("comment-6a00d8341c4fe353ef02b7"), lena.id());
        assertEquals(Optional.of("https://lena-vos.example/"), lena.author().orElseThrow().url());
        assertEquals(LocalDateTime.of(2023, 3, 4, 18, 12), lena.datePublished().orElseThrow().value());
        assertEquals("We watched the divers from the breakwater.", lena.text());
        assertEquals("Same here, impressive work.", a.comments().get(1).text());
        assertClean(a);
    }

    @Test
    void blocksRightAfterTheHeadingWithoutAWrapper() {
        Article a = parse("""
                <h2>Leserkommentare</h2>
                <div class="post-reply"><strong>Hanne</strong><em>04.03.2023, 18:02</em>
                  <p>Die Mole sieht wieder gut aus.</p></div>
                <div class="post-reply"><strong>Ole</strong><em>04.03.2023, 18:30</em>
                  <p>Stimmt, aber das Geländer fehlt noch.</p></div>
                <div class="post-reply"><strong>Frieda</strong><em>05.03.2023, 07:45</em>
                  <p>Morgen kommt der Kran.</p></div>
                <p class="legal">Die Redaktion behält sich vor, Beiträge zu kürzen.</p>
                """);
        assertEquals("Hanne Ole Frieda", shape(a.comments()));
        assertEquals(LocalDateTime.of(2023, 3, 4, 18, 30), a.comments().get(1).datePublished().orElseThrow().value());
        assertEquals("Stimmt, aber das Geländer fehlt noch.", a.comments().get(1).text());
        assertClean(a);
    }

    @Test
    void flatListsIndentedByDepthClasses() {
        Article a = parse("""
                <div class="kommentare">
                  <div class="comment level-0" id="k-11"><span class="user">Anke</span> <span class="date">04.03.2023 10:00</span><p>Eins.</p></div>
                  <div class="comment level-1" id="k-12"><span class="user">Bernd</span> <span class="date">04.03.2023 10:05</span><p>Zwei.</p></div>
                  <div class="comment level-2" id="k-13"><span class="user">Carla</span> <span class="date">04.03.2023 10:09</span><p>Drei.</p></div>
                  <div class="comment level-1" id="k-14"><span class="user">Dirk</span> <span class="date">04.03.2023 10:20</span><p>Vier.</p></div>
                  <div class="comment level-0" id="k-15"><span class="user">Emil</span> <span class="date">04.03.2023 11:00</span><p>Fünf.</p></div>
                </div>
                """);
        assertEquals("Anke(Bernd(Carla) Dirk) Emil", shape(a.comments()));
        assertEquals(Optional.of("k-13"), a.comments().get(0).replies().get(0).replies().get(0).id());
        assertClean(a);
    }

    @Test
    void flatListsNestByTheirInReplyToLinks() {
        Article a = parse("""
                <section id="reactions">
                  <div class="reaction" id="reaction-1"><span class="author">Bram</span> <span class="date">4 maart 2023</span>
                    <p>Eindelijk weer open.</p></div>
                  <div class="reaction" id="reaction-2"><span class="author">Noor</span> <span class="date">4 maart 2023</span>
                    <p class="in-reply">In reply to <a href="#reaction-1">Bram</a></p>
                    <p>Ja, en de vismarkt ook.</p></div>
                  <div class="reaction" id="reaction-3"><span class="author">Kim</span> <span class="date">5 maart 2023</span>
                    <p>Mooie foto's.</p></div>
                </section>
                <div id="respond"><h3>Laisser un commentaire</h3><form action="/comment"><textarea></textarea></form></div>
                """);
        assertEquals("Bram(Noor) Kim", shape(a.comments()));
        assertEquals(Optional.of("reaction-2"), a.comments().get(0).replies().get(0).id());
        assertEquals("Ja, en de vismarkt ook.", a.comments().get(0).replies().get(0).text());
        assertEquals(LocalDate.of(2023, 3, 5), a.comments().get(1).datePublished().orElseThrow().value());
        assertClean(a);
    }

    @Test
    void wpDiscuzThreads() {
        Article a = parse("""
                <div id="comments" class="comments-area">
                  <div id="wpdcom" class="wpdiscuz_unauth wpd-default">
                    <div class="wpd-form-head"><div class="wpd-auth">Schreibe einen Kommentar</div></div>
                    <div class="wpd-thread-list" id="wpd-threads">
                      <div id="wpd-comm-501_0" class="comment even thread-even depth-1 wpd-comment wpd_comment_level-1">
                        <div class="wpd-comment-wrap wpd-blog-guest">
                          <div class="wpd-avatar"><img alt="" class="avatar"></div>
                          <div id="comment-501" class="wpd-comment-right">
                            <div class="wpd-comment-header">
                              <div class="wpd-comment-author">Karl</div>
                              <div class="wpd-comment-label"><span>Gast</span></div>
                              <div class="wpd-comment-date" title="4. März 2023 19:05">4. März 2023 19:05</div>
                            </div>
                            <div class="wpd-comment-text"><p>Wann fährt die erste Fähre?</p></div>
                            <div class="wpd-comment-footer">
                              <div class="wpd-vote"><div class="wpd-vote-up">Daumen hoch</div><div class="wpd-vote-result">7</div></div>
                              <div class="wpd-reply-button"><span>Antworten</span></div>
                            </div>
                          </div>
                        </div>
                        <div id="wpdiscuz_form_anchor-501_0"></div>
                        <div id="wpd-comm-502_501" class="comment byuser bypostauthor odd alt depth-2 wpd-comment wpd-reply wpd_comment_level-2">
                          <div class="wpd-comment-wrap wpd-blog-user">
                            <div id="comment-502" class="wpd-comment-right">
                              <div class="wpd-comment-header">
                                <div class="wpd-comment-author"><a href="https://www.harbour-herald.example/author/redaktion/" rel="nofollow">Redaktion</a></div>
                                <div class="wpd-comment-label"><span>Autor</span></div>
                                <div class="wpd-comment-date">4. März 2023 19:40</div>
                              </div>
                              <div class="wpd-comment-text"><p>Am Mittwoch um 7 Uhr.</p></div>
                            </div>
                          </div>
                        </div>
                      </div>
                    </div>
                  </div>
                </div>
                """);
        assertEquals("Karl(Redaktion)", shape(a.comments()));
        Comment karl = a.comments().get(0);
        assertEquals(Optional.of("comment-501"), karl.id());
        assertEquals(LocalDateTime.of(2023, 3, 4, 19, 5), karl.datePublished().orElseThrow().value());
        assertEquals(OptionalInt.of(7), karl.upvotes());
        assertEquals("Wann fährt die erste Fähre?", karl.text());
        Comment reply = karl.replies().get(0);
        assertEquals(Optional.of("comment-502"), reply.id());
        assertEquals(Optional.of("https://www.harbour-herald.example/author/redaktion/"), reply.author().orElseThrow().url());
        assertEquals("Am Mittwoch um 7 Uhr.", reply.text());
        assertClean(a);
    }

    @Test
    void recentCommentBoxesAndCommentLinksAreNotComments() {
        Article a = parse("""
                <p class="meta"><a href="#comments" class="comments-link">2 Comments</a></p>
                <aside class="widget widget_recent_comments">
                  <h3>Recent comments</h3>
                  <ul id="recentcomments">
                    <li class="recentcomments"><span class="comment-author-link">Lars</span> on <a href="https://www.harbour-herald.example/2023/02/01/ferry/#comment-7">New ferry ordered</a></li>
                  </ul>
                </aside>
                <div class="user-comments">
                  <div class="comment"><a href="https://www.harbour-herald.example/2023/02/02/quay/#comment-9">Mia: The quay needs a new fence too...</a></div>
                  <div class="comment"><a href="https://www.harbour-herald.example/2023/02/03/fish/#comment-12">Jan: Best smoked fish on the coast...</a></div>
                </div>
                """);
        assertTrue(a.comments().isEmpty(), () -> a.comments().toString());
    }
}
