package io.github.articlemodel.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.articlemodel.model.Article;
import io.github.articlemodel.model.FieldProvenance;
import io.github.articlemodel.model.Source;
import java.util.Optional;
import org.junit.jupiter.api.Test;

final class HeadlinesTest {
    private static final String URL = "https://www.harbour-herald.example/news/harbour-reopens/";

    private static final String BODY = """
            <p>The harbour of Westport reopened on Monday, three days after the storm tore through the coast,
            damaging piers, boats and warehouses along the quay.</p>
            <p>Workers cleared the debris through the weekend, and the first ferries left at dawn, carrying
            passengers who had waited since Friday.</p>
            """;

    private static Article page(String head, String beforeBody) {
        return page("<html><head>" + head + "</head>", beforeBody, URL);
    }

    private static Article page(String start, String beforeBody, String url) {
        ExtractionContext ctx = Pages.context(start + "<body><main><article>" + beforeBody
                + "<div class=\"entry-content\">" + BODY + "</div></article></main></body></html>", url);
        return ArticleAssembler.assemble(ctx, Pages.parts(ctx));
    }

    private static FieldProvenance provenance(Article a) {
        return a.provenance().get("headline");
    }

    @Test
    void anH1ThatLinksToTheHomePageIsTheSitesLogoNotTheHeadline() {
        String head = "<html><head><title>Harbour reopens after the storm - Chapter 2 - Jane Doe | Coast Stories"
                + " [Storm Archive]</title></head>";
        String logo = "<header><h1 class=\"heading\"><a href=\"%s\"><span>Storm Archive</span> <sup>beta</sup></a></h1></header>";
        String work = "<h2 class=\"title\">Harbour reopens after the storm</h2>";
        for (String home : new String[] {"/", "https://harbour-herald.example/", "https://www.harbour-herald.example"}) {
            Article a = page(head, String.format(logo, home) + work, URL);
            assertEquals(Optional.of("Harbour reopens after the storm"), a.headline(), home);
        }
        // A headline h1 that links to the article itself stays the headline.
        Article own = page("<title>Harbour reopens | Harbour Herald</title>",
                "<h1><a href=\"" + URL + "\">Harbour reopens</a></h1>");
        assertEquals(Optional.of("Harbour reopens"), own.headline());
    }

    // --- stripSiteName ---

    @Test
    void aShortPartAfterAPipeIsTheSiteEvenAfterAShortHeadline() {
        assertEquals("Harbour works", Headlines.stripSiteName("Harbour works | Coast Herald Magazine", Optional.empty()));
        assertEquals("Tides", Headlines.stripSiteName("Tides | Coast Herald", Optional.empty()));
        // A host name first is the site, but the rest may be a section: the title stays whole.
        assertEquals("coastherald.example | Tides", Headlines.stripSiteName("coastherald.example | Tides",
                Optional.empty()));
        // A dash or colon may open a subtitle: without a known site name the title stays whole.
        assertEquals("Harbour works - A short guide", Headlines.stripSiteName("Harbour works - A short guide",
                Optional.empty()));
        assertEquals("Harbour works: A short guide", Headlines.stripSiteName("Harbour works: A short guide",
                Optional.empty()));
    }

    @Test
    void titleThenSiteWithAKnownSiteName() {
        assertEquals("Harbour reopens after the storm",
                Headlines.stripSiteName("Harbour reopens after the storm | Harbour Herald", Optional.of("Harbour Herald")));
    }

    @Test
    void siteThenTitleWithAKnownSiteName() {
        assertEquals("Harbour reopens after the storm",
                Headlines.stripSiteName("Harbour Herald - Harbour reopens after the storm", Optional.of("Harbour Herald")));
    }

    @Test
    void titleDashSiteWithAKnownSiteNameIgnoringCase() {
        assertEquals("Harbour reopens after the storm",
                Headlines.stripSiteName("Harbour reopens after the storm – harbour herald", Optional.of("Harbour Herald")));
    }

