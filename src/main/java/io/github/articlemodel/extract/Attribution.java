package io.github.articlemodel.extract;

import io.github.articlemodel.extract.Mentions.Name;
import io.github.articlemodel.extract.QuoteText.Tok;
import io.github.articlemodel.internal.QuoteCues;
import io.github.articlemodel.internal.QuoteCues.CueKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds who a quote is attributed to in the writer's words of its sentence: the cue verb or
 * phrase ("said", "according to", "sagte", "a-t-il déclaré") and the speaker phrase it governs, as
 * written (a name, a pronoun or a role phrase). Looks, in this order, right after the quote (“…,”
 * she said; “…,” said Jens Stoltenberg), before it in the same sentence (Stoltenberg said that
 * ...; News agencies said he had said it was a “…”), then later in the sentence (“…” in that law,
 * Azzouz said). Resolving the phrase to a person is left to {@link Mentions}.
 */
final class Attribution {
    private Attribution() {}

    enum SubjectKind { NAME, PRONOUN, ROLE, RELATIVE }

    /**
     * A speaker phrase as written.
     *
     * @param words  for a name, its words without titles; for a role, its content words lower-cased
     * @param pos    where the phrase starts in its segment's text
     */
    record Subject(SubjectKind kind, String text, List<String> words, List<String> titles, int pos, boolean the) {}

    /**
     * What attributes a quote.
     *
     * @param cue     the cue as written, or null
     * @param subject the speaker phrase, or null
     * @param term    the quote is a term or name being introduced ("the technique called “…”")
     */
    record Found(String cue, Subject subject, boolean term) {
        static final Found NONE = new Found(null, null, false);

        boolean any() {
            return cue != null || subject != null || term;
        }
    }

    private static final int WINDOW = 600;
    private static final Set<String> DIRECTIVES = Set.of("asked", "asks", "asking", "told", "tells", "telling",
            "urged", "urges", "urging", "instructed", "instructs", "warned", "warns", "ordered", "begged");
    private static final Set<String> COORDINATORS = Set.of("and", "but", "und", "aber", "et", "mais", "en", "maar",
            "y", "pero");
    /** Auxiliaries of a compound past that belong to the cue ("a déclaré", "ha detto"). */
    private static final Set<String> AUX_BEFORE_PARTICIPLE = Set.of("a", "ha", "avait", "hat", "heeft");
    /** Prepositions that belong to a role phrase ("a spokesman for the ministry", "un porte-parole du ministère"). */
    private static final Set<String> GENITIVE = Set.of("of", "for", "du", "des", "de", "del", "van", "von");
    private static final Set<String> SPANISH_ARTICLES = Set.of("la", "el", "los", "las", "un", "una", "su", "sus");
    /** Articles of the dative, which after a cue name whom the speaker told ("sagte er dem Spiegel"). */
    private static final Set<String> DATIVE_ARTICLES = Set.of("dem", "einem");
    /** Adverbs that stand after a cue but not before it ("dijo primero el secretario"). */
    private static final Set<String> ADVERBS_AFTER_CUE = Set.of("primero", "después", "además", "ensuite",
            "d'abord", "toutefois", "eerst", "echter");
    /** Pronouns of the one told, between a cue and its speaker ("sagte mir ein Sprecher"). */
    private static final Set<String> TOLD_PRONOUNS = Set.of("mir", "uns", "ihm", "ihnen", "dir", "euch");
    private static final Set<String> WORDS = Set.of("words", "worten", "mots", "woorden", "palabras");
    private static final Set<String> RELATIVES = Set.of("which", "who", "that", "die", "der", "qui", "que", "dat");
    /** Relative pronouns that are never articles ("die", "der" need a comma before them). */
    private static final Set<String> STRONG_RELATIVES = Set.of("which", "who", "that");

    /** A cue that starts at a token: its kind, its last token and its text. */
    private record Cue(CueKind kind, int from, int to, String text) {}

    /** The cue phrase starting at token {@code i} (the longest), or null. */
    private static Cue cueAt(List<Tok> toks, int i, int limit) {
        if (!toks.get(i).word()) {
            return null;
        }
        String phrase = null;
        Cue best = null;
        for (int k = i; k < limit && k < i + QuoteCues.maxCueWords(); k++) {
            Tok t = toks.get(k);
            if (!t.word()) {
                break;
            }
            phrase = k > i ? phrase + " " + t.lower() : t.lower();
            CueKind kind = QuoteCues.cue(phrase);
            if (kind != null) {
                best = new Cue(kind, i, k + 1, phrase);
            }
            if (!QuoteCues.startsCue(phrase)) {
                break; // no longer cue begins with these words
            }
        }
        if (best != null && best.kind() == CueKind.SOURCE && best.text().equals("so") && toks.get(i).cap()
                && i > 0 && !toks.get(i - 1).punct(",")) {
            return null;
        }
        return best;
    }

    /** The attribution of a quote opening at {@code open} in {@code a} and closing at {@code close} in {@code b}. */
    static Found find(QuoteText a, int open, QuoteText b, int close) {
        Found f = immediatelyAfter(b, close);
        if (f.subject() != null) {
            return f;
        }
        Found before = before(a, open, b, close, false);
        if (before.any() && (before.subject() != null || before.term() || f.cue() == null)) {
            return before;
        }
        if (f.cue() != null) {
            return f;
        }
        return laterAfter(b, close);
    }

    /** The attribution in the last sentence of a paragraph that introduces what follows ("X said:"). */
    static Found leadIn(QuoteText qt) {
        return before(qt, qt.text.length(), null, -1, false);
    }

