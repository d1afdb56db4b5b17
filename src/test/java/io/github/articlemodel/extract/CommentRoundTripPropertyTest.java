package io.github.articlemodel.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.articlemodel.model.Comment;
import io.github.articlemodel.model.PropertyTries;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.jsoup.nodes.Entities;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.generators.Generate;

/**
 * Any comment tree, rendered as WordPress markup and read again, keeps its shape, ids, authors,
 * dates and texts.
 */
final class CommentRoundTripPropertyTest {
    private static final String URL = "https://www.harbour-herald.example/2023/03/04/harbour-reopens/";

    /** A generated comment: its depth in the thread (preorder), author, text, and an optional site. */
    record Node(int depth, String author, String site, List<String> paragraphs, LocalDateTime date) {}

    private static final List<String> SYLLABLES = List.of("ka", "lo", "mi", "ren", "to", "sa", "vel", "an", "el",
            "ri", "no", "ma", "jö", "ße", "łu", "ça", "ti", "ar", "us", "ne");

    private static int between(RandomnessSource in, int min, int max) {
        return Generate.range(min, max).generate(in);
    }

    private static String word(RandomnessSource in) {
        StringBuilder sb = new StringBuilder();
        int n = between(in, 1, 3);
        for (int i = 0; i < n; i++) {
            sb.append(SYLLABLES.get(between(in, 0, SYLLABLES.size() - 1)));
        }
        return sb.toString();
    }

    private static String capitalised(String w) {
        return Character.toUpperCase(w.charAt(0)) + w.substring(1);
    }

    private static String sentence(RandomnessSource in) {
        List<String> words = new ArrayList<>();
        int n = between(in, 2, 9);
        for (int i = 0; i < n; i++) {
            String w = word(in);
            if (between(in, 0, 9) == 0) {
                w = w + List.of(",", " &", " <", " >", "'s", " \"so\"").get(between(in, 0, 5));
            }
            words.add(i == 0 ? capitalised(w) : w);
        }
        return String.join(" ", words) + List.of(".", "!", "?", "…").get(between(in, 0, 3));
    }

    /** Comment trees in preorder: each comment at most one level deeper than the one before. */
    static Gen<List<Node>> threads() {
        return in -> {
            int n = between(in, 1, 14);
            List<Node> out = new ArrayList<>();
            int depth = 0;
            LocalDateTime t = LocalDateTime.of(2023, 3, 4, 8, 0);
            for (int i = 0; i < n; i++) {
                depth = i == 0 ? 0 : between(in, 0, Math.min(depth + 1, 5));
                String author = capitalised(word(in)) + (between(in, 0, 1) == 0 ? "" : " " + capitalised(word(in)));
                String site = between(in, 0, 2) == 0 ? "https://" + word(in).replaceAll("[^a-z]", "x") + ".example/" : null;
                List<String> paragraphs = new ArrayList<>();
                int p = between(in, 1, 3);
                for (int k = 0; k < p; k++) {
                    StringBuilder para = new StringBuilder(sentence(in));
                    int more = between(in, 0, 2);
                    for (int m = 0; m < more; m++) {
                        para.append(' ').append(sentence(in));
                    }
                    paragraphs.add(para.toString());
                }
                t = t.plusMinutes(between(in, 1, 600));
                out.add(new Node(depth, author, site, paragraphs, t));
            }
            return out;
        };
    }

