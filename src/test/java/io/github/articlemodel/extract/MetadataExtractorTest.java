package io.github.articlemodel.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.articlemodel.model.AgentType;
import io.github.articlemodel.model.Candidate;
import io.github.articlemodel.model.Source;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

final class MetadataExtractorTest {
    private static final String URL = "https://www.harbour-herald.example/news/2023/03/04/harbour-reopens/";

    private static Metadata extract(String html) {
        return MetadataExtractor.extract(Pages.context(html, URL));
    }

    private static List<String> values(Metadata m, String field) {
        return m.get(field).stream().map(Candidate::value).collect(Collectors.toList());
    }

    private static Candidate only(Metadata m, String field, Source source) {
        List<Candidate> found = m.get(field).stream().filter(c -> c.source() == source).collect(Collectors.toList());
        assertEquals(1, found.size(), () -> field + " from " + source + ": " + m.get(field));
        return found.get(0);
    }

    @Test
    void theArticlesTagLinksGiveTagsAndItsCategoryLinksSectionsButNotTheMenus() {
        Metadata m = extract("""
                <html><head><title>Harbour reopens after the storm</title></head><body>
                <nav><a rel="tag" href="/tag/sport/">Sport</a></nav>
                <div class="menu-topics"><a rel="tag" href="/tag/weather/">Weather</a></div>
                <article><h1>Harbour reopens after the storm</h1><p>Text.</p>
                <footer class="entry-footer">
                  <a rel="category tag" href="/category/coast/">Coast</a>
                  <a rel="tag" href="/tag/ferries/">Ferries</a> <a rel="TAG nofollow" href="/tag/quay/">The quay</a>
                  <a rel="tags" href="/tag/x/">Not a tag link</a>
                </footer></article>
                <aside><a rel="tag" href="/tag/fish/">Fish market</a></aside>
                </body></html>""");
        assertEquals(List.of("Ferries", "The quay"), values(m, "tags"));
        assertTrue(m.get("tags").stream().allMatch(c -> c.source() == Source.DOM && c.locator().equals("a[rel~=tag]")),
                m.get("tags")::toString);
        assertEquals(List.of("Coast"), values(m, "sections"));
    }

    @Test
    void keywordsThatCutTheTitleIntoItsWordsAreNoTags() {
        Metadata m = extract("""
                <html><head><title>Federal Reserve's Low Rate Policy Is A 'Dangerous Gamble,' Says Top Official</title>
                <meta name="keywords" content="federal, reserve's, low, rate, policy, is, a, 'dangerous, gamble,', says, top, official, business">
                </head><body><p>Text.</p></body></html>""");
        assertEquals(List.of(), values(m, "tags"));
        // Keywords that are words of the title but do not spell it out are tags.
        Metadata kept = extract("""
                <html><head><title>Harbour reopens after the storm, ferries leave Westport again</title>
                <meta name="keywords" content="harbour, storm, ferries, Westport">
                </head><body><p>Text.</p></body></html>""");
        assertEquals(List.of("harbour", "storm", "ferries", "Westport"), values(kept, "tags"));
    }

    @Test
    void tagsAndSectionsWrittenAsAListInOneValueAreSplit() {
        Metadata m = extract("""
                <html><head>
                <meta property="article:tag" content="Harbour,Storm damage,Ferries">
                <meta property="article:section" content="Arts, Culture">
                <meta name="parsely-section" content="Coast,Region,In Depth">
                <meta name="parsely-section"
                  content="The harbour of Westport reopened on Monday, three days after the storm tore through the coast.">
                <meta name="keywords" content="quay ; piers; boats">
                </head><body><p>Text.</p></body></html>""");
        List<String> tags = values(m, "tags");
        assertTrue(tags.containsAll(List.of("Harbour", "Storm damage", "Ferries", "quay", "piers", "boats")), tags::toString);
        List<String> sections = values(m, "sections");
        // Two names with a comma and a space may be one ("Arts, Culture"); a sentence is no section.
        assertEquals(List.of("Arts, Culture", "Coast", "Region", "In Depth"), sections);
    }

