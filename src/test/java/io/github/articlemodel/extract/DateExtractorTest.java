package io.github.articlemodel.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.articlemodel.model.DateValue;
import io.github.articlemodel.model.Source;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

final class DateExtractorTest {
    private static final String URL = "https://www.harbour-herald.example/news/harbour-reopens/";

    private static final String BODY = """
            <div class="entry-content">
              <p>The harbour of Westport reopened on Monday, three days after the storm tore through the coast,
              damaging piers, boats and warehouses along the quay.</p>
              <p>Workers cleared the debris through the weekend, and the first ferries left at dawn, carrying
              passengers who had waited since Friday.</p>
              <p>The council meets on Thursday, and the repairs to the piers should start in April.</p>
            </div>
            """;

    private static DateExtractor.Found dates(String html, String url) {
        ExtractionContext ctx = Pages.context(html, url);
        Metadata meta = MetadataExtractor.extract(ctx);
        BodyResult body = BodyExtractor.extract(ctx);
        assertTrue(body.root().isPresent(), "the fixture needs a body root");
        return DateExtractor.extract(ctx, meta, body.root());
    }

    /** An article whose header holds {@code meta}. */
    private static String article(String head, String meta) {
        return "<html><head>" + head + "</head><body><main><article><header><h1>Harbour reopens</h1>"
                + meta + "</header>" + BODY + "</article></main></body></html>";
    }

    private static DateValue published(DateExtractor.Found f) {
        return f.published().orElseThrow(() -> new AssertionError("no published date")).value();
    }

    @Test
    void jsonLdBeatsTheVisibleDate() {
        DateExtractor.Found f = dates(article("""
                <script type="application/ld+json">
                {"@context":"https://schema.org","@type":"NewsArticle","headline":"Harbour reopens",
                 "datePublished":"2022-01-12T18:40:00+01:00"}
                </script>""", "<p class=\"dateline\">11 January 2022</p>"), URL);
        Choice<DateValue> c = f.published().orElseThrow();
        assertEquals(OffsetDateTime.of(2022, 1, 12, 18, 40, 0, 0, ZoneOffset.ofHours(1)), c.value().value());
        assertEquals("2022-01-12T18:40:00+01:00", c.value().raw());
        assertEquals(Source.JSON_LD, c.winner().source());
        assertTrue(c.others().stream().anyMatch(o -> o.source() == Source.DOM && o.value().equals("11 January 2022")),
                c.others()::toString);
    }

    @Test
    void frenchVisibleDateLine() {
        DateValue d = published(dates(article("", "<p class=\"dateline\">Publié le 12 janvier 2022</p>"), URL));
        assertEquals(LocalDate.of(2022, 1, 12), d.value());
        assertEquals("Publié le 12 janvier 2022", d.raw());
    }

    @Test
    void englishAbbreviatedVisibleDate() {
        DateValue d = published(dates(article("", "<span class=\"date\">Jan. 12, 2022</span>"), URL));
        assertEquals(LocalDate.of(2022, 1, 12), d.value());
    }

    @Test
    void numericVisibleDateIsADateNotATime() {
        DateValue d = published(dates(article("", "<span class=\"date\">12.01.2022</span>"), URL));
        assertEquals(LocalDate.of(2022, 1, 12), d.value());
    }

    @Test
    void visibleDateWithATimeKeepsTheTimeWithoutInventingAZone() {
        DateValue d = published(dates(article("", "<span class=\"date\">January 12, 2022 at 6:40 pm</span>"), URL));
        assertEquals(LocalDateTime.of(2022, 1, 12, 18, 40), d.value());
    }

    @Test
    void updatedTimeIsTheModifiedDateNotThePublishedOne() {
        DateExtractor.Found f = dates(article("", """
                <time class="entry-date published" datetime="2022-01-12T18:40:00+01:00">January 12, 2022</time>
                <time class="updated" datetime="2022-01-13T09:15:00+01:00">January 13, 2022</time>"""), URL);
        assertEquals(OffsetDateTime.of(2022, 1, 12, 18, 40, 0, 0, ZoneOffset.ofHours(1)), published(f).value());
        assertEquals(OffsetDateTime.of(2022, 1, 13, 9, 15, 0, 0, ZoneOffset.ofHours(1)),
                f.modified().orElseThrow().value().value());
    }

