package io.github.articlemodel.schemaorg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import io.github.articlemodel.model.Image;
import io.github.articlemodel.model.Paragraph;
import io.github.articlemodel.model.Quote;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The reader: what it reads where, and one test for each thing real sites get wrong. */
final class SchemaOrgReaderTest {
    /** A JSON-LD text; single quotes stand for double quotes. */
    private static JsonLdRead read(String json) {
        return SchemaOrg.fromJsonLd(json.replace('\'', '"'));
    }

    private static Article article(String json) {
        JsonLdRead r = read(json);
        return r.article().orElseThrow(() -> new AssertionError("no article: " + r.problems()));
    }

    private static List<String> names(Article a) {
        return a.bylines().stream().map(Byline::name).collect(Collectors.toList());
    }

    // ------------------------------------------------------------------ round trip of the sample

    @Test
    void theSampleReadsBackOnEveryFieldSchemaOrgCarries() {
        Article original = Samples.harbour();
        JsonLdRead read = SchemaOrg.fromJsonLd(SchemaOrg.toJsonLd(original));
        assertEquals(List.of(), read.problems());
        Article a = read.article().orElseThrow();
        assertEquals(original.url(), a.url());
        assertEquals(original.canonicalUrl(), a.canonicalUrl());
        assertEquals(ArticleType.NEWS_ARTICLE, a.type());
        assertEquals(original.headline(), a.headline());
        assertEquals(original.alternativeHeadline(), a.alternativeHeadline());
        assertEquals(original.description(), a.description());
        assertEquals(original.language(), a.language());
        assertEquals(original.siteName(), a.siteName());
        assertEquals(original.publisher(), a.publisher());
        assertEquals(original.sections(), a.sections());
        assertEquals(original.tags(), a.tags());
        assertEquals(original.bylines(), a.bylines(), "authors first, then the contributors in their roles");
        assertEquals(original.datePublished().get().value(), a.datePublished().get().value());
        assertEquals(original.dateModified().get().value(), a.dateModified().get().value());
        assertEquals(original.images(), a.images());
        assertEquals(original.text(), a.text(), "one paragraph per line");
        assertEquals(original.wordCount(), a.wordCount());
        assertEquals(OptionalInt.of(original.wordCount()), read.wordCount());
        assertEquals(List.of("This is the biggest investment in the town for fifty years,",
                "Cargo operations will continue during construction."),
                a.quotes().stream().map(Quote::text).collect(Collectors.toList()));
        assertEquals(original.quotes().stream().map(Quote::speaker).collect(Collectors.toList()),
                a.quotes().stream().map(Quote::speaker).collect(Collectors.toList()));
        Quote q = a.quotes().get(1);
        assertEquals(q.text(), a.text().substring(q.start(), q.end()), "placed where its text is");
        assertEquals(List.of(
                new CrossReference.Builder().title("Harbour vote delayed again")
                        .url("https://news.example.com/2025/05/20/harbour-vote-delayed").kind(CrossReferenceKind.RELATED)
                        .build(),
                new CrossReference.Builder().title("Harbour feasibility study 2024")
                        .url("https://council.example.gov/reports/harbour-2024.pdf").kind(CrossReferenceKind.SOURCE).build()),
                a.crossReferences());
        assertEquals(original.comments().get(0).replies(), a.comments().get(0).replies());
        assertEquals(original.comments().get(0).datePublished().get().value(),
                a.comments().get(0).datePublished().get().value());
        assertEquals(original.commentCount(), a.commentCount());
        assertEquals(original.isAccessibleForFree(), a.isAccessibleForFree());
        assertEquals(Projection.of(original), Projection.of(a));
    }

