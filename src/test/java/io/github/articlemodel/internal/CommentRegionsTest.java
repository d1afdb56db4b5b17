package io.github.articlemodel.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The comment regions the body stage leaves out and the comment stage reads. */
final class CommentRegionsTest {
    private static Element first(String html) {
        return Jsoup.parseBodyFragment(html).body().child(0);
    }

    @Test
    void classWordsSplitHyphensUnderscoresAndCamelCase() {
        assertEquals(List.of("kommentar", "modul", "c", "comment", "body", "comments", "42"),
                Cues.classWords(first("<div class=\"kommentarModul c-comment__body\" id=\"comments_42\"></div>")));
        assertEquals(List.of(), Cues.classWords(first("<div></div>")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"<div id=\"kommentarModul\"></div>", "<div class=\"leserKommentare\"></div>",
        "<section class=\"section_leserpost\"></section>", "<div class=\"comment-thread toplevel-thread\"></div>",
        "<div class=\"comments-list\"></div>", "<div id=\"judgeme_product_reviews\"></div>",
        "<div class=\"customerReviews\"></div>", "<ol class=\"commentlist\"></ol>"})
    void compoundNamesOfCommentAreas(String html) {
        assertTrue(Cues.isCommentSection(first(html)), html);
    }

    @ParameterizedTest
    @ValueSource(strings = {"<div class=\"commentsCon\"></div>", "<div class=\"commentsItem\"></div>",
        "<div class=\"comment-content\"></div>", "<div class=\"kommentar\"></div>", "<div class=\"reviews\"></div>",
        "<div class=\"recentCommentsList\"></div>", "<div class=\"commentCount\"></div>"})
    void notCommentAreas(String html) {
        assertFalse(Cues.isCommentSection(first(html)), html);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Comments", "3 Comments", "Kommentare", "12 Kommentare", "Leserkommentare",
        "Leserkommentare (12)", "Kommentare:", "4 thoughts on “Harbour reopens”", "Eine Antwort auf „Hafen“",
        "One Response to “Harbour”", "Réactions", "2 réactions", "Reacties", "Komentarze", "Diskussion",
        "5 Antworten", "Comments (3)", "Commentaires"})
    void headingsOverCommentLists(String text) {
        assertTrue(Cues.isCommentListHeading(text), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Kommentar", "Comment", "Leave a Reply", "Schreibe einen Kommentar", "Antworten",
        "Comments are closed.", "Commentary on the summit", "Responses to the crisis", "Reply"})
    void otherHeadingsAreNot(String text) {
        assertFalse(Cues.isCommentListHeading(text), text);
    }

    @Test
    void theBlockAfterACommentsHeadingIsACommentRegion() {
        Document doc = Jsoup.parse("""
                <article><h2>Kommentar</h2><div id="opinion"><p>An opinion piece.</p></div></article>
                <h3>3 Kommentare</h3><div id="list"><div>...</div></div>
                <p class="meta"><a href="#comments">2 Comments</a></p><div id="after-link"><p>Article text.</p></div>
                <div class="secthead"><h2><a>Leserkommentare</a></h2></div><ul id="taz-like"><li>...</li></ul>
                """);
        assertFalse(Regions.isCommentRegion(doc.getElementById("opinion")), "singular heading");
        assertTrue(Regions.isCommentRegion(doc.getElementById("list")));
        assertFalse(Regions.isCommentRegion(doc.getElementById("after-link")), "a link to the comments heads nothing");
        assertTrue(Regions.isCommentRegion(doc.getElementById("taz-like")), "heading wrapped in a block");
    }

    @Test
    void likeBlocksAfterTheHeadingAreCommentRegionsToo() {
        Document doc = Jsoup.parse("""
                <h2>Comments</h2><div class="c first" id="a"></div><div class="c" id="b"></div><div class="c" id="c"></div>
                <div class="footer" id="d"></div>
                """);
        for (String id : List.of("a", "b", "c")) {
            assertTrue(Regions.isCommentRegion(doc.getElementById(id)), id);
        }
        assertFalse(Regions.isCommentRegion(doc.getElementById("d")));
    }

    @Test
    void schemaOrgCommentItemsAreCommentRegions() {
        assertTrue(Regions.isCommentRegion(first("<div itemscope itemtype=\"https://schema.org/Comment\"></div>")));
        assertTrue(Regions.isCommentRegion(first("<section itemscope itemtype=\"http://schema.org/UserComments\"></section>")));
        assertFalse(Regions.isCommentRegion(first("<div itemscope itemtype=\"https://schema.org/NewsArticle\"></div>")));
    }
}