    @Test
    void anUpdatedTimeAloneNeverBecomesThePublishedDate() {
        DateExtractor.Found f = dates(article("",
                "<time class=\"updated\" datetime=\"2022-01-13T09:15:00+01:00\">January 13, 2022</time>"), URL);
        assertTrue(f.published().isEmpty(), () -> "published: " + f.published());
        assertEquals(OffsetDateTime.of(2022, 1, 13, 9, 15, 0, 0, ZoneOffset.ofHours(1)),
                f.modified().orElseThrow().value().value());
    }

    @Test
    void anUpdatedTimeInsideAWordPressPostedOnWrapperIsNotThePublishedDate() {
        // The WordPress markup: <span class="posted-on"> wraps the time elements.
        DateExtractor.Found f = dates(article("", """
                <div class="entry-meta"><span class="posted-on"><a href="/news/harbour-reopens/">
                <time class="updated" datetime="2022-01-13T09:15:00+01:00">January 13, 2022</time></a></span></div>"""),
                URL);
        assertTrue(f.published().isEmpty(), () -> "published: " + f.published());
        assertEquals(OffsetDateTime.of(2022, 1, 13, 9, 15, 0, 0, ZoneOffset.ofHours(1)),
                f.modified().orElseThrow().value().value());
    }

    @Test
    void publishedTimeInsideAPostedOnWrapperKeepsItsPrecision() {
        DateExtractor.Found f = dates(article("", """
                <div class="entry-meta"><span class="posted-on"><a href="/news/harbour-reopens/">
                <time class="entry-date published" datetime="2022-01-12T18:40:00+01:00">January 12, 2022</time>
                <time class="updated" datetime="2022-01-13T09:15:00+01:00">January 13, 2022</time></a></span></div>"""),
                URL);
        assertEquals(OffsetDateTime.of(2022, 1, 12, 18, 40, 0, 0, ZoneOffset.ofHours(1)), published(f).value());
    }

    @Test
    void aTimeMarkedBothPublishedAndUpdatedIsThePublishedDate() {
        // WordPress themes print this for a post that was never edited.
        DateExtractor.Found f = dates(article("", """
                <time class="entry-date published updated" datetime="2022-01-12T18:40:00+01:00">January 12, 2022</time>"""),
                URL);
        assertEquals(OffsetDateTime.of(2022, 1, 12, 18, 40, 0, 0, ZoneOffset.ofHours(1)), published(f).value());
    }

    @Test
    void urlPathIsTheLastResort() {
        DateExtractor.Found f = dates(article("", ""),
                "https://www.harbour-herald.example/2022/01/12/harbour-reopens/");
        Choice<DateValue> c = f.published().orElseThrow();
        assertEquals(LocalDate.of(2022, 1, 12), c.value().value());
        assertEquals(Source.URL, c.winner().source());
        assertTrue(f.modified().isEmpty());

        DateExtractor.Found withMeta = dates(article(
                "<meta property=\"article:published_time\" content=\"2022-01-11T07:00:00Z\">", ""),
                "https://www.harbour-herald.example/2022/01/12/harbour-reopens/");
        assertEquals(Source.OPENGRAPH, withMeta.published().orElseThrow().winner().source());
        assertEquals(LocalDate.of(2022, 1, 11), withMeta.published().orElseThrow().value().date().orElseThrow());
    }

    @Test
    void relativeDatesGiveNothing() {
        DateExtractor.Found f = dates(article("", "<span class=\"date\">2 days ago</span>"), URL);
        assertEquals(Optional.empty(), f.published());
        assertEquals(Optional.empty(), f.modified());
    }

    @Test
    void precisionIsKept() {
        DateExtractor.Found dateOnly = dates(article("""
                <script type="application/ld+json">
                {"@type":"NewsArticle","headline":"H","datePublished":"2022-01-12","dateModified":"2022-01-13T09:15:00"}
                </script>""", ""), URL);
        assertInstanceOf(LocalDate.class, published(dateOnly).value());
        assertEquals(LocalDate.of(2022, 1, 12), published(dateOnly).value());
        assertEquals(LocalDateTime.of(2022, 1, 13, 9, 15), dateOnly.modified().orElseThrow().value().value());

        DateExtractor.Found offset = dates(article(
                "<meta property=\"article:published_time\" content=\"2022-01-12T18:40:00-05:00\">", ""), URL);
        OffsetDateTime odt = assertInstanceOf(OffsetDateTime.class, published(offset).value());
        assertEquals(ZoneOffset.ofHours(-5), odt.getOffset());
        assertEquals(18, odt.getHour());
    }