    @Test
    void knownSiteNameInTheMiddleKeepsTheOtherPartsWithTheirSeparator() {
        assertEquals("Coast | Harbour reopens after the storm", Headlines.stripSiteName(
                "Coast | Harbour reopens after the storm | Harbour Herald", Optional.of("Harbour Herald")));
    }

    @Test
    void withoutASiteNameAShortLastPartIsDropped() {
        assertEquals("Harbour reopens after the storm",
                Headlines.stripSiteName("Harbour reopens after the storm | Harbour Herald", Optional.empty()));
        assertEquals("Westport harbour reopens three days after the storm",
                Headlines.stripSiteName("Westport harbour reopens three days after the storm – The Harbour Herald",
                        Optional.empty()));
    }

    @Test
    void withoutASiteNameASiteFirstTitleIsLeftAlone() {
        // Which part is the site cannot be known; the title is kept whole rather than guessed at.
        String title = "Harbour Herald - Harbour reopens after the storm";
        assertEquals(title, Headlines.stripSiteName(title, Optional.empty()));
    }

    @Test
    void titlesWithoutASeparatorOrWithAnUnknownLongPartStayWhole() {
        assertEquals("Covid-19 and the harbour", Headlines.stripSiteName("Covid-19 and the harbour", Optional.of("Harbour Herald")));
        String twoHalves = "Storm over Westport - the night the sea came into town";
        assertEquals(twoHalves, Headlines.stripSiteName(twoHalves, Optional.of("Harbour Herald")));
        assertEquals(twoHalves, Headlines.stripSiteName(twoHalves, Optional.empty()));
    }

    // --- what the page gives away about its site's name ---

    @Test
    void aHostNamePartAndWhatFollowsItAreTheSite() {
        assertEquals("Harbour reopens", Headlines.stripSiteName(
                "Harbour reopens | harbour-herald.example | Your coastal paper", Optional.empty()));
    }

    @Test
    void aHostNameFirstMayBeAProductAndStays() {
        String title = "Node.js - Why streams matter for large files";
        assertEquals(title, Headlines.stripSiteName(title, Optional.empty()));
    }

    @Test
    void aPartThatSpellsThePagesHostIsTheSite() {
        assertEquals("Harbour reopens after the storm", Headlines.stripSiteName(
                "Harbour reopens after the storm - Harbour Herald", Optional.of("Westport Media Group"),
                Headlines.hostKey(URL)));
        assertEquals("harbourherald", Headlines.hostKey(URL));
        assertEquals("", Headlines.hostKey("not a url"));
    }

    @Test
    void aDateOnlyPartIsAFilingLabel() {
        assertEquals("Harbour reopens after the storm", Headlines.stripSiteName(
                "23.01.2022 - Harbour reopens after the storm | Harbour Herald", Optional.of("Harbour Herald")));
    }

    @Test
    void aKnownSiteNameMissingFromTheTitleLeavesASubtitleAlone() {
        String title = "Ferries sail again – what the captains say";
        assertEquals(title, Headlines.stripSiteName(title, Optional.of("Harbour Herald")));
    }

    @Test
    void initialsOrAnExpandedFormOfTheSiteNameAreTheSite() {
        assertEquals("Ferries sail again", Headlines.stripSiteName(
                "Ferries sail again - Harbour Herald (HH) - HH", Optional.of("Harbour Herald")));
    }

    @Test
    void aTitleThatIsTheSocialTitlePlusAPartNamesTheSite() {
        // "– worauf wartet"-style subtitles stay: the page title shows the site is the other part.
        Article a = page("<title>Storm report of 12 May – what are we waiting for? – THE COAST. HERALD.EXAMPLE</title>"
                + "<meta property=\"og:title\" content=\"Storm report of 12 May – what are we waiting for?\">", "");
        assertEquals(Optional.of("Storm report of 12 May – what are we waiting for?"), a.headline());
    }

    // --- which title: the h1 against the metadata ---

