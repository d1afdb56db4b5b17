package io.github.articlemodel.schemaorg;

import io.github.articlemodel.model.DateValue;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.Temporal;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The dates JSON-LD blocks carry: ISO 8601 at any precision ({@link DateValue#parseIso(String)}),
 * and what sites write instead: a space or a zone's abbreviation for the {@code T}
 * ({@code 2018-11-28CET12:22:00+0100}), offsets without a colon or as
 * {@code UTC}/{@code GMT}, RFC 1123 ({@code Wed, 12 Jan 2022 18:40:00 +0100}), {@code 2022/01/12},
 * {@code 12.01.2022}, English month names ({@code January 12, 2022}, {@code 12 Jan 2022}) and
 * Unix timestamps in seconds or milliseconds. The result keeps the precision of the text.
 *
 * <p>The extractor has a larger date parser for visible date lines in many languages; it lives
 * in the internal package, which this package does not use (see DESIGN.md), and JSON-LD dates
 * need only these machine forms.
 */
final class LenientDates {
    private static final int MAX_INPUT = 100;

    private static final Pattern ISO_LIKE = Pattern.compile(
            "(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:(?:[Tt ]\\s*|[A-Z]{3,4})(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,](\\d{1,9}))?)?"
                    + "\\s*(Z|z|UTC|GMT|[+-]\\d{2}(?::?\\d{2})?)?)?");
    private static final Pattern YMD_SLASH = Pattern.compile("(\\d{4})/(\\d{1,2})/(\\d{1,2})"
            + "(?:[ T](\\d{1,2}):(\\d{2})(?::(\\d{2}))?)?");
    private static final Pattern DMY_DOTS = Pattern.compile("(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})"
            + "(?:,?\\s+(\\d{1,2}):(\\d{2})(?::(\\d{2}))?)?");
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            "(?:[A-Za-z]+,?\\s+)?([A-Za-z]{3,9})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})"
                    + "(?:,?\\s+(?:at\\s+)?(\\d{1,2}):(\\d{2})(?::(\\d{2}))?\\s*([AaPp][Mm])?)?");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "(?:[A-Za-z]+,?\\s+)?(\\d{1,2})(?:st|nd|rd|th)?\\.?\\s+([A-Za-z]{3,9})\\.?,?\\s+(\\d{4})"
                    + "(?:,?\\s+(\\d{1,2}):(\\d{2})(?::(\\d{2}))?)?");
    private static final Pattern EPOCH = Pattern.compile("\\d{9,10}|\\d{12,13}");
    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4),
            Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8),
            Map.entry("sep", 9), Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12));

    private LenientDates() {}

    /** The meaning of a date text, or empty when it is none of the forms above. */
    static Optional<Temporal> parse(String raw) {
        String s = raw.strip();
        if (s.isEmpty() || s.length() > MAX_INPUT) {
            return Optional.empty();
        }
        try {
            return inRange(DateValue.parseIso(s));
        } catch (IllegalArgumentException | DateTimeException e) {
            // not strict ISO 8601; try the other forms
        }
        try {
            Matcher m = ISO_LIKE.matcher(s);
            if (m.matches()) {
                return build(m.group(1), m.group(2), m.group(3), m.group(4), m.group(5), m.group(6), m.group(7),
                        m.group(8));
            }
            m = YMD_SLASH.matcher(s);
            if (m.matches()) {
                return build(m.group(1), m.group(2), m.group(3), m.group(4), m.group(5), m.group(6), null, null);
            }
            m = DMY_DOTS.matcher(s);
            if (m.matches()) {
                return build(m.group(3), m.group(2), m.group(1), m.group(4), m.group(5), m.group(6), null, null);
            }
            Optional<Temporal> rfc = rfc1123(s);
            if (rfc.isPresent()) {
                return rfc;
            }
            m = MONTH_DAY_YEAR.matcher(s);
            if (m.matches() && month(m.group(1)) > 0) {
                String hour = m.group(4);
                if (hour != null && m.group(7) != null) {
                    int h = Integer.parseInt(hour) % 12 + (m.group(7).equalsIgnoreCase("pm") ? 12 : 0);
                    hour = Integer.toString(h);
                }
                return build(m.group(3), Integer.toString(month(m.group(1))), m.group(2), hour, m.group(5),
                        m.group(6), null, null);
            }
            m = DAY_MONTH_YEAR.matcher(s);
            if (m.matches() && month(m.group(2)) > 0) {
                return build(m.group(3), Integer.toString(month(m.group(2))), m.group(1), m.group(4), m.group(5),
                        m.group(6), null, null);
            }
            if (EPOCH.matcher(s).matches()) {
                long n = Long.parseLong(s);
                Instant instant = s.length() <= 10 ? Instant.ofEpochSecond(n) : Instant.ofEpochMilli(n);
                return inRange(OffsetDateTime.ofInstant(instant, ZoneOffset.UTC));
            }
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty(); // a day or time that does not exist, such as 2022-02-30
        }
        return Optional.empty();
    }

    private static Optional<Temporal> rfc1123(String s) {
        try {
            return inRange(OffsetDateTime.parse(s, DateTimeFormatter.RFC_1123_DATE_TIME));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static int month(String name) {
        String key = name.toLowerCase(Locale.ROOT);
        if (key.length() < 3) {
            return 0;
        }
        Integer m = MONTHS.get(key.substring(0, 3));
        if (m == null) {
            return 0;
        }
        // The full name must be a real month name or its abbreviation ("sept" too), not just any word.
        String[] full = {"january", "february", "march", "april", "may", "june", "july", "august", "september",
            "october", "november", "december"};
        return full[m - 1].startsWith(key) ? m : 0;
    }

    private static Optional<Temporal> build(String y, String mo, String d, String h, String mi, String sec,
            String fraction, String zone) {
        LocalDate date = LocalDate.of(Integer.parseInt(y), Integer.parseInt(mo), Integer.parseInt(d));
        if (h == null) {
            return inRange(date);
        }
        int nanos = 0;
        if (fraction != null) {
            nanos = Integer.parseInt((fraction + "00000000").substring(0, 9));
        }
        LocalDateTime time = date.atTime(Integer.parseInt(h), Integer.parseInt(mi),
                sec == null ? 0 : Integer.parseInt(sec), nanos);
        if (zone == null) {
            return inRange(time);
        }
        ZoneOffset offset;
        String z = zone.toUpperCase(Locale.ROOT);
        if (z.equals("Z") || z.equals("UTC") || z.equals("GMT")) {
            offset = ZoneOffset.UTC;
        } else {
            String digits = z.substring(1).replace(":", "");
            int hours = Integer.parseInt(digits.substring(0, 2));
            int minutes = digits.length() > 2 ? Integer.parseInt(digits.substring(2)) : 0;
            int sign = z.charAt(0) == '-' ? -1 : 1;
            offset = ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes);
        }
        return inRange(OffsetDateTime.of(time, offset));
    }

    /** The model holds the years 0000 to 9999 only. */
    private static Optional<Temporal> inRange(Temporal t) {
        int year;
        if (t instanceof Year y) {
            year = y.getValue();
        } else if (t instanceof YearMonth ym) {
            year = ym.getYear();
        } else if (t instanceof LocalDate ld) {
            year = ld.getYear();
        } else if (t instanceof LocalDateTime ldt) {
            year = ldt.getYear();
        } else if (t instanceof OffsetDateTime odt) {
            year = odt.getYear();
        } else {
            return Optional.empty();
        }
        return year < 0 || year > 9999 ? Optional.empty() : Optional.of(t);
    }
}