    /** The cue with a speaker in sentence {@code i} of a paragraph. */
    static Found sentenceCue(QuoteText qt, int i) {
        int n = qt.sentences.length;
        if (i < 0 || i >= n) {
            return Found.NONE;
        }
        int open = i + 1 < n ? qt.sentences[i + 1] - 1 : qt.text.length();
        return before(qt, open, null, -1, true);
    }

    /** The last cue with a speaker in a paragraph, looking back over its last sentences. */
    static Found lastCue(QuoteText qt) {
        int n = qt.sentences.length;
        for (int i = n - 1; i >= 0 && i >= n - 4; i--) {
            int open = i + 1 < n ? qt.sentences[i + 1] - 1 : qt.text.length();
            Found f = before(qt, open, null, -1, true);
            if (f.subject() != null) {
                return f;
            }
        }
        return Found.NONE;
    }

    // --- right after the quote: “…,” she said / “…,” said X / “…,” according to X ---

    private static Found immediatelyAfter(QuoteText qt, int close) {
        List<Tok> toks = qt.tokens();
        int k = qt.tokenAt(close + 1);
        int limit = k;
        while (limit < toks.size() && limit < k + 16 && !toks.get(limit).quote() && !toks.get(limit).punct(".!?;")) {
            limit++;
        }
        while (k < limit && toks.get(k).punct(",:–—-")) {
            k++;
        }
        if (k >= limit) {
            return Found.NONE;
        }
        // French inversion: « … », dit-il / a-t-elle déclaré / estime-t-il.
        Found fr = inverted(toks, k, limit);
        if (fr != null) {
            return fr;
        }
        Cue c = cueAt(toks, k, limit);
        if (c == null && k + 1 < limit && AUX_BEFORE_PARTICIPLE.contains(toks.get(k).lower())) {
            Cue d = cueAt(toks, k + 1, limit);
            if (d != null && d.kind() == CueKind.VERB) {
                c = new Cue(d.kind(), k, d.to(), toks.get(k).lower() + " " + d.text());
            }
        }
        if (c != null) {
            if (c.kind() == CueKind.SOURCE_AFTER || c.kind() == CueKind.PARTICIPLE || c.kind() == CueKind.REPORTED) {
                return Found.NONE;
            }
            boolean needName = c.kind() == CueKind.SOURCE && c.text().equals("so");
            Subject s = after(qt, toks, c.to(), limit, c.kind() == CueKind.SOURCE);
            if (needName && (s == null || s.kind() != SubjectKind.NAME && !(s.kind() == SubjectKind.ROLE && s.the()))) {
                return Found.NONE; // German "so Müller", "so der Minister"; not English "so he left"
            }
            return new Found(c.text(), s, false);
        }
        // Speaker first: “…,” the Secretary-General said / “…,” her mother, Fiona, said. A quote that
        // ends its sentence (“Is it?” Smith asked) leaves room for a short speaker phrase only.
        int reach = endsSentence(qt, close) ? 5 : 9;
        for (int j = k + 1; j < limit && j <= k + reach; j++) {
            Cue d = cueAt(toks, j, limit);
            if (d == null || d.kind() == CueKind.SOURCE || d.kind() == CueKind.PARTICIPLE
                    || d.kind() == CueKind.REPORTED) {
                continue;
            }
            boolean clause = false;
            for (int m = k; m < j; m++) {
                clause |= toks.get(m).word() && toks.get(m).boundary();
            }
            Subject s = clause ? null : chunk(qt, toks, k, j, true);
            if (s != null) {
                return new Found(d.text(), s, false);
            }
            break;
        }
        return Found.NONE;
    }

    /** Whether the quoted words before {@code close} end with a full stop, question or exclamation mark. */
    private static boolean endsSentence(QuoteText qt, int close) {
        int k = Math.min(close, qt.text.length()) - 1;
        while (k >= 0 && "’'”\"»›) ".indexOf(qt.text.charAt(k)) >= 0) {
            k--;
        }
        return k >= 0 && ".!?…".indexOf(qt.text.charAt(k)) >= 0;
    }

    /** « … », dit-il / a-t-il déclaré / estime-t-elle: the cue and the pronoun glued to it. */
    private static Found inverted(List<Tok> toks, int k, int limit) {
        String t = toks.get(k).lower();
        int dash = t.lastIndexOf('-');
        if (dash <= 0) {
            return null;
        }
        String pronoun = t.substring(dash + 1);
        if (!pronoun.equals("il") && !pronoun.equals("elle") && !pronoun.equals("ils") && !pronoun.equals("elles")
                && !pronoun.equals("on")) {
            return null;
        }
        String verb = t.substring(0, dash);
        if (verb.endsWith("-t")) {
            verb = verb.substring(0, verb.length() - 2);
        }
        String cue = null;
        if (QuoteCues.cue(verb) != null) {
            cue = verb;
        } else if ((verb.equals("a") || verb.equals("avait")) && k + 1 < limit && toks.get(k + 1).cue() != null) {
            cue = toks.get(k + 1).lower();
        }
        if (cue == null) {
            return null;
        }
        Tok tok = toks.get(k);
        return new Found(cue, new Subject(SubjectKind.PRONOUN, pronoun, List.of(pronoun), List.of(),
                tok.start() + dash + 1, false), false);
    }

    // --- before the quote, in its sentence ---