    /** WordPress's comment walker (twenty-twenty style markup), with the form after the list. */
    static String wordPress(List<Node> nodes) {
        StringBuilder sb = new StringBuilder("<html><body><article><h1>Harbour reopens</h1><div class=\"entry-content\">"
                + "<p>The harbour of Westport reopened on Monday, three days after the storm.</p></div></article>"
                + "<div id=\"comments\" class=\"comments-area\"><h2 class=\"comments-title\">" + nodes.size()
                + " thoughts on “Harbour reopens”</h2><ol class=\"comment-list\">");
        int open = 0; // depth of the last opened <li>
        for (int i = 0; i < nodes.size(); i++) {
            Node c = nodes.get(i);
            if (i > 0) {
                if (c.depth() > open) {
                    sb.append("<ol class=\"children\">");
                } else {
                    sb.append("</li>");
                    for (int d = open; d > c.depth(); d--) {
                        sb.append("</ol></li>");
                    }
                }
            }
            open = c.depth();
            int id = 100 + i;
            String name = Entities.escape(c.author());
            sb.append("<li id=\"comment-").append(id).append("\" class=\"comment depth-").append(c.depth() + 1)
                    .append("\"><article id=\"div-comment-").append(id).append("\" class=\"comment-body\">")
                    .append("<footer class=\"comment-meta\"><div class=\"comment-author vcard\">")
                    .append("<img alt=\"\" src=\"https://avatars.example/a.png\" class=\"avatar\"> <b class=\"fn\">")
                    .append(c.site() == null ? name : "<a href=\"" + c.site() + "\" class=\"url\" rel=\"ugc\">" + name + "</a>")
                    .append("</b> <span class=\"says\">says:</span></div><div class=\"comment-metadata\"><a href=\"")
                    .append(URL).append("#comment-").append(id).append("\"><time datetime=\"").append(c.date())
                    .append(":00+01:00\">").append(c.date().toLocalDate()).append("</time></a></div></footer>")
                    .append("<div class=\"comment-content\">");
            for (String p : c.paragraphs()) {
                sb.append("<p>").append(Entities.escape(p)).append("</p>");
            }
            sb.append("</div><div class=\"reply\"><a rel=\"nofollow\" class=\"comment-reply-link\" href=\"#comment-")
                    .append(id).append("\">Reply</a></div></article>");
        }
        sb.append("</li>");
        for (int d = open; d > 0; d--) {
            sb.append("</ol></li>");
        }
        return sb.append("</ol><div id=\"respond\" class=\"comment-respond\"><h3 class=\"comment-reply-title\">")
                .append("Leave a Reply</h3><form id=\"commentform\" class=\"comment-form\" action=\"/wp-comments-post.php\">")
                .append("<p class=\"comment-notes\">Your email address will not be published.</p>")
                .append("<textarea id=\"comment\"></textarea></form></div></div></body></html>").toString();
    }

    /** The tree as text, one line per comment: indentation, id, author, site, date, text. */
    static String expected(List<Node> nodes) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < nodes.size(); i++) {
            Node c = nodes.get(i);
            sb.append("  ".repeat(c.depth())).append("comment-").append(100 + i).append(' ').append(c.author())
                    .append(' ').append(c.site()).append(' ').append(c.date()).append(' ')
                    .append(String.join("\\n", c.paragraphs())).append('\n');
        }
        return sb.toString();
    }

    static String actual(List<Comment> threads) {
        StringBuilder sb = new StringBuilder();
        List<Object[]> todo = new ArrayList<>();
        for (int i = threads.size() - 1; i >= 0; i--) {
            todo.add(new Object[] {threads.get(i), 0});
        }
        while (!todo.isEmpty()) {
            Object[] next = todo.remove(todo.size() - 1);
            Comment c = (Comment) next[0];
            int depth = (Integer) next[1];
            sb.append("  ".repeat(depth)).append(c.id().orElse("-")).append(' ')
                    .append(c.author().map(a -> a.name()).orElse("-")).append(' ')
                    .append(c.author().flatMap(a -> a.url()).orElse(null)).append(' ')
                    .append(c.datePublished().map(d -> d.value() instanceof java.time.OffsetDateTime
                            ? ((java.time.OffsetDateTime) d.value()).toLocalDateTime().toString() : "?").orElse("-"))
                    .append(' ').append(c.text().replace("\n", "\\n")).append('\n');
            for (int i = c.replies().size() - 1; i >= 0; i--) {
                todo.add(new Object[] {c.replies().get(i), depth + 1});
            }
        }
        return sb.toString();
    }

    @Test
    void anyThreadRenderedAsWordPressMarkupIsReadBackWithItsShapeAuthorsAndTexts() {
        PropertyTries.qt().withExamples(Math.max(1, PropertyTries.count() / 4)).forAll(threads()).checkAssert(nodes -> {
            String html = wordPress(nodes);
            List<Comment> threads = CommentExtractor.extract(Pages.context(html, URL)).comments();
            assertEquals(expected(nodes), actual(threads), html);
        });
    }

    @Test
    void theRenderingIsTheShapeWeThinkItIs() {
        List<Node> nodes = List.of(
                new Node(0, "Ana", null, List.of("One."), LocalDateTime.of(2023, 3, 4, 9, 0)),
                new Node(1, "Bo", null, List.of("Two."), LocalDateTime.of(2023, 3, 4, 9, 1)),
                new Node(2, "Cy", null, List.of("Three."), LocalDateTime.of(2023, 3, 4, 9, 2)),
                new Node(0, "Di", null, List.of("Four."), LocalDateTime.of(2023, 3, 4, 9, 3)));
        List<Comment> threads = CommentExtractor.extract(Pages.context(wordPress(nodes), URL)).comments();
        assertEquals("Ana(Bo(Cy)) Di", threads.stream().map(CommentRoundTripPropertyTest::tree)
                .collect(Collectors.joining(" ")));
    }

    private static String tree(Comment c) {
        return c.author().orElseThrow().name() + (c.replies().isEmpty() ? ""
                : "(" + c.replies().stream().map(CommentRoundTripPropertyTest::tree).collect(Collectors.joining(" ")) + ")");
    }
}
