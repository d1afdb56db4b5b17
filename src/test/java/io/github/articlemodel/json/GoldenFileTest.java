package io.github.articlemodel.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.articlemodel.model.AgentType;
import io.github.articlemodel.model.Article;
import io.github.articlemodel.model.ArticleType;
import io.github.articlemodel.model.Byline;
import io.github.articlemodel.model.BylineRole;
import io.github.articlemodel.model.Candidate;
import io.github.articlemodel.model.Comment;
import io.github.articlemodel.model.CrossReference;
import io.github.articlemodel.model.CrossReferenceKind;
import io.github.articlemodel.model.DateValue;
import io.github.articlemodel.model.Embed;
import io.github.articlemodel.model.FieldProvenance;
import io.github.articlemodel.model.Figure;
import io.github.articlemodel.model.Heading;
import io.github.articlemodel.model.Image;
import io.github.articlemodel.model.Link;
import io.github.articlemodel.model.ListBlock;
import io.github.articlemodel.model.Organization;
import io.github.articlemodel.model.Paragraph;
import io.github.articlemodel.model.Preformatted;
import io.github.articlemodel.model.Quote;
import io.github.articlemodel.model.QuoteBlock;
import io.github.articlemodel.model.QuoteKind;
import io.github.articlemodel.model.Source;
import io.github.articlemodel.model.Table;
import io.github.articlemodel.model.Agent;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A small hand-built article, written with {@link ArticleJson#writePretty}, equals the golden file
 * {@code golden-article.json} byte for byte (the file ends with one line feed, which writePretty
 * does not write). A change to the JSON form shows up here as a diff to review.
 */
class GoldenFileTest {
    static final String GOLDEN = "golden-article.json";

    static Article article() {
        String lede = "NATO offered Russia talks on arms control on Wednesday. \u201cWe are ready to listen,\u201d"
                + " Jens Stoltenberg said in Br\u00fcssel.";
        List<io.github.articlemodel.model.Block> body = List.of(
                Heading.of(2, "An offer"),
                new Paragraph.Builder().text(lede)
                        .addLinks(Link.of("NATO", "https://example.org/topics/nato", 0))
                        .build(),
                new QuoteBlock.Builder().text("The door is open.").attribution("Jens Stoltenberg").build(),
                ListBlock.of(true, List.of("Arms control", "Missile deployments")),
                Figure.of(new Image.Builder().url("https://example.org/img/talks.jpg")
                        .caption("Talks in Br\u00fcssel \uD83C\uDDEA\uD83C\uDDFA").credit("Photo: Jane Roe / Agency").build()),
                new Embed.Builder().kind("video").url("https://video.example.org/embed/42").title("The press conference").build(),
                new Preformatted.Builder().text("if (talks) {\n  listen();\n}").language("java").build(),
                new Table.Builder().caption("Warheads").rows(List.of(List.of("Country", "Count"), List.of("A", "1"), List.of())).build());
        Article bodyOnly = new Article.Builder().body(body).build();
        String quoted = "We are ready to listen,";
        int start = bodyOnly.text().indexOf(quoted);
        return new Article.Builder()
                .url("https://example.org/news/2022/01/12/nato-talks?utm_source=feed")
                .canonicalUrl("https://example.org/news/2022/01/12/nato-talks")
                .type(ArticleType.NEWS_ARTICLE)
                .headline("NATO offers \u201carms control\u201d talks </script>")
                .alternativeHeadline("Ukraine crisis")
                .description("The alliance made an offer to Russia.")
                .language("en-GB")
                .siteName("The Example Times")
                .publisher(new Organization.Builder().name("Example Media").url("https://example.org/")
                        .logo(new Image.Builder().url("https://example.org/logo.png").width(600).height(60).build())
                        .build())
                .addSections("World", "Europe")
                .addTags("NATO", "Russia")
                .addBylines(new Byline.Builder().name("Jane Doe").url("https://example.org/authors/jane-doe")
                                .affiliation("Reuters").build(),
                        new Byline.Builder().name("Example Staff").type(AgentType.ORGANIZATION)
                                .role(BylineRole.CONTRIBUTOR).build())
                .datePublished(DateValue.of("Jan. 12, 2022, 6:40 p.m.",
                        OffsetDateTime.of(2022, 1, 12, 18, 40, 0, 0, ZoneOffset.ofHours(1))))
                .dateModified(DateValue.of(LocalDate.of(2022, 1, 13)))
                .addImages(new Image.Builder().url("https://example.org/img/lead.jpg").alt("Jens Stoltenberg")
                        .width(1200).height(800).build())
                .body(body)
                .addQuotes(new Quote.Builder().text(quoted).speaker(Agent.person("Jens Stoltenberg")).cue("said")
                        .kind(QuoteKind.FULL).blockIndex(1).start(start).end(start + quoted.length()).build())
                .addCrossReferences(new CrossReference.Builder().label("Read also").title("What NATO wants")
                                .url("https://example.org/news/nato-wants").kind(CrossReferenceKind.READ_ALSO)
                                .afterBlock(1).build(),
                        new CrossReference.Builder().title("NATO").url("https://example.org/topics/nato")
                                .kind(CrossReferenceKind.INLINE_LINK).afterBlock(1).build())
                .addComments(new Comment.Builder().id("comment-1")
                        .author(new Agent.Builder().name("reader42").url("https://example.org/users/reader42").build())
                        .datePublished(DateValue.of("2 hours ago", LocalDateTime.of(2022, 1, 12, 20, 5)))
                        .text("Finally some good news.\nLet's hope.").upvotes(12)
                        .addReply(new Comment.Builder().id("comment-2")
                                .author(new Agent.Builder().name("Moderator").type(AgentType.ROLE).build())
                                .text("Please stay on topic.").build())
                        .build())
                .commentCount(2)
                .isAccessibleForFree(true)
                .putProvenance("headline", new FieldProvenance.Builder()
                        .winner(Candidate.of(Source.JSON_LD, "$[0].headline", "NATO offers \u201carms control\u201d talks"))
                        .reason("json-ld outranks opengraph")
                        .addOthers(Candidate.of(Source.OPENGRAPH, "meta[property=og:title]", "NATO offers talks | Example"))
                        .build())
                .putProvenance("datePublished", FieldProvenance.of(
                        Candidate.of(Source.DOM, "article time[datetime]", "Jan. 12, 2022, 6:40 p.m.")))
                .build();
    }

    static String golden() throws IOException {
        try (InputStream in = GoldenFileTest.class.getResourceAsStream(GOLDEN)) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
        }
    }

    @Test
    void writePrettyEqualsTheGoldenFile() throws IOException {
        assertEquals(golden(), ArticleJson.writePretty(article()));
    }

    @Test
    void theGoldenFileReadsBackEqual() throws IOException {
        assertEquals(article(), ArticleJson.read(golden()));
    }
}