    @Test
    void modifiedBeforePublishedIsDroppedWithAWarning() {
        ExtractionContext ctx = Pages.context(article("""
                <meta property="article:published_time" content="2022-01-12T18:40:00+01:00">
                <meta property="article:modified_time" content="2022-01-10T08:00:00+01:00">""", ""), URL);
        DateExtractor.Found f = DateExtractor.extract(ctx, MetadataExtractor.extract(ctx),
                BodyExtractor.extract(ctx).root());
        assertTrue(f.published().isPresent());
        assertTrue(f.modified().isEmpty());
        assertTrue(ctx.warnings().stream().anyMatch(w -> w.code().equals("date.modified-before-published")));
    }

    @Test
    void aJsonLdWebPageDatesTheArticleWhenThereIsNoArticleNode() {
        DateValue d = published(dates(article("""
                <script type="application/ld+json">
                {"@context":"https://schema.org","@graph":[{"@type":"WebPage","@id":"https://example.org/#page",
                 "datePublished":"2014-03-17T01:44:37+00:00","dateModified":"2015-01-02T10:00:00+00:00"}]}
                </script>""", ""), URL));
        assertEquals(OffsetDateTime.of(2014, 3, 17, 1, 44, 37, 0, ZoneOffset.UTC), d.value());
    }

    @Test
    void aDateLineNextToTheHeadlineWithoutAnyMarkup() {
        String html = "<html><body><main><div class=\"top\"><div><h1>Harbour reopens</h1><div>Veröffentlicht"
                + " 26.01.2022</div></div></div><div class=\"entry-content\">" + BODY.replace("<div class=\"entry-content\">", "")
                + "</main></body></html>";
        assertEquals(LocalDate.of(2022, 1, 26), published(dates(html, URL)).value());
    }

    @Test
    void russianMonthNames() {
        DateValue d = published(dates(article("", "<p class=\"date\">15 августа 2016, 13:43</p>"), URL));
        assertEquals(LocalDateTime.of(2016, 8, 15, 13, 43), d.value());
    }

    @Test
    void aGenericDateMetaTagLosesToTheArticlesOwnDateElement() {
        DateExtractor.Found f = dates(article("<meta name=\"date\" content=\"2021-12-20T11:02:44+01:00\">",
                "<span class=\"news-date\"><time itemprop=\"datePublished\" datetime=\"2022-01-27\">27.01.2022</time></span>"),
                URL);
        assertEquals(LocalDate.of(2022, 1, 27), published(f).value());
        assertEquals(Source.DOM, f.published().orElseThrow().winner().source());
    }

    @Test
    void aLabelledDateLineWhoseDateIsInALink() {
        DateValue d = published(dates(article("",
                "<div class=\"entry-date\">Veröffentlicht am <a href=\"/news/harbour-reopens/\">5. April 2017</a></div>"),
                URL));
        assertEquals(LocalDate.of(2017, 4, 5), d.value());
    }

    @Test
    void aLineLabelledAsAnUpdateIsTheModifiedDateOnly() {
        DateExtractor.Found f = dates(article("", "<p class=\"date\">Aktualisiert am 17.01.2021</p>"), URL);
        assertTrue(f.published().isEmpty(), () -> "published: " + f.published());
        assertEquals(LocalDate.of(2021, 1, 17), f.modified().orElseThrow().value().value());
    }

    @Test
    void aRegistrationDateIsNoPublicationDate() {
        DateExtractor.Found f = dates(article("", "<div class=\"profile-date\">Registriert: 18.09.2008, 05:56</div>"),
                URL);
        assertTrue(f.published().isEmpty(), () -> "published: " + f.published());
    }

