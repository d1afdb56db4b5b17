package io.github.articlemodel.extract;

import io.github.articlemodel.extract.Attribution.Found;
import io.github.articlemodel.extract.Attribution.Subject;
import io.github.articlemodel.extract.Attribution.SubjectKind;
import io.github.articlemodel.extract.Mentions.Entity;
import io.github.articlemodel.extract.QuoteSpans.Kind;
import io.github.articlemodel.extract.QuoteSpans.Segment;
import io.github.articlemodel.extract.QuoteSpans.Span;
import io.github.articlemodel.internal.QuoteCues;
import io.github.articlemodel.internal.QuoteCues.Pronoun;
import io.github.articlemodel.internal.WordBoundary;
import io.github.articlemodel.model.Agent;
import io.github.articlemodel.model.AgentType;
import io.github.articlemodel.model.Article;
import io.github.articlemodel.model.Block;
import io.github.articlemodel.model.Figure;
import io.github.articlemodel.model.Heading;
import io.github.articlemodel.model.ListBlock;
import io.github.articlemodel.model.Paragraph;
import io.github.articlemodel.model.Quote;
import io.github.articlemodel.model.QuoteBlock;
import io.github.articlemodel.model.QuoteKind;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.BooleanSupplier;
import java.util.regex.Pattern;

/**
 * Stage 3d: direct quotations and their speakers, over the assembled body.
 *
 * <p>Finds quoted spans in paragraphs, list items, headings and captions ({@link QuoteSpans}),
 * takes block quotations and pull quotes as block quotes, and keeps a span only when it reads as
 * someone's words: titles of works, nicknames, defined terms, scare quotes and imagined speech are
 * left out (short spans count only with a cue in their sentence, title-cased spans never, words
 * after "so-called", "dubbed", "as if to say" never). Each quote is attributed through a cue in its
 * sentence ({@link Attribution}), else through an "X said:" lead-in, the quote before it in the
 * same paragraph, or the paragraph before (a run of quotes), else through an earlier quote whose
 * words it repeats (a heading or pull quote). Speaker phrases are resolved to the fullest name the
 * article gives, pronouns and roles to the most recent compatible person ({@link Mentions}). When
 * nothing attributes a quote its speaker is absent.
 *
 * <p>Offsets index {@link Article#text()}: {@code text} is exactly the text between the marks,
 * trimmed, without a trailing comma; a quote over several paragraphs keeps the paragraph breaks
 * and reopening marks inside it. Work is bounded: at most {@value #MAX_QUOTES} quotes, fixed
 * windows around each, and the time budget is checked as the stage goes.
 */
final class QuoteExtractor {
    static final int MAX_QUOTES = 2000;
    private static final int MAX_SEGMENTS = 20_000;

    private QuoteExtractor() {}

    /** A quote being built. */
    private static final class Candidate {
        final Span span;
        final int start;
        final int end;
        final String text;
        final int block;
        QuoteKind kind;
        boolean accepted;
        boolean echoable;
        Agent speaker;
        String cue;
        /** {@link #words(String)} of the text, counted when first asked: attribution and echoes both ask. */
        private int words = -1;

        Candidate(Span span, int start, int end, String text, int block) {
            this.span = span;
            this.start = start;
            this.end = end;
            this.text = text;
            this.block = block;
        }

        int words() {
            if (words < 0) {
                words = QuoteExtractor.words(text);
            }
            return words;
        }
    }

    /** Whether the time budget has run out, with the stage's warning given when it has. */
    private static boolean stoppedForTime(ExtractionContext ctx) {
        if (ctx.outOfTime()) {
            ctx.warn("limit.time-budget", "the quotes stage stopped when the time budget ran out");
            return true;
        }
        return false;
    }

