package io.github.articlemodel.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.temporal.Temporal;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DateValueTest {
    private static final ZoneOffset PLUS_ONE = ZoneOffset.ofHours(1);

    private static DateValue d(Temporal t) {
        return DateValue.of(t);
    }

    @Test
    void keepsTheRawTextAndTheValue() {
        DateValue d = DateValue.of("12 January 2022", LocalDate.of(2022, 1, 12));
        assertEquals("12 January 2022", d.raw());
        assertEquals(LocalDate.of(2022, 1, 12), d.value());
        assertEquals("2022-01-12", d.iso());
    }

    @Test
    void ofValueUsesItsIsoFormAsRawText() {
        assertEquals("2022-01-12T18:40+01:00",
                DateValue.of(OffsetDateTime.of(2022, 1, 12, 18, 40, 0, 0, PLUS_ONE)).raw());
    }

    @Test
    void isoAtEveryPrecision() {
        assertEquals("2022", d(Year.of(2022)).iso());
        assertEquals("2022-01", d(YearMonth.of(2022, 1)).iso());
        assertEquals("2022-01-12", d(LocalDate.of(2022, 1, 12)).iso());
        assertEquals("2022-01-12T18:40:00", d(LocalDateTime.of(2022, 1, 12, 18, 40)).iso());
        assertEquals("2022-01-12T18:40:05", d(LocalDateTime.of(2022, 1, 12, 18, 40, 5)).iso());
        assertEquals("2022-01-12T18:40:05.250", d(LocalDateTime.of(2022, 1, 12, 18, 40, 5, 250_000_000)).iso());
        assertEquals("2022-01-12T18:40:00+01:00", d(OffsetDateTime.of(2022, 1, 12, 18, 40, 0, 0, PLUS_ONE)).iso());
        assertEquals("2022-01-12T17:40:30Z",
                d(OffsetDateTime.of(2022, 1, 12, 17, 40, 30, 0, ZoneOffset.UTC)).iso());
    }

    @Test
    void yearsBelowOneThousandArePaddedToFourDigits() {
        assertEquals("0999", d(Year.of(999)).iso());
        assertEquals("0000", d(Year.of(0)).iso());
        assertEquals(Year.of(999), DateValue.parseIso("0999"));
        assertEquals("0999-01", d(YearMonth.of(999, 1)).iso());
    }

    @Test
    void parseIsoReadsEveryPrecisionBackAsTheSameType() {
        assertEquals(Year.of(2022), DateValue.parseIso("2022"));
        assertEquals(YearMonth.of(2022, 1), DateValue.parseIso("2022-01"));
        assertEquals(LocalDate.of(2022, 1, 12), DateValue.parseIso("2022-01-12"));
        assertEquals(LocalDateTime.of(2022, 1, 12, 18, 40), DateValue.parseIso("2022-01-12T18:40"));
        assertEquals(LocalDateTime.of(2022, 1, 12, 18, 40, 5, 1), DateValue.parseIso("2022-01-12T18:40:05.000000001"));
        assertEquals(OffsetDateTime.of(2022, 1, 12, 18, 40, 0, 0, PLUS_ONE),
                DateValue.parseIso("2022-01-12T18:40:00+01:00"));
        assertEquals(OffsetDateTime.of(2022, 1, 12, 18, 40, 0, 0, ZoneOffset.ofHours(-5)),
                DateValue.parseIso("2022-01-12T18:40-05:00"));
        assertEquals(OffsetDateTime.of(2022, 1, 12, 18, 40, 0, 0, ZoneOffset.UTC), DateValue.parseIso("2022-01-12T18:40Z"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "12.01.2022", "2022-13", "2022-01-32", "2022-1-5", "2022-01-12T25:00",
        "2022-01-12 18:40", "22", "today", "2022-01-12T18:40+25:00"})
    void parseIsoRejectsOtherTextNamingIt(String text) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> DateValue.parseIso(text));
        assertTrue(e.getMessage().contains("'" + text + "'"), e.getMessage());
    }

    @Test
    void parseIsoReadsBackEveryGeneratedValue() {
        PropertyTries.qt().forAll(ModelGenerators.dateValues()).checkAssert(d -> {
            Temporal back = DateValue.parseIso(d.iso());
            assertEquals(d.value(), back);
            assertEquals(d.value().getClass(), back.getClass());
        });
    }

    @Test
    void comparesAtTheSamePrecision() {
        assertTrue(d(Year.of(2021)).compareTo(d(Year.of(2022))) < 0);
        assertTrue(d(YearMonth.of(2022, 2)).compareTo(d(YearMonth.of(2022, 1))) > 0);
        assertTrue(d(LocalDate.of(2022, 1, 11)).compareTo(d(LocalDate.of(2022, 1, 12))) < 0);
        assertTrue(d(LocalDateTime.of(2022, 1, 12, 9, 0)).compareTo(d(LocalDateTime.of(2022, 1, 12, 10, 0))) < 0);
        assertEquals(0, d(LocalDate.of(2022, 1, 12)).compareTo(DateValue.of("raw", LocalDate.of(2022, 1, 12))));
    }

    @Test
    void comparesOffsetTimesAsInstants() {
        DateValue berlin = d(OffsetDateTime.of(2022, 1, 12, 18, 40, 0, 0, PLUS_ONE));
        DateValue utc = d(OffsetDateTime.of(2022, 1, 12, 17, 40, 0, 0, ZoneOffset.UTC));
        DateValue laterUtc = d(OffsetDateTime.of(2022, 1, 12, 18, 0, 0, 0, ZoneOffset.UTC));
        assertEquals(0, berlin.compareTo(utc));
        assertTrue(berlin.compareTo(laterUtc) < 0);
        assertTrue(laterUtc.compareTo(berlin) > 0);
    }

    @Test
    void comparesLocalAndOffsetTimesByTheirLocalTimeToTheMinute() {
        DateValue local = d(LocalDateTime.of(2022, 1, 12, 18, 40, 59));
        DateValue offset = d(OffsetDateTime.of(2022, 1, 12, 18, 40, 0, 0, PLUS_ONE));
        assertEquals(0, local.compareTo(offset));
        assertTrue(d(LocalDateTime.of(2022, 1, 12, 18, 39)).compareTo(offset) < 0);
    }

    @Test
    void comparesMixedPrecisionsAtTheCoarserOne() {
        assertEquals(0, d(Year.of(2022)).compareTo(d(LocalDate.of(2022, 5, 1))));
        assertEquals(0, d(YearMonth.of(2022, 5)).compareTo(d(LocalDateTime.of(2022, 5, 31, 23, 59))));
        assertEquals(0, d(LocalDate.of(2022, 5, 1)).compareTo(d(OffsetDateTime.of(2022, 5, 1, 23, 0, 0, 0, PLUS_ONE))));
        assertTrue(d(Year.of(2021)).compareTo(d(LocalDate.of(2022, 1, 1))) < 0);
        assertTrue(d(YearMonth.of(2022, 1)).compareTo(d(LocalDate.of(2022, 2, 1))) < 0);
        assertTrue(d(LocalDate.of(2022, 1, 13)).compareTo(d(LocalDateTime.of(2022, 1, 12, 23, 0))) > 0);
    }

    @Test
    void compareToIsAntisymmetric() {
        PropertyTries.qt().forAll(ModelGenerators.dateValues(), ModelGenerators.dateValues())
                .checkAssert((a, b) -> assertEquals(Integer.signum(a.compareTo(b)), -Integer.signum(b.compareTo(a))));
    }

    @Test
    void dateIsTheCalendarDayWhenKnown() {
        assertEquals(Optional.empty(), d(Year.of(2022)).date());
        assertEquals(Optional.empty(), d(YearMonth.of(2022, 1)).date());
        assertEquals(Optional.of(LocalDate.of(2022, 1, 12)), d(LocalDate.of(2022, 1, 12)).date());
        assertEquals(Optional.of(LocalDate.of(2022, 1, 12)), d(LocalDateTime.of(2022, 1, 12, 23, 59)).date());
        assertEquals(Optional.of(LocalDate.of(2022, 1, 12)),
                d(OffsetDateTime.of(2022, 1, 12, 23, 59, 0, 0, ZoneOffset.ofHours(-8))).date());
    }

    @Test
    void rejectsABlankRawText() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> DateValue.of(" \n", LocalDate.of(2022, 1, 12)));
        assertTrue(e.getMessage().startsWith("date.raw"), e.getMessage());
    }

    @Test
    void rejectsOtherTemporalTypes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> DateValue.of("now", Instant.EPOCH));
        assertTrue(e.getMessage().startsWith("date.value"), e.getMessage());
    }

    @Test
    void rejectsYearsOutsideFourDigits() {
        assertThrows(IllegalArgumentException.class, () -> DateValue.of(Year.of(10_000)));
        assertThrows(IllegalArgumentException.class, () -> DateValue.of(YearMonth.of(-1, 1)));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> DateValue.of(LocalDate.of(12_345, 1, 1)));
        assertTrue(e.getMessage().startsWith("date.value"), e.getMessage());
    }

    @Test
    void rejectsNulls() {
        assertThrows(NullPointerException.class, () -> DateValue.of(null, LocalDate.of(2022, 1, 12)));
        assertThrows(NullPointerException.class, () -> DateValue.of("x", null));
    }
}