    /**
     * The nearest cue before {@code open} in its sentence with its speaker. With {@code preferVerb}
     * (reading a paragraph for who speaks in it, not a quote) a reporting verb outranks "according
     * to" ("he said according to a transcript").
     */
    private static Found before(QuoteText qt, int open, QuoteText after, int close, boolean preferVerb) {
        List<Tok> toks = qt.tokens();
        int end = qt.tokenAt(open); // the quote's own token
        int from = qt.tokenAt(Math.max(qt.sentenceStart(open), open - WINDOW));
        if (end <= from) {
            return Found.NONE;
        }
        Tok last = toks.get(end - 1);
        // Hypothetical words and terms are not quotes.
        Found fallback = Found.NONE;
        int tries = 0;
        for (int j = end - 1; j >= from && tries < 4; j--) {
            Tok t = toks.get(j);
            if (!t.word()) {
                continue;
            }
            if (WORDS.contains(t.lower()) && j >= from + 2) {
                // "In Dr. Shadlen's words," / "in the words of X" is a SOURCE cue.
                Subject s = possessorBefore(qt, toks, from, j);
                if (s != null) {
                    return new Found(t.lower(), s, false);
                }
            }
            Cue c = cueAt(toks, j, end);
            if (c == null) {
                continue;
            }
            tries++;
            int gap = end - c.to();
            switch (c.kind()) {
                case SOURCE: {
                    if (c.text().equals("so")) {
                        continue;
                    }
                    Subject s = after(qt, toks, c.to(), end, true);
                    if (preferVerb) {
                        if (fallback.subject() == null && s != null) {
                            fallback = new Found(c.text(), s, false);
                        }
                        continue;
                    }
                    return new Found(c.text(), s, false);
                }
                case SOURCE_AFTER: {
                    Subject s = chunk(qt, toks, from, j, false);
                    if (s != null) {
                        return new Found(c.text(), s, false);
                    }
                    continue;
                }
                case REPORTED: {
                    // "Er wolle „keine neuen Schulden“ machen": a person speaks, through the verb form.
                    Subject s = chunk(qt, toks, from, j, true);
                    boolean person = s != null && (s.kind() == SubjectKind.PRONOUN
                            && QuoteCues.pronoun(s.text()) != QuoteCues.Pronoun.NEUTER
                            || s.kind() == SubjectKind.NAME || s.kind() == SubjectKind.ROLE && personRole(s));
                    if (person && !s.text().equalsIgnoreCase("man")) {
                        return new Found(null, s, false);
                    }
                    continue;
                }
                case PARTICIPLE: {
                    if (directive(toks, c, end)) {
                        continue;
                    }
                    Subject s = clauseSubject(qt, toks, from, j);
                    return new Found(c.text(), s, false);
                }
                default:
                    break;
            }
            if (c.kind() == CueKind.WEAK && (gap > 3 || c.text().equals("read") && gap > 1)) {
                continue;
            }
            if (infinitive(toks, c, end)) {
                continue; // "continues to grow", "declined to comment"
            }
            if (directive(toks, c, end)) {
                continue;
            }
            int p = j - 1;
            while (p >= from && toks.get(p).word() && toks.get(p).aux()
                    && !QuoteCues.isPassiveAux(toks.get(p).lower())) {
                p--;
            }
            if (p >= from && QuoteCues.isPassiveAux(toks.get(p).lower())) {
                // "was described as “…” by the department"; "the technique called “…”" is a term.
                if (c.kind() == CueKind.NAMING) {
                    return new Found(null, null, true);
                }
                return new Found(c.text(), after == null ? null : agent(after, close), false);
            }
            Subject s = chunk(qt, toks, from, j, true);
            if (s == null && p >= from && COORDINATORS.contains(toks.get(p).lower())) {
                s = clauseSubject(qt, toks, from, p); // "X surveyed them and noted that “…”"
            }
            if (c.kind() == CueKind.NAMING) {
                if (s == null || s.kind() == SubjectKind.ROLE && !personRole(s)) {
                    return new Found(null, null, gap <= 3);
                }
            }
            if (s != null && s.kind() == SubjectKind.RELATIVE) {
                s = antecedent(qt, toks, from, p);
            }
            String cueText = j - 1 >= from && AUX_BEFORE_PARTICIPLE.contains(toks.get(j - 1).lower())
                    && c.kind() == CueKind.VERB ? toks.get(j - 1).lower() + " " + c.text() : c.text();
            if (s != null) {
                return new Found(cueText, s, false);
            }
            if (fallback.cue() == null) {
                fallback = new Found(cueText, null, false);
            }
        }
        if (fallback.cue() != null) {
            return fallback;
        }
        if (last.punct(":")) {
            // "De Miranda evokes the notion in his introduction: “…”"
            Subject s = clauseSubject(qt, toks, from, end - 1);
            if (s != null && (s.kind() == SubjectKind.NAME || s.kind() == SubjectKind.PRONOUN)) {
                return new Found(null, s, false);
            }
        }
        return Found.NONE;
    }

    private static final Set<String> BEFORE_INFINITIVE = Set.of("continue", "continues", "continued", "vowed",
            "vows", "promised", "promises", "declined", "declines", "agreed", "agrees", "refused", "refuses",
            "threatened", "threatens", "pledged", "pledges", "claimed", "claims", "claim", "went", "goes");