    @Test
    void theVisibleH1ThatAgreesWithOgTitleWinsAndProvenanceRecordsIt() {
        ExtractionContext ctx = Pages.context("""
                <html><head>
                <title>Harbour reopens after the storm – Harbour Herald</title>
                <meta property="og:title" content="Harbour reopens after the storm – Harbour Herald">
                </head><body>
                <aside class="sidebar"><h1>Harbour Herald</h1></aside>
                <main><article><h1 class="entry-title">Harbour reopens after the storm</h1>
                <div class="entry-content">""" + BODY + """
                </div></article></main></body></html>
                """, URL);
        Article a = ArticleAssembler.assemble(ctx, Pages.parts(ctx));
        assertEquals(Optional.of("Harbour reopens after the storm"), a.headline());
        FieldProvenance p = a.provenance().get("headline");
        assertEquals(Source.DOM, p.winner().source());
        assertEquals("h1:eq(1)", p.winner().locator());
        assertEquals("Harbour reopens after the storm", p.winner().value());
        assertTrue(p.reason().orElseThrow().contains("opengraph"), p::toString);
        assertTrue(p.others().stream().anyMatch(c -> c.source() == Source.OPENGRAPH), p::toString);
    }

    @Test
    void withoutAnAgreeingH1TheMostTrustedMetadataTitleWinsWithoutTheSiteName() {
        ExtractionContext ctx = Pages.context("""
                <html><head>
                <meta property="og:site_name" content="Harbour Herald">
                <meta name="twitter:title" content="Ferries back | Harbour Herald">
                <meta property="og:title" content="Harbour reopens after the storm | Harbour Herald">
                </head><body><main><article><div class="entry-content">""" + BODY + """
                </div></article></main></body></html>
                """, URL);
        Article a = ArticleAssembler.assemble(ctx, Pages.parts(ctx));
        assertEquals(Optional.of("Harbour reopens after the storm"), a.headline());
        assertEquals(Source.OPENGRAPH, a.provenance().get("headline").winner().source());
        assertEquals(Optional.of("Harbour Herald"), a.siteName());
    }


    @Test
    void theOnlyH1WinsOverASocialTitleThatWasRewritten() {
        Article a = page("<meta property=\"og:title\" content=\"Storm over: ferries sail again\">",
                "<h1>Westport harbour reopens three days after the storm</h1>");
        assertEquals(Optional.of("Westport harbour reopens three days after the storm"), a.headline());
        assertEquals("the page's only h1", a.provenance().get("headline").reason().orElseThrow());
    }

    @Test
    void anH1ThatAgreesButForQuotesAndDashesKeepsItsTypography() {
        Article a = page("<meta property=\"og:title\" content=\"Mayor calls storm 'the worst in decades' - Harbour Herald\">",
                "<h1>Mayor calls storm \u2018the worst in decades\u2019</h1>");
        assertEquals(Optional.of("Mayor calls storm \u2018the worst in decades\u2019"), a.headline());
        assertEquals(Source.DOM, a.provenance().get("headline").winner().source());
    }

    @Test
    void anH1ThatWrapsTheMetadataHeadlineInAKickerGivesTheHeadline() {
        Article a = page("<meta property=\"og:title\" content=\"Harbour reopens after the storm\">"
                + "<title>Local news - Harbour reopens after the storm | Harbour Herald</title>",
                "<h1><span class=\"kicker\">Local news</span> Harbour reopens after the storm</h1>");
        assertEquals(Optional.of("Harbour reopens after the storm"), a.headline());
        assertEquals(Source.OPENGRAPH, a.provenance().get("headline").winner().source());
    }

    @Test
    void anH1EndingInTheSiteNameAfterASeparatorGivesTheMetadataHeadline() {
        Article a = page("<meta property=\"og:title\" content=\"Harbour reopens after the storm\">",
                "<h1>Harbour reopens after the storm <span>| Harbour Herald</span></h1>");
        assertEquals(Optional.of("Harbour reopens after the storm"), a.headline());
    }

    @Test
    void aLongerH1WithoutASeparatorIsALongerHeadlineNotAWrapper() {
        Article a = page("<meta property=\"og:title\" content=\"Harbour reopens after the storm\">",
                "<h1>Harbour reopens after the storm with new piers</h1>");
        assertEquals(Optional.of("Harbour reopens after the storm with new piers"), a.headline());
    }