    @Test
    void anArticleAboutHtmlReadsBackWithItsTagsAndLines() {
        Article original = new Article.Builder().headline("Testing the front end")
                .addBody(Paragraph.of("The runner needs a page of its own."),
                        Paragraph.of("Give it a <div id=\"mocha\"></div> and a <script> for each suite."),
                        Paragraph.of("Then open the page."))
                .addComments(new Comment.Builder().id("c1").text("Nice.\nUse <code>numbers[:]</code> to copy.").build())
                .build();
        Article a = SchemaOrg.fromJsonLd(SchemaOrg.toJsonLd(original)).article().orElseThrow();
        assertEquals(original.text(), a.text());
        assertEquals(original.comments().get(0).text(), a.comments().get(0).text());
    }

    @Test
    void theExamplePageReadsFromItsHtml() throws IOException {
        String html = Files.readString(Path.of("examples/pages/nato-talks.html"), StandardCharsets.UTF_8);
        JsonLdRead read = SchemaOrg.fromHtml(html);
        assertEquals(List.of(), read.problems());
        Article a = read.article().orElseThrow();
        String page = "https://www.atlantic-ledger.example/2022/01/12/nato-offers-arms-control-talks-russia/";
        assertEquals(ArticleType.NEWS_ARTICLE, a.type());
        assertEquals(Optional.of("NATO offers arms control talks to Russia"), a.headline());
        assertEquals(Optional.of(page), a.canonicalUrl());
        assertEquals(Optional.of("The Atlantic Ledger"), a.siteName());
        assertEquals(Optional.of("The Atlantic Ledger"), a.publisher().map(o -> o.name()));
        // The author is named inline and described in a node of its own with the same @id.
        assertEquals(List.of(new Byline.Builder().name("Marieke de Vries")
                .url("https://www.atlantic-ledger.example/author/marieke-de-vries/").build()), a.bylines());
        assertEquals(OffsetDateTime.of(2022, 1, 12, 18, 40, 0, 0, ZoneOffset.ofHours(1)), a.datePublished().get().value());
        assertEquals(List.of("NATO", "Russia"), a.tags());
        assertEquals(List.of("Europe"), a.sections());
        assertEquals(1, a.images().size());
        assertEquals(OptionalInt.of(1200), a.images().get(0).width());
        assertEquals(Optional.of("en-GB"), a.language());
        assertEquals(OptionalInt.of(4), a.commentCount());
        assertEquals(OptionalInt.of(451), read.wordCount());
    }

