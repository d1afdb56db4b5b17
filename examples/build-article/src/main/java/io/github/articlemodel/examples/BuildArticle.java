package io.github.articlemodel.examples;

import io.github.articlemodel.json.ArticleJson;
import io.github.articlemodel.model.Agent;
import io.github.articlemodel.model.Article;
import io.github.articlemodel.model.Block;
import io.github.articlemodel.model.Byline;
import io.github.articlemodel.model.Comment;
import io.github.articlemodel.model.CrossReference;
import io.github.articlemodel.model.CrossReferenceKind;
import io.github.articlemodel.model.DateValue;
import io.github.articlemodel.model.Heading;
import io.github.articlemodel.model.Organization;
import io.github.articlemodel.model.Paragraph;
import io.github.articlemodel.model.Quote;
import io.github.articlemodel.model.QuoteKind;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Builds an {@link Article} by hand, as a site that publishes its own articles would, and prints
 * it as JSON. Every builder checks its values when {@code build()} is called: a blank name, a
 * relative URL or a quote outside the text throws {@link IllegalArgumentException}.
 */
public final class BuildArticle {
    private BuildArticle() {}

    public static void main(String[] args) {
        // The body as typed blocks. Article.text() joins their text with "\n".
        List<Block> body = List.of(
                Paragraph.of("The alliance offered talks on arms control on Wednesday."),
                Heading.of(2, "An offer on the table"),
                Paragraph.of("\u201cWe are ready to sit down and talk,\u201d Jane Example said after the meeting."));

        // A quote points into the article text: the block it starts in and the character offsets of
        // the quoted words (without the quotation marks).
        String quoted = "We are ready to sit down and talk,";
        String text = textOf(body);
        int start = text.indexOf(quoted);
        Quote quote = new Quote.Builder()
                .text(quoted)
                .speaker(new Agent.Builder()
                        .name("Jane Example")
                        .url("https://example.org/people/jane-example")
                        .build())
                .cue("said")
                .kind(QuoteKind.FULL)
                .blockIndex(2)
                .start(start)
                .end(start + quoted.length())
                .build();

        CrossReference readAlso = new CrossReference.Builder()
                .label("Read also")
                .title("What arms control talks could cover")
                .url("https://example.org/news/2022/01/arms-control-explained")
                .kind(CrossReferenceKind.READ_ALSO)
                .afterBlock(2)
                .build();

        Comment comment = new Comment.Builder()
                .id("comment-1")
                .author(Agent.person("A. Reader"))
                .datePublished(DateValue.of("12 Jan 2022, 19:05", LocalDateTime.of(2022, 1, 12, 19, 5)))
                .text("Talking is better than not talking.")
                .addReply(new Comment.Builder()
                        .id("comment-2")
                        .author(Agent.person("B. Reader"))
                        .text("Agreed, as long as it leads somewhere.")
                        .build())
                .build();

        Article article = new Article.Builder()
                .url("https://example.org/news/2022/01/12/arms-control-talks")
                .headline("Alliance offers arms control talks")
                .description("The alliance offered talks on arms control on Wednesday.")
                .language("en")
                .siteName("The Example Times")
                .publisher(Organization.of("The Example Times"))
                .addSection("World")
                .addTag("arms control")
                .addTag("diplomacy")
                .addByline(Byline.person("Jane Doe"))
                .addByline(Byline.organization("Example Wire"))
                // What the page said, and what it means, at the precision the page gave.
                .datePublished(DateValue.of("12.01.2022", LocalDate.of(2022, 1, 12)))
                .dateModified(DateValue.of(OffsetDateTime.of(2022, 1, 12, 18, 40, 0, 0, ZoneOffset.ofHours(1))))
                .addAllBody(body)
                .addQuote(quote)
                .addCrossReference(readAlso)
                .addComment(comment)
                .build();

        System.out.println(ArticleJson.writePretty(article));
    }

    /** The text of the blocks as {@link Article#text()} gives it: each non-empty block's text, joined by "\n". */
    private static String textOf(List<Block> blocks) {
        StringBuilder sb = new StringBuilder();
        for (Block block : blocks) {
            if (!block.plainText().isEmpty()) {
                if (sb.length() > 0) {
                    sb.append('\n');
                }
                sb.append(block.plainText());
            }
        }
        return sb.toString();
    }
}