    /** A verb followed by an infinitive ("continues to grow", "vowed to fight"): not a report of words. */
    private static boolean infinitive(List<Tok> toks, Cue c, int end) {
        if (!BEFORE_INFINITIVE.contains(toks.get(c.from()).lower()) || c.to() + 1 >= end) {
            return false;
        }
        Tok to = toks.get(c.to());
        Tok verb = toks.get(c.to() + 1);
        return to.lower().equals("to") && verb.word() && !verb.cap() && !isDeterminer(verb.lower());
    }

    /** "asked five people to perform …", "told him to": an instruction, not a report of speech. */
    private static boolean directive(List<Tok> toks, Cue c, int end) {
        if (!DIRECTIVES.contains(toks.get(c.from()).lower())) {
            return false;
        }
        for (int k = c.to(); k < end && k < c.to() + 7; k++) {
            String l = toks.get(k).lower();
            if (l.equals("to") || l.equals("zu") || l.equals("de") || l.equals("te")) {
                return true;
            }
        }
        return false;
    }

    /** The agent of a passive: "… “heartbreaking” by the conservation department." */
    private static Subject agent(QuoteText qt, int close) {
        List<Tok> toks = qt.tokens();
        int k = qt.tokenAt(close + 1);
        int end = qt.tokenAt(qt.sentenceEnd(close + 1));
        for (int j = k; j < end && j < k + 6; j++) {
            Tok t = toks.get(j);
            if (t.quote()) {
                break;
            }
            String l = t.lower();
            if (l.equals("by") || l.equals("von") || l.equals("par") || l.equals("door") || l.equals("por")) {
                return after(qt, toks, j + 1, Math.min(end, j + 14), true);
            }
        }
        return null;
    }

    /** "In Dr. Shadlen's words": the possessor before "words". */
    private static Subject possessorBefore(QuoteText qt, List<Tok> toks, int from, int j) {
        Tok prev = toks.get(j - 1);
        String p = prev.text();
        if (p.endsWith("’s") || p.endsWith("'s")) {
            int k = j - 1;
            while (k > from && (toks.get(k - 1).cap() || toks.get(k - 1).text().endsWith("."))) {
                k--;
            }
            Name n = Mentions.nameAt(toks, k, j);
            if (n != null && !n.words().isEmpty() && n.to() == j) {
                return name(toks, n);
            }
        }
        if (j + 2 < toks.size() && toks.get(j + 1).lower().equals("of")) {
            return after(qt, toks, j + 2, Math.min(toks.size(), j + 14), true);
        }
        return null;
    }

    // --- later in the sentence after the quote: “…” in that law, Azzouz said. ---

    private static Found laterAfter(QuoteText qt, int close) {
        List<Tok> toks = qt.tokens();
        int k = qt.tokenAt(close + 1);
        int end = Math.min(qt.tokenAt(qt.sentenceEnd(close + 1)), k + 40);
        for (int j = k; j < end; j++) {
            Tok t = toks.get(j);
            if (t.quote()) {
                break;
            }
            Cue c = cueAt(toks, j, end);
            if (c == null) {
                continue;
            }
            if (c.kind() == CueKind.SOURCE) {
                if (c.text().equals("so")) {
                    continue;
                }
                return new Found(c.text(), after(qt, toks, c.to(), end, true), false);
            }
            if (c.kind() != CueKind.VERB) {
                continue;
            }
            Subject s = chunk(qt, toks, k, j, false);
            if (s == null) {
                s = after(qt, toks, c.to(), end, false);
            }
            if (s != null && s.kind() != SubjectKind.RELATIVE) {
                return new Found(c.text(), s, false);
            }
            return Found.NONE;
        }
        return Found.NONE;
    }

    // --- speaker phrases ---

