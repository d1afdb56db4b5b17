package io.github.articlemodel.model;

import static io.github.articlemodel.model.Invariants.BAD_URLS;
import static io.github.articlemodel.model.Invariants.BLANKS;
import static io.github.articlemodel.model.Invariants.rejects;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ArticleTest {
    private static final String URL = "https://example.org/news/1";

    @Test
    void defaults() {
        Article a = new Article.Builder().build();
        assertEquals(ArticleType.ARTICLE, a.type());
        assertEquals(Optional.empty(), a.url());
        assertEquals(Optional.empty(), a.headline());
        assertEquals(Optional.empty(), a.datePublished());
        assertEquals(List.of(), a.bylines());
        assertEquals(List.of(), a.body());
        assertEquals(List.of(), a.comments());
        assertEquals(OptionalInt.empty(), a.commentCount());
        assertEquals(Optional.empty(), a.isAccessibleForFree());
        assertEquals(Map.of(), a.provenance());
        assertEquals("", a.text());
        assertEquals(0, a.wordCount());
        assertEquals(List.of(), a.blockOffsets());
    }

    @Test
    void builder() {
        Article a = new Article.Builder()
                .url(URL).canonicalUrl("https://example.org/n/1").type(ArticleType.NEWS_ARTICLE)
                .headline("Headline").alternativeHeadline("Kicker").description("Lede").language("de-AT")
                .siteName("Site").publisher(Organization.of("Publisher"))
                .addSections("World", "Europe").addTags("NATO")
                .addBylines(Byline.person("Jane Doe"), Byline.organization("Reuters"))
                .datePublished(DateValue.of(LocalDate.of(2022, 1, 12)))
                .dateModified(DateValue.of(LocalDate.of(2022, 1, 13)))
                .addImages(Image.of("https://example.org/i.jpg"))
                .addBody(Paragraph.of("Text."))
                .commentCount(7).isAccessibleForFree(false)
                .build();
        assertEquals(Optional.of(URL), a.url());
        assertEquals(ArticleType.NEWS_ARTICLE, a.type());
        assertEquals(Optional.of("de-AT"), a.language());
        assertEquals(List.of("World", "Europe"), a.sections());
        assertEquals(2, a.bylines().size());
        assertEquals(OptionalInt.of(7), a.commentCount());
        assertEquals(Optional.of(false), a.isAccessibleForFree());
        assertEquals(a, new Article.Builder().from(a).build());
        assertNotEquals(a, new Article.Builder().from(a).headline("Other").build());
    }

    @Test
    void listsAreImmutable() {
        Article a = new Article.Builder().addTags("a").build();
        assertThrows(UnsupportedOperationException.class, () -> a.tags().add("b"));
        assertThrows(UnsupportedOperationException.class, () -> a.body().add(Paragraph.of("p")));
    }

    @Test
    void rejectsBadUrls() {
        for (String url : BAD_URLS) {
            rejects("url", () -> new Article.Builder().url(url).build());
            rejects("canonicalUrl", () -> new Article.Builder().canonicalUrl(url).build());
        }
    }

    @Test
    void rejectsBlankTexts() {
        for (String blank : BLANKS) {
            rejects("headline", () -> new Article.Builder().headline(blank).build());
            rejects("alternativeHeadline", () -> new Article.Builder().alternativeHeadline(blank).build());
            rejects("description", () -> new Article.Builder().description(blank).build());
            rejects("siteName", () -> new Article.Builder().siteName(blank).build());
            rejects("sections[]", () -> new Article.Builder().addSections("World", blank).build());
            rejects("tags[]", () -> new Article.Builder().addTags(blank).build());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "de-AT", "zh-Hant-TW", "es-419", "sr-Latn-RS"})
    void acceptsLanguageTags(String tag) {
        assertEquals(Optional.of(tag), new Article.Builder().language(tag).build().language());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "e", "english language", "en_GB", "en-", "-en", "toolongtag", "de-AT-123456789", "en GB"})
    void rejectsOtherLanguages(String tag) {
        rejects("language", () -> new Article.Builder().language(tag).build());
    }

    @Test
    void rejectsANegativeCommentCount() {
        rejects("commentCount", () -> new Article.Builder().commentCount(-1).build());
        new Article.Builder().commentCount(0).build();
    }

    // ---------------------------------------------------------------- dates

    private static Article dated(Temporal published, Temporal modified) {
        return new Article.Builder().datePublished(DateValue.of(published)).dateModified(DateValue.of(modified)).build();
    }

    @Test
    void rejectsAModifiedDateBeforeThePublishedDateAtEveryPrecision() {
        ZoneOffset cet = ZoneOffset.ofHours(1);
        rejects("dateModified", () -> dated(Year.of(2022), Year.of(2021)));
        rejects("dateModified", () -> dated(YearMonth.of(2022, 2), YearMonth.of(2022, 1)));
        rejects("dateModified", () -> dated(LocalDate.of(2022, 1, 12), LocalDate.of(2022, 1, 11)));
        rejects("dateModified", () -> dated(LocalDateTime.of(2022, 1, 12, 18, 40), LocalDateTime.of(2022, 1, 12, 18, 39)));
        rejects("dateModified", () -> dated(OffsetDateTime.of(2022, 1, 12, 18, 40, 0, 0, cet),
                OffsetDateTime.of(2022, 1, 12, 17, 39, 0, 0, ZoneOffset.UTC)));
        // mixed precisions compare at the coarser one
        rejects("dateModified", () -> dated(LocalDate.of(2022, 1, 12), Year.of(2021)));
        rejects("dateModified", () -> dated(OffsetDateTime.of(2022, 3, 1, 0, 30, 0, 0, cet), YearMonth.of(2022, 2)));
        rejects("dateModified", () -> dated(LocalDateTime.of(2022, 1, 12, 9, 0), LocalDate.of(2022, 1, 11)));
        IllegalArgumentException e = rejects("dateModified", () -> dated(LocalDate.of(2022, 1, 12), LocalDate.of(2022, 1, 11)));
        assertTrue(e.getMessage().contains("2022-01-11") && e.getMessage().contains("2022-01-12"), e.getMessage());
    }

    @Test
    void acceptsAModifiedDateThatIsNotBefore() {
        ZoneOffset cet = ZoneOffset.ofHours(1);
        dated(LocalDate.of(2022, 1, 12), LocalDate.of(2022, 1, 12));
        dated(LocalDate.of(2022, 1, 12), LocalDate.of(2022, 1, 13));
        dated(LocalDateTime.of(2022, 1, 12, 18, 40), LocalDate.of(2022, 1, 12)); // same day
        dated(Year.of(2022), LocalDate.of(2022, 1, 1));
        dated(OffsetDateTime.of(2022, 1, 12, 18, 40, 0, 0, cet), OffsetDateTime.of(2022, 1, 12, 17, 40, 0, 0, ZoneOffset.UTC));
        new Article.Builder().dateModified(DateValue.of(Year.of(1999))).build(); // no published date
    }

    // ---------------------------------------------------------------- text, offsets, words

    @Test
    void textJoinsTheBlocksThatHaveText() {
        Article a = new Article.Builder().addBody(
                Heading.of(2, "Title"),
                Embed.of("video", "https://v.example.org/1"),
                Paragraph.of("First paragraph."),
                Figure.of(Image.of("https://example.org/i.jpg")),
                ListBlock.of(false, List.of("one", "two")),
                Table.of(List.of(List.of("a", "b")))).build();
        assertEquals("Title\nFirst paragraph.\none\ntwo\na\tb", a.text());
    }

    @Test
    void blockOffsetsPointAtEachBlocksText() {
        List<Block> body = List.of(
                Embed.of("video", "https://v.example.org/1"),
                Heading.of(2, "Title"),
                Paragraph.of("Body \uD83D\uDE00 text."),
                Figure.of(Image.of("https://example.org/i.jpg")),
                QuoteBlock.of("Quote."));
        Article a = new Article.Builder().body(body).build();
        assertEquals("Title\nBody \uD83D\uDE00 text.\nQuote.", a.text());
        List<Integer> offsets = a.blockOffsets();
        assertEquals(5, offsets.size());
        assertEquals(0, offsets.get(0));
        assertEquals(0, offsets.get(1));
        assertEquals(6, offsets.get(2));
        assertEquals(20, offsets.get(4));
        assertTrue(offsets.get(3) >= offsets.get(2) && offsets.get(3) <= offsets.get(4));
    }

    @Test
    void textAndOffsetsAgreeForGeneratedArticles() {
        PropertyTries.qt().forAll(ModelGenerators.articles()).checkAssert(a -> {
            String text = a.text();
            assertEquals(a.body().stream().map(Block::plainText).filter(t -> !t.isEmpty())
                    .collect(Collectors.joining("\n")), text);
            List<Integer> offsets = a.blockOffsets();
            assertEquals(a.body().size(), offsets.size());
            for (int i = 0; i < offsets.size(); i++) {
                assertTrue(text.startsWith(a.body().get(i).plainText(), offsets.get(i)));
                assertTrue(i == 0 || offsets.get(i) >= offsets.get(i - 1));
            }
        });
    }

    @Test
    void wordCount() {
        assertEquals(8, new Article.Builder().addBody(Paragraph.of("NATO made an offer to Russia on Wednesday."))
                .build().wordCount());
        assertEquals(0, new Article.Builder().addBody(Paragraph.of("\u2014 !!! \uD83D\uDE00 \u2014")).build().wordCount());
        assertEquals(4, words("arms-control in 2022"));
        assertEquals(2, words("don't"));
        assertEquals(1, words("snake_case"));
        assertEquals(3, words("Z\u00fcrich \u65e5\u672c\u8a9e \u0627\u0644\u0633\u0644\u0627\u0645"));
        assertEquals(2, words("\uD835\uDC00\uD835\uDC01 x")); // astral letters are letters
        assertEquals(4, words("Title") + words("one\ntwo\tthree"));
    }

    private static int words(String paragraph) {
        return new Article.Builder().addBody(Paragraph.of(paragraph)).build().wordCount();
    }

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{Nd}_]+");

    @Test
    void wordCountCountsRunsOfLettersAndDigits() {
        PropertyTries.qt().forAll(ModelGenerators.articles()).checkAssert(a -> {
            Matcher m = WORD.matcher(a.text());
            int n = 0;
            while (m.find()) {
                n++;
            }
            assertEquals(n, a.wordCount());
        });
    }

    @Test
    void derivedValuesAreNotPartOfEquality() {
        Article a = new Article.Builder().addBody(Paragraph.of("x")).build();
        a.text();
        assertEquals(a, new Article.Builder().addBody(Paragraph.of("x")).build());
        assertEquals(a.hashCode(), new Article.Builder().addBody(Paragraph.of("x")).build().hashCode());
    }

    @Test
    void builtFromManyPartsInOrder() {
        List<Block> body = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            body.add(Paragraph.of("p" + i));
        }
        Article a = new Article.Builder().body(body).build();
        assertEquals(body, a.body());
        body.clear();
        assertEquals(100, a.body().size());
    }
}