    /** The reference shape of the issue reads into the article it describes. */
    @Test
    void theWorkedExampleReads() throws IOException {
        Path example = Path.of("../shared/schemaorg/worked-example.jsonld");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isRegularFile(example), "../shared/schemaorg is not present");
        JsonLdRead read = SchemaOrg.fromJsonLd(Files.readString(example, StandardCharsets.UTF_8));
        assertEquals(List.of(), read.problems());
        Article a = read.article().orElseThrow();
        String base = "https://news.example.com/2025/";
        assertEquals(Optional.of("Council approves harbour plan after two-year fight"), a.headline());
        assertEquals(Optional.of(base + "06/01/harbour-plan"), a.canonicalUrl());
        assertEquals(Optional.of("Example Daily"), a.siteName());
        assertEquals(List.of(new Byline.Builder().name("Jane Doe").url("https://news.example.com/staff/jane-doe")
                        .affiliation("Example Daily").build(), // worksFor, through the publisher's @id
                new Byline.Builder().name("John Roe").url("https://news.example.com/staff/john-roe").build()), a.bylines());
        assertEquals(OptionalInt.of(60), a.publisher().flatMap(p -> p.logo()).orElseThrow().height());
        assertEquals(List.of("Harbour vote delayed again", "Port traffic hits record", "Harbour feasibility study 2024"),
                a.crossReferences().stream().map(CrossReference::title).collect(Collectors.toList()));
        assertEquals(List.of(CrossReferenceKind.RELATED, CrossReferenceKind.RELATED, CrossReferenceKind.SOURCE),
                a.crossReferences().stream().map(CrossReference::kind).collect(Collectors.toList()));
        assertEquals(List.of(Optional.of(Agent.person("Maria Lopez")),
                Optional.of(new Agent.Builder().name("Exampleton Port Authority").type(AgentType.ORGANIZATION).build())),
                a.quotes().stream().map(Quote::speaker).collect(Collectors.toList()));
        assertEquals(2, a.comments().get(0).threadSize());
        assertEquals("Who pays for it, though?", a.comments().get(0).replies().get(0).text());
        assertEquals(OptionalInt.of(812), read.wordCount());
    }

    // ------------------------------------------------------------------ the tolerance cases

    @Test
    void cdataWrappers() {
        Article a = article("//<![CDATA[\n{'@context':'https://schema.org','@type':'NewsArticle','headline':'Wrapped'}\n//]]>");
        assertEquals(Optional.of("Wrapped"), a.headline());
    }

    @Test
    void htmlEntitiesInTheWholeBlock() {
        Article a = SchemaOrg.fromJsonLd("{&quot;@context&quot;:&quot;https://schema.org&quot;,"
                + "&quot;@type&quot;:&quot;NewsArticle&quot;,&quot;headline&quot;:&quot;Escaped&quot;}").article().orElseThrow();
        assertEquals(Optional.of("Escaped"), a.headline());
    }

    @Test
    void htmlEntitiesInStrings() {
        Article a = article("{'@type':'NewsArticle','headline':'Trump&#8217;s plan &amp; the &quot;deal&quot;',"
                + "'author':{'@type':'Person','name':'Ana Petrovi&#x107;'}}");
        assertEquals(Optional.of("Trump\u2019s plan & the \"deal\""), a.headline());
        assertEquals(List.of("Ana Petrović"), names(a));
    }

    @Test
    void topLevelArrays() {
        Article a = article("[{'@context':'https://schema.org','@type':'Organization','name':'Org'},"
                + "{'@context':'https://schema.org','@type':'BlogPosting','headline':'In an array'}]");
        assertEquals(ArticleType.BLOG_POSTING, a.type());
        assertEquals(Optional.of("In an array"), a.headline());
    }

    @Test
    void graphs() {
        Article a = article("{'@context':'https://schema.org','@graph':[{'@type':'WebSite','name':'Site'},"
                + "{'@type':'WebPage','@id':'https://e.org/a','url':'https://e.org/a'},"
                + "{'@type':'Article','headline':'In a graph','mainEntityOfPage':{'@id':'https://e.org/a'}}]}");
        assertEquals(Optional.of("In a graph"), a.headline());
        assertEquals(Optional.of("Site"), a.siteName());
        assertEquals(Optional.of("https://e.org/a"), a.canonicalUrl());
    }

    @Test
    void lists() {
        Article a = article("{'@type':'Article','keywords':{'@list':['a, b','c']},"
                + "'author':{'@list':[{'@type':'Person','name':'Jane'},'John']}}");
        assertEquals(List.of("a, b", "c"), a.tags(), "the items of a list are tags as they stand");
        assertEquals(List.of("Jane", "John"), names(a));
    }

    @Test
    void idReferences() {
        Article a = article("{'@graph':[{'@type':'NewsArticle','headline':'H','author':[{'@id':'#jane'},'#org'],"
                + "'publisher':{'@id':'#org'},'image':{'@id':'#img'}},"
                + "{'@type':'Person','@id':'#jane','name':'Jane Doe','url':'https://e.org/jane'},"
                + "{'@type':'NewsMediaOrganization','@id':'#org','name':'Daily','logo':'https://e.org/logo.png'},"
                + "{'@type':'ImageObject','@id':'#img','contentUrl':'https://e.org/i.jpg','width':'1200px'}]}");
        assertEquals(List.of(new Byline.Builder().name("Jane Doe").url("https://e.org/jane").build(),
                Byline.organization("Daily")), a.bylines());
        assertEquals(Optional.of("https://e.org/logo.png"), a.publisher().flatMap(p -> p.logo()).map(Image::url));
        assertEquals(List.of(new Image.Builder().url("https://e.org/i.jpg").width(1200).build()), a.images());
    }

    @Test
    void stringAuthors() {
        assertEquals(List.of("Jane Doe"), names(article("{'@type':'Article','author':'Jane Doe'}")));
        assertEquals(List.of("Jane Doe", "John Roe"), names(article("{'@type':'Article','author':['Jane Doe','John Roe']}")));
    }

    @Test
    void personsNamedByGivenAndFamilyName() {
        assertEquals(List.of("Jane Doe", "Roe"), names(article("{'@type':'Article','author':["
                + "{'@type':'Person','givenName':'Jane','familyName':'Doe'},{'@type':'Person','familyName':'Roe'}]}")));
        assertEquals(List.of("Jane Doe"), names(article("{'@type':'Article','author':"
                + "{'@type':'Person','name':'Jane Doe','givenName':'J.','familyName':'D.'}}")), "the name comes first");
    }

    @Test
    void htmlInsideNames() {
        Article a = article("{'@type':'Article','headline':'<em>Breaking:</em> news',"
                + "'author':[{'@type':'Person','name':'<a href=\\'/jane\\'>Jane  Doe</a>'}],"
                + "'publisher':{'@type':'Organization','name':'<b>Daily</b>'}}");
        assertEquals(List.of("Jane Doe"), names(a));
        assertEquals(Optional.of("Breaking: news"), a.headline());
        assertEquals(Optional.of("Daily"), a.publisher().map(o -> o.name()));
        assertEquals(List.of("a < b and c > d"), names(article("{'@type':'Article','author':'a < b and c > d'}")),
                "no tag, no HTML");
    }

    @ParameterizedTest
    @ValueSource(strings = {"'https://schema.org'", "'https://schema.org/'", "'http://schema.org'",
        "'http://schema.org/'", "{'@vocab':'http://schema.org/'}", "{'@vocab':'https://schema.org/'}",
        "['https://schema.org',{'@language':'en'}]"})
    void httpAndHttpsAndVocabContexts(String context) {
        Article a = article("{'@context':" + context + ",'@type':'NewsArticle','headline':'Ctx','wordCount':3}");
        assertEquals(ArticleType.NEWS_ARTICLE, a.type());
        assertEquals(Optional.of("Ctx"), a.headline());
    }

    @Test
    void fullIrisForTypesAndProperties() {
        Article a = article("{'@type':['http://schema.org/NewsArticle'],'http://schema.org/headline':[{'@value':'Expanded'}],"
                + "'https://schema.org/author':[{'@type':['http://schema.org/Person'],"
                + "'http://schema.org/name':[{'@value':'Jane'}]}],'schema:inLanguage':'de'}");
        assertEquals(ArticleType.NEWS_ARTICLE, a.type());
        assertEquals(Optional.of("Expanded"), a.headline());
        assertEquals(List.of("Jane"), names(a));
        assertEquals(Optional.of("de"), a.language());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "January 12, 2022|2022-01-12",
        "Jan. 12, 2022|2022-01-12",
        "12 January 2022|2022-01-12",
        "Wednesday, 12 Jan 2022|2022-01-12",
        "12.01.2022|2022-01-12",
        "2022/01/12|2022-01-12",
        "2022-1-5|2022-01-05",
        "2022-01-12 18:40:00|2022-01-12T18:40:00",
        "2022-01-12 18:40|2022-01-12T18:40:00",
        "2022-01-12T18:40:00+0100|2022-01-12T18:40:00+01:00",
        "2022-01-12T18:40:00 +01|2022-01-12T18:40:00+01:00",
        "2022-01-12 18:40:00 UTC|2022-01-12T18:40:00Z",
        "2018-11-28CET12:22:00+0100|2018-11-28T12:22:00+01:00",
        "2022-01-12T18:40:00.123456Z|2022-01-12T18:40:00.123456Z",
        "Wed, 12 Jan 2022 18:40:00 +0100|2022-01-12T18:40:00+01:00",
        "Wed, 12 Jan 2022 17:40:00 GMT|2022-01-12T17:40:00Z",
        "January 12, 2022 at 6:40 pm|2022-01-12T18:40:00",
        "1642009200|2022-01-12T17:40:00Z",
        "1642009200000|2022-01-12T17:40:00Z",
        "2022-01|2022-01",
        "2022|2022",
    })
    void nonIsoDates(String raw, String iso) {
        Article a = article("{'@type':'Article','datePublished':'" + raw + "'}");
        assertEquals(iso, a.datePublished().orElseThrow().iso());
        assertEquals(raw, a.datePublished().get().raw(), "the raw text is kept");
    }

    @ParameterizedTest
    @ValueSource(strings = {"yesterday", "2022-02-30", "Smarch 12, 2022", "12/01/2022", "99999-01-01"})
    void datesThatAreNoDatesAreLeftOut(String raw) {
        JsonLdRead r = read("{'@type':'Article','headline':'H','datePublished':'" + raw + "'}");
        assertEquals(Optional.empty(), r.article().orElseThrow().datePublished());
        assertEquals(List.of("datePublished '" + raw + "' is not a date; left out"), r.problems());
    }

    @ParameterizedTest
    @CsvSource({"'\"True\"',true", "'\"true\"',true", "'\"False\"',false", "'\"https://schema.org/False\"',false",
        "'\"http://schema.org/True\"',true", "true,true", "false,false", "'\"yes\"',true", "0,false"})
    void booleansAsStrings(String json, boolean expected) {
        Article a = SchemaOrg.fromJsonLd("{\"@type\":\"Article\",\"isAccessibleForFree\":" + json + "}").article().orElseThrow();
        assertEquals(Optional.of(expected), a.isAccessibleForFree());
    }

    @Test
    void wordCountInTheWrongCase() {
        JsonLdRead r = read("{'@type':'Article','wordcount':'451','CommentCount':4}");
        assertEquals(OptionalInt.of(451), r.wordCount());
        assertEquals(OptionalInt.of(4), r.article().orElseThrow().commentCount());
        assertEquals(OptionalInt.of(12), read("{'@type':'Article','WordCount':12}").wordCount());
    }

    // ------------------------------------------------------------------ more of what is read

    @Test
    void theMainArticleIsTheOneThePagePresents() {
        Article a = article("{'@graph':[{'@type':'Article','headline':'A teaser'},"
                + "{'@type':'NewsArticle','@id':'#main','headline':'The story'},"
                + "{'@type':'WebPage','mainEntity':{'@id':'#main'}}]}");
        assertEquals(Optional.of("The story"), a.headline());
        Article b = article("{'@graph':[{'@type':'Article','headline':'A teaser'},"
                + "{'@type':'NewsArticle','headline':'The story','mainEntityOfPage':'https://e.org/story'}]}");
        assertEquals(Optional.of("The story"), b.headline());
        assertEquals(Optional.of("https://e.org/story"), b.canonicalUrl());
    }

    @Test
    void aWebPageStandsInWhenThereIsNoArticle() {
        JsonLdRead r = read("{'@type':'WebPage','name':'Just a page','inLanguage':'fr'}");
        assertEquals(Optional.of("Just a page"), r.article().orElseThrow().headline());
        assertEquals(List.of("no node of an article type; read the WebPage"), r.problems());
    }

    @Test
    void articleSubtypesMapToTheModelsTypes() {
        assertEquals(ArticleType.NEWS_ARTICLE, article("{'@type':'BackgroundNewsArticle'}").type());
        assertEquals(ArticleType.OPINION_NEWS_ARTICLE, article("{'@type':['Article','OpinionNewsArticle']}").type());
        assertEquals(ArticleType.ARTICLE, article("{'@type':'SocialMediaPosting'}").type());
        assertEquals(ArticleType.TECH_ARTICLE, article("{'@type':'APIReference'}").type());
        assertEquals(ArticleType.LIVE_BLOG_POSTING, article("{'@type':'liveblogposting'}").type());
    }

    @Test
    void rolesOfBylines() {
        Article a = article("{'@type':'Article','editor':{'@type':'Person','name':'Ed'},"
                + "'translator':{'@type':'Person','name':'Tr'},"
                + "'contributor':[{'@type':'Person','name':'Co'},"
                + "{'@type':'Role','roleName':'illustrator','contributor':{'@type':'Person','name':'Il'}},"
                + "{'@type':'Role','roleName':'something else','contributor':'Se'}],"
                + "'author':{'@type':'Person','name':'Au','worksFor':{'@type':'Organization','name':'Wire'}}}");
        assertEquals(List.of("Au", "Ed", "Tr", "Co", "Il", "Se"), names(a));
        assertEquals(List.of(BylineRole.AUTHOR, BylineRole.EDITOR, BylineRole.TRANSLATOR, BylineRole.CONTRIBUTOR,
                BylineRole.ILLUSTRATOR, BylineRole.CONTRIBUTOR),
                a.bylines().stream().map(Byline::role).collect(Collectors.toList()));
        assertEquals(Optional.of("Wire"), a.bylines().get(0).affiliation());
    }

    @Test
    void commentsFlatOrNestedAndCyclesReadOnce() {
        Article a = article("{'@graph':[{'@type':'Article','@id':'#a','comment':[{'@id':'#c1'},"
                + "{'@type':'Comment','text':'Second','author':'Bo','upvoteCount':'3',"
                + "'identifier':{'@type':'PropertyValue','value':'c-2'}}]},"
                + "{'@type':'Comment','@id':'#c1','text':'<p>First</p><p>para</p>','comment':[{'@id':'#c1'},"
                + "{'@type':'Comment','text':'Reply','author':{'@type':'Person','description':'a reader'}}]}]}");
        assertEquals(2, a.comments().size());
        Comment first = a.comments().get(0);
        assertEquals("First\npara", first.text());
        assertEquals(1, first.replies().size(), "the reference back to itself is read once");
        assertEquals(Optional.of(new Agent.Builder().name("a reader").type(AgentType.ROLE).build()),
                first.replies().get(0).author());
        Comment second = a.comments().get(1);
        assertEquals(Optional.of("c-2"), second.id());
        assertEquals(OptionalInt.of(3), second.upvotes());
        assertEquals(Optional.of(Agent.person("Bo")), second.author());
    }

    @Test
    void relativeUrlsNeedABase() {
        String json = "{\"@type\":\"Article\",\"url\":\"/news/1\",\"image\":\"//cdn.e.org/i.jpg\"}";
        JsonLdRead without = SchemaOrg.fromJsonLd(json);
        assertEquals(Optional.empty(), without.article().orElseThrow().url());
        assertEquals(List.of(), without.article().orElseThrow().images());
        assertEquals(List.of("url '/news/1' is not an absolute http(s) URL; left out"), without.problems());
        Article with = SchemaOrg.fromJsonLd(json, "https://e.org/front").article().orElseThrow();
        assertEquals(Optional.of("https://e.org/news/1"), with.url());
        assertEquals(List.of(Image.of("https://cdn.e.org/i.jpg")), with.images());
        assertEquals(Optional.empty(), article("{'@type':'Article','url':'javascript:alert(1)'}").url());
        assertEquals(Optional.of("https://xn--stssenseer-fcb.de/autoren/Ana%20Lo/"),
                article("{'@type':'Article','url':' https://stössenseer.de/autoren/Ana Lo/ '}").url());
        assertEquals(Optional.of("https://xn--stssenseer-fcb.de/a"),
                SchemaOrg.fromJsonLd("{\"@type\":\"Article\",\"url\":\"a\"}", "https://stössenseer.de/").article()
                        .orElseThrow().url(), "an internationalised base URL is accepted");
    }

    @Test
    void badValuesAreLeftOutAndNamed() {
        JsonLdRead r = read("{'@type':'Article','headline':'H','inLanguage':'English (UK)','commentCount':-4,"
                + "'datePublished':'2022-01-12','dateModified':'2021-01-01','isAccessibleForFree':'maybe',"
                + "'author':{'@type':'Person'},'citation':'Smith 2020'}");
        Article a = r.article().orElseThrow();
        assertEquals(Optional.of("H"), a.headline());
        assertEquals(Optional.empty(), a.language());
        assertEquals(Optional.empty(), a.dateModified());
        assertEquals(OptionalInt.empty(), a.commentCount());
        assertEquals(List.of("inLanguage 'English (UK)' is not a BCP 47 language tag; left out",
                "an author without a name; left out",
                "dateModified 2021-01-01 is before datePublished 2022-01-12; left out",
                "a citation without an absolute http(s) URL; left out",
                "commentCount '-4' is not a whole number; left out",
                "isAccessibleForFree '\"maybe\"' is not a boolean; left out"), r.problems());
    }

    @Test
    void whatIsNoJsonLdGivesNoArticleAndNoException() {
        for (String bad : List.of("", "not json", "{", "[]", "{\"@type\":\"Person\",\"name\":\"x\"}", "42",
                "<script>")) {
            JsonLdRead r = SchemaOrg.fromJsonLd(bad);
            assertFalse(r.problems().isEmpty(), bad);
        }
        assertEquals(Optional.empty(), SchemaOrg.fromHtml("<p>no JSON-LD here</p>").article());
        assertEquals(List.of("the page has no JSON-LD block"), SchemaOrg.fromHtml("<p>hi</p>").problems());
        assertThrows(IllegalArgumentException.class, () -> SchemaOrg.fromHtml("", "/relative"));
        assertThrows(NullPointerException.class, () -> SchemaOrg.fromJsonLd(null));
    }

    @Test
    void quotationsNeedABodyToBePlacedIn() {
        JsonLdRead r = read("{'@graph':[{'@type':'Article','@id':'#a'},{'@type':'Quotation','text':'Hi',"
                + "'isPartOf':{'@id':'#a'}}]}");
        assertEquals(List.of(), r.article().orElseThrow().quotes());
        assertEquals(List.of("a Quotation, but no articleBody to place it in; left out"), r.problems());
        Article a = article("{'@graph':[{'@type':'Article','@id':'#a','articleBody':'One.\\nHe said Hi there.'},"
                + "{'@type':'Quotation','text':'Hi there','spokenByCharacter':{'@type':'Person','name':'Al'},"
                + "'isPartOf':{'@id':'#a'}},{'@type':'Quotation','text':'elsewhere','isPartOf':{'@id':'#other'}},"
                + "{'@type':'Quotation','text':'not in the text'}]}");
        assertEquals(2, a.quotes().size(), "the quotation of another work is not the article's");
        Quote q = a.quotes().get(0);
        assertEquals(1, q.blockIndex());
        assertEquals("Hi there", a.text().substring(q.start(), q.end()));
        assertEquals(Optional.of(Agent.person("Al")), q.speaker());
        assertEquals(0, a.quotes().get(1).end());
    }

    @Test
    void aDateAloneStaysADate() {
        Article a = article("{'@type':'Article','datePublished':'2022-01-12','dateModified':'2022-01-12T10:00:00'}");
        assertEquals(LocalDate.of(2022, 1, 12), a.datePublished().get().value());
        assertEquals(LocalDateTime.of(2022, 1, 12, 10, 0), a.dateModified().get().value());
        assertTrue(a.dateModified().get().compareTo(a.datePublished().get()) >= 0);
        assertEquals(DateValue.of("2022-01-12", LocalDate.of(2022, 1, 12)), a.datePublished().get());
    }
}
