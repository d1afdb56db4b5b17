package io.github.articlemodel.schemaorg;

import io.github.articlemodel.model.Agent;
import io.github.articlemodel.model.AgentType;
import io.github.articlemodel.model.Article;
import io.github.articlemodel.model.ArticleType;
import io.github.articlemodel.model.Byline;
import io.github.articlemodel.model.BylineRole;
import io.github.articlemodel.model.Comment;
import io.github.articlemodel.model.CrossReference;
import io.github.articlemodel.model.CrossReferenceKind;
import io.github.articlemodel.model.DateValue;
import io.github.articlemodel.model.Heading;
import io.github.articlemodel.model.Image;
import io.github.articlemodel.model.Organization;
import io.github.articlemodel.model.Paragraph;
import io.github.articlemodel.model.Quote;
import io.github.articlemodel.model.QuoteKind;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** Articles for the tests: one with every field the JSON-LD carries, modelled on the worked example. */
final class Samples {
    static final String PAGE = "https://news.example.com/2025/06/01/harbour-plan";

    private Samples() {}

    static Article harbour() {
        String p1 = "The council voted 31-12 on Tuesday to redevelop the old harbour.";
        String p2 = "\"This is the biggest investment in the town for fifty years,\" said Maria Lopez.";
        String p3 = "The port authority said: \"Cargo operations will continue during construction.\"";
        Article probe = new Article.Builder()
                .addBody(Heading.of(2, "A vote after two years"), Paragraph.of(p1), Paragraph.of(p2), Paragraph.of(p3))
                .build();
        String text = probe.text();
        String q1 = "This is the biggest investment in the town for fifty years,";
        String q2 = "Cargo operations will continue during construction.";
        int s1 = text.indexOf(q1);
        int s2 = text.indexOf(q2);
        return new Article.Builder()
                .url(PAGE + "?utm_source=feed")
                .canonicalUrl(PAGE)
                .type(ArticleType.NEWS_ARTICLE)
                .headline("Council approves harbour plan after two-year fight")
                .alternativeHeadline("Harbour redevelopment gets green light")
                .description("The council voted 31-12 to redevelop the old harbour.")
                .language("en-GB")
                .siteName("Example Daily")
                .publisher(new Organization.Builder().name("Example Daily").url("https://news.example.com/")
                        .logo(new Image.Builder().url("https://news.example.com/logo.png").width(600).height(60).build())
                        .build())
                .addSections("Local", "Harbour")
                .addTags("harbour", "council")
                .addBylines(new Byline.Builder().name("Jane Doe").url("https://news.example.com/staff/jane-doe")
                                .affiliation("Example Daily").build(),
                        new Byline.Builder().name("John Roe").url("https://news.example.com/staff/john-roe").build(),
                        new Byline.Builder().name("Ann Lens").role(BylineRole.PHOTOGRAPHER).build(),
                        new Byline.Builder().name("Desk").type(AgentType.ORGANIZATION).role(BylineRole.EDITOR).build())
                .datePublished(DateValue.of(OffsetDateTime.of(2025, 6, 1, 8, 0, 0, 0, ZoneOffset.ofHours(1))))
                .dateModified(DateValue.of(OffsetDateTime.of(2025, 6, 1, 9, 20, 0, 0, ZoneOffset.ofHours(1))))
                .addImages(new Image.Builder().url("https://news.example.com/img/harbour-16x9.jpg").width(1600)
                        .height(900).caption("The old harbour at dawn").alt("Boats in a harbour")
                        .credit("Photo: Ann Lens").build())
                .body(probe.body())
                .addQuotes(new Quote.Builder().text(q1).speaker(Agent.person("Maria Lopez")).cue("said")
                                .kind(QuoteKind.FULL).blockIndex(2).start(s1).end(s1 + q1.length()).build(),
                        new Quote.Builder().text(q2)
                                .speaker(new Agent.Builder().name("Exampleton Port Authority")
                                        .type(AgentType.ORGANIZATION).build())
                                .kind(QuoteKind.FULL).blockIndex(3).start(s2).end(s2 + q2.length()).build())
                .addCrossReferences(new CrossReference.Builder().label("Read also").title("Harbour vote delayed again")
                                .url("https://news.example.com/2025/05/20/harbour-vote-delayed")
                                .kind(CrossReferenceKind.READ_ALSO).afterBlock(1).build(),
                        new CrossReference.Builder().title("Harbour feasibility study 2024")
                                .url("https://council.example.gov/reports/harbour-2024.pdf")
                                .kind(CrossReferenceKind.SOURCE).build())
                .addComments(new Comment.Builder().id("comment-101").author(Agent.person("harbourwatcher"))
                        .datePublished(DateValue.of(OffsetDateTime.of(2025, 6, 1, 10, 2, 0, 0, ZoneOffset.ofHours(1))))
                        .text("About time.").upvotes(14)
                        .addReply(new Comment.Builder().id("comment-102").author(Agent.person("skeptic42"))
                                .text("Who pays for it, though?").upvotes(3).build())
                        .build())
                .commentCount(2)
                .isAccessibleForFree(false)
                .build();
    }
}