    @Test
    void aCutOffSocialTitleNeverReplacesTheH1() {
        Article a = page("<meta property=\"og:title\" content=\"Harbour reopens after the storm that...\">",
                "<h1>Local news: Harbour reopens after the storm that tore the coast</h1>");
        assertEquals(Optional.of("Local news: Harbour reopens after the storm that tore the coast"), a.headline());
    }

    @Test
    void theSiteNameInAnEarlierH1DoesNotHideTheHeadlineH1() {
        Article a = page("<meta property=\"og:site_name\" content=\"Harbour Herald\">"
                + "<meta property=\"og:title\" content=\"Ferries sail again\">",
                "<h1>Harbour Herald</h1><h1>Ferries sail again</h1>");
        assertEquals(Optional.of("Ferries sail again"), a.headline());
        assertEquals("h1:eq(1)", a.provenance().get("headline").winner().locator());
    }

    @Test
    void aPermalinkSignAfterTheHeadingIsNotPartOfTheHeadline() {
        Article a = page("<title>Configuring the harbour lights</title>",
                "<h1>Configuring the harbour lights<a class=\"headerlink\" href=\"#top\">\u00b6</a></h1>");
        assertEquals(Optional.of("Configuring the harbour lights"), a.headline());
        FieldProvenance p = a.provenance().get("headline");
        assertEquals("h1:eq(0)", p.winner().locator());
        assertTrue(p.others().stream().noneMatch(c -> c.locator().equals("h1:eq(0)")), p::toString);
    }

    @Test
    void aOneWordH1LosesToALongerPageTitle() {
        Article a = page("<title>Harbour lights</title>", "<h1>Lorem</h1>");
        assertEquals(Optional.of("Harbour lights"), a.headline());
    }

    // --- which title, when the h1 does not simply agree ---

    @Test
    void aTitleOpenedEarlyByTextBeforeTheDoctypeStillCounts() {
        // A server warning before <!DOCTYPE> starts the body, so the head's title ends up in it.
        Article a = page("<b>Warning</b>: something failed on line 2\n<!DOCTYPE html><html><head>"
                + "<title>Harbour reopens after the storm | Harbour Herald</title></head>", "", URL);
        assertEquals(Optional.of("Harbour reopens after the storm"), a.headline());
    }

    @Test
    void aSocialTitleCutAtAnUnescapedQuoteGivesWayToThePageTitle() {
        Article a = page("<title>Mayor calls the storm plan \"a disgrace\"</title>"
                + "<meta property=\"og:title\" content=\"Mayor calls the storm plan \"a disgrace\"\">", "");
        assertEquals(Optional.of("Mayor calls the storm plan \"a disgrace\""), a.headline());
        assertEquals(Source.DOM, provenance(a).winner().source());
        assertTrue(provenance(a).reason().orElseThrow().contains("cut short"), provenance(a)::toString);
    }

    @Test
    void anH1FollowedByItsDateLineGivesTheMetadataHeadline() {
        Article a = page("<meta property=\"og:title\" content=\"Harbour reopens after the storm\">",
                "<h1>Harbour reopens after the storm<br><small>02.02.2022 • News, Coast</small></h1>");
        assertEquals(Optional.of("Harbour reopens after the storm"), a.headline());
    }

    @Test
    void aKickerH1EndingWithTheFirstPartOfTheSocialTitleGivesThatPart() {
        Article a = page("<meta property=\"og:title\" content=\"Ferries sail again? - Harbour Herald\">",
                "<h1>Transport: Ferries sail again?</h1>");
        assertEquals(Optional.of("Ferries sail again?"), a.headline());
    }

    @Test
    void aQuotationLeadingTheH1IsPartOfTheHeadline() {
        Article a = page("<meta property=\"og:title\" content=\"Captain misses the season - Harbour Herald\">",
                "<h1>\"Pure emptiness\": Captain misses the season</h1>");
        assertEquals(Optional.of("\"Pure emptiness\": Captain misses the season"), a.headline());
    }