    @Test
    void aUtcTimeStampTakesTheLocalDayOfTheArticlesDateLine() {
        DateExtractor.Found f = dates(article(
                "<meta property=\"article:published_time\" content=\"2022-05-04T00:53:29Z\">",
                "<span class=\"com-date\">3 de mayo de 2022</span>"), URL);
        assertEquals(LocalDate.of(2022, 5, 3), published(f).date().orElseThrow());

        DateExtractor.Found sameDay = dates(article(
                "<meta property=\"article:published_time\" content=\"2022-05-03T14:00:00Z\">",
                "<span class=\"com-date\">3 de mayo de 2022</span>"), URL);
        assertEquals(Source.OPENGRAPH, sameDay.published().orElseThrow().winner().source());
    }

    @Test
    void aUtcTimeStampWrittenForPeopleTakesTheLocalDayOfTheDateLineByTheHeadline() {
        // The structured date is an HTTP-style UTC stamp; the unmarked line by the headline gives the
        // same moment in the newsroom's zone (UTC-4), a day earlier.
        String head = """
                <script type="application/ld+json">
                {"@type":"NewsArticle","headline":"Harbour reopens","datePublished":"Wed, 04 May 2022 02:41:00 GMT"}
                </script>""";
        DateExtractor.Found f = dates(article(head, "<h6><a href=\"/staff/ana\">Ana Ruiz</a> <span>3/5/2022 22:41</span></h6>"),
                URL);
        assertEquals(LocalDateTime.of(2022, 5, 3, 22, 41), published(f).value());
        assertEquals(Source.DOM, f.published().orElseThrow().winner().source());
        // A line whose time is no zone's view of that moment speaks of something else: the stamp stands.
        DateExtractor.Found other = dates(article(head,
                "<h6><a href=\"/staff/ana\">Ana Ruiz</a> <span>3/5/2022 22:50</span></h6>"), URL);
        assertEquals(LocalDate.of(2022, 5, 4), published(other).date().orElseThrow());
        assertEquals(Source.JSON_LD, other.published().orElseThrow().winner().source());
    }

    @Test
    void anEmptyDateElementIsReadFromItsDataAttribute() {
        // A script writes the text from the attribute; the HTML holds only the attribute.
        DateExtractor.Found written = dates(article("", "<div class=\"timeline-marker\" data-date=\"18. März 2020\"></div>"),
                URL);
        assertEquals(LocalDate.of(2020, 3, 18), published(written).value());
        DateExtractor.Found machine = dates(article("", "<span class=\"post-date\" data-datetime=\"2020-03-18T13:52:08+01:00\"></span>"),
                URL);
        assertEquals(OffsetDateTime.of(2020, 3, 18, 13, 52, 8, 0, ZoneOffset.ofHours(1)), published(machine).value());
        // An epoch number says no calendar day of the page's own.
        DateExtractor.Found epoch = dates(article("", "<span class=\"post-date\" data-date=\"1584537128\"></span>"), URL);
        assertTrue(epoch.published().isEmpty(), () -> "published: " + epoch.published());
        // The text, when there is one, is what the reader sees.
        DateExtractor.Found text = dates(article("", "<span class=\"date\" data-date=\"2020-03-17\">18.03.2020</span>"), URL);
        assertEquals(LocalDate.of(2020, 3, 18), published(text).value());
    }

    /** An article without any date markup or date line, whose body ends with {@code script}. */
    private static String withScript(String script) {
        return "<html><head></head><body><main><article><h1>Harbour reopens</h1>" + BODY + "</article></main>"
                + script + "</body></html>";
    }

    @Test
    void aPageWithoutDateMarkupTakesThePublicationDateItsScriptDataNames() {
        DateExtractor.Found f = dates(withScript("""
                <script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"data":{
                "title":"Harbour reopens","publicationDate":"2022-01-31T14:27:32+01:00","updatedAt":"2022-02-02T09:00:00+01:00",
                "blocks":[{"createdAt":"2022-01-30T10:00:00+01:00"}]}}}}</script>"""), URL);
        assertEquals(OffsetDateTime.of(2022, 1, 31, 14, 27, 32, 0, ZoneOffset.ofHours(1)), published(f).value());
        // A shop's product object in plain script, named the same way twice.
        DateExtractor.Found shop = dates(withScript("""
                <script>var meta = {"product":{"id":42,"published_at":"2019-03-02T06:22:28+01:00",
                "created_at":"2019-03-01T06:27:24+01:00"}};</script>
                <script>window.item = {"published_at":"2019-03-02T06:22:28"};</script>"""), URL);
        assertEquals(LocalDate.of(2019, 3, 2), published(shop).date().orElseThrow());
    }