    @Test
    void jsonLdGraphResolvesAnAuthorGivenByIdReference() {
        Metadata m = extract("""
                <html><head>
                <script type="application/ld+json">
                {"@context":"https://schema.org","@graph":[
                  {"@type":"WebPage","@id":"https://www.harbour-herald.example/news/2023/03/04/harbour-reopens/",
                   "name":"Harbour reopens - Harbour Herald"},
                  {"@type":"NewsArticle","@id":"https://www.harbour-herald.example/news/2023/03/04/harbour-reopens/#article",
                   "headline":"Harbour reopens after the storm",
                   "datePublished":"2023-03-04T08:00:00+01:00",
                   "author":{"@id":"https://www.harbour-herald.example/#/schema/person/1"},
                   "publisher":{"@id":"https://www.harbour-herald.example/#organization"},
                   "articleSection":["Coast"],
                   "keywords":["storm","harbour"]},
                  {"@type":"Person","@id":"https://www.harbour-herald.example/#/schema/person/1",
                   "name":"Maria Jansen","url":"https://www.harbour-herald.example/author/maria-jansen/"},
                  {"@type":"Organization","@id":"https://www.harbour-herald.example/#organization",
                   "name":"Harbour Herald Media","url":"https://www.harbour-herald.example/"},
                  {"@type":"WebSite","@id":"https://www.harbour-herald.example/#website","name":"Harbour Herald"}
                ]}
                </script></head><body><p>Text</p></body></html>
                """);

        Candidate headline = only(m, "headline", Source.JSON_LD);
        assertEquals("Harbour reopens after the storm", headline.value());
        assertEquals("$[0]['@graph'][1]['headline']", headline.locator());
        Candidate published = only(m, "datePublished", Source.JSON_LD);
        assertEquals("2023-03-04T08:00:00+01:00", published.value());
        assertEquals("$[0]['@graph'][1]['datePublished']", published.locator());
        assertEquals(List.of("Coast"), values(m, "sections"));
        assertEquals(List.of("storm", "harbour"), values(m, "tags"));

        assertEquals(1, m.authors().size(), m.authors()::toString);
        Metadata.AuthorCandidate author = m.authors().get(0);
        assertEquals("Maria Jansen", author.name());
        assertEquals(Optional.of("https://www.harbour-herald.example/author/maria-jansen/"), author.url());
        assertEquals(AgentType.PERSON, author.type());
        assertEquals(Source.JSON_LD, author.source());
        assertEquals("$[0]['@graph'][1]['author'][0]['name']", author.locator());

        assertEquals(List.of("Harbour Herald Media"), values(m, "publisherName"));
        Candidate site = only(m, "siteName", Source.JSON_LD);
        assertEquals("Harbour Herald", site.value());
        assertEquals("$[0]['@graph'][4]['name']", site.locator());
    }

    @Test
    void aMetaPropertyAttributeMayNameSeveralProperties() {
        Metadata m = extract("""
                <meta property="x:title og:title  twitter:title" content="Ferries run again">
                <meta property="dc:description og:description">
                """);
        assertEquals(List.of(Source.OPENGRAPH, Source.TWITTER),
                m.get("headline").stream().map(c -> c.source()).toList());
        assertEquals("meta[property=og:title]", m.get("headline").get(0).locator());
        assertTrue(m.get("description").isEmpty(), m.get("description")::toString);
    }

    @Test
    void ogArticlePropertiesCountAsArticleProperties() {
        Metadata m = extract("""
                <meta property="og:article:author" content="Tom Berg">
                <meta property="og:article:section" content="Coast">
                <meta property="og:article:published_time" content="2023-03-04T08:00:00Z">
                """);
        assertEquals(List.of("Tom Berg"), m.authors().stream().map(a -> a.name()).toList());
        assertEquals("meta[property=og:article:author]", m.authors().get(0).locator());
        assertEquals("Coast", m.get("sections").get(0).value());
        assertEquals(Source.OPENGRAPH, m.get("datePublished").get(0).source());
    }