    static List<Quote> extract(ExtractionContext ctx, Article article) {
        if (!mayQuote(article)) {
            // As below when nothing is quoted, without the article's text made or its segments cut.
            stoppedForTime(ctx);
            return List.of();
        }
        String all = article.text();
        List<Segment> segs = segments(article, all);
        List<Span> spans = QuoteSpans.find(segs, ctx::outOfTime, MAX_QUOTES * 2);
        if (stoppedForTime(ctx)) {
            return List.of();
        }
        if (spans.isEmpty() && segs.stream().noneMatch(sg -> sg.kind() == Kind.BLOCK)) {
            return List.of(); // nothing quoted: no candidate could come from the work below
        }
        List<List<int[]>> masks = new ArrayList<>();
        for (int s = 0; s < segs.size(); s++) {
            masks.add(new ArrayList<>());
        }
        for (Span sp : spans) {
            for (int s = sp.startSeg(); s <= sp.endSeg(); s++) {
                int from = s == sp.startSeg() ? sp.open() : 0;
                int to = s == sp.endSeg() ? Math.min(segs.get(s).text().length(), sp.close() + 1)
                        : segs.get(s).text().length();
                masks.get(s).add(new int[] {from, to});
            }
        }
        // A segment's frame is cut into sentences and tokens when first read: most hold no quote.
        QuoteText[] made = new QuoteText[segs.size()];
        List<QuoteText> texts = new AbstractList<>() {
            @Override
            public QuoteText get(int s) {
                if (made[s] == null) {
                    made[s] = new QuoteText(segs.get(s).text(), masks.get(s));
                }
                return made[s];
            }

            @Override
            public int size() {
                return made.length;
            }
        };
        // German writes every noun with a capital and "von" is mostly a preposition there.
        boolean german = article.language().map(l -> l.toLowerCase(Locale.ROOT))
                .filter(l -> l.startsWith("de") || l.startsWith("lb") || l.startsWith("gsw")).isPresent();
        State st = new State(segs, texts, all, ctx::outOfTime, german);

        List<Candidate> out = new ArrayList<>();
        Candidate previous = null;
        for (Span sp : spans) {
            if (out.size() >= MAX_QUOTES) {
                ctx.warn("limit.quotes", "the quotes stage kept the first " + MAX_QUOTES + " quoted spans");
                break;
            }
            if ((out.size() & 63) == 0 && stoppedForTime(ctx)) {
                break;
            }
            Segment seg = segs.get(sp.startSeg());
            if (seg.kind() == Kind.BLOCK) {
                continue;
            }
            Candidate c = candidate(sp, segs, all);
            if (c == null) {
                continue;
            }
            st.attribute(c, previous);
            out.add(c);
            if (c.accepted) {
                previous = c;
            }
        }
        for (int s = 0; s < segs.size() && out.size() < MAX_QUOTES; s++) {
            if (segs.get(s).kind() == Kind.BLOCK) {
                Candidate c = st.blockQuote(s, spans, article);
                if (c != null) {
                    out.add(c);
                }
            }
        }
        st.echoes(out);
        out.sort(Comparator.comparingInt(c -> c.start));
        List<Quote> quotes = new ArrayList<>();
        for (Candidate c : out) {
            if (!c.accepted) {
                continue;
            }
            Quote.Builder b = new Quote.Builder().text(c.text).kind(c.kind).blockIndex(c.block).start(c.start)
                    .end(c.end);
            if (c.speaker != null) {
                b.speaker(c.speaker);
            }
            if (c.cue != null && !c.cue.isBlank()) {
                b.cue(c.cue);
            }
            quotes.add(b.build());
        }
        return quotes;
    }