    /**
     * The speaker phrase that ends right before token {@code cue}, back to the clause boundary;
     * with {@code appositive}, across the commas of an appositive ("Eric Reeves, one of …, said").
     */
    static Subject chunk(QuoteText qt, List<Tok> toks, int from, int cue, boolean appositive) {
        int end = cue;
        while (end > from && toks.get(end - 1).word() && toks.get(end - 1).aux()
                && !(end - 1 == from)) {
            end--;
        }
        if (end <= from) {
            return null;
        }
        boolean trailingComma = toks.get(end - 1).punct(",");
        if (appositive && trailingComma) {
            int start = end - 1;
            int commas = 0;
            while (start > from && end - start < 40) {
                Tok t = toks.get(start - 1);
                if (t.quote() || t.punct(";:()") || t.punct(".!?")) {
                    break;
                }
                if (t.punct(",")) {
                    commas++;
                    if (commas > 3) {
                        break;
                    }
                }
                start--;
            }
            List<int[]> parts = new ArrayList<>();
            int p = start;
            for (int k = start; k < end; k++) {
                if (toks.get(k).punct(",")) {
                    if (k > p) {
                        parts.add(new int[] {p, k});
                    }
                    p = k + 1;
                }
            }
            if (parts.isEmpty()) {
                return null;
            }
            // The leftmost part runs back to the clause boundary only.
            int[] first = parts.get(0);
            for (int k = first[1] - 1; k >= first[0]; k--) {
                Tok t = toks.get(k);
                if (t.word() && (t.boundary() || t.punct("—–"))) {
                    first[0] = k + 1;
                    break;
                }
            }
            Subject named = null;
            Subject pronoun = null;
            Subject role = null;
            for (int[] part : parts) {
                if (part[0] >= part[1]) {
                    continue;
                }
                Subject s = part(qt, toks, part[0], part[1]);
                if (s == null) {
                    continue;
                }
                if (s.kind() == SubjectKind.NAME && named == null) {
                    named = s;
                } else if (s.kind() == SubjectKind.PRONOUN && pronoun == null) {
                    pronoun = s;
                } else if (s.kind() == SubjectKind.ROLE && role == null && part == parts.get(0)) {
                    role = s;
                }
            }
            return named != null ? named : pronoun != null ? pronoun : role;
        }
        if (toks.get(end - 1).punct(")")) {
            // "Der Bund für Umwelt und Naturschutz Deutschland (BUND) nannte": skip the parenthesis.
            for (int k = end - 2; k > from && k >= end - 8; k--) {
                if (toks.get(k).punct("(")) {
                    end = k;
                    break;
                }
            }
            if (toks.get(end - 1).punct(")")) {
                return null;
            }
        }
        Tok lastTok = toks.get(end - 1);
        if (impersonal(lastTok) && end - 2 >= from && toks.get(end - 2).word()
                && (toks.get(end - 2).boundary() || GERMAN_MODALS.contains(toks.get(end - 2).lower()))) {
            // "was man sagt": no one in particular
            return new Subject(SubjectKind.PRONOUN, "man", List.of("man"), List.of(), lastTok.start(), false);
        }
        if (lastTok.word() && QuoteCues.pronoun(lastTok.lower()) != null
                && (end - 1 == from || !toks.get(end - 2).word() || !toks.get(end - 2).cap()
                || toks.get(end - 2).stopword())) {
            return new Subject(SubjectKind.PRONOUN, lastTok.lower(), List.of(lastTok.lower()), List.of(),
                    lastTok.start(), false);
        }
        int start = end;
        while (start > from && end - start < 14) {
            Tok t = toks.get(start - 1);
            if (!t.word() && !t.punct("’'.-&")) {
                break;
            }
            if (t.word() && t.boundary() && !RELATIVES.contains(t.lower())) {
                break;
            }
            if (t.word() && RELATIVES.contains(t.lower()) && (STRONG_RELATIVES.contains(t.lower())
                    || start - 2 >= from && toks.get(start - 2).punct(","))) {
                if (start == end) {
                    start--; // the relative pronoun itself is the subject: "…, which accuses"
                }
                break;
            }
            start--;
        }
        return start < end ? part(qt, toks, start, end) : null;
    }

    /** A speaker phrase from tokens [from, to): a pronoun, a name (after its role words) or a role phrase. */
    static Subject part(QuoteText qt, List<Tok> toks, int from, int to) {
        while (from < to && !toks.get(from).word()) {
            from++;
        }
        while (to > from && (!toks.get(to - 1).word() || toks.get(to - 1).aux() && to - 1 > from)) {
            to--;
        }
        if (from >= to) {
            return null;
        }
        Tok first = toks.get(from);
        String fl = first.lower();
        if (to - from == 1 && QuoteCues.pronoun(fl) != null) {
            return new Subject(SubjectKind.PRONOUN, fl, List.of(fl), List.of(), first.start(), false);
        }
        if (to - from == 1 && RELATIVES.contains(fl)) {
            return new Subject(SubjectKind.RELATIVE, fl, List.of(), List.of(), first.start(), false);
        }
        if (QuoteCues.isBoundary(fl) || QuoteCues.isPreposition(fl) && !isDeterminer(fl)) {
            return null;
        }
        for (int k = from; k < to; k++) {
            if (toks.get(k).quote() || cueAt(toks, k, to) != null && k > from) {
                return null;
            }
        }
        // A name at the end: "Seoul resident Margie Kim", "President Obama", "the CDC"; or a name
        // with only its place after it: "Senator Mitch McConnell of Kentucky".
        Name last = null;
        Name firstName = null;
        boolean prepBefore = false;
        boolean onlyRoles = true;
        for (int k = from; k < to; ) {
            Name n = Mentions.nameAt(toks, k, to);
            if (n == null) {
                String l = toks.get(k).lower();
                if (QuoteCues.isPreposition(l) && !isDeterminer(l)) {
                    prepBefore = true;
                }
                onlyRoles &= isDeterminer(l) || QuoteCues.role(l) != 0 || QuoteCues.isTitle(l);
                k++;
                continue;
            }
            if (k > from && toks.get(k).word() && !toks.get(k).cap() && toks.get(k - 1).word()) {
                prepBefore = true; // "ministre du Travail": a particle after a word is a preposition
            }
            if (n.to() == to && !n.words().isEmpty() && !prepBefore && !roleLike(n)) {
                last = n;
            }
            if (firstName == null && !n.words().isEmpty() && !prepBefore && onlyRoles && n.to() < to
                    && (toks.get(n.to()).lower().equals("of") || toks.get(n.to()).lower().equals("from"))
                    && n.to() + 1 < to && toks.get(n.to() + 1).cap()) {
                firstName = n;
            }
            onlyRoles = false;
            k = Math.max(n.to(), k + 1);
        }
        if (last == null && firstName != null && (!firstName.titles().isEmpty()
                || firstName.words().size() >= 2)) {
            last = firstName;
        }
        if (last != null) {
            Subject s = name(toks, last);
            List<String> titles = new ArrayList<>(s.titles());
            for (int k = from; k < last.from(); k++) {
                if (toks.get(k).role() != 0 || toks.get(k).title()) {
                    titles.add(toks.get(k).lower());
                }
            }
            return new Subject(SubjectKind.NAME, s.text(), s.words(), titles, toks.get(from).start(), s.the());
        }
        return role(qt, toks, from, to);
    }

