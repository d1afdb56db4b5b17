package io.github.articlemodel.model;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.time.temporal.Temporal;
import org.immutables.value.Value;

/**
 * A date as the page gave it ({@link #raw()}) and what it means ({@link #value()}), at the
 * precision the page had: a date alone stays a {@link LocalDate}, a time without a zone stays a
 * {@link LocalDateTime}; no time zone is ever invented.
 *
 * <pre>{@code
 * DateValue d = DateValue.of("12 January 2022", LocalDate.of(2022, 1, 12));
 * d.iso(); // "2022-01-12"
 * }</pre>
 */
@Value.Immutable
public abstract sealed class DateValue implements Comparable<DateValue> permits ImmutableDateValue {
    DateValue() {}

    /** The text the page gave, such as "Jan. 12, 2022" or "2022-01-12T18:40:00+01:00". */
    @Value.Parameter
    public abstract String raw();

    /**
     * The meaning: a {@link Year}, {@link YearMonth}, {@link LocalDate}, {@link LocalDateTime} or
     * {@link OffsetDateTime}.
     */
    @Value.Parameter
    public abstract Temporal value();

    /** A date value; see the class comment for the types {@code value} may have. */
    public static DateValue of(String raw, Temporal value) {
        return ImmutableDateValue.of(raw, value);
    }

    /** A date value whose raw text is its own ISO 8601 form. */
    public static DateValue of(Temporal value) {
        return of(value.toString(), value);
    }

    /**
     * Reads the ISO 8601 form written by {@link #iso()} back into a value of the same precision:
     * {@code 2022}, {@code 2022-01}, {@code 2022-01-12}, {@code 2022-01-12T18:40} or
     * {@code 2022-01-12T18:40:00+01:00}.
     *
     * @throws IllegalArgumentException if the text is none of these forms
     */
    public static Temporal parseIso(String iso) {
        try {
            int t = iso.indexOf('T');
            if (t < 0) {
                switch (iso.length() - (iso.startsWith("-") || iso.startsWith("+") ? 1 : 0)) {
                    case 4: return Year.parse(iso);
                    case 7: return YearMonth.parse(iso);
                    default: return LocalDate.parse(iso);
                }
            }
            String time = iso.substring(t + 1);
            boolean zoned = time.endsWith("Z") || time.indexOf('+') >= 0 || time.indexOf('-') >= 0;
            return zoned ? OffsetDateTime.parse(iso) : LocalDateTime.parse(iso);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("not an ISO 8601 date of a supported precision: '" + iso + "'", e);
        }
    }

    /** The ISO 8601 form at the precision of {@link #value()}. */
    public String iso() {
        Temporal v = value();
        if (v instanceof Year) {
            // Year.toString() does not pad: year 999 would be "999", which parseIso cannot read.
            return String.format(java.util.Locale.ROOT, "%04d", ((Year) v).getValue());
        }
        // Times always carry their seconds ("18:40:00"), as the JSON contract shows them.
        if (v instanceof LocalDateTime) {
            return withSeconds((LocalDateTime) v);
        }
        if (v instanceof OffsetDateTime) {
            OffsetDateTime o = (OffsetDateTime) v;
            return withSeconds(o.toLocalDateTime()) + o.getOffset();
        }
        return v.toString();
    }

    private static String withSeconds(LocalDateTime t) {
        String s = t.toString(); // "2022-01-12T18:40" when seconds and nanos are zero
        return t.getSecond() == 0 && t.getNano() == 0 ? s + ":00" : s;
    }

    /** The calendar day, when the value is at least that precise (the local day for offset times). */
    public java.util.Optional<LocalDate> date() {
        Temporal v = value();
        if (v instanceof LocalDate) {
            return java.util.Optional.of((LocalDate) v);
        } else if (v instanceof LocalDateTime) {
            return java.util.Optional.of(((LocalDateTime) v).toLocalDate());
        } else if (v instanceof OffsetDateTime) {
            return java.util.Optional.of(((OffsetDateTime) v).toLocalDate());
        }
        return java.util.Optional.empty();
    }

    /**
     * Orders two dates by what can be known from both: instants when both carry an offset, else
     * local date-times when both have a time, else the coarsest shared precision (year, month, day).
     * Two values that agree at the shared precision compare as equal.
     */
    @Override
    public int compareTo(DateValue other) {
        Temporal a = value();
        Temporal b = other.value();
        if (a instanceof OffsetDateTime && b instanceof OffsetDateTime) {
            return ((OffsetDateTime) a).toInstant().compareTo(((OffsetDateTime) b).toInstant());
        }
        if (hasTime(a) && hasTime(b)) {
            return localDateTime(a).truncatedTo(ChronoUnit.MINUTES)
                    .compareTo(localDateTime(b).truncatedTo(ChronoUnit.MINUTES));
        }
        int precision = Math.min(precision(a), precision(b));
        int c = Integer.compare(year(a), year(b));
        if (c != 0 || precision == 1) {
            return c;
        }
        c = Integer.compare(month(a), month(b));
        if (c != 0 || precision == 2) {
            return c;
        }
        return Integer.compare(localDateTime(a).getDayOfMonth(), localDateTime(b).getDayOfMonth());
    }

    private static boolean hasTime(Temporal t) {
        return t instanceof LocalDateTime || t instanceof OffsetDateTime;
    }

    private static LocalDateTime localDateTime(Temporal t) {
        if (t instanceof OffsetDateTime) {
            return ((OffsetDateTime) t).toLocalDateTime();
        } else if (t instanceof LocalDateTime) {
            return (LocalDateTime) t;
        }
        return ((LocalDate) t).atStartOfDay();
    }

    /** 1 = year, 2 = month, 3 = day or finer. */
    private static int precision(Temporal t) {
        return t instanceof Year ? 1 : t instanceof YearMonth ? 2 : 3;
    }

    private static int year(Temporal t) {
        if (t instanceof Year) {
            return ((Year) t).getValue();
        } else if (t instanceof YearMonth) {
            return ((YearMonth) t).getYear();
        }
        return localDateTime(t).getYear();
    }

    private static int month(Temporal t) {
        return t instanceof YearMonth ? ((YearMonth) t).getMonthValue() : localDateTime(t).getMonthValue();
    }

    @Value.Check
    void check() {
        Checks.nonBlank("date.raw", raw());
        Temporal v = value();
        if (!(v instanceof Year || v instanceof YearMonth || v instanceof LocalDate
                || v instanceof LocalDateTime || v instanceof OffsetDateTime)) {
            throw new IllegalArgumentException("date.value must be a Year, YearMonth, LocalDate, LocalDateTime"
                    + " or OffsetDateTime, not " + v.getClass().getSimpleName());
        }
        // ISO 8601 without an expanded representation: outside these years the JDK's toString()
        // forms (such as YearMonth "10000-01") cannot be read back by parseIso.
        int year = year(v);
        if (year < 0 || year > 9999) {
            throw new IllegalArgumentException("date.value must be in the years 0000 to 9999: " + year);
        }
    }
}
