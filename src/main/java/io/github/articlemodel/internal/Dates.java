package io.github.articlemodel.internal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.Temporal;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Date parsing: machine forms (ISO 8601 and its common variants) and the visible date lines of
 * many languages ("12 January 2022", "Jan. 12, 2022", "12.01.2022", "12 janvier 2022"). The result
 * has the precision of the input: a date alone stays a {@link LocalDate}, a time without a zone a
 * {@link LocalDateTime}. Relative dates ("2 days ago") are not parsed: they would need the clock.
 * All patterns are linear (no nested quantifiers) and inputs are capped in length.
 */
public final class Dates {
    private static final int MAX_INPUT = 200;

    private static final Pattern ISO = Pattern.compile(
            "(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[T ](\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,]\\d{1,9})?)?"
                    + "\\s?(Z|[+-]\\d{2}(?::?\\d{2})?|UTC|GMT)?)?");
    private static final Pattern COMPACT = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})(?:T(\\d{2})(\\d{2})(\\d{2})?)?");
    private static final Pattern DMY_NUMERIC = Pattern.compile(
            "(?<!\\d)(\\d{1,2})(?:[./]|\\s?\\|\\s?)(\\d{1,2})(?:[./]|\\s?\\|\\s?)(\\d{4})");
    /** "6.11.22": only on a line the page marks as a date, where a two-digit year is not a version number. */
    private static final Pattern DMY_SHORT = Pattern.compile("(?<![\\d.])(\\d{1,2})\\.(\\d{1,2})\\.(\\d{2})(?![\\d.])");
    private static final Pattern YMD_SLASH = Pattern.compile("(\\d{4})/(\\d{1,2})/(\\d{1,2})");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "(\\d{1,2})(?:st|nd|rd|th|er|e|\\.)?\\s*(?:de\\s+)?(\\p{L}{3,12})\\.?,?\\s*(?:de\\s+)?(\\d{4})");
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            "(\\p{L}{3,12})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})");
    private static final Pattern TIME = Pattern.compile(
            "(?<![\\d.])(\\d{1,2})[:.h](\\d{2})(?::\\d{2})?(?:\\s*([ap])\\.?m\\.?)?(?!\\.?\\d)"
                    + "(?:\\s?(GMT|UTC|Z" + WordBoundary.END + "|[+-]\\d{2}:?\\d{2}))?",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern URL_DATE = Pattern.compile("/((?:19|20)\\d{2})/(\\d{1,2})/(\\d{1,2})(?:/|$)");
    /**
     * A path segment that starts with a whole date: "/2022-01-12/", "/2022-01-12-title", "/20220112/",
     * "/20220112_speech.html". Eight digits only: an archive's fourteen-digit time stamp is not its page's date.
     */
    private static final Pattern URL_SEGMENT_DATE = Pattern.compile(
            "/((?:19|20)\\d{2})(?:-(\\d{2})-(\\d{2})(?=[/_.-]|$)|(\\d{2})(\\d{2})(?=[/_.]|$))");

    private static final Map<String, Integer> MONTHS = new HashMap<>();

    static {
        String[][] names = {
            // en, de, fr, nl, es, it, pl (nominative and genitive), pt
            {"january", "jan", "januar", "jänner", "janvier", "janv", "januari", "enero", "ene", "gennaio", "gen",
                "styczeń", "stycznia", "janeiro"},
            {"february", "feb", "februar", "février", "fevrier", "févr", "februari", "febrero", "febbraio",
                "luty", "lutego", "fevereiro", "fev"},
            {"march", "mar", "märz", "maerz", "mars", "maart", "marzo", "marzec", "marca", "março", "mrz"},
            {"april", "apr", "avril", "avr", "abril", "abr", "aprile", "kwiecień", "kwietnia"},
            {"may", "mai", "mei", "mayo", "maggio", "mag", "maj", "maja", "maio"},
            {"june", "jun", "juni", "juin", "junio", "giugno", "giu", "czerwiec", "czerwca", "junho"},
            {"july", "jul", "juli", "juillet", "juil", "julio", "luglio", "lug", "lipiec", "lipca", "julho"},
            {"august", "aug", "août", "aout", "augustus", "agosto", "ago", "sierpień", "sierpnia"},
            {"september", "sep", "sept", "septembre", "septiembre", "settembre", "set", "wrzesień", "września",
                "setembro"},
            {"october", "oct", "oktober", "okt", "octobre", "octubre", "ottobre", "ott", "październik",
                "października", "outubro", "out"},
            {"november", "nov", "novembre", "noviembre", "listopad", "listopada", "novembro"},
            {"december", "dec", "dez", "dezember", "décembre", "decembre", "déc", "diciembre", "dic", "dicembre",
                "grudzień", "grudnia", "dezembro"},
        };
        String[][] more = {
            // ru (genitive), sv/da/no, cs (genitive), fi (partitive), tr: each a language's twelve months in order
            {"января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября",
                "декабря"},
            {"januari", "februari", "marts", "april", "maj", "juni", "juli", "augusti", "september", "oktober",
                "november", "desember"},
            {"ledna", "února", "března", "dubna", "května", "června", "července", "srpna", "září", "října",
                "listopadu", "prosince"},
            {"tammikuuta", "helmikuuta", "maaliskuuta", "huhtikuuta", "toukokuuta", "kesäkuuta", "heinäkuuta",
                "elokuuta", "syyskuuta", "lokakuuta", "marraskuuta", "joulukuuta"},
            {"ocak", "şubat", "mart", "nisan", "mayıs", "haziran", "temmuz", "ağustos", "eylül", "ekim", "kasım",
                "aralık"},
        };
        for (String[] language : more) {
            for (int m = 0; m < language.length; m++) {
                MONTHS.put(language[m], m + 1);
            }
        }
        for (int m = 0; m < names.length; m++) {
            for (String n : names[m]) {
                MONTHS.put(n, m + 1);
            }
        }
    }

    private Dates() {}

    /**
     * Parses a machine-readable date (a {@code datetime} attribute, JSON-LD, a meta tag): ISO 8601
     * with or without time and offset, {@code 20220112}, and the visible forms as a fallback.
     */
    public static Optional<Temporal> parse(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        String s = Text.clean(raw);
        if (s.isEmpty() || s.length() > MAX_INPUT) {
            return Optional.empty();
        }
        Matcher m = ISO.matcher(s);
        if (m.lookingAt()) {
            return iso(m);
        }
        m = COMPACT.matcher(s);
        if (m.matches()) {
            return build(m.group(1), m.group(2), m.group(3), m.group(4), m.group(5), m.group(6), null);
        }
        return parseVisible(s);
    }

    /**
     * Finds a date in a visible date line such as "Published 12 January 2022, 18:40" or
     * "Jan. 12, 2022"; a time on the line is kept (without a zone, as the page gives none).
     */
    public static Optional<Temporal> parseVisible(String raw) {
        return visible(raw, false);
    }

    /**
     * Like {@link #parseVisible} for a line the page marks as a date (by its class or a label),
     * where "6.11.22" is a date with a two-digit year too.
     */
    public static Optional<Temporal> parseDateLine(String raw) {
        return visible(raw, true);
    }

    private static Optional<Temporal> visible(String raw, boolean shortYear) {
        if (raw == null) {
            return Optional.empty();
        }
        String s = Text.clean(raw);
        if (s.isEmpty() || s.length() > MAX_INPUT) {
            return Optional.empty();
        }
        Matcher iso = ISO.matcher(s);
        if (iso.lookingAt() && iso.group(4) != null) {
            return iso(iso); // "2023-03-04 19:22": a machine form with its time
        }
        Optional<Found> found = visibleDate(s);
        if (found.isEmpty() && shortYear) {
            Matcher m = DMY_SHORT.matcher(s);
            if (m.find()) {
                found = found(date("20" + m.group(3), m.group(2), m.group(1)), m);
            }
        }
        if (found.isEmpty()) {
            return Optional.empty();
        }
        LocalDate date = found.get().date();
        // Look for the time outside the date itself, so that "12.01.2022" is not read as 12:01.
        String rest = s.substring(0, found.get().start()) + " " + s.substring(found.get().end());
        Matcher t = TIME.matcher(rest);
        if (t.find()) {
            int h = Integer.parseInt(t.group(1));
            int min = Integer.parseInt(t.group(2));
            if (t.group(3) != null) {
                boolean pm = t.group(3).equalsIgnoreCase("p");
                if (h == 12) {
                    h = pm ? 12 : 0;
                } else if (pm) {
                    h += 12;
                }
            }
            if (h < 24 && min < 60) {
                LocalDateTime ldt = date.atTime(h, min);
                // "Wed, 04 May 2022 02:41:00 GMT": a zone written right after the time is kept.
                try {
                    return Optional.of(t.group(4) == null ? ldt : OffsetDateTime.of(ldt, offset(t.group(4))));
                } catch (DateTimeException e) {
                    return Optional.of(ldt);
                }
            }
        }
        return Optional.of(date);
    }

    /** What the words just before a date say it is. */
    public enum Label {
        /** "Published", "Veröffentlicht am", "Publié le", "Erschienen am", ... */
        PUBLISHED,
        /** "Updated", "Aktualisiert am", "Letzte Änderung", "mis à jour le", "last edited", ... */
        MODIFIED,
        /** Some other date: "Registered", "Member since", or the end of a range ("5. bis 11. Februar 2022"). */
        OTHER,
        /** No label: a plain date line. */
        NONE
    }

    /**
     * A date written in running text, where it starts, and its label. {@code inSentence}: the date
     * stands inside a sentence of prose ("… war am 21. August 1948 erfolgt", "Am 31.8.1990 fand …"),
     * where it dates an event the text tells of, not the text.
     */
    public record Written(Temporal value, String raw, int start, Label label, boolean inSentence) {}

    /**
     * Lower-case words that go on a date line rather than a sentence: a time ("um", "at", "à"),
     * a byline ("by", "von", "par"), a place or section ("in", "dans"), an update ("and", "und").
     */
    private static final Set<String> DATE_LINE_WORDS = Set.of(
            "um", "at", "à", "a", "alle", "om", "o", "kl", "uhr", "h", "hrs", "gmt", "utc", "cet", "mez",
            "by", "von", "vom", "par", "door", "por", "di", "da", "de", "del", "du", "av", "af", "od", "przez", "via",
            "from", "aus", "in", "im", "dans", "en", "unter", "under", "filed", "posted", "tagged", "updated",
            "and", "und", "et", "y", "e", "i", "last", "zuletzt", "aktualisiert", "geändert", "modifié",
            "actualizado", "actualisé", "mis", "ago", "comments", "comment", "kommentare", "min", "read");

    /**
     * Whether the date at {@code start}..{@code end} of {@code text} runs inside a sentence: a
     * lower-case word that is not {@link #DATE_LINE_WORDS} follows it, and a lower-case word
     * comes before it ("war am"), or a capitalised word opening a sentence ("stehen. Am") or the
     * text. A date line is followed by a name, a time, a separator or nothing.
     */
    static boolean inSentence(String text, int start, int end) {
        String after = wordAt(text, skipSpaces(text, end, 1), 1);
        if (after.isEmpty() || !Character.isLowerCase(after.codePointAt(0))
                || DATE_LINE_WORDS.contains(after)) {
            return false;
        }
        int beforeEnd = skipSpaces(text, start - 1, -1);
        String before = wordAt(text, beforeEnd, -1);
        if (before.isEmpty()) {
            return false;
        }
        if (Character.isLowerCase(before.codePointAt(0))) {
            return true;
        }
        int stop = skipSpaces(text, beforeEnd - before.length(), -1);
        return Character.isUpperCase(before.codePointAt(0)) && (stop < 0 || ".!?".indexOf(text.charAt(stop)) >= 0);
    }

    /** The first index from {@code i} in direction {@code step} that is not white space; out of bounds at the edge. */
    private static int skipSpaces(String text, int i, int step) {
        while (i >= 0 && i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i += step;
        }
        return i;
    }

    /** The run of letters that starts ({@code step} 1) or ends ({@code step} -1) at {@code i}; empty when none does. */
    private static String wordAt(String text, int i, int step) {
        int j = i;
        while (j >= 0 && j < text.length() && Character.isLetter(text.charAt(j))) {
            j += step;
        }
        return step > 0 ? text.substring(Math.min(i, j), j) : text.substring(j + 1, Math.max(j + 1, i + 1));
    }

    /** A full date in running text: numeric or with a month name, with an optional time after it. */
    private static final Pattern DATE_IN_TEXT = Pattern.compile(
            WordBoundary.START + "(?:\\d{1,2}\\.\\s?\\d{1,2}\\.\\s?(?:19|20)\\d{2}|\\d{1,2} ?\\| ?\\d{1,2} ?\\| ?(?:19|20)\\d{2}|\\d{1,2}/\\d{1,2}/(?:19|20)\\d{2}|\\d{4}-\\d{2}-\\d{2}"
                    + "|\\d{1,2}(?:st|nd|rd|th|er)?\\.?\\s+(?:de\\s+)?\\p{L}{3,12}\\.?\\s+(?:de\\s+)?(?:19|20)\\d{2}"
                    + "|\\p{L}{3,12}\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+(?:19|20)\\d{2})"
                    + "(?:,?\\s+(?:um\\s+|at\\s+|à\\s+|-\\s+)?\\d{1,2}[:.h]\\d{2}(?:\\s*[ap]\\.?m\\.?)?)?",
            Pattern.UNICODE_CASE | Pattern.CASE_INSENSITIVE);

    /** Words that label a date as an update ("Updated", "Aktualisiert am", "mis à jour le"), lower case. */
    private static final List<String> MODIFIED_LABELS = List.of("updated", "last edited", "last modified", "modified",
            "revised", "aktualisiert", "geändert", "änderung", "überarbeitet", "mis à jour", "modifié", "actualizado",
            "actualización", "aggiornato", "modificato", "zaktualizowano", "bijgewerkt", "gewijzigd", "päivitetty",
            "обновлено");
    /** Words that label a date as the published one, lower case. */
    private static final List<String> PUBLISHED_LABELS = List.of("published", "posted", "veröffentlicht", "erschienen",
            "publiziert", "erstellt", "publié", "publicado", "pubblicato", "opublikowano", "gepubliceerd", "geplaatst",
            "julkaistu", "опубликовано");
    /** Words that label some other date ("Registered", "Member since"), lower case. */
    private static final List<String> OTHER_LABELS = List.of("registriert", "registered", "joined", "member since",
            "mitglied seit", "dabei seit", "inscrit", "miembro desde", "iscritto", "geboren", "born");

    // The label nearest before a date decides: "Veröffentlicht am 3.1.2022, aktualisiert am 4.1.2022".
    static final Pattern LABEL = Pattern.compile("(?iu)(?<mod>" + String.join("|", MODIFIED_LABELS) + ")"
            + "|(?<pub>" + String.join("|", PUBLISHED_LABELS) + ")|(?<other>" + String.join("|", OTHER_LABELS) + ")");
    /** The label words, for {@link #mayHaveLabel}. */
    private static final FoldedWords LABEL_WORDS = FoldedWords.of(
            java.util.stream.Stream.of(MODIFIED_LABELS, PUBLISHED_LABELS, OTHER_LABELS).flatMap(List::stream).toList());

    static final Pattern RANGE_END = Pattern.compile("(?iu)(?:" + WordBoundary.START + "bis|" + WordBoundary.START + "until|" + WordBoundary.START + "till|" + WordBoundary.START + "to|" + WordBoundary.START + "au|" + WordBoundary.START + "al"
            + "|" + WordBoundary.START + "hasta|\\d\\.?\\s*[-–])\\s*$");
    private static final int LABEL_WINDOW = 48;
    private static final int LABEL_GAP = 22;

    /** The label of a date that starts at {@code start} in {@code text}: the nearest label word before it. */
    public static Label labelBefore(String text, int start) {
        String before = text.substring(Math.max(0, start - LABEL_WINDOW), start);
        if (mayEndRange(before) && RANGE_END.matcher(before).find()) {
            return Label.OTHER;
        }
        if (!mayHaveLabel(before)) {
            return Label.NONE;
        }
        Matcher m = LABEL.matcher(before);
        Label last = Label.NONE;
        int end = 0;
        while (m.find()) {
            last = m.group("mod") != null ? Label.MODIFIED : m.group("pub") != null ? Label.PUBLISHED : Label.OTHER;
            end = m.end();
        }
        // "Veröffentlicht am Montag, den 3.1.2022" labels the date; "publiziert das Amt am Sonntag, 17.10." in a
        // sentence speaks of something else.
        return before.length() - end <= LABEL_GAP ? last : Label.NONE;
    }

    /**
     * Whether a label word may end within {@link #LABEL_GAP} of the end of {@code before}, where
     * {@link #labelBefore} reads it: false only when no label word starts in its last {@code
     * LABEL_GAP + LONGEST_LABEL} characters, in any case: read word by word, cheaper than the
     * pattern at every position.
     */
    static boolean mayHaveLabel(String before) {
        return LABEL_WORDS.mayHold(before, Math.max(0, before.length() - LABEL_GAP - LABEL_WORDS.longest()));
    }

    /**
     * A glance at the end of {@code before} for {@link #RANGE_END}, whose look-behinds cost much at
     * every position: past trailing white space, a range's end is a dash or the last letter of a
     * word ("bis", "until", "till", "to", "au", "al", "hasta"). False only where the pattern finds
     * nothing; beyond ASCII (letters that fold to those, line terminators before which "$" matches)
     * the pattern decides.
     */
    static boolean mayEndRange(String before) {
        int n = before.length();
        if (n > 0 && before.charAt(n - 1) >= 0x80) {
            return true;
        }
        int i = n - 1;
        while (i >= 0 && " \t\n\013\f\r".indexOf(before.charAt(i)) >= 0) {
            i--;
        }
        if (i < 0) {
            return false;
        }
        char c = before.charAt(i);
        return c == '-' || c >= 0x80 || "sluoa".indexOf(c | 0x20) >= 0;
    }

    /**
     * The full dates written in {@code text}, in order, at most {@code max}; relative dates and
     * dates without a year are not among them.
     */
    public static java.util.List<Written> datesIn(String text, int max) {
        java.util.List<Written> out = new java.util.ArrayList<>();
        Matcher m = DATE_IN_TEXT.matcher(text);
        m.useTransparentBounds(true).useAnchoringBounds(false);
        int from = 0;
        // Every full date has a year: find the years with a plain scan, then match only around them.
        for (int y = nextYear(text, 0); y >= 0 && out.size() < max; y = nextYear(text, y + 4)) {
            m.region(Math.max(from, y - 32), Math.min(text.length(), y + 32));
            while (m.find()) {
                if (m.start() <= y && m.end() >= y + 4) {
                    Optional<Temporal> t = parseVisible(m.group());
                    if (t.isPresent()) {
                        out.add(new Written(t.get(), Text.clean(m.group()), m.start(), labelBefore(text, m.start()),
                                inSentence(text, m.start(), m.end())));
                    }
                    from = m.end();
                    break;
                }
            }
        }
        return out;
    }

    /** Whether {@code s} holds a year "19xx" or "20xx" standing alone as a number: a cheap test before the patterns. */
    public static boolean hasYear(String s) {
        return nextYear(s, 0) >= 0;
    }

    /** The index of the next "19xx" or "20xx" standing alone as a number at or after {@code from}, or -1. */
    private static int nextYear(String s, int from) {
        for (int i = Math.max(from, 0); i + 4 <= s.length(); i++) {
            char c = s.charAt(i);
            if ((c == '1' && s.charAt(i + 1) == '9' || c == '2' && s.charAt(i + 1) == '0')
                    && isDigit(s, i + 2) && isDigit(s, i + 3) && !isDigit(s, i - 1) && !isDigit(s, i + 4)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isDigit(String s, int i) {
        return i >= 0 && i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9';
    }

    /** A date found in a line of text, and where it stands. */
    private record Found(LocalDate date, int start, int end) {}

    private static Optional<Found> visibleDate(String s) {
        Matcher m = ISO.matcher(s);
        if (m.find()) {
            return found(date(m.group(1), m.group(2), m.group(3)), m);
        }
        String lower = s.toLowerCase(Locale.ROOT);
        m = DAY_MONTH_YEAR.matcher(lower);
        while (m.find()) {
            Integer month = MONTHS.get(m.group(2));
            if (month != null) {
                return found(date(m.group(3), String.valueOf(month), m.group(1)), m);
            }
        }
        m = MONTH_DAY_YEAR.matcher(lower);
        while (m.find()) {
            Integer month = MONTHS.get(m.group(1));
            if (month != null) {
                return found(date(m.group(3), String.valueOf(month), m.group(2)), m);
            }
        }
        m = YMD_SLASH.matcher(s);
        if (m.find()) {
            return found(date(m.group(1), m.group(2), m.group(3)), m);
        }
        m = DMY_NUMERIC.matcher(s);
        if (m.find()) {
            return found(date(m.group(3), m.group(2), m.group(1)), m);
        }
        return Optional.empty();
    }

    private static Optional<Found> found(Optional<LocalDate> date, Matcher m) {
        return date.map(d -> new Found(d, m.start(), m.end()));
    }

    /** A date in a URL path such as {@code /2022/01/12/title}. */
    public static Optional<LocalDate> fromUrl(String url) {
        if (url == null || url.length() > 4096) {
            return Optional.empty();
        }
        int end = url.length();
        for (char c : new char[] {'?', '#'}) {
            int i = url.indexOf(c);
            end = i >= 0 ? Math.min(end, i) : end; // the path only: a query's date is a search, not the page's
        }
        Matcher m = URL_DATE.matcher(url).region(0, end);
        if (m.find()) {
            return date(m.group(1), m.group(2), m.group(3));
        }
        m = URL_SEGMENT_DATE.matcher(url).region(0, end);
        while (m.find()) {
            Optional<LocalDate> d = m.group(2) != null ? date(m.group(1), m.group(2), m.group(3))
                    : date(m.group(1), m.group(4), m.group(5));
            if (d.isPresent()) {
                return d;
            }
        }
        return Optional.empty();
    }

    private static Optional<Temporal> iso(Matcher m) {
        return build(m.group(1), m.group(2), m.group(3), m.group(4), m.group(5), m.group(6), m.group(7));
    }

    private static Optional<Temporal> build(String y, String mo, String d, String h, String mi, String sec,
            String zone) {
        Optional<LocalDate> date = date(y, mo, d);
        if (date.isEmpty() || h == null) {
            return date.map(x -> x);
        }
        try {
            LocalTime time = LocalTime.of(Integer.parseInt(h), Integer.parseInt(mi),
                    sec == null ? 0 : Integer.parseInt(sec));
            LocalDateTime ldt = date.get().atTime(time);
            if (zone == null) {
                return Optional.of(ldt);
            }
            return Optional.of(OffsetDateTime.of(ldt, offset(zone)));
        } catch (DateTimeException | NumberFormatException e) {
            return date.map(x -> x);
        }
    }

    private static ZoneOffset offset(String zone) {
        String z = zone.toUpperCase(Locale.ROOT);
        if (z.equals("Z") || z.equals("UTC") || z.equals("GMT")) {
            return ZoneOffset.UTC;
        }
        z = z.replace(":", "");
        int hours = Integer.parseInt(z.substring(1, 3));
        int minutes = z.length() >= 5 ? Integer.parseInt(z.substring(3, 5)) : 0;
        int sign = z.charAt(0) == '-' ? -1 : 1;
        return ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes);
    }

    private static final LocalDate EPOCH = LocalDate.ofEpochDay(0);

    private static Optional<LocalDate> date(String y, String m, String d) {
        try {
            int year = Integer.parseInt(y);
            if (year < 1900 || year > 2200) {
                return Optional.empty();
            }
            LocalDate date = LocalDate.of(year, Integer.parseInt(m), Integer.parseInt(d));
            // A zero Unix timestamp (1 January 1970, or 31 December 1969 west of UTC): what a CMS
            // writes for a date it lacks.
            return date.equals(EPOCH) || date.equals(EPOCH.minusDays(1)) ? Optional.empty() : Optional.of(date);
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }
}