    /** A single capitalised noun that is a role ("Grünen-Politiker", "FDP-Chef"): not a name. */
    static boolean roleLike(Name n) {
        if (n.words().size() != 1 || !n.titles().isEmpty()) {
            return false;
        }
        String w = n.words().get(0);
        String last = w.substring(w.lastIndexOf('-') + 1);
        return !last.isEmpty() && (QuoteCues.role(last) != 0 && !QuoteCues.isOrgHead(last) || QuoteCues.isTitle(last))
                && (w.indexOf('-') > 0 || QuoteCues.isCapitalisedRole(last));
    }

    private static Subject name(List<Tok> toks, Name n) {
        if (n.possessive() && n.to() < toks.size()) {
            // "Stanford University's Center on Poverty and Inequality": the one possessed speaks.
            Name m = Mentions.nameAt(toks, n.to(), toks.size());
            if (m != null && !m.words().isEmpty()) {
                return new Subject(SubjectKind.NAME, m.text(), m.words(), m.titles(), toks.get(m.from()).start(), m.the());
            }
        }
        return new Subject(SubjectKind.NAME, n.text(), n.words(), n.titles(), toks.get(n.from()).start(), n.the());
    }

    /** A role phrase: "a spokesman for the ministry", "the Secretary-General", "News agencies". */
    private static Subject role(QuoteText qt, List<Tok> toks, int from, int to) {
        if (to - from > 10) {
            return null;
        }
        // "The tweet from Vulture magazine", "a report by the Center": the source is the one named.
        for (int k = from + 1; k + 1 < to; k++) {
            String l = toks.get(k).lower();
            if (!l.equals("from") && !l.equals("by") && !l.equals("of") && !l.equals("von") && !l.equals("de")
                    && !l.equals("van")) {
                continue;
            }
            boolean personHead = false;
            for (int m = from; m < k; m++) {
                personHead |= toks.get(m).role() != 0 && !toks.get(m).orgHead();
            }
            int o = k + 1;
            boolean objThe = isDeterminer(toks.get(o).lower());
            if (objThe) {
                o++;
            }
            if (personHead || o >= to) {
                break;
            }
            Name n = Mentions.nameAt(toks, o, to);
            if (n != null && !n.words().isEmpty()) {
                List<String> words = new ArrayList<>(n.words());
                for (int m = n.to(); m < to; m++) {
                    if (toks.get(m).word()) {
                        words.add(toks.get(m).text());
                    }
                }
                return new Subject(SubjectKind.NAME, String.join(" ", words), words, n.titles(),
                        toks.get(o).start(), objThe);
            }
            break;
        }
        boolean det = isDeterminer(toks.get(from).lower()) || isQuantifier(toks.get(from).lower());
        boolean roleWord = false;
        List<String> words = new ArrayList<>();
        boolean afterPrep = false;
        for (int k = from; k < to; k++) {
            Tok t = toks.get(k);
            if (!t.word()) {
                continue;
            }
            String l = t.lower();
            if (QuoteCues.isPreposition(l) && !isDeterminer(l)) {
                afterPrep = true;
            }
            if (afterPrep || isDeterminer(l) || isQuantifier(l)) {
                continue;
            }
            if (QuoteCues.role(l) != 0 || QuoteCues.isOrgHead(l) || QuoteCues.isTitle(l)) {
                roleWord = true;
            }
            for (String part : l.split("-")) {
                if (!part.isEmpty()) {
                    words.add(part.endsWith("’s") || part.endsWith("'s") ? part.substring(0, part.length() - 2) : part);
                }
            }
        }
        if (words.isEmpty() || !roleWord && !det) {
            return null;
        }
        if (!roleWord) {
            // "the site", "the report": a determiner and a plain noun, kept only as written.
            if (to - from > 4) {
                return null;
            }
        }
        String text = qt.text.substring(toks.get(from).start(), toks.get(to - 1).end());
        boolean the = toks.get(from).lower().equals("the") || isDeterminer(toks.get(from).lower())
                && !isIndefinite(toks.get(from).lower());
        return new Subject(SubjectKind.ROLE, text, words, List.of(), toks.get(from).start(), the);
    }