    @Test
    void scriptDataWithSeveralPublicationDaysOrOnlyVagueKeysDatesNothing() {
        // A list of references or teasers, each with its own date, says nothing of this page.
        DateExtractor.Found list = dates(withScript("""
                <script>var refs = [{"title":"A","publishDate":"2014-05-19"},{"title":"B","publishDate":""},
                {"title":"C","publishDate":"2012-06-24"}];</script>"""), URL);
        assertTrue(list.published().isEmpty(), () -> "published: " + list.published());
        // "createdAt" and "date" do not say publication; an update is never the published date.
        DateExtractor.Found vague = dates(withScript("""
                <script type="application/json">{"createdAt":"2022-01-30T10:00:00+01:00","date":"2022-01-30",
                "updatedAt":"2022-02-02T09:00:00+01:00","dateModified":"2022-02-02"}</script>"""), URL);
        assertTrue(vague.published().isEmpty(), () -> "published: " + vague.published());
        // A date in the URL path comes first.
        DateExtractor.Found url = dates(withScript("""
                <script>var meta = {"publishedAt":"2022-01-31T14:27:32Z"};</script>"""),
                "https://www.harbour-herald.example/2022/01/30/harbour-reopens/");
        assertEquals(LocalDate.of(2022, 1, 30), published(url).date().orElseThrow());
    }

    @Test
    void theDateLineConfirmsWhateverOrderTheMetaTagsComeIn() {
        // A generic date tag written before article:published_time must not switch the check off.
        DateExtractor.Found f = dates(article(
                "<meta name=\"date\" content=\"2022-05-04\">"
                        + "<meta property=\"article:published_time\" content=\"2022-05-04T00:53:29Z\">",
                "<span class=\"com-date\">3 de mayo de 2022</span>"), URL);
        assertEquals(LocalDate.of(2022, 5, 3), published(f).date().orElseThrow());
    }

    @Test
    void disagreeingStructuredDatesAreSettledByTheArticlesDateLine() {
        DateExtractor.Found f = dates(article("""
                <script type="application/ld+json">
                {"@type":"NewsArticle","headline":"Harbour reopens","datePublished":"2022-01-04T07:29:00+01:00"}
                </script>
                <meta property="article:published_time" content="2022-01-06T08:29:34+01:00">""",
                "<span class=\"date\">06.01.2022</span>"), URL);
        assertEquals(LocalDate.of(2022, 1, 6), published(f).date().orElseThrow());
        assertEquals(Source.OPENGRAPH, f.published().orElseThrow().winner().source());
    }

    @Test
    void aGenericDateTagThatTheDateLineConfirmsBeatsAStructuredDateNeitherGives() {
        // JSON-LD says 3 January; the page shows 6 January, and its generic date tag says so too.
        DateExtractor.Found f = dates(article("""
                <script type="application/ld+json">
                {"@type":"NewsArticle","headline":"Harbour reopens","datePublished":"2020-01-03T09:48:24Z"}
                </script>
                <meta name="date" content="2020-01-06T09:22:36Z">""",
                "<span class=\"date\">Monday, 6 January 2020</span>"), URL);
        assertEquals(LocalDate.of(2020, 1, 6), published(f).date().orElseThrow());
        assertEquals(Source.META, f.published().orElseThrow().winner().source());
        // Without the generic tag, the structured date stands against the date line alone.
        DateExtractor.Found alone = dates(article("""
                <script type="application/ld+json">
                {"@type":"NewsArticle","headline":"Harbour reopens","datePublished":"2020-01-03T09:48:24Z"}
                </script>""", "<span class=\"date\">Monday, 6 January 2020</span>"), URL);
        assertEquals(LocalDate.of(2020, 1, 3), published(alone).date().orElseThrow());
    }

