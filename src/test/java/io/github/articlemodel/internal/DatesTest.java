package io.github.articlemodel.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.Temporal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

final class DatesTest {
    private static final LocalDate JAN_12 = LocalDate.of(2022, 1, 12);

    private static Optional<Temporal> of(Temporal t) {
        return Optional.of(t);
    }

    // --- machine forms ---

    @Test
    void isoDateAloneIsALocalDate() {
        assertEquals(of(JAN_12), Dates.parse("2022-01-12"));
        assertEquals(of(JAN_12), Dates.parse(" 2022-1-12 "));
    }

    @Test
    void isoWithoutZoneIsALocalDateTime() {
        assertEquals(of(LocalDateTime.of(2022, 1, 12, 18, 40)), Dates.parse("2022-01-12T18:40"));
        assertEquals(of(LocalDateTime.of(2022, 1, 12, 18, 40, 5)), Dates.parse("2022-01-12 18:40:05"));
    }

    @Test
    void isoWithZoneKeepsItsOffset() {
        assertEquals(of(OffsetDateTime.of(2022, 1, 12, 17, 40, 0, 0, ZoneOffset.UTC)), Dates.parse("2022-01-12T17:40:00Z"));
        assertEquals(of(OffsetDateTime.of(2022, 1, 12, 18, 40, 0, 0, ZoneOffset.ofHours(1))),
                Dates.parse("2022-01-12T18:40:00+01:00"));
        assertEquals(of(OffsetDateTime.of(2022, 1, 12, 18, 40, 0, 0, ZoneOffset.ofHours(1))),
                Dates.parse("2022-01-12T18:40:00+0100"));
        assertEquals(of(OffsetDateTime.of(2022, 1, 12, 12, 40, 0, 0, ZoneOffset.ofHoursMinutes(-5, -30))),
                Dates.parse("2022-01-12T12:40:00-05:30"));
        assertEquals(of(OffsetDateTime.of(2022, 1, 12, 18, 40, 0, 0, ZoneOffset.ofHours(1))),
                Dates.parse("2022-01-12T18:40:00.123+01:00"));
        assertEquals(of(OffsetDateTime.of(2022, 1, 12, 17, 40, 0, 0, ZoneOffset.UTC)), Dates.parse("2022-01-12 17:40 GMT"));
    }