    /** Whether a role phrase is headed by a person noun ("the researchers", "a spokesman"). */
    static boolean personRole(Subject s) {
        for (String w : s.words()) {
            if (QuoteCues.role(w) != 0 && !QuoteCues.isOrgHead(w)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Past up to two adverbs ({@link QuoteCues#isAux}, {@link #ADVERBS_AFTER_CUE}) or pronouns of
     * the one told that open the phrase after a cue, before a determiner or a capitalised word:
     * "sagte jetzt allerdings eine Sprecherin", "dijo primero el secretario", "sagt uns die Quelle",
     * "sagt auch Stenger".
     */
    private static int pastAdverbs(List<Tok> toks, int from, int limit) {
        for (int k = from; k < limit && k < from + 2; k++) {
            Tok t = toks.get(k);
            String l = t.lower();
            if (!t.word() || t.cap() || !t.aux() && !TOLD_PRONOUNS.contains(l) && !ADVERBS_AFTER_CUE.contains(l)
                    || isDeterminer(l) || QuoteCues.isPreposition(l) || k + 1 >= limit) {
                return from;
            }
            Tok next = toks.get(k + 1);
            if (next.word() && (next.cap() || isDeterminer(next.lower()))) {
                return k + 1;
            }
        }
        return from;
    }

    /** The speaker phrase after a cue: "said chief inspector Jennifer Mattinson from …", "according to the CDC". */
    static Subject after(QuoteText qt, List<Tok> toks, int from, int limit, boolean source) {
        from = pastAdverbs(toks, from, limit);
        if (source && from + 1 < limit && toks.get(from).word() && DATIVE_ARTICLES.contains(toks.get(from).lower())) {
            from++; // "laut dem Institut": the article the preposition governs
        }
        int to = from;
        while (to < limit && to < from + 14) {
            Tok t = toks.get(to);
            if (t.quote() || t.punct(",.;:!?()—–[]")) {
                break;
            }
            String l = t.lower();
            if (to > from && t.word() && (QuoteCues.isBoundary(l) && !l.equals("and") || QuoteCues.isParticle(l)
                    && !t.cap())) {
                break;
            }
            if (to > from && t.word() && !source && QuoteCues.isPreposition(l) && !GENITIVE.contains(l)
                    && !isDeterminer(l)) {
                break;
            }
            if (to > from && t.word() && source && (l.equals("in") || l.equals("on") || l.equals("at")
                    || l.equals("during") || l.equals("after") || l.equals("when"))) {
                break;
            }
            if (to > from && t.word() && DATIVE_ARTICLES.contains(l)) {
                break; // "sagte eine Sprecherin dem Blog": the one told, not the speaker
            }
            to++;
        }
        while (to - 1 > from && toks.get(to - 1).word() && toks.get(to - 1).aux()) {
            to--; // "so die Sprecherin weiter"
        }
        if (to <= from) {
            return null;
        }
        Tok first = toks.get(from);
        if (QuoteCues.pronoun(first.lower()) != null || impersonal(first)) {
            return new Subject(SubjectKind.PRONOUN, first.lower(), List.of(first.lower()), List.of(), first.start(), false);
        }
        if (first.lower().equals("a") && from + 1 < to && SPANISH_ARTICLES.contains(toks.get(from + 1).lower())) {
            return null; // "dijo a la red Erbol": said to, not by
        }
        // The first name, after role words only: "president David Weisbrot", not "… from the West Mercia police".
        List<String> roleWords = new ArrayList<>();
        for (int k = from; k < to; k++) {
            Tok t = toks.get(k);
            Name n = Mentions.nameAt(toks, k, to);
            if (n != null && !n.words().isEmpty() && Mentions.germanArticle(n.words().get(0))) {
                n = null; // "eine Sprecherin der Polizei": the role's genitive, no name
            }
            if (n != null && n.to() < to && toks.get(n.to()).word() && !toks.get(n.to()).cap()
                    && QuoteCues.role(toks.get(n.to()).text()) != 0) {
                break; // a name qualifying a role noun: "la Première ministre", "the White House spokesman"
            }
            if (n != null && !n.words().isEmpty() && !roleLike(n)) {
                boolean orgThe = k > from && isDeterminer(toks.get(k - 1).lower());
                int det = isDeterminer(toks.get(from).lower()) ? 1 : 0;
                boolean apposed = roleWords.size() == k - from - det && roleWords.size() > 0
                        && (n.to() == to || det == 0);
                if (k == from || apposed || orgThe && k - 1 == from) {
                    Subject s = name(toks, n);
                    List<String> titles = new ArrayList<>(s.titles());
                    titles.addAll(roleWords);
                    return new Subject(SubjectKind.NAME, s.text(), s.words(), titles, toks.get(from).start(),
                            s.the() || orgThe);
                }
                break;
            }
            if (t.word() && (t.role() != 0 || t.title() || t.lower().equals("and"))) {
                roleWords.add(t.lower());
                continue;
            }
            // After an article, lower-case words stand in apposition to the name that follows:
            // "le politologue Jérôme Fourquet", "the economist Mark Zandi".
            if (t.word() && !t.cap() && roleWords.size() == k - from - 1 && k > from
                    && isDeterminer(toks.get(from).lower()) && !QuoteCues.isPreposition(t.lower())
                    && !isDeterminer(t.lower()) && !t.boundary() && k - from <= 3) {
                roleWords.add(t.lower());
                continue;
            }
            if (!(k == from && isDeterminer(t.lower()))) {
                break;
            }
        }
        return role(qt, toks, from, to);
    }

    /**
     * The subject of the clause that ends at token {@code to}: after an opening adverbial ("In
     * 2016,"), the first name or pronoun, or a role phrase followed by a name in apposition
     * ("The leader of Ennahda, Rachid Ghannouchi,"); a name used as a modifier gives way to the
     * name it modifies ("Snopes fact checker … David Emery"). Relative clauses point back to what
     * they qualify ("…, which tried … by saying").
     */
    static Subject clauseSubject(QuoteText qt, List<Tok> toks, int from, int to) {
        for (int k = to - 1; k > from; k--) {
            Tok t = toks.get(k);
            if (t.word() && (t.lower().equals("which") || t.lower().equals("who")) && toks.get(k - 1).punct(",")) {
                return antecedent(qt, toks, from, k - 1);
            }
        }
        int start = from;
        Tok first = toks.get(start);
        if (first.word() && (first.stopword() && !isDeterminer(first.lower())
                && QuoteCues.pronoun(first.lower()) == null || first.lower().endsWith("ly"))) {
            for (int k = start; k < to; k++) {
                if (toks.get(k).punct(",")) {
                    start = k + 1;
                    break;
                }
            }
        }
        if (start < to && toks.get(start).word() && QuoteCues.isPreposition(toks.get(start).lower())
                && !isDeterminer(toks.get(start).lower())) {
            // "On one Facebook page an unidentified poster …": the subject follows the phrase.
            for (int k = start + 2; k < to && k < start + 8; k++) {
                String l = toks.get(k).lower();
                if (isDeterminer(l) || QuoteCues.pronoun(l) != null && QuoteCues.pronoun(l) != QuoteCues.Pronoun.NEUTER) {
                    start = k;
                    break;
                }
            }
        }
        if (start >= to) {
            return null;
        }
        Tok t = toks.get(start);
        if (QuoteCues.pronoun(t.lower()) != null) {
            return new Subject(SubjectKind.PRONOUN, t.lower(), List.of(t.lower()), List.of(), t.start(), false);
        }
        Name n = Mentions.nameAt(toks, start, to);
        if (n != null && !n.words().isEmpty()) {
            // A name modifying a role and another name: "Snopes fact checker and staff writer David Emery".
            int k = n.to();
            int steps = 0;
            while (k < to && steps < 7) {
                Tok u = toks.get(k);
                String l = u.lower();
                if (!u.word() || u.cap() || QuoteCues.cue(l) != null || QuoteCues.isAux(l)
                        || QuoteCues.isPreposition(l) || isDeterminer(l) || QuoteCues.isBoundary(l) && !l.equals("and")) {
                    break;
                }
                k++;
                steps++;
            }
            if (k > n.to() && k < to && toks.get(k).cap()) {
                Name m = Mentions.nameAt(toks, k, to);
                if (m != null && !m.words().isEmpty()) {
                    return name(toks, m);
                }
            }
            return name(toks, n);
        }
        if (isDeterminer(t.lower()) || isQuantifier(t.lower()) || t.role() != 0) {
            int k = start + 1;
            int lastRole = -1;
            while (k < to && k < start + 6 && toks.get(k).word() && !toks.get(k).cap()) {
                if (toks.get(k).role() != 0 || toks.get(k).orgHead()) {
                    lastRole = k;
                }
                k++;
            }
            if (t.role() != 0) {
                lastRole = Math.max(lastRole, start);
            }
            if (lastRole < 0) {
                return null;
            }
            // An appositive name after the role: "The leader of Ennahda, Rachid Ghannouchi, condemned".
            for (int c = lastRole + 1; c < to && c < lastRole + 6; c++) {
                if (toks.get(c).punct(",") && c + 1 < to) {
                    Name m = Mentions.nameAt(toks, c + 1, to);
                    if (m != null && !m.words().isEmpty() && m.to() < to && toks.get(m.to()).punct(",")) {
                        return name(toks, m);
                    }
                    break;
                }
            }
            return role(qt, toks, start, lastRole + 1);
        }
        return null;
    }

    /** What a relative pronoun at the comma {@code comma} points back to: the phrase before the comma. */
    private static Subject antecedent(QuoteText qt, List<Tok> toks, int from, int comma) {
        int end = comma;
        while (end > from && !toks.get(end - 1).word()) {
            end--;
        }
        int start = end;
        while (start > from && end - start < 8) {
            Tok t = toks.get(start - 1);
            String l = t.lower();
            if (!t.word() || QuoteCues.isBoundary(l) || QuoteCues.isPreposition(l) && !isDeterminer(l)) {
                break;
            }
            start--;
        }
        return start < end ? part(qt, toks, start, end) : null;
    }

    /** German verbs that put "man" after them ("könnte man sagen"), where English has no "could man". */
    private static final Set<String> GERMAN_MODALS = Set.of("kann", "könnte", "muss", "müsste", "sollte", "soll",
            "würde", "wird", "darf", "dürfte", "hat", "hätte", "mag", "möchte");

    /**
     * German "man" ("one", "people"), which speaks for no one in particular: a pronoun without a
     * referent. Right after a cue ("sagt man") or after a clause word or modal before one ("was man
     * sagt", "könnte man sagen"); English "the man said" has a determiner or adjective there.
     */
    private static boolean impersonal(Tok t) {
        return t.word() && !t.cap() && t.lower().equals("man");
    }

    static boolean isDeterminer(String l) {
        return l.equals("the") || l.equals("a") || l.equals("an") || l.equals("his") || l.equals("her")
                || l.equals("their") || l.equals("its") || l.equals("our") || l.equals("this") || l.equals("that")
                || l.equals("der") || l.equals("die") || l.equals("das") || l.equals("ein") || l.equals("eine")
                || l.equals("le") || l.equals("la") || l.equals("les") || l.equals("l'") || l.equals("un")
                || l.equals("une") || l.equals("de") || l.equals("het") || l.equals("een") || l.equals("el")
                || l.equals("los") || l.equals("las") || l.equals("una") || l.equals("sa") || l.equals("son")
                || l.equals("sein") || l.equals("seine") || l.equals("ihr") || l.equals("ihre") || l.equals("zijn")
                || l.equals("haar") || l.equals("su");
    }

    private static boolean isIndefinite(String l) {
        return l.equals("a") || l.equals("an") || l.equals("ein") || l.equals("eine") || l.equals("un")
                || l.equals("une") || l.equals("een") || l.equals("una");
    }

    private static boolean isQuantifier(String l) {
        return l.equals("one") || l.equals("some") || l.equals("many") || l.equals("several") || l.equals("two")
                || l.equals("three") || l.equals("most") || l.equals("other") || l.equals("another")
                || l.equals("both") || l.equals("all") || l.equals("few") || l.equals("einige") || l.equals("viele")
                || l.equals("plusieurs") || l.equals("veel") || l.equals("enkele") || l.equals("varios")
                || l.equals("muchos");
    }
}
