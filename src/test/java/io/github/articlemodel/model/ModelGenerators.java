package io.github.articlemodel.model;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.generators.Generate;

/**
 * QuickTheories generators of valid model values: every value they produce passes the model's
 * invariants, so a property can build, write and read them without filtering.
 *
 * <p>They cover every block kind, every enum constant, dates of every precision (with offsets of
 * whole hours, half hours and seconds), nested comment threads, provenance maps, links that match
 * their paragraph, quotes whose offsets fit the article's text, and text from many scripts:
 * ASCII, Latin, Greek, Cyrillic, Hebrew, Arabic, CJK, combining marks, astral characters (emoji,
 * mathematical letters), control characters, and the characters JSON must escape.
 *
 * <p>Generators are built from the randomness source only, so QuickTheories can shrink any value
 * they produce.
 *
 * <pre>{@code
 * PropertyTries.qt().forAll(ModelGenerators.articles())
 *     .checkAssert(a -> assertEquals(a, ArticleJson.read(ArticleJson.write(a))));
 * }</pre>
 */
// "exports": the tests are patched into the module io.github.articlemodel, while QuickTheories is
// on the class path, so javac notes that its types appear in this public API; only tests use it.
@SuppressWarnings("exports")
public final class ModelGenerators {
    private ModelGenerators() {}

    // ------------------------------------------------------------------ randomness helpers

    /** A number from {@code min} to {@code max}, both included, shrinking towards {@code min}. */
    static int between(RandomnessSource in, int min, int max) {
        return Generate.range(min, max).generate(in);
    }

    static boolean chance(RandomnessSource in, int percent) {
        return between(in, 1, 100) <= percent;
    }

    static <T> T pick(RandomnessSource in, List<T> values) {
        return values.get(between(in, 0, values.size() - 1));
    }

    static <T> Optional<T> maybe(RandomnessSource in, Gen<T> gen) {
        // Shrinks towards "absent".
        return chance(in, 50) ? Optional.empty() : Optional.of(gen.generate(in));
    }

    static OptionalInt maybeInt(RandomnessSource in, int min, int max) {
        return chance(in, 50) ? OptionalInt.empty() : OptionalInt.of(between(in, min, max));
    }