    @Test
    void compactForms() {
        assertEquals(of(JAN_12), Dates.parse("20220112"));
        assertEquals(of(LocalDateTime.of(2022, 1, 12, 18, 40)), Dates.parse("20220112T1840"));
        assertEquals(of(LocalDateTime.of(2022, 1, 12, 18, 40, 30)), Dates.parse("20220112T184030"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2022-02-30", "2022-13-01", "2021-02-29", "2022-00-10", "20221301", "1066-10-14",
            "31.02.2022", "30 February 2022"})
    void impossibleDatesAreRejected(String raw) {
        assertEquals(Optional.empty(), Dates.parse(raw));
    }

    @Test
    void aLeapDayIsADate() {
        assertEquals(of(LocalDate.of(2024, 2, 29)), Dates.parse("2024-02-29"));
    }

    @Test
    void nothingParsesFromNothing() {
        assertEquals(Optional.empty(), Dates.parse(null));
        assertEquals(Optional.empty(), Dates.parse(""));
        assertEquals(Optional.empty(), Dates.parseVisible(null));
        assertEquals(Optional.empty(), Dates.parseVisible("   "));
        assertEquals(Optional.empty(), Dates.parse("yesterday"));
    }

    // --- visible forms ---

    @ParameterizedTest
    @ValueSource(strings = {
        "12 January 2022", "January 12, 2022", "Jan. 12, 2022", "Wednesday, 12th January 2022", // en
        "12. Januar 2022", "Mittwoch, 12. Jan. 2022",                                             // de
        "12 janvier 2022", "Publié le 12 janv. 2022",                                             // fr
        "12 januari 2022",                                                                        // nl
        "12 de enero de 2022",                                                                    // es
        "12 gennaio 2022",                                                                        // it
        "12 stycznia 2022",                                                                       // pl
        "2022/01/12"})
    void visibleDatesInSevenLanguages(String raw) {
        assertEquals(of(JAN_12), Dates.parseVisible(raw));
        assertEquals(of(JAN_12), Dates.parse(raw));
    }

    @Test
    void otherMonthsWithAccentsAndInflections() {
        assertEquals(of(LocalDate.of(2022, 3, 4)), Dates.parseVisible("4. März 2022"));
        assertEquals(of(LocalDate.of(2022, 2, 1)), Dates.parseVisible("1er février 2022"));
        assertEquals(of(LocalDate.of(2022, 8, 15)), Dates.parseVisible("15 août 2022"));
        assertEquals(of(LocalDate.of(2022, 9, 3)), Dates.parseVisible("3 września 2022"));
        assertEquals(of(LocalDate.of(2022, 12, 24)), Dates.parseVisible("24 dicembre 2022"));
        assertEquals(of(LocalDate.of(2022, 10, 5)), Dates.parseVisible("5 oktober 2022"));
    }

    @Test
    void nordicCzechFinnishAndTurkishMonths() {
        assertEquals(of(LocalDate.of(2022, 8, 15)), Dates.parseVisible("15 augusti 2022"));
        assertEquals(of(LocalDate.of(2022, 3, 4)), Dates.parseVisible("4. marts 2022"));
        assertEquals(of(LocalDate.of(2022, 12, 24)), Dates.parseVisible("24. desember 2022"));
        assertEquals(of(LocalDate.of(2022, 5, 6)), Dates.parseVisible("6. května 2022"));
        assertEquals(of(LocalDate.of(2022, 2, 19)), Dates.parseVisible("19. helmikuuta 2022"));
        assertEquals(of(LocalDate.of(2022, 11, 7)), Dates.parseVisible("7 Kasım 2022"));
        assertEquals(of(LocalDate.of(2022, 2, 1)), Dates.parseVisible("1 Şubat 2022"));
        // Found in running text too.
        assertEquals(LocalDate.of(2022, 5, 6), Dates.datesIn("Julkaistu 6. toukokuuta 2022 klo 10", 1).get(0).value());
    }

    @ParameterizedTest
    @ValueSource(strings = {"12.01.2022", "Stand: 12.01.2022", "12/01/2022"})
    void numericDayMonthYearIsADateWithoutATime(String raw) {
        assertEquals(of(JAN_12), Dates.parseVisible(raw));
    }

    @Test
    void numericDateWithATimeTakesTheTimeNotTheDayAndMonth() {
        assertEquals(of(LocalDateTime.of(2022, 1, 12, 18, 40)), Dates.parseVisible("12.01.2022, 18:40 Uhr"));
    }

    @Test
    void timesOnTheLineAreKeptWithoutAZone() {
        assertEquals(of(LocalDateTime.of(2022, 1, 12, 18, 40)), Dates.parseVisible("12 January 2022, 18:40"));
        assertEquals(of(LocalDateTime.of(2022, 1, 12, 18, 40)), Dates.parseVisible("12 janvier 2022 à 18h40"));
        assertEquals(of(LocalDateTime.of(2022, 1, 12, 18, 40)), Dates.parseVisible("12. Januar 2022, 18.40 Uhr"));
    }

    @Test
    void amAndPm() {
        assertEquals(of(LocalDateTime.of(2022, 1, 12, 19, 22)), Dates.parseVisible("January 12, 2022 at 7:22 pm"));
        assertEquals(of(LocalDateTime.of(2022, 1, 12, 8, 31)), Dates.parseVisible("January 12, 2022 at 8:31 am"));
        assertEquals(of(LocalDateTime.of(2022, 1, 12, 0, 5)), Dates.parseVisible("Jan. 12, 2022, 12:05 a.m."));
        assertEquals(of(LocalDateTime.of(2022, 1, 12, 12, 30)), Dates.parseVisible("Jan. 12, 2022, 12:30 PM"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2 days ago", "Updated 3 hours ago", "vor 2 Stunden", "il y a 5 minutes", "just now",
            "January 2022 budget", "12 Smarch 2022"})
    void relativeAndIncompleteDatesGiveNothing(String raw) {
        assertEquals(Optional.empty(), Dates.parseVisible(raw));
    }

    @Test
    void hugeInputsReturnQuicklyAndEmpty() {
        String digits = "1".repeat(10_000);
        String words = "12 January 2022 ".repeat(625);
        String tail = "2022-01-12" + "x".repeat(10_000);
        String tricky = "1.".repeat(5_000);
        assertTimeoutPreemptively(Duration.ofSeconds(2), () -> {
            for (String s : new String[] {digits, words, tail, tricky}) {
                assertEquals(Optional.empty(), Dates.parse(s));
                assertEquals(Optional.empty(), Dates.parseVisible(s));
            }
            assertEquals(Optional.empty(), Dates.fromUrl("https://x.example/" + "2022/".repeat(2_000)));
        });
    }

    // --- URL paths ---

    @Test
    void dateInAUrlPath() {
        assertEquals(Optional.of(JAN_12), Dates.fromUrl("https://www.atlantic-ledger.example/2022/01/12/nato-talks/"));
        assertEquals(Optional.of(JAN_12), Dates.fromUrl("https://news.example/world/2022/1/12/talks"));
        assertEquals(Optional.empty(), Dates.fromUrl("https://news.example/2022/13/45/talks"));
        assertEquals(Optional.empty(), Dates.fromUrl("https://news.example/world/talks-2022"));
        assertEquals(Optional.empty(), Dates.fromUrl(null));
    }

    @Test
    void aPathSegmentThatStartsWithAWholeDate() {
        assertEquals(Optional.of(JAN_12), Dates.fromUrl("https://news.example/politics/talks/2022-01-12/"));
        assertEquals(Optional.of(JAN_12), Dates.fromUrl("https://blog.example/posts/2022-01-12-harbour-reopens"));
        assertEquals(Optional.of(JAN_12), Dates.fromUrl("https://news.example/detail/20220112/4711_1.html"));
        assertEquals(Optional.of(JAN_12), Dates.fromUrl("https://office.example/speeches/2022/01/20220112_speech.html"));
        // An archive's fourteen-digit time stamp is when it was archived, not the page's date.
        assertEquals(Optional.empty(), Dates.fromUrl("https://archive.example/web/20220112101500/https://x.example/a"));
        // Numbers that are no date, and a date in the query, which is a search.
        assertEquals(Optional.empty(), Dates.fromUrl("https://shop.example/item/20221345/"));
        assertEquals(Optional.empty(), Dates.fromUrl("https://news.example/item/12345678/"));
        assertEquals(Optional.empty(), Dates.fromUrl("https://news.example/search?from=2022-01-12"));
        assertEquals(Optional.empty(), Dates.fromUrl("https://news.example/talks#2022-01-12"));
    }

    @Test
    void timesWithSecondsAndAMarkerAfterThemAndAFullStop() {
        assertEquals(Optional.of(LocalDateTime.of(2022, 1, 12, 16, 14)), Dates.parseVisible("January 12, 2022 4:14:00 PM"));
        assertEquals(Optional.of(LocalDateTime.of(2020, 5, 7, 12, 38)), Dates.parseVisible("7 mai 2020 - 12:38."));
        assertEquals(Optional.of(LocalDateTime.of(2023, 3, 4, 19, 22)), Dates.parseVisible("2023-03-04 19:22"));
    }

    @Test
    void aZoneRightAfterAVisibleTimeIsKept() {
        assertEquals(Optional.of(java.time.OffsetDateTime.of(2022, 5, 4, 2, 41, 0, 0, java.time.ZoneOffset.UTC)),
                Dates.parse("Wed, 04 May 2022 02:41:00 GMT"));
        assertEquals(Optional.of(LocalDateTime.of(2022, 1, 12, 18, 40)), Dates.parseVisible("12 January 2022, 18:40"));
    }

    @Test
    void twoDigitYearsOnlyOnMarkedDateLines() {
        assertEquals(Optional.of(LocalDate.of(2022, 11, 6)), Dates.parseDateLine("6.11.22"));
        assertEquals(Optional.empty(), Dates.parseVisible("6.11.22"));
        assertEquals(Optional.empty(), Dates.parseDateLine("31.13.22"));
    }

    @Test
    void labelsBeforeADate() {
        assertEquals(Dates.Label.PUBLISHED, label("Veröffentlicht am Montag, 12.01.2022"));
        assertEquals(Dates.Label.MODIFIED, label("Published 11.01.2022, updated 12.01.2022"));
        assertEquals(Dates.Label.MODIFIED, label("mis à jour le 12 janvier 2022"));
        assertEquals(Dates.Label.OTHER, label("Registriert: 12.01.2022"));
        assertEquals(Dates.Label.OTHER, label("vom 5. bis 12.01.2022"));
        assertEquals(Dates.Label.NONE, label("Berlin, 12.01.2022"));
        // A label far before the date belongs to some other part of the sentence.
        assertEquals(Dates.Label.NONE, label("publiziert das Amt in der nächsten Woche am Sonntag, 12.01.2022"));
    }

    private static Dates.Label label(String line) {
        List<Dates.Written> found = Dates.datesIn(line, 5);
        return found.get(found.size() - 1).label();
    }

    @Test
    void datesInRunningTextInOrder() {
        List<Dates.Written> found = Dates.datesIn("Am 3. Januar 2022 begann es, am 12.01.2022 um 18:40 war es vorbei; "
                + "2 days ago and 1999 do not count.", 10);
        assertEquals(2, found.size());
        assertEquals(LocalDate.of(2022, 1, 3), found.get(0).value());
        assertEquals(LocalDateTime.of(2022, 1, 12, 18, 40), found.get(1).value());
        assertEquals("12.01.2022 um 18:40", found.get(1).raw());
    }

    @Test
    void aDateInsideASentenceIsToldApartFromADateLine() {
        assertTrue(inSentence("Die Eröffnung war am 21. August 1948 erfolgt."));
        assertTrue(inSentence("Sie hatten Gleichgesinnte hinter sich. Am 31.8.1990 fand die Versammlung statt."));
        assertTrue(inSentence("Am 3. Januar 2022 begann es."));
        assertTrue(inSentence("The pier opened on March 3, 2019 after two years."));
        // Followed by a byline, a time, a section, a name, punctuation or nothing: a date line.
        assertFalse(inSentence("Posted on 5 January 2022 by Jane Doe"));
        assertFalse(inSentence("Posted on January 5, 2022 in News"));
        assertFalse(inSentence("Veröffentlicht am 20. März 2014 Kategorien Allgemein"));
        assertFalse(inSentence("Dienstag, 28. April 2020"));
        assertFalse(inSentence("sagt: Juli 30, 2013 um 2:33 pm Warum zweimal Zucker?"));
        assertFalse(inSentence("Posted by kovarex on 2019-02-15, all posts"));
        assertFalse(inSentence("the first was on 2019-02-15."));
        // A capitalised word before the date that does not open a sentence: a label or a name.
        assertFalse(inSentence("Meldungen Aktuell 10.11.2021 wurde gemeldet"));
    }

    private static boolean inSentence(String line) {
        List<Dates.Written> found = Dates.datesIn(line, 5);
        assertEquals(1, found.size(), line);
        return found.get(0).inSentence();
    }

    @Test
    void aZeroUnixTimestampIsNoDate() {
        assertEquals(Optional.empty(), Dates.parse("1970-01-01T01:00:00+01:00"));
        assertEquals(Optional.empty(), Dates.parse("1970-01-01T00:00:00Z"));
        assertEquals(Optional.empty(), Dates.parse("1969-12-31T19:00:00-05:00"));
        assertEquals(Optional.empty(), Dates.parse("1970-01-01"));
        assertEquals(Optional.empty(), Dates.parseVisible("1. Januar 1970"));
        assertEquals(of(LocalDate.of(1970, 1, 2)), Dates.parse("1970-01-02"));
    }

    @Test
    void longTextsAreScannedQuickly() {
        String text = "Lorem ipsum 2022 dolor. ".repeat(20_000);
        assertTimeoutPreemptively(Duration.ofSeconds(2), () -> assertTrue(Dates.datesIn(text, 40).isEmpty()));
    }
}