    /**
     * Whether the body may hold a quote: a block quotation, or a mark that can open one
     * ({@link QuoteSpans#isOpener}) in a text {@link #segments} would cut. Every span starts at
     * such a mark, so without one there are no spans and no block quotes, and nothing to do.
     */
    static boolean mayQuote(Article article) {
        for (Block b : article.body()) {
            if (b instanceof QuoteBlock) {
                return true;
            }
            if (b instanceof ListBlock) {
                for (String item : ((ListBlock) b).items()) {
                    if (hasOpener(item)) {
                        return true;
                    }
                }
            } else if ((b instanceof Paragraph || b instanceof Heading || b instanceof Figure)
                    && hasOpener(b.plainText())) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasOpener(String text) {
        // Each mark looked for by indexOf, which reads a text many characters at a time; a text of
        // Latin-1 only is done with the four marks it can hold.
        for (int k = 0; k < QuoteSpans.OPENERS.length(); k++) {
            char mark = QuoteSpans.OPENERS.charAt(k);
            for (int i = text.indexOf(mark); i >= 0; i = text.indexOf(mark, i + 1)) {
                if (QuoteSpans.isOpener(text, i)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The body as segments: paragraphs, headings, list items, captions and block quotations. */
    static List<Segment> segments(Article article, String all) {
        List<Segment> segs = new ArrayList<>();
        List<Block> body = article.body();
        List<Integer> offsets = article.blockOffsets();
        for (int i = 0; i < body.size() && segs.size() < MAX_SEGMENTS; i++) {
            Block b = body.get(i);
            int base = offsets.get(i);
            if (b instanceof ListBlock) {
                int pos = base;
                for (String item : ((ListBlock) b).items()) {
                    add(segs, new Segment(i, pos, item, Kind.ITEM), all);
                    pos += item.length() + 1;
                }
                continue;
            }
            Kind kind = b instanceof Paragraph ? Kind.PARAGRAPH : b instanceof Heading ? Kind.HEADING
                    : b instanceof QuoteBlock ? Kind.BLOCK : b instanceof Figure ? Kind.CAPTION : null;
            if (kind != null) {
                add(segs, new Segment(i, base, b.plainText(), kind), all);
            }
        }
        return segs;
    }

    /** Keeps a segment with some text. Its offset needs no check: {@code Article.text()} is made of these very texts. */
    private static void add(List<Segment> segs, Segment s, String all) {
        if (s.offset() >= 0 && s.offset() + s.text().length() <= all.length() && !s.text().isBlank()) {
            segs.add(s);
        }
    }

    /** The quoted text of a span as it stands in the article text, trimmed; null when empty. */
    private static Candidate candidate(Span sp, List<Segment> segs, String all) {
        int start = segs.get(sp.startSeg()).offset() + sp.open() + 1;
        int end = segs.get(sp.endSeg()).offset() + sp.close();
        Candidate c = trimmed(sp, start, end, segs.get(sp.startSeg()).block(), all);
        if (c == null || !sp.multi()) {
            return c;
        }
        // An opening mark that ends its paragraph: the words start in the next one.
        for (int s = sp.endSeg(); s > sp.startSeg(); s--) {
            if (segs.get(s).offset() <= c.start) {
                return new Candidate(sp, c.start, c.end, c.text, segs.get(s).block());
            }
        }
        return c;
    }

    private static Candidate trimmed(Span sp, int start, int end, int block, String all) {
        end = Math.min(end, all.length());
        while (start < end && Character.isWhitespace(all.charAt(start))) {
            start++;
        }
        while (end > start && (Character.isWhitespace(all.charAt(end - 1)) || all.charAt(end - 1) == ',')) {
            end--;
        }
        if (end <= start) {
            return null;
        }
        boolean any = false;
        for (int i = start; i < end && !any; i++) {
            char ch = all.charAt(i);
            if (Character.isHighSurrogate(ch) && i + 1 < end && Character.isLowSurrogate(all.charAt(i + 1))) {
                any = Character.isLetterOrDigit(Character.toCodePoint(ch, all.charAt(++i)));
            } else {
                any = Character.isLetterOrDigit(ch);
            }
        }
        if (!any) {
            return null;
        }
        return new Candidate(sp, start, end, all.substring(start, end), block);
    }

    /** Whether only white space stands before {@code pos}; no copy of the text made. */
    private static boolean blankBefore(String text, int pos) {
        for (int i = 0; i < pos; i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Everything the attribution of one article needs. */
    private static final class State {
        final List<Segment> segs;
        final List<QuoteText> texts;
        private final BooleanSupplier outOfTime;
        private final boolean german;
        /** Per segment, its first sentence's number in the article; counted when first needed. */
        private int[] sentenceBase;
        private Mentions mentions;
        final String all;
        /** Per segment, the speaker of the last accepted quote that ends in it. */
        final Agent[] lastSpeaker;

        State(List<Segment> segs, List<QuoteText> texts, String all, BooleanSupplier outOfTime, boolean german) {
            this.segs = segs;
            this.texts = texts;
            this.outOfTime = outOfTime;
            this.german = german;
            this.all = all;
            this.lastSpeaker = new Agent[segs.size()];
        }

        void attribute(Candidate c, Candidate previous) {
            Span sp = c.span;
            Segment seg = segs.get(sp.startSeg());
            QuoteText a = texts.get(sp.startSeg());
            QuoteText b = texts.get(sp.endSeg());
            int words = c.words();
            String before = a.text.substring(Math.max(0, sp.open() - 40), sp.open()).toLowerCase(Locale.ROOT);
            if (QuoteCues.endsHypothetical(before) || termBefore(a, sp.open()) || citation(b.text, sp)) {
                return;
            }
            Found f = Attribution.find(a, sp.open(), b, sp.closed() ? sp.close() : b.text.length());
            if (f.term()) {
                return;
            }
            boolean opensSegment = blankBefore(a.text, sp.open());
            Found lead = Found.NONE;
            if (f.subject() == null && f.cue() == null && (opensSegment || seg.kind() == Kind.ITEM)) {
                lead = leadIn(sp.startSeg());
            }
            boolean cue = f.cue() != null || f.subject() != null || lead.cue() != null || lead.subject() != null;
            if (address(c.text)) {
                return;
            }
            boolean titleCase = words <= 14 && titleCase(unnested(c.text));
            if (titleCase && words >= 2) {
                return;
            }
            c.kind = kind(c, a, b, f);
            boolean accept;
            if (seg.kind() == Kind.HEADING) {
                accept = f.subject() != null;
                c.echoable = true;
            } else if (words <= 3) {
                // One or two capitalised words are a name or a title ("Thumper", “Customized” world type).
                boolean named = words <= 2 && capitalised(c.text);
                accept = cue && !titleCase && !named;
                c.echoable = !titleCase && !named;
            } else if (words < 10 && c.kind == QuoteKind.PARTIAL) {
                accept = cue || firstOrSecondPerson(c.text);
                c.echoable = true;
            } else {
                accept = true;
            }
            if (!accept) {
                return;
            }
            c.accepted = true;
            Found use = f.any() ? f : lead;
            if (use.cue() != null) {
                c.cue = use.cue();
            }
            if (use.subject() != null) {
                c.speaker = resolve(use.subject(), use == lead ? leadSegment(sp.startSeg()) : sp.startSeg(),
                        use.cue() == null);
            }
            if (c.speaker == null && use.subject() == null) {
                c.speaker = context(c, previous, opensSegment);
            }
            if (c.speaker != null) {
                lastSpeaker[sp.endSeg()] = c.speaker;
            }
        }

        /** The speaker of a quote with no attribution of its own, from the quotes and text around it. */
        private Agent context(Candidate c, Candidate previous, boolean opensSegment) {
            Span sp = c.span;
            // The same voice goes on in the same paragraph: “A.” ... “B.”
            if (previous != null && previous.span.endSeg() == sp.startSeg() && previous.speaker != null) {
                return previous.speaker;
            }
            if (!opensSegment) {
                return null;
            }
            Kind kind = segs.get(sp.startSeg()).kind();
            if (kind != Kind.PARAGRAPH && kind != Kind.BLOCK) {
                return null;
            }
            int p = previousText(sp.startSeg());
            if (p < 0) {
                return null;
            }
            // A run of quotes: the paragraph before ends with a quote of someone.
            if (previous != null && previous.span.endSeg() == p && previous.speaker != null) {
                return previous.speaker;
            }
            // The paragraph before reports someone's words: "The president also admitted that ..."
            QuoteText prev = texts.get(p);
            Found f = Attribution.lastCue(prev);
            if (f.subject() != null) {
                Agent a = resolve(f.subject(), p, f.cue() == null);
                if (a != null) {
                    return a;
                }
            }
            // The paragraph before is about someone: its last sentence names them.
            Entity e = mentions().firstPerson(sentenceBase()[p] + prev.sentences.length - 1);
            return e == null ? null : agent(e);
        }

        /** The mention index, built when a speaker is first looked up: many pages quote no one it would name. */
        private Mentions mentions() {
            if (mentions == null) {
                mentions = Mentions.build(segs, texts, sentenceBase(), outOfTime, german);
            }
            return mentions;
        }

        private int[] sentenceBase() {
            if (sentenceBase == null) {
                sentenceBase = new int[segs.size()];
                int sentences = 0;
                for (int s = 0; s < segs.size(); s++) {
                    sentenceBase[s] = sentences;
                    sentences += texts.get(s).sentences.length;
                }
            }
            return sentenceBase;
        }

        /** The index of the text segment before {@code s}, skipping captions and fragments; -1 at a heading. */
        int previousText(int s) {
            for (int k = s - 1; k >= 0 && k >= s - 6; k--) {
                Segment seg = segs.get(k);
                if (seg.kind() == Kind.HEADING) {
                    return -1;
                }
                if (seg.kind() == Kind.CAPTION || seg.kind() == Kind.ITEM && segs.get(s).kind() != Kind.ITEM) {
                    continue;
                }
                String tail = seg.text().substring(Math.max(0, seg.text().length() - 12)).strip();
                if (words(seg.text(), 5) < 5 && !SENTENCE_END.matcher(tail).matches()) {
                    continue; // "whale strandings", "[Bardo museum houses …]"
                }
                if (seg.kind() == Kind.ITEM) {
                    continue;
                }
                return k;
            }
            return -1;
        }

        /** The segment whose closing "X said:" would introduce segment {@code s}, or -1. */
        int leadSegment(int s) {
            int p = s - 1;
            while (p >= 0 && segs.get(p).kind() == Kind.ITEM && segs.get(p).block() == segs.get(s).block()) {
                p--;
            }
            return p >= 0 && segs.get(p).kind() != Kind.HEADING ? p : -1;
        }

        /** The "X said:" that introduces segment {@code s}: the paragraph before ends with a colon. */
        private Found leadIn(int s) {
            int p = leadSegment(s);
            if (p < 0) {
                return Found.NONE;
            }
            String t = segs.get(p).text().stripTrailing();
            if (!t.endsWith(":")) {
                return Found.NONE;
            }
            return Attribution.leadIn(texts.get(p));
        }

        /** A block quotation: the whole block, or the words inside its own marks (a pull quote). */
        Candidate blockQuote(int s, List<Span> spans, Article article) {
            Segment seg = segs.get(s);
            String text = seg.text();
            QuoteBlock qb = (QuoteBlock) article.body().get(seg.block());
            int first = 0;
            while (first < text.length() && Character.isWhitespace(text.charAt(first))) {
                first++;
            }
            String attribution = qb.attribution().orElse(null);
            Candidate c = null;
            for (Span sp : spans) {
                if (sp.startSeg() == s && sp.open() == first && sp.endSeg() == s) {
                    String tail = text.substring(Math.min(text.length(), sp.close() + 1)).strip();
                    if (tail.isEmpty() || words(tail) <= 12) {
                        c = trimmed(sp, seg.offset() + sp.open() + 1, seg.offset() + sp.close(), seg.block(), all);
                        if (attribution == null && !tail.isEmpty()) {
                            attribution = tail;
                        }
                    }
                    break;
                }
            }
            if (c == null) {
                // A tweet or statement, with its "— Name (@handle) date" line at the end.
                int dash = tweetLine(text);
                int end = dash >= 0 ? dash : text.length();
                if (dash >= 0 && attribution == null) {
                    attribution = LEADING_DASHES.matcher(text.substring(dash)).replaceFirst("");
                }
                c = trimmed(new Span(s, -1, s, end, ' ', true), seg.offset(), seg.offset() + end, seg.block(), all);
            }
            if (c == null) {
                return null;
            }
            c.kind = QuoteKind.BLOCK;
            c.accepted = true;
            if (attribution != null) {
                c.speaker = attributionLine(attribution, seg.offset());
            }
            if (c.speaker == null) {
                c.speaker = context(c, null, true);
                if (c.speaker == null) {
                    Found lead = leadIn(s);
                    if (lead.subject() != null) {
                        c.speaker = resolve(lead.subject(), leadSegment(s), lead.cue() == null);
                        c.cue = lead.cue();
                    }
                }
            }
            return c;
        }

        /** The start of a closing "— Name (@handle) date" line in a block, or -1. */
        private int tweetLine(String text) {
            int from = Math.max(0, text.length() - 160);
            for (int i = text.length() - 1; i >= from; i--) {
                char ch = text.charAt(i);
                if ((ch == '—' || ch == '―' || ch == '–') && (i == 0 || Character.isWhitespace(text.charAt(i - 1)))) {
                    String rest = text.substring(i);
                    if (rest.contains("(@") || words(rest) <= 10) {
                        return i;
                    }
                }
            }
            return -1;
        }

        /** The speaker in an attribution line: "— Jansen, harbour master", "Michael Shadlen, Ph.D.". */
        private Agent attributionLine(String line, int pos) {
            String l = LEADING_RULE.matcher(line).replaceFirst("");
            int cut = l.length();
            for (String stop : new String[] {",", "(", " - ", " – ", " — ", "\n"}) {
                int k = l.indexOf(stop);
                if (k > 0 && k < cut) {
                    cut = k;
                }
            }
            String name = l.substring(0, cut).strip();
            if (name.isEmpty() || name.length() > 100) {
                return null;
            }
            QuoteText qt = new QuoteText(name, List.of());
            Subject s = Attribution.part(qt, qt.tokens(), 0, qt.tokens().size());
            if (s == null || s.kind() != SubjectKind.NAME) {
                return null;
            }
            // A line from outside the text ("<cite>") often names no one the text names: no index then.
            Entity e = Mentions.mayKnow(s.words(), segs) ? mentions().byName(s.words(), pos) : null;
            return e != null ? agent(e) : named(s);
        }

        /**
         * Resolves a speaker phrase found in segment {@code seg} to an agent, or null. With
         * {@code strict} (no cue verb backs the phrase) only a known person counts.
         */
        Agent resolve(Subject s, int seg, boolean strict) {
            if (s == null || seg < 0) {
                return null;
            }
            int pos = segs.get(seg).offset() + s.pos();
            int sentence = sentenceBase()[seg] + texts.get(seg).sentenceOf(s.pos());
            switch (s.kind()) {
                case NAME: {
                    Entity e = mentions().byName(s.words(), pos);
                    if (strict && (e == null || !e.person())) {
                        return null;
                    }
                    if (e != null) {
                        mentions().spoke(e);
                    }
                    return e != null ? agent(e) : named(s);
                }
                case PRONOUN: {
                    Pronoun p = QuoteCues.pronoun(s.text());
                    if (p == null) {
                        return null;
                    }
                    if (p == Pronoun.PLURAL) {
                        return strict ? null : plural(seg, s.pos());
                    }
                    Entity e = mentions().resolve(p, pos, sentence, 12);
                    if (e == null) {
                        return null;
                    }
                    mentions().noteGender(e, p);
                    return agent(e);
                }
                case ROLE: {
                    if (strict) {
                        return null;
                    }
                    boolean definite = s.the() && !possessiveDeterminer(s.text());
                    boolean org = s.words().stream().anyMatch(QuoteCues::isOrgHead);
                    if (definite && (Attribution.personRole(s) || org)) {
                        char g = 0;
                        for (String w : s.words()) {
                            char r = QuoteCues.role(w);
                            if (r == 'm' || r == 'f') {
                                g = r;
                            }
                        }
                        if (s.words().stream().noneMatch(QuoteCues::isPluralRole)) {
                            Entity e = mentions().resolveRole(s.words(), g, pos, sentence);
                            if (e != null) {
                                return agent(e);
                            }
                        }
                    } else if (definite && !s.words().isEmpty()) {
                        // "the report states": the one it was by ("a report … by Stanford's Center …").
                        Agent by = sourceOf(s.words().get(s.words().size() - 1), seg, s.pos());
                        if (by != null) {
                            return by;
                        }
                    }
                    String name = s.text().strip();
                    return name.isEmpty() ? null : new Agent.Builder().name(name).type(AgentType.ROLE).build();
                }
                default:
                    return null;
            }
        }

        /** "They": the plural speaker phrase or organisation of a cue in the sentences just before. */
        private Agent plural(int seg, int local) {
            QuoteText qt = texts.get(seg);
            int sentence = qt.sentenceOf(local);
            for (int i = sentence - 1; i >= 0 && i >= sentence - 2; i--) {
                Found f = Attribution.sentenceCue(qt, i);
                Subject s = f.subject();
                if (s != null && s.kind() == SubjectKind.ROLE && s.words().stream().anyMatch(QuoteCues::isPluralRole)) {
                    return new Agent.Builder().name(s.text().strip()).type(AgentType.ROLE).build();
                }
                if (s != null && s.kind() == SubjectKind.NAME) {
                    Entity e = mentions().byName(s.words(), segs.get(seg).offset() + s.pos());
                    if (e != null && e.type == Mentions.ORG) {
                        return agent(e);
                    }
                }
            }
            return null;
        }

        /** Who a document was by: "a new report … by X", "X's report", looking back from {@code local}. */
        private Agent sourceOf(String head, int seg, int local) {
            int budget = 3000; // tokens looked at, at most
            for (int k = seg, n = 0; k >= 0 && n < 10 && budget > 0; k--, n++) {
                QuoteText qt = texts.get(k);
                List<QuoteText.Tok> toks = qt.tokens();
                int end = k == seg ? qt.tokenAt(local) : toks.size();
                for (int i = end - 1; i >= 0 && budget-- > 0; i--) {
                    String l = toks.get(i).lower();
                    if (!l.equals(head) && !l.equals(head + "s")) {
                        continue;
                    }
                    for (int m = i + 1; m < toks.size() && m < i + 9; m++) {
                        QuoteText.Tok t = toks.get(m);
                        if (t.quote() || t.punct(".;")) {
                            break;
                        }
                        if (t.lower().equals("by") && m + 1 < toks.size()) {
                            Subject s = Attribution.after(qt, toks, m + 1, Math.min(toks.size(), m + 14), true);
                            if (s != null && s.kind() == SubjectKind.NAME) {
                                Entity e = mentions().byName(s.words(), segs.get(k).offset() + s.pos());
                                return e != null ? agent(e) : named(s);
                            }
                            break;
                        }
                    }
                    if (i > 0 && (toks.get(i - 1).text().endsWith("’s") || toks.get(i - 1).text().endsWith("'s"))) {
                        Subject s = Attribution.part(qt, toks, Math.max(0, i - 6), i);
                        if (s != null && s.kind() == SubjectKind.NAME) {
                            Entity e = mentions().byName(s.words(), segs.get(k).offset() + s.pos());
                            return e != null ? agent(e) : named(s);
                        }
                    }
                }
            }
            return null;
        }

        /** Echoes: short spans and headings that repeat the words of a quote take its speaker. */
        void echoes(List<Candidate> cands) {
            List<Candidate> sources = new ArrayList<>();
            for (Candidate c : cands) {
                if (c.accepted && sources.size() <= 400) {
                    sources.add(c);
                }
            }
            // Each source's words are read when first compared: most pages have no echo to look for.
            String[] hays = new String[sources.size()];
            for (Candidate c : cands) {
                boolean pending = !c.accepted && c.echoable;
                boolean orphan = c.accepted && c.speaker == null;
                if (!pending && !orphan || sources.size() > 400) {
                    continue;
                }
                Kind kind = c.span.startSeg() >= 0 && c.span.open() >= 0 ? segs.get(c.span.startSeg()).kind() : Kind.BLOCK;
                int minWords = kind == Kind.HEADING ? 1 : 3;
                int words = c.words();
                if (words < minWords) {
                    continue;
                }
                String needle = normalised(c.text);
                if (needle.isEmpty()) {
                    continue;
                }
                String padded = " " + needle + " ";
                for (int k = 0; k < sources.size(); k++) {
                    Candidate src = sources.get(k);
                    if (src == c || src.speaker == null && !pending) {
                        continue;
                    }
                    if (kind != Kind.HEADING && src.words() < 3) {
                        continue;
                    }
                    if (hays[k] == null) {
                        hays[k] = " " + normalised(unnested(src.text)) + " ";
                    }
                    String hay = hays[k];
                    if (kind == Kind.HEADING && words == 1 && !hay.equals(padded)) {
                        continue; // one quoted word in a heading echoes a quote of that word alone
                    }
                    boolean hit = hay.contains(padded) || orphan && words >= 3 && padded.contains(hay);
                    if (hit) {
                        if (pending) {
                            c.accepted = true;
                            if (c.kind == null) {
                                c.kind = QuoteKind.PARTIAL;
                            }
                        }
                        if (src.speaker != null) {
                            c.speaker = src.speaker;
                        }
                        break;
                    }
                }
            }
        }

        private static boolean possessiveDeterminer(String phrase) {
            String l = phrase.toLowerCase(Locale.ROOT);
            return l.startsWith("his ") || l.startsWith("her ") || l.startsWith("their ") || l.startsWith("its ")
                    || l.startsWith("our ") || l.startsWith("sein") || l.startsWith("ihr") || l.startsWith("son ")
                    || l.startsWith("sa ") || l.startsWith("ses ") || l.startsWith("zijn ") || l.startsWith("haar ")
                    || l.startsWith("su ") || l.startsWith("sus ");
        }
    }

    private static Agent agent(Entity e) {
        AgentType t = e.type == Mentions.ORG ? AgentType.ORGANIZATION : AgentType.PERSON;
        return new Agent.Builder().name(e.name).type(t).build();
    }

    /** An agent for a name the index does not know ("the CDC", "Vulture magazine"). */
    private static Agent named(Subject s) {
        String name = String.join(" ", s.words()).strip();
        if (name.isEmpty()) {
            return null;
        }
        boolean org = s.the() || s.words().stream().anyMatch(QuoteCues::isOrgHead)
                || s.words().size() == 1 && Mentions.isAcronym(s.words().get(0));
        return new Agent.Builder().name(name).type(org ? AgentType.ORGANIZATION : AgentType.PERSON).build();
    }

    /** Full when the quote is a sentence (or ends one), partial when its words are woven into the writer's. */
    private static QuoteKind kind(Candidate c, QuoteText a, QuoteText b, Found f) {
        String t = c.text;
        int i = 0;
        while (i < t.length() && "[(¿¡…\"'‘“".indexOf(t.charAt(i)) >= 0) {
            i++;
        }
        if (i >= t.length() || !Character.isUpperCase(t.charAt(i)) && !Character.isDigit(t.charAt(i))) {
            return interrupted(a, c.span.open()) ? QuoteKind.FULL : QuoteKind.PARTIAL;
        }
        int j = t.length() - 1;
        while (j > 0 && "’'”\"»)]".indexOf(t.charAt(j)) >= 0) {
            j--;
        }
        if (".!?…;:".indexOf(t.charAt(j)) >= 0 || c.span.multi() || !c.span.closed()) {
            return QuoteKind.FULL;
        }
        String raw = b.text;
        int close = Math.min(raw.length(), c.span.close());
        if (close > 0 && raw.charAt(close - 1) == ',') {
            return QuoteKind.FULL; // “…,” she said
        }
        String rest = raw.substring(Math.min(raw.length(), close + 1)).stripLeading();
        if (rest.isEmpty() || ".!?".indexOf(rest.charAt(0)) >= 0 || rest.charAt(0) == ',' && f.any()) {
            return QuoteKind.FULL;
        }
        return QuoteKind.PARTIAL;
    }

    // Compiled once: these run for every quoted span.
    private static final Pattern SENTENCE_END = Pattern.compile(".*[.:!?…][\"”’»]*");
    private static final Pattern LEADING_DASHES = Pattern.compile("^[\\s—–―-]+");
    private static final Pattern LEADING_RULE = Pattern.compile("^[\\s—–―~-]+");
    private static final Pattern WORD_GAPS = Pattern.compile("[\\s/]+");
    private static final Pattern NON_WORD_APOSTROPHE = Pattern.compile("[^\\p{L}'’]+");

    private static final java.util.regex.Pattern CITATION = java.util.regex.Pattern.compile(
            "Retrieved \\d|ISBN|doi:|Archived from the original|\\(PDF\\)|" + WordBoundary.START + "pp?\\. \\d|ISSN");
    /** A literal each alternative of {@link #CITATION} holds: text with none of them needs no regex run. */
    private static final String[] CITATION_WORDS = {"Retrieved ", "ISBN", "doi:", "Archived from the original",
        "(PDF)", "p. ", "ISSN"};

    /** A title in a list of references: "Title". Publisher. Retrieved 3 May 2011. */
    private static boolean citation(String text, Span sp) {
        if (!sp.closed() || sp.close() + 1 >= text.length()) {
            return false;
        }
        char after = text.charAt(sp.close() + 1);
        if (after != '.' && after != ',' && !text.startsWith(" (PDF)", sp.close() + 1)) {
            return false;
        }
        int from = Math.max(0, sp.open() - 1500);
        int to = Math.min(text.length(), sp.close() + 1500);
        String around = text.substring(from, to);
        for (String literal : CITATION_WORDS) {
            if (around.contains(literal)) {
                return CITATION.matcher(around).find();
            }
        }
        return false; // none of the words the pattern needs: no regex run
    }

    /** The second span of an interrupted quote: “We will act,” she said, “and soon.” */
    private static boolean interrupted(QuoteText a, int open) {
        int end = open;
        while (end > 0 && Character.isWhitespace(a.text.charAt(end - 1))) {
            end--;
        }
        if (end == 0 || a.text.charAt(end - 1) != ',') {
            return false;
        }
        for (int k = open - 1; k >= 0 && k >= open - 80; k--) {
            char f = a.frame[k];
            if (f == QuoteText.MASK) {
                int close = k;
                while (close > 0 && Character.isWhitespace(a.text.charAt(close - 1))) {
                    close--;
                }
                String between = a.text.substring(k + 1, open).strip();
                return close > 0 && a.text.charAt(close - 1) == ',' || between.startsWith(",");
            }
            if (f == '.' || f == '!' || f == '?') {
                return false;
            }
        }
        return false;
    }

    /** Words right before the opening mark make the span a term or a name: "so-called", "known as". */
    private static boolean termBefore(QuoteText qt, int open) {
        List<QuoteText.Tok> toks = qt.tokens();
        int k = qt.tokenAt(open) - 1;
        if (k < 0 || !toks.get(k).word()) {
            return false;
        }
        String w1 = toks.get(k).lower();
        String w2 = k > 0 && toks.get(k - 1).word() ? toks.get(k - 1).lower() : "";
        if (QuoteCues.isTermMarker(w1)) {
            return true;
        }
        if (w1.equals("as") || w1.equals("als") || w1.equals("comme") || w1.equals("como")) {
            return w2.equals("known") || w2.startsWith("translat") || w2.equals("bekannt") || w2.equals("connu")
                    || w2.equals("conocido") || w2.equals("dubbed") || w2.equals("branded");
        }
        if (w1.equals("like") || w1.equals("wie")) {
            return QuoteCues.isTermMarker(w2);
        }
        return false;
    }

    /** Title case: every longer word capitalised ("The Long Road Home", "You Loved Me Like a Distant Star"). */
    static boolean titleCase(String s) {
        int caps = 0;
        int words = 0;
        for (String w : WORD_GAPS.split(s)) {
            String x = stripLeadingNonWord(w);
            if (x.isEmpty()) {
                continue;
            }
            words++;
            if (Character.isLowerCase(x.charAt(0)) && x.length() > 3) {
                String l = stripTrailingNonLetters(x.toLowerCase(Locale.ROOT));
                if (!QuoteCues.isStopword(l) && !QuoteCues.isPreposition(l)) {
                    return false;
                }
            }
            if (Character.isUpperCase(x.charAt(0))) {
                caps++;
            }
            if (words > 14) {
                return false;
            }
        }
        return caps >= 2;
    }

    /** A web or mail address, not words. */
    private static boolean address(String s) {
        return s.indexOf(' ') < 0 && (s.contains("://") || s.startsWith("www.") || s.contains("@") && s.contains("."));
    }

    /** Every word starts with a capital letter. */
    private static boolean capitalised(String s) {
        boolean any = false;
        for (String w : WORD_GAPS.split(s)) {
            String x = stripLeadingNonWord(w);
            if (x.isEmpty()) {
                continue;
            }
            if (!Character.isUpperCase(x.charAt(0))) {
                return false;
            }
            any = true;
        }
        return any;
    }

    private static boolean firstOrSecondPerson(String s) {
        for (String w : NON_WORD_APOSTROPHE.split(s.toLowerCase(Locale.ROOT))) {
            if (!w.isEmpty() && QuoteCues.isFirstOrSecondPerson(w)) {
                return true;
            }
        }
        return false;
    }

    static int words(String s) {
        return words(s, Integer.MAX_VALUE);
    }

    /** As {@link #words(String)}, counting no further than {@code limit}: a paragraph is read only so far. */
    static int words(String s, int limit) {
        int n = 0;
        boolean in = false;
        for (int i = 0; i < s.length() && n < limit; i++) {
            boolean w = Character.isLetterOrDigit(s.charAt(i));
            if (w && !in) {
                n++;
            }
            in = w || in && (s.charAt(i) == '\'' || s.charAt(i) == '’' || s.charAt(i) == '-');
        }
        return n;
    }

    /** Lower-cased words separated by single spaces. */
    static String normalised(String s) {
        // The runs of letters and numbers (\p{L}, \p{N}), read by code point as the regex would.
        String l = s.toLowerCase(Locale.ROOT);
        StringBuilder sb = new StringBuilder(l.length());
        boolean gap = false;
        for (int i = 0; i < l.length(); ) {
            int cp = l.codePointAt(i);
            // An ASCII one is a letter or number exactly when it is a-z, A-Z or 0-9: no type asked.
            if (cp < 128 ? cp >= 'a' && cp <= 'z' || cp >= '0' && cp <= '9' || cp >= 'A' && cp <= 'Z' : letterOrNumber(cp)) {
                if (gap && sb.length() > 0) {
                    sb.append(' ');
                }
                gap = false;
                sb.appendCodePoint(cp);
            } else {
                gap = true;
            }
            i += Character.charCount(cp);
        }
        return sb.toString();
    }

    /** A letter or a number as the regex classes \p{L} and \p{N} take them. */
    private static boolean letterOrNumber(int cp) {
        int type = Character.getType(cp);
        return Character.isLetter(cp) || type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }

    /** A word without the marks before it (as {@code ^[^\p{L}\p{N}]+} removed). */
    private static String stripLeadingNonWord(String w) {
        int i = 0;
        while (i < w.length() && !letterOrNumber(w.codePointAt(i))) {
            i += Character.charCount(w.codePointAt(i));
        }
        return i == 0 ? w : w.substring(i);
    }

    /** A word without what follows its last letter (as {@code [^\p{L}]+$} removed). */
    private static String stripTrailingNonLetters(String w) {
        int end = w.length();
        while (end > 0 && !Character.isLetter(w.codePointBefore(end))) {
            end -= Character.charCount(w.codePointBefore(end));
        }
        return end == w.length() ? w : w.substring(0, end);
    }

    /** A quote's text with the words of quotes nested in it left out. */
    private static String unnested(String s) {
        List<Segment> one = List.of(new Segment(0, 0, s, Kind.PARAGRAPH));
        List<Span> inner = QuoteSpans.find(one, () -> false, 50);
        if (inner.isEmpty()) {
            return s;
        }
        StringBuilder sb = new StringBuilder();
        int pos = 0;
        for (Span sp : inner) {
            if (sp.open() >= pos) {
                sb.append(s, pos, sp.open()).append(" | ");
                pos = Math.min(s.length(), sp.close() + 1);
            }
        }
        sb.append(s.substring(Math.min(pos, s.length())));
        return sb.toString();
    }
}