    @Test
    void markupInAMetaValueIsReadAsItsText() {
        Metadata m = extract("""
                <meta property="og:description" content="&lt;p&gt;The ferries &lt;i&gt;run again&lt;/i&gt;.&lt;/p&gt;">
                <meta name="description" content="Tides &lt; 2 m and winds &amp; rain">
                <meta name="author" content="&lt;a href=&quot;/staff/tom&quot;&gt;Tom Berg&lt;/a&gt;">
                """);
        assertEquals("The ferries run again.", m.get("description").get(0).value());
        assertEquals("Tides < 2 m and winds & rain", m.get("description").get(1).value(), "no tag: kept as written");
        assertEquals(List.of("Tom Berg"), m.authors().stream().map(a -> a.name()).toList());
    }

    @Test
    void jsonLdOrganizationAuthorIsAnOrganization() {
        Metadata m = extract("""
                <script type="application/ld+json">
                {"@context":"https://schema.org","@type":"NewsArticle","headline":"Ferries run again",
                 "author":[{"@type":"Organization","name":"Coast Wire"},{"@type":"Person","name":"Tom Berg"}]}
                </script>
                """);
        assertEquals(2, m.authors().size(), m.authors()::toString);
        assertEquals("Coast Wire", m.authors().get(0).name());
        assertEquals(AgentType.ORGANIZATION, m.authors().get(0).type());
        assertEquals("Tom Berg", m.authors().get(1).name());
        assertEquals(AgentType.PERSON, m.authors().get(1).type());
        assertEquals("$[0]['author'][1]['name']", m.authors().get(1).locator());
    }

    @Test
    void jsonLdTopLevelArrayAndSecondScriptBlockAreRead() {
        Metadata m = extract("""
                <script type="application/ld+json">{"@type":"WebSite","name":"Harbour Herald"}</script>
                <script type="application/ld+json">
                [{"@context":"https://schema.org","@type":"BreadcrumbList","itemListElement":[]},
                 {"@context":"https://schema.org","@type":"BlogPosting","headline":"Notes from the quay",
                  "dateModified":"2023-03-05"}]
                </script>
                """);
        Candidate headline = only(m, "headline", Source.JSON_LD);
        assertEquals("Notes from the quay", headline.value());
        assertEquals("$[1][1]['headline']", headline.locator());
        assertEquals("$[1][1]['dateModified']", only(m, "dateModified", Source.JSON_LD).locator());
        assertEquals("BlogPosting", only(m, "type", Source.JSON_LD).value());
        Candidate site = only(m, "siteName", Source.JSON_LD);
        assertEquals("Harbour Herald", site.value());
        assertEquals("$[0]['name']", site.locator());
    }

    @Test
    void jsonLdInsideCdataIsRead() {
        Metadata m = extract("""
                <script type="application/ld+json">//<![CDATA[
                {"@context":"https://schema.org","@type":"NewsArticle","headline":"Storm damage counted"}
                //]]></script>
                """);
        assertEquals(List.of("Storm damage counted"), values(m, "headline"));
    }

    @Test
    void htmlEntityEncodedJsonLdIsRead() {
        Metadata m = extract("""
                <script type="application/ld+json">{&quot;@context&quot;:&quot;https://schema.org&quot;,\
                &quot;@type&quot;:&quot;NewsArticle&quot;,&quot;headline&quot;:&quot;Quay \\u0026 piers repaired&quot;,\
                &quot;author&quot;:{&quot;@type&quot;:&quot;Person&quot;,&quot;name&quot;:&quot;Tom Berg&quot;}}</script>
                """);
        assertEquals(List.of("Quay & piers repaired"), values(m, "headline"));
        assertEquals("Tom Berg", m.authors().get(0).name());
    }