    static <T> List<T> listOf(RandomnessSource in, Gen<T> gen, int min, int max) {
        int n = between(in, min, max);
        List<T> list = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            list.add(gen.generate(in));
        }
        return list;
    }

    // ------------------------------------------------------------------ text

    /** Ranges of code points, each {from, to, weight}. No surrogates: every string is valid UTF-16. */
    private static final int[][] CODE_POINTS = {
        {'a', 'z', 30}, {'A', 'Z', 8}, {'0', '9', 6}, {' ', ' ', 14},
        {'!', '/', 3}, {':', '@', 2}, {'[', '`', 2}, {'{', '~', 1}, // includes " \ / < > & '
        {0x00, 0x1F, 2}, {0x7F, 0x9F, 1}, // control characters: \n, \t, \u0000, DEL, C1
        {0xA0, 0x24F, 5}, // Latin-1 and Latin Extended (includes NBSP, soft hyphen)
        {0x300, 0x36F, 2}, // combining diacritical marks
        {0x370, 0x4FF, 4}, // Greek, Cyrillic
        {0x590, 0x6FF, 3}, // Hebrew, Arabic (right to left)
        {0x2000, 0x206F, 2}, // general punctuation: spaces, ZWJ, LRM, U+2028, U+2029, quotes
        {0x3000, 0x30FF, 2}, // CJK punctuation, kana
        {0x4E00, 0x9FFF, 4}, // CJK ideographs
        {0xFE00, 0xFFFD, 1}, // variation selectors, BOM U+FEFF, specials, replacement character
        {0x1D400, 0x1D7FF, 2}, // mathematical letters (astral)
        {0x1F300, 0x1FAFF, 4}, // emoji (astral)
        {0x20000, 0x2A6DF, 1}, // CJK extension B (astral)
    };
    private static final int TOTAL_WEIGHT;

    static {
        int total = 0;
        for (int[] range : CODE_POINTS) {
            total += range[2];
        }
        TOTAL_WEIGHT = total;
    }

    private static int codePoint(RandomnessSource in) {
        int w = between(in, 0, TOTAL_WEIGHT - 1);
        for (int[] range : CODE_POINTS) {
            if (w < range[2]) {
                return between(in, range[0], range[1]);
            }
            w -= range[2];
        }
        throw new AssertionError();
    }

    /** Any text of up to {@code maxCodePoints} code points: may be empty or blank. */
    public static Gen<String> texts(int maxCodePoints) {
        return in -> {
            int n = between(in, 0, maxCodePoints);
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < n; i++) {
                sb.appendCodePoint(codePoint(in));
            }
            return sb.toString();
        };
    }

    /** Text with at least one character that is not white space (as the model requires of names). */
    public static Gen<String> nonBlankTexts(int maxCodePoints) {
        Gen<String> texts = texts(maxCodePoints);
        return in -> {
            String t = texts.generate(in);
            return t.isBlank() ? t + pick(in, List.of("x", "É", "日", "\uD83D\uDE00")) : t;
        };
    }

    /** Short non-blank text, for names, labels and captions. */
    public static Gen<String> names() {
        return nonBlankTexts(20);
    }

    // ------------------------------------------------------------------ URLs and languages

    private static final String UNRESERVED = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~";
    private static final List<String> PATH_EXTRAS = List.of("%20", "%C3%BC", "%2F", "!", "$", "&", "'", "(", ")",
            "*", "+", ",", ";", "=", ":", "@", "\u00FC", "\u65E5\u672C", "\uD83D\uDE00", "\u00E9t\u00E9");

    /**
     * Absolute http(s) URLs that {@code java.net.URI} accepts with a host: names, IPv4 and IPv6
     * hosts, ports, percent escapes, non-ASCII path characters (as pages link them), queries and
     * fragments.
     */
    public static Gen<String> urls() {
        return in -> {
            StringBuilder sb = new StringBuilder(pick(in, List.of("https", "http", "HTTPS", "Http"))).append("://");
            switch (between(in, 0, 9)) {
                case 0 -> sb.append("192.0.2.").append(between(in, 0, 255));
                case 1 -> sb.append("[2001:db8::").append(between(in, 1, 9999)).append(']');
                default -> {
                    int labels = between(in, 1, 3);
                    for (int i = 0; i < labels; i++) {
                        sb.append(label(in)).append('.');
                    }
                    sb.append(pick(in, List.of("org", "com", "de", "co.uk", "example", "news")));
                }
            }
            if (chance(in, 15)) {
                sb.append(':').append(between(in, 1, 65535));
            }
            int segments = between(in, 0, 4);
            for (int i = 0; i < segments; i++) {
                sb.append('/').append(urlPart(in));
            }
            if (chance(in, 25)) {
                sb.append('?').append(urlPart(in)).append('=').append(urlPart(in));
            }
            if (chance(in, 15)) {
                sb.append('#').append(urlPart(in));
            }
            return sb.toString();
        };
    }

    private static String label(RandomnessSource in) {
        int n = between(in, 1, 10);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            boolean inner = i > 0 && i < n - 1;
            sb.append(inner && chance(in, 10) ? '-' : "abcdefghijklmnopqrstuvwxyz0123456789".charAt(between(in, 0, 35)));
        }
        return sb.toString();
    }

    private static String urlPart(RandomnessSource in) {
        int n = between(in, 0, 8);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            if (chance(in, 85)) {
                sb.append(UNRESERVED.charAt(between(in, 0, UNRESERVED.length() - 1)));
            } else {
                sb.append(pick(in, PATH_EXTRAS));
            }
        }
        return sb.toString();
    }

    /** BCP 47 language tags of the form the model accepts. */
    public static Gen<String> languages() {
        return in -> switch (between(in, 0, 3)) {
            case 0 -> pick(in, List.of("en", "de", "fr", "ja", "ar", "he", "zh"));
            case 1 -> pick(in, List.of("en-GB", "de-AT", "pt-BR", "zh-Hant-TW", "sr-Latn", "es-419"));
            default -> {
                StringBuilder sb = new StringBuilder(letters(in, 2, 8));
                int subtags = between(in, 0, 2);
                for (int i = 0; i < subtags; i++) {
                    sb.append('-').append(letters(in, 1, 8));
                }
                yield sb.toString();
            }
        };
    }

    private static String letters(RandomnessSource in, int min, int max) {
        int n = between(in, min, max);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ".charAt(between(in, 0, 51)));
        }
        return sb.toString();
    }

    // ------------------------------------------------------------------ enums

    public static Gen<ArticleType> articleTypes() {
        return Generate.enumValues(ArticleType.class);
    }

    public static Gen<AgentType> agentTypes() {
        return Generate.enumValues(AgentType.class);
    }

    /** Person or organisation: the agent types a byline may have. */
    public static Gen<AgentType> bylineTypes() {
        return Generate.pick(List.of(AgentType.PERSON, AgentType.ORGANIZATION));
    }

    public static Gen<BylineRole> bylineRoles() {
        return Generate.enumValues(BylineRole.class);
    }

    public static Gen<QuoteKind> quoteKinds() {
        return Generate.enumValues(QuoteKind.class);
    }

    public static Gen<CrossReferenceKind> crossReferenceKinds() {
        return Generate.enumValues(CrossReferenceKind.class);
    }

    public static Gen<Source> sources() {
        return Generate.enumValues(Source.class);
    }

    public static Gen<BlockType> blockTypes() {
        return Generate.enumValues(BlockType.class);
    }

    // ------------------------------------------------------------------ dates

    private static final long FIRST_DAY = LocalDate.of(0, 1, 1).toEpochDay();
    private static final long LAST_DAY = LocalDate.of(9999, 12, 31).toEpochDay();

    /** A day in the years the model accepts (0000 to 9999), most of them near now. */
    public static Gen<LocalDate> localDates() {
        return in -> {
            if (chance(in, 80)) {
                return LocalDate.of(2000, 1, 1).plusDays(between(in, 0, 365 * 40));
            }
            return LocalDate.ofEpochDay(Generate.longRange(FIRST_DAY, LAST_DAY).generate(in));
        };
    }

    private static LocalTime localTimes(RandomnessSource in) {
        int nanos = switch (between(in, 0, 5)) {
            case 0 -> between(in, 0, 999) * 1_000_000; // milliseconds
            case 1 -> between(in, 0, 999_999_999);
            default -> 0;
        };
        int seconds = chance(in, 50) ? 0 : between(in, 0, 59);
        return LocalTime.of(between(in, 0, 23), between(in, 0, 59), seconds, nanos);
    }

    /** Offsets from -18:00 to +18:00: UTC, whole and half hours, and some with seconds. */
    public static Gen<ZoneOffset> offsets() {
        return in -> switch (between(in, 0, 5)) {
            case 0 -> ZoneOffset.UTC;
            case 1 -> ZoneOffset.ofTotalSeconds(between(in, -18 * 3600, 18 * 3600));
            case 2 -> ZoneOffset.ofTotalSeconds(between(in, -36, 36) * 1800);
            default -> ZoneOffset.ofHours(between(in, -12, 14));
        };
    }

    /**
     * A {@link Year}, {@link YearMonth}, {@link LocalDate}, {@link LocalDateTime} or
     * {@link OffsetDateTime}, each about as often.
     */
    public static Gen<Temporal> temporals() {
        Gen<LocalDate> days = localDates();
        Gen<ZoneOffset> offsets = offsets();
        return in -> {
            LocalDate day = days.generate(in);
            return switch (between(in, 0, 4)) {
                case 0 -> Year.of(day.getYear());
                case 1 -> YearMonth.from(day);
                case 2 -> day;
                case 3 -> day.atTime(localTimes(in));
                default -> OffsetDateTime.of(day, localTimes(in), offsets.generate(in));
            };
        };
    }

    /** A date value; the raw text is its ISO form or some other non-blank text. */
    public static Gen<DateValue> dateValues() {
        Gen<Temporal> temporals = temporals();
        Gen<String> raws = names();
        return in -> {
            Temporal value = temporals.generate(in);
            return chance(in, 40) ? DateValue.of(value) : DateValue.of(raws.generate(in), value);
        };
    }

    // ------------------------------------------------------------------ parties and images

    public static Gen<Image> images() {
        Gen<String> urls = urls();
        Gen<String> names = names();
        return in -> new Image.Builder()
                .url(urls.generate(in))
                .alt(maybe(in, names))
                .caption(maybe(in, nonBlankTexts(40)))
                .credit(maybe(in, names))
                .width(maybeInt(in, 0, 10_000))
                .height(maybeInt(in, 0, 10_000))
                .build();
    }

    public static Gen<Organization> organizations() {
        Gen<String> urls = urls();
        Gen<String> names = names();
        Gen<Image> images = images();
        return in -> new Organization.Builder()
                .name(names.generate(in))
                .url(maybe(in, urls))
                .logo(maybe(in, images))
                .build();
    }

    public static Gen<Byline> bylines() {
        Gen<String> urls = urls();
        Gen<String> names = names();
        Gen<AgentType> types = bylineTypes();
        Gen<BylineRole> roles = bylineRoles();
        return in -> new Byline.Builder()
                .name(names.generate(in))
                .url(maybe(in, urls))
                .type(types.generate(in))
                .role(roles.generate(in))
                .affiliation(maybe(in, names))
                .build();
    }

    public static Gen<Agent> agents() {
        Gen<String> urls = urls();
        Gen<String> names = names();
        Gen<AgentType> types = agentTypes();
        return in -> new Agent.Builder()
                .name(names.generate(in))
                .url(maybe(in, urls))
                .type(types.generate(in))
                .build();
    }

    // ------------------------------------------------------------------ blocks

    public static Gen<Heading> headings() {
        Gen<String> texts = nonBlankTexts(30);
        return in -> Heading.of(between(in, 1, 6), texts.generate(in));
    }

    /** Paragraphs with up to three links, each on a non-blank slice of the text between code points. */
    public static Gen<Paragraph> paragraphs() {
        Gen<String> texts = nonBlankTexts(80);
        Gen<String> urls = urls();
        return in -> {
            String text = texts.generate(in);
            List<Integer> bounds = codePointBounds(text);
            Paragraph.Builder b = new Paragraph.Builder().text(text);
            int links = between(in, 0, 3);
            int from = 0; // index into bounds where the next link may start
            for (int i = 0; i < links && from < bounds.size() - 1; i++) {
                int start = between(in, from, bounds.size() - 2);
                int end = between(in, start + 1, Math.min(bounds.size() - 1, start + 12));
                String anchor = text.substring(bounds.get(start), bounds.get(end));
                if (!anchor.isBlank()) {
                    b.addLinks(Link.of(anchor, urls.generate(in), bounds.get(start)));
                }
                from = end;
            }
            return b.build();
        };
    }

    /** The offsets in {@code text} where a code point starts, and its length. */
    static List<Integer> codePointBounds(String text) {
        List<Integer> bounds = new ArrayList<>();
        for (int i = 0; i < text.length(); i += Character.charCount(text.codePointAt(i))) {
            bounds.add(i);
        }
        bounds.add(text.length());
        return bounds;
    }

    public static Gen<ListBlock> listBlocks() {
        Gen<String> items = nonBlankTexts(30);
        return in -> ListBlock.of(chance(in, 50), listOf(in, items, 1, 4));
    }

    public static Gen<QuoteBlock> quoteBlocks() {
        Gen<String> texts = nonBlankTexts(60);
        Gen<String> names = names();
        return in -> new QuoteBlock.Builder().text(texts.generate(in)).attribution(maybe(in, names)).build();
    }

    public static Gen<Figure> figures() {
        return images().map(Figure::of);
    }

    public static Gen<Embed> embeds() {
        Gen<String> urls = urls();
        Gen<String> names = names();
        Gen<String> kinds = in -> chance(in, 80)
                ? pick(in, List.of("video", "audio", "post", "map", "iframe")) : names.generate(in);
        return in -> new Embed.Builder().kind(kinds.generate(in)).url(urls.generate(in)).title(maybe(in, names)).build();
    }

    public static Gen<Preformatted> preformatted() {
        Gen<String> texts = nonBlankTexts(60);
        Gen<String> languages = in -> pick(in, List.of("java", "python", "json", "c++", "shell"));
        return in -> new Preformatted.Builder().text(texts.generate(in)).language(maybe(in, languages)).build();
    }

    /** Tables of one to three rows; a row may be empty and a cell may be empty or blank. */
    public static Gen<Table> tables() {
        Gen<String> cells = texts(12);
        Gen<String> names = names();
        return in -> {
            List<List<String>> rows = new ArrayList<>();
            int n = between(in, 1, 3);
            for (int i = 0; i < n; i++) {
                rows.add(listOf(in, cells, 0, 3));
            }
            return new Table.Builder().rows(rows).caption(maybe(in, names)).build();
        };
    }

    /** Blocks of every kind, paragraphs most often. */
    public static Gen<Block> blocks() {
        List<Gen<? extends Block>> kinds = List.of(paragraphs(), paragraphs(), paragraphs(), headings(),
                listBlocks(), quoteBlocks(), figures(), embeds(), preformatted(), tables());
        return in -> pick(in, kinds).generate(in);
    }

    // ------------------------------------------------------------------ quotes and references

    /** A quote on its own (its offsets are consistent with each other, not with any article). */
    public static Gen<Quote> quotes() {
        Gen<String> texts = nonBlankTexts(40);
        Gen<String> cues = in -> pick(in, List.of("said", "told", "according to", "sagte", "a déclaré"));
        Gen<Agent> agents = agents();
        Gen<QuoteKind> kinds = quoteKinds();
        return in -> {
            int start = between(in, 0, 500);
            return new Quote.Builder()
                    .text(texts.generate(in))
                    .speaker(maybe(in, agents))
                    .cue(maybe(in, cues))
                    .kind(kinds.generate(in))
                    .blockIndex(between(in, 0, 10))
                    .start(start)
                    .end(start + between(in, 0, 100))
                    .build();
        };
    }

    /**
     * Quotes that fit this body: the block index is one of its blocks, the start lies in that
     * block's text and the end within the article's text. When the span is non-blank text, the
     * quote's text is that span.
     */
    public static Gen<List<Quote>> quotesFor(List<Block> body) {
        if (body.isEmpty()) {
            return Generate.constant(List.of());
        }
        Article probe = new Article.Builder().body(body).build();
        String text = probe.text();
        List<Integer> offsets = probe.blockOffsets();
        Gen<String> texts = nonBlankTexts(40);
        Gen<Agent> agents = agents();
        Gen<QuoteKind> kinds = quoteKinds();
        Gen<String> cues = in -> pick(in, List.of("said", "told", "according to", "sagte"));
        return in -> {
            List<Quote> quotes = new ArrayList<>();
            int n = between(in, 0, 3);
            for (int i = 0; i < n; i++) {
                int block = between(in, 0, body.size() - 1);
                int blockStart = offsets.get(block);
                int start = between(in, blockStart, blockStart + body.get(block).plainText().length());
                int end = between(in, start, text.length());
                String span = text.substring(start, end);
                boolean clean = !span.isBlank() && !splitsSurrogates(text, start) && !splitsSurrogates(text, end);
                quotes.add(new Quote.Builder()
                        .text(clean && chance(in, 70) ? span : texts.generate(in))
                        .speaker(maybe(in, agents))
                        .cue(maybe(in, cues))
                        .kind(kinds.generate(in))
                        .blockIndex(block)
                        .start(start)
                        .end(end)
                        .build());
            }
            return quotes;
        };
    }

    private static boolean splitsSurrogates(String text, int offset) {
        return offset > 0 && offset < text.length() && Character.isLowSurrogate(text.charAt(offset));
    }

    /** A cross-reference on its own; {@code afterBlock} is below 20. */
    public static Gen<CrossReference> crossReferences() {
        return crossReferencesFor(20);
    }

    /** Cross-references whose {@code afterBlock}, when present, is below {@code blocks}. */
    public static Gen<CrossReference> crossReferencesFor(int blocks) {
        Gen<String> urls = urls();
        Gen<String> names = names();
        Gen<String> labels = in -> chance(in, 70)
                ? pick(in, List.of("Read also", "Lesen Sie auch", "See also", "Related")) : names.generate(in);
        Gen<CrossReferenceKind> kinds = crossReferenceKinds();
        return in -> new CrossReference.Builder()
                .label(maybe(in, labels))
                .title(nonBlankTexts(40).generate(in))
                .url(urls.generate(in))
                .kind(kinds.generate(in))
                .afterBlock(blocks == 0 ? OptionalInt.empty() : maybeInt(in, 0, blocks - 1))
                .build();
    }

    // ------------------------------------------------------------------ comments

    /** Comment threads up to four levels deep. */
    public static Gen<Comment> comments() {
        return comments(3);
    }

    /** Comment threads with replies nested up to {@code maxDepth} levels below the comment. */
    public static Gen<Comment> comments(int maxDepth) {
        Gen<String> ids = in -> "comment-" + between(in, 1, 99_999);
        Gen<String> texts = nonBlankTexts(60);
        Gen<Agent> agents = agents();
        Gen<DateValue> dates = dateValues();
        return new Gen<>() {
            @Override
            public Comment generate(RandomnessSource in) {
                return generate(in, maxDepth);
            }

            private Comment generate(RandomnessSource in, int depth) {
                Comment.Builder b = new Comment.Builder()
                        .id(maybe(in, ids))
                        .author(maybe(in, agents))
                        .datePublished(maybe(in, dates))
                        .text(texts.generate(in))
                        .upvotes(maybeInt(in, 0, 5000));
                int replies = depth == 0 ? 0 : between(in, 0, 2);
                for (int i = 0; i < replies; i++) {
                    b.addReply(generate(in, depth - 1));
                }
                return b.build();
            }
        };
    }

    /** A single comment thread exactly {@code depth} comments deep (for stack tests). */
    public static Comment thread(int depth) {
        Comment c = new Comment.Builder().id("comment-" + depth).text("Reply at depth " + depth)
                .author(Agent.person("Reader " + depth)).build();
        for (int d = depth - 1; d >= 1; d--) {
            c = new Comment.Builder().id("comment-" + d).text("Comment at depth " + d).addReply(c).build();
        }
        return c;
    }

    // ------------------------------------------------------------------ provenance

    public static Gen<Candidate> candidates() {
        Gen<Source> sources = sources();
        Gen<String> locators = in -> chance(in, 60)
                ? pick(in, List.of("$[0].headline", "$[0].author[1].name", "meta[property=og:title]",
                        "article > h1", "link[rel=canonical]")) : names().generate(in);
        Gen<String> values = texts(30); // as found: may be empty
        return in -> Candidate.of(sources.generate(in), locators.generate(in), values.generate(in));
    }

    public static Gen<FieldProvenance> fieldProvenances() {
        Gen<Candidate> candidates = candidates();
        Gen<String> reasons = in -> chance(in, 70)
                ? pick(in, List.of("json-ld outranks opengraph", "agrees with the visible h1", "only candidate"))
                : names().generate(in);
        return in -> new FieldProvenance.Builder()
                .winner(candidates.generate(in))
                .reason(maybe(in, reasons))
                .others(listOf(in, candidates, 0, 2))
                .build();
    }

    /** Maps from field names (mostly those of the JSON contract) to their provenance, in insertion order. */
    public static Gen<Map<String, FieldProvenance>> provenanceMaps() {
        Gen<FieldProvenance> provenances = fieldProvenances();
        Gen<String> keys = in -> chance(in, 80)
                ? pick(in, List.of("headline", "url", "canonicalUrl", "bylines", "datePublished", "dateModified",
                        "description", "language", "siteName", "images", "sections", "tags"))
                : names().generate(in);
        return in -> {
            Map<String, FieldProvenance> map = new LinkedHashMap<>();
            int n = between(in, 0, 3);
            for (int i = 0; i < n; i++) {
                map.put(keys.generate(in), provenances.generate(in));
            }
            return map;
        };
    }

    // ------------------------------------------------------------------ articles

    /** Pairs of dates where the second (modified) is not before the first (published). */
    public static Gen<DateValue[]> publishedAndModified() {
        Gen<DateValue> dates = dateValues();
        return in -> {
            DateValue a = dates.generate(in);
            DateValue b = dates.generate(in);
            return a.compareTo(b) <= 0 ? new DateValue[] {a, b} : new DateValue[] {b, a};
        };
    }

    /**
     * Whole articles: every property present or absent, bodies of every block kind, quotes and
     * cross-references that fit the body, comment threads, provenance.
     */
    public static Gen<Article> articles() {
        Gen<String> urls = urls();
        Gen<String> names = names();
        Gen<String> texts = nonBlankTexts(60);
        Gen<ArticleType> types = articleTypes();
        Gen<String> languages = languages();
        Gen<Organization> organizations = organizations();
        Gen<Byline> bylines = bylines();
        Gen<DateValue> dates = dateValues();
        Gen<DateValue[]> datePairs = publishedAndModified();
        Gen<Image> images = images();
        Gen<Block> blocks = blocks();
        Gen<Comment> comments = comments();
        Gen<Map<String, FieldProvenance>> provenance = provenanceMaps();
        return in -> {
            Article.Builder b = new Article.Builder()
                    .url(maybe(in, urls))
                    .canonicalUrl(maybe(in, urls));
            if (chance(in, 80)) {
                b.type(types.generate(in));
            }
            b.headline(maybe(in, texts))
                    .alternativeHeadline(maybe(in, names))
                    .description(maybe(in, texts))
                    .language(maybe(in, languages))
                    .siteName(maybe(in, names))
                    .publisher(maybe(in, organizations))
                    .sections(listOf(in, names, 0, 3))
                    .tags(listOf(in, names, 0, 3))
                    .bylines(listOf(in, bylines, 0, 3));
            switch (between(in, 0, 3)) {
                case 0 -> { } // no dates
                case 1 -> b.datePublished(dates.generate(in));
                case 2 -> b.dateModified(dates.generate(in));
                default -> {
                    DateValue[] pair = datePairs.generate(in);
                    b.datePublished(pair[0]).dateModified(pair[1]);
                }
            }
            List<Block> body = listOf(in, blocks, 0, 6);
            b.images(listOf(in, images, 0, 2))
                    .body(body)
                    .quotes(quotesFor(body).generate(in))
                    .crossReferences(listOf(in, crossReferencesFor(body.size()), 0, 3))
                    .comments(listOf(in, comments, 0, 3))
                    .commentCount(maybeInt(in, 0, 100_000))
                    .isAccessibleForFree(maybe(in, Generate.booleans()))
                    .provenance(provenance.generate(in));
            return b.build();
        };
    }
}