    @Test
    void aShortH1AtTheEndOfATitleWithoutSeparatorsIsTheHeadline() {
        Article a = page("<title>COAST NEWS: The Rebel Ferry</title>", "<h1>The Rebel Ferry</h1>");
        assertEquals(Optional.of("The Rebel Ferry"), a.headline());
    }

    @Test
    void anH2ThatIsOnePartOfTheTitleIsTheHeadlineWhenTheH1IsTheSiteLogo() {
        Article a = page("<title>Harbour reopens after the storm : Coast Notes</title>",
                "<h1 class=\"logo\"><a href=\"/\">Coast Notes</a></h1><h2>Harbour reopens after the storm</h2>");
        assertEquals(Optional.of("Harbour reopens after the storm"), a.headline());
        assertEquals("h2:eq(0)", provenance(a).winner().locator());
    }

    @Test
    void anH2ThatIsOnePartOfTheTitleIsTheHeadlineWhenThereIsNoH1() {
        Article a = page("<title>Notes from the Coast | Harbour reopens after the storm</title>",
                "<h2><a href=\"/2022/harbour\">Harbour reopens after the storm</a></h2>");
        assertEquals(Optional.of("Harbour reopens after the storm"), a.headline());
    }

    @Test
    void aMetadataHeadlineOutranksAnH2ThatIsAnotherPartOfTheTitle() {
        Article a = page("<title>Harbour reopens - How the town prepared - Coast Notes</title>"
                + "<meta name=\"dc.title\" content=\"Harbour reopens\">",
                "<h2>How the town prepared</h2>");
        assertEquals(Optional.of("Harbour reopens"), a.headline());
    }

    @Test
    void theH1AgreeingWithTheMostTrustedTitleWinsOverAnEarlierOneAgreeingWithALesserOne() {
        Article a = page("<title>Westport Coast Review</title>"
                + "<meta property=\"og:title\" content=\"Harbour reopens after the storm\">",
                "<h1>Westport Coast Review</h1><h1>Harbour reopens after the storm</h1>");
        assertEquals(Optional.of("Harbour reopens after the storm"), a.headline());
        assertEquals("h1:eq(1)", provenance(a).winner().locator());
    }

    @Test
    void anH1ThatIsTheHostNameIsNotTheHeadline() {
        Article a = page("<title>Ferries sail again – from May to the end of June - harbour-herald.example</title>"
                + "<meta property=\"og:title\" content=\"Ferries sail again - from May to the end of June\">",
                "<h1>harbour-herald.example</h1>");
        // The page title gives the typographic form of the same words.
        assertEquals(Optional.of("Ferries sail again – from May to the end of June"), a.headline());
    }

    @Test
    void withoutMetadataAnOnlyH1SharingNoWordWithThePageTitleLabelsASection() {
        Article a = page("<title>Harbour reopens after the storm</title>", "<h1>Coastal News Centre</h1>");
        assertEquals(Optional.of("Harbour reopens after the storm"), a.headline());
        Article agreeing = page("<title>Harbour reopens | Coast</title>", "<h1>Harbour reopens after three days of storm</h1>");
        assertEquals(Optional.of("Harbour reopens after three days of storm"), agreeing.headline());
    }

    @Test
    void aMetadataTitleSharingNoWordWithTheH1ThePageTitleRepeatsIsACallToJoin() {
        Article a = page("<title>Herald Club - Ferries sail again after the harbour storm - Info</title>"
                + "<meta property=\"og:title\" content=\"Would you like to join the Herald Club with me?\">",
                "<h1>Ferries sail again after the storm</h1><h1>Timetable</h1>");
        assertEquals(Optional.of("Ferries sail again after the storm"), a.headline());
        assertEquals("h1:eq(0)", provenance(a).winner().locator());
        // A metadata title the page title repeats is the headline, whatever the h1 says.
        Article meta = page("<title>Would you like to join the Herald Club? - Ferries sail again after the storm</title>"
                + "<meta property=\"og:title\" content=\"Would you like to join the Herald Club?\">",
                "<h1>Ferries sail again after the storm</h1><h1>Timetable</h1>");
        assertEquals(Optional.of("Would you like to join the Herald Club?"), meta.headline());
    }
}