    @Test
    void jsonLdWithCommentsAndTrailingCommasIsRead() {
        Metadata m = extract("""
                <script type="application/ld+json">
                {
                  /* generated by the theme */
                  "@context": "https://schema.org",
                  "@type": "NewsArticle", // the article
                  "headline": "Ferries leave at dawn",
                  "keywords": ["ferries", "storm",],
                }
                </script>
                """);
        assertEquals(List.of("Ferries leave at dawn"), values(m, "headline"));
        assertEquals(List.of("ferries", "storm"), values(m, "tags"));
        assertTrue(m.get("headline").stream().allMatch(c -> c.source() == Source.JSON_LD));
    }

    @Test
    void unreadableJsonLdIsAWarningNotAFailure() {
        ExtractionContext ctx = Pages.context("""
                <script type="application/ld+json">{"@type": "NewsArticle", "headline": </script>
                <meta property="og:title" content="Still here">
                """, URL);
        Metadata m = MetadataExtractor.extract(ctx);
        assertEquals(List.of("Still here"), values(m, "headline"));
        assertTrue(ctx.warnings().stream().anyMatch(w -> w.code().equals("json-ld.unreadable")), ctx.warnings()::toString);
    }

    @Test
    void openGraphAndArticleTags() {
        Metadata m = extract("""
                <head>
                <meta property="og:title" content="Harbour reopens after the storm">
                <meta property="og:description" content="The first ferries left at dawn.">
                <meta property="og:site_name" content="Harbour Herald">
                <meta property="og:url" content="/news/2023/03/04/harbour-reopens/">
                <meta property="og:locale" content="en_GB">
                <meta property="og:type" content="article">
                <meta property="og:image" content="https://cdn.harbour-herald.example/quay.jpg">
                <meta property="article:published_time" content="2023-03-04T08:00:00+01:00">
                <meta property="article:modified_time" content="2023-03-04T12:30:00+01:00">
                <meta property="article:section" content="Coast">
                <meta property="article:tag" content="storm">
                <meta property="article:tag" content="ferries">
                <meta property="article:author" content="Maria Jansen">
                <meta property="article:author" content="https://www.facebook.example/maria.jansen">
                </head>
                """);
        Candidate title = only(m, "headline", Source.OPENGRAPH);
        assertEquals("Harbour reopens after the storm", title.value());
        assertEquals("meta[property=og:title]", title.locator());
        assertEquals("The first ferries left at dawn.", only(m, "description", Source.OPENGRAPH).value());
        assertEquals("Harbour Herald", only(m, "siteName", Source.OPENGRAPH).value());
        assertEquals("https://www.harbour-herald.example/news/2023/03/04/harbour-reopens/",
                only(m, "url", Source.OPENGRAPH).value());
        assertEquals("en-GB", only(m, "language", Source.OPENGRAPH).value());
        assertEquals("article", only(m, "ogType", Source.OPENGRAPH).value());
        assertEquals("https://cdn.harbour-herald.example/quay.jpg", only(m, "images", Source.OPENGRAPH).value());
        Candidate published = only(m, "datePublished", Source.OPENGRAPH);
        assertEquals("2023-03-04T08:00:00+01:00", published.value());
        assertEquals("meta[property=article:published_time]", published.locator());
        assertEquals("2023-03-04T12:30:00+01:00", only(m, "dateModified", Source.OPENGRAPH).value());
        assertEquals(List.of("Coast"), values(m, "sections"));
        assertEquals(List.of("storm", "ferries"), values(m, "tags"));
        // A name is an author; a profile URL in article:author is not a name.
        assertEquals(1, m.authors().size(), m.authors()::toString);
        assertEquals("Maria Jansen", m.authors().get(0).name());
        assertEquals(Source.OPENGRAPH, m.authors().get(0).source());
    }