    @Test
    void disagreeingStructuredDatesWithoutADateLineTakeTheDayAMetaTagAlsoGives() {
        String head = """
                <script type="application/ld+json">
                {"@type":"NewsArticle","headline":"Harbour reopens","datePublished":"2022-01-04T07:29:00Z"}
                </script>
                <meta property="article:published_time" content="2022-01-06T08:29:34">""";
        DateExtractor.Found seconded = dates(article(head + "<meta name=\"date\" content=\"2022-01-06\">", ""), URL);
        assertEquals(LocalDate.of(2022, 1, 6), published(seconded).date().orElseThrow());
        assertEquals(Source.OPENGRAPH, seconded.published().orElseThrow().winner().source());
        // With nothing to second either day, JSON-LD stays first.
        DateExtractor.Found alone = dates(article(head, ""), URL);
        assertEquals(Source.JSON_LD, alone.published().orElseThrow().winner().source());
    }

    @Test
    void aStructuredDateWrittenForPeopleGivesWayToTheArticlesDateElement() {
        DateExtractor.Found f = dates(article(
                "<meta property=\"article:published_time\" content=\"Di., 25.01.2022 - 14:45\">",
                "<span class=\"date\">Mittwoch, 26.01.2022 - 14:30</span>"), URL);
        assertEquals(LocalDate.of(2022, 1, 26), published(f).date().orElseThrow());
        assertEquals(Source.DOM, f.published().orElseThrow().winner().source());
        DateExtractor.Found machine = dates(article(
                "<meta property=\"article:published_time\" content=\"2022-01-25T14:45:00+01:00\">",
                "<span class=\"date\">Mittwoch, 26.01.2022 - 14:30</span>"), URL);
        assertEquals(Source.OPENGRAPH, machine.published().orElseThrow().winner().source());
    }

    @Test
    void aTwoDigitYearInAMarkedDateElement() {
        DateValue d = published(dates(article("", "<div class=\"uploaded-date\">23.09.22</div>"), URL));
        assertEquals(LocalDate.of(2022, 9, 23), d.value());
    }

    @Test
    void theDateLineBesideAHeadlineAboveTheContainerBeatsTeaserDatesInside() {
        String html = "<html><body><div class=\"section\"><h1>Harbour reopens</h1>"
                + "<div class=\"event_date\">5. November 2021, 10:39 Uhr</div>"
                + "<div class=\"row\"><div class=\"text\">" + BODY + "</div>"
                + "<ul class=\"small_post_list\"><li><a href=\"/a\">Ferry timetable</a>"
                + "<div class=\"event_date\">4. November 2021</div></li></ul></div></div></body></html>";
        assertEquals(LocalDate.of(2021, 11, 5), published(dates(html, URL)).date().orElseThrow());
    }

    @Test
    void aPublicationLabelAnywhereInTheArticleBeatsTheUrlPath() {
        String html = "<html><body><main><article><h1>Harbour reopens</h1>" + BODY
                + "<p class=\"footer-line\">Letzte Änderung: 31.10.2023<br>Erschienen am: 01.11.2023</p>"
                + "</article></main></body></html>";
        DateValue d = published(dates(html, "https://www.harbour-herald.example/2023/10/30/harbour-reopens/"));
        assertEquals(LocalDate.of(2023, 11, 1), d.value());
    }

    @Test
    void aDateInsideASentenceOfTheArticleDatesAnEventNotTheArticle() {
        String told = "<p>The old pier had been opened on 21 August 1948 after two years of building, and it"
                + " served the ferries for seventy years.</p>";
        String html = "<html><body><main><article><h1>Harbour reopens</h1>" + BODY.replace("</div>", told + "</div>")
                + "</article></main></body></html>";
        assertEquals(Optional.empty(), dates(html, URL).published());

        // The same article with a date line of its own further down: that one dates it.
        String withLine = html.replace("</article>", "<p>Posted on 12 January 2022 by Jane Doe</p></article>");
        assertEquals(LocalDate.of(2022, 1, 12), published(dates(withLine, URL)).value());
    }

    @Test
    void aZeroTimestampIsNoDate() {
        DateExtractor.Found f = dates(article("""
                <script type="application/ld+json">
                {"@context":"https://schema.org","@type":"NewsArticle","headline":"Harbour reopens",
                 "datePublished":"1970-01-01T01:00:00+01:00","dateModified":"1970-01-01T01:00:00+01:00"}
                </script>""", "<p class=\"dateline\">11 January 2022</p>"), URL);
        assertEquals(LocalDate.of(2022, 1, 11), published(f).value());
        assertEquals(Optional.empty(), f.modified());
    }
}