    @Test
    void plainMetaAuthorDescriptionAndKeywords() {
        Metadata m = extract("""
                <head>
                <meta name="author" content="Tom Berg">
                <meta name="description" content="Workers cleared the debris through the weekend.">
                <meta name="keywords" content="storm, harbour ,  Westport,">
                </head>
                """);
        assertEquals(1, m.authors().size());
        Metadata.AuthorCandidate a = m.authors().get(0);
        assertEquals("Tom Berg", a.name());
        assertEquals(Source.META, a.source());
        assertEquals("meta[name=author]", a.locator());
        Candidate description = only(m, "description", Source.META);
        assertEquals("Workers cleared the debris through the weekend.", description.value());
        assertEquals("meta[name=description]", description.locator());
        assertEquals(List.of("storm", "harbour", "Westport"), values(m, "tags"));
        assertTrue(m.get("tags").stream().allMatch(c -> c.source() == Source.META && c.locator().equals("meta[name=keywords]")));
    }

    @Test
    void dublinCore() {
        Metadata m = extract("""
                <head>
                <meta name="DC.title" content="De haven gaat weer open">
                <meta name="DC.creator" content="Jan de Vries">
                <meta name="DC.date.issued" content="2023-03-04">
                <meta name="DCTERMS.modified" content="2023-03-05">
                <meta name="DC.language" content="nl">
                </head>
                """);
        Candidate title = only(m, "headline", Source.DUBLIN_CORE);
        assertEquals("De haven gaat weer open", title.value());
        assertEquals("meta[name=dc.title]", title.locator());
        assertEquals("2023-03-04", only(m, "datePublished", Source.DUBLIN_CORE).value());
        assertEquals("2023-03-05", only(m, "dateModified", Source.DUBLIN_CORE).value());
        assertEquals("nl", only(m, "language", Source.DUBLIN_CORE).value());
        assertEquals("Jan de Vries", m.authors().get(0).name());
        assertEquals(Source.DUBLIN_CORE, m.authors().get(0).source());
    }

    @Test
    void canonicalLinkIsResolvedAndUnsafeOnesAreIgnored() {
        Metadata m = extract("""
                <head><link rel="canonical" href="/news/2023/03/04/harbour-reopens/"></head>
                """);
        Candidate url = only(m, "url", Source.LINK);
        assertEquals("https://www.harbour-herald.example/news/2023/03/04/harbour-reopens/", url.value());
        assertEquals("link[rel=canonical]", url.locator());

        Metadata bad = extract("<head><link rel=\"canonical\" href=\"javascript:alert(1)\"></head>");
        assertTrue(bad.get("url").isEmpty(), bad.get("url")::toString);
    }

    @Test
    void htmlLangTitleAndH1() {
        Metadata m = extract("""
                <html lang="de-AT"><head><title>Hafen wieder offen | Hafenblatt</title></head>
                <body><h1>Hafen wieder offen</h1><p>Text</p></body></html>
                """);
        Candidate lang = only(m, "language", Source.DOM);
        assertEquals("de-AT", lang.value());
        assertEquals("html[lang]", lang.locator());
        Candidate title = only(m, "title", Source.DOM);
        assertEquals("Hafen wieder offen | Hafenblatt", title.value());
        Candidate h1 = only(m, "h1", Source.DOM);
        assertEquals("Hafen wieder offen", h1.value());
        assertEquals("h1:eq(0)", h1.locator());
    }

    @Test
    void microdataHeadlineAuthorAndDatePublished() {
        Metadata m = extract("""
                <body>
                <article itemscope itemtype="https://schema.org/NewsArticle">
                  <h1 itemprop="headline">Harbour reopens after the storm</h1>
                  <p class="byline">By
                    <span itemprop="author" itemscope itemtype="https://schema.org/Person">
                      <a itemprop="url" href="/author/maria-jansen/"><span itemprop="name">Maria Jansen</span></a>
                    </span></p>
                  <time itemprop="datePublished" datetime="2023-03-04T08:00:00+01:00">4 March 2023</time>
                  <div itemprop="articleBody"><p>The harbour reopened on Monday.</p></div>
                  <div itemprop="comment" itemscope itemtype="https://schema.org/Comment">
                    <span itemprop="headline">Not the article's headline</span>
                  </div>
                </article>
                </body>
                """);
        Candidate headline = only(m, "headline", Source.MICRODATA);
        assertEquals("Harbour reopens after the storm", headline.value());
        assertEquals("[itemtype=NewsArticle] [itemprop=headline]", headline.locator());
        Candidate published = only(m, "datePublished", Source.MICRODATA);
        assertEquals("2023-03-04T08:00:00+01:00", published.value());
        assertEquals("[itemtype=NewsArticle] [itemprop=datePublished]", published.locator());
        assertEquals(1, m.authors().size(), m.authors()::toString);
        Metadata.AuthorCandidate author = m.authors().get(0);
        assertEquals("Maria Jansen", author.name());
        assertEquals(Optional.of("https://www.harbour-herald.example/author/maria-jansen/"), author.url());
        assertEquals(Source.MICRODATA, author.source());
        assertEquals("[itemtype=NewsArticle] [itemprop=author]", author.locator());
    }

    @Test
    void bestPrefersStructuredDataOverSocialAndPlainMeta() {
        Metadata m = extract("""
                <head>
                <meta name="description" content="plain">
                <meta property="og:description" content="social">
                <script type="application/ld+json">{"@type":"NewsArticle","headline":"H","description":"structured"}</script>
                </head>
                """);
        assertEquals("structured", m.best("description").orElseThrow().value());
        assertEquals(Source.JSON_LD, m.best("description").orElseThrow().source());
        assertFalse(m.best("alternativeHeadline").isPresent());
    }

    @Test
    void elementsAnywhereInThePageAreFoundInTheOneWalk() {
        Metadata m = extract("""
                <html lang="en"><head><title>Quay | Herald</title>
                <link rel="Canonical" href="/news/quay/"></head>
                <body><svg><title>icon</title><path d="M0 0"/></svg>
                <main><article><h1>Quay reopens</h1><h1>Second</h1>
                <meta itemprop="datePublished" content="2023-03-04">
                <p>Text</p></article></main>
                <script type="Application/LD+JSON">{"@type":"NewsArticle","headline":"Quay reopens",
                 "author":"Tom Berg"}</script>
                </body></html>
                """);
        assertEquals(List.of("Quay reopens"), m.get("headline").stream().filter(c -> c.source() == Source.JSON_LD)
                .map(Candidate::value).collect(Collectors.toList()));
        assertEquals("Tom Berg", m.authors().get(0).name());
        assertEquals(List.of("Quay reopens", "Second"), values(m, "h1"));
        assertEquals(List.of("Quay | Herald"), values(m, "title"));
        assertEquals("2023-03-04", only(m, "datePublished", Source.META).value());
        assertEquals("https://www.harbour-herald.example/news/quay/", only(m, "url", Source.LINK).value());
        assertEquals("en", only(m, "language", Source.DOM).value());
    }

    @Test
    void withoutAnArticleNodeAnyNodeThatDatesThePageDatesIt() {
        Metadata m = extract("""
                <script type="application/ld+json">{"@graph":[{"@type":"WebSite","name":"Herald"},
                {"@type":"WebPage","name":"Quay - Herald","datePublished":"Wed, 12 Jan 2022 18:40:00 +0100"}]}</script>
                """);
        assertTrue(m.get("headline").isEmpty(), m.get("headline")::toString);
        assertEquals("Herald", only(m, "siteName", Source.JSON_LD).value());
        Candidate published = only(m, "datePublished", Source.JSON_LD);
        // The page's date parser reads this form as the JSON-LD reader does: the raw text is kept.
        assertEquals("Wed, 12 Jan 2022 18:40:00 +0100", published.value());
        assertEquals("$[0]['@graph'][1]['datePublished']", published.locator());
    }

    @Test
    void aJsonLdDateOnlyTheJsonLdReaderReadsIsPassedOnInIsoForm() {
        Metadata m = extract("""
                <script type="application/ld+json">{"@type":"NewsArticle","headline":"Quay reopens",
                "datePublished":"1642009200"}</script>
                """);
        assertEquals("2022-01-12T17:40:00Z", only(m, "datePublished", Source.JSON_LD).value());
    }
}
