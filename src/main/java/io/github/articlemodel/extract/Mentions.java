package io.github.articlemodel.extract;

import io.github.articlemodel.extract.QuoteText.Tok;
import io.github.articlemodel.internal.QuoteCues;
import io.github.articlemodel.internal.QuoteCues.Pronoun;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The people and organisations an article names, outside its quotations. Each name found is tied
 * to one entity: a short form ("Stoltenberg", "Yoon", "Mr. Reeves") to the fuller name it was
 * first used for, so the fullest form the article gives can stand for the speaker. Entities are
 * told apart as persons, organisations or other names (places, works) by their words and the
 * company they keep: titles and roles before them, an age or "who" after them speak for a person;
 * "the", "which", "in", "at" against. Pronouns and role phrases are resolved here to the most
 * recent compatible entity, preferring the first one named in each sentence (its subject).
 */
final class Mentions {
    static final int PERSON = 0;
    static final int ORG = 1;
    static final int OTHER = 2;

    private static final int MAX_MENTIONS = 20_000;
    private static final int MAX_ENTITIES = 4_000;

    /** Particles that join the parts of a person's name ("Luis de Miranda", "Ursula von der Leyen"). */
    private static final Set<String> PARTICLES = Set.of("de", "van", "von", "der", "den", "da", "di", "del",
            "della", "du", "des", "le", "la", "ter", "ten", "bin", "ibn", "al", "el", "dos", "das", "do", "zu", "vom",
            "y", "st.", "mac");
    /** The length of the longest particle: a longer word is none, with no look-up. */
    private static final int LONGEST_PARTICLE = PARTICLES.stream().mapToInt(String::length).max().orElse(0);
    /** Words that join the parts of an organisation's name ("Council on Foreign Relations"). */
    private static final Set<String> CONNECTORS = Set.of("of", "on", "and", "for", "für", "und", "et", "en", "y",
            "de", "du", "des", "del", "voor", "van");
    /** The length of the longest particle or connector: a longer word joins no name. */
    private static final int LONGEST_JOINER = Math.max(LONGEST_PARTICLE,
            CONNECTORS.stream().mapToInt(String::length).max().orElse(0));
    /** Endings of hyphenated adjectives made from a name ("Amazon-owned", "London-based"). */
    private static final String[] ADJECTIVE_ENDINGS = {"-based", "-owned", "-born", "-led", "-backed", "-era",
        "-style", "-made", "-like", "-run", "-funded", "-speaking", "-bound", "-wide", "-controlled", "-linked",
        "-affiliated", "-allied", "-American", "-centric", "-friendly", "-related", "-area", "-type"};

    /** Every adjective ending starts with a hyphen: a word without one has none of them. */
    private static final String[] NO_ENDINGS = {};

    /** A person, organisation or other named thing. */
    static final class Entity {
        String name;
        List<String> words;
        int type = PERSON;
        int score;
        /** Evidence for an organisation: "the X", "X, which", "X said it". */
        int orgScore;
        boolean org;
        boolean place;
        char gender;
        int male;
        int female;
        final Set<String> roles = new LinkedHashSet<>();
        /** How often each written form was used: an organisation goes by its most common one. */
        final Map<String, Integer> forms = new HashMap<>();
        int lastPos;
        final int firstPos;
        /** Named somewhere other than in a heading. */
        boolean inText;
        /** Given as the speaker of a quote. */
        boolean speaker;

        Entity(List<String> words, int pos) {
            this.words = words;
            this.name = String.join(" ", words);
            this.lastPos = pos;
            this.firstPos = pos;
        }

        boolean person() {
            return type == PERSON;
        }

        @Override
        public String toString() {
            return name + "/" + type + "/" + gender + roles;
        }
    }

    /** One place where an entity is named. */
    record Mention(int pos, int sentence, Entity entity, boolean possessive, boolean heading) {}

    /**
     * A name as written: its title words, its own words, and what stands around it. Its words are
     * the texts of the tokens from {@code wordsFrom} on (the last one without its "'s" when possessive).
     */
    record Name(int from, int to, List<String> titles, List<String> words, boolean possessive, boolean the,
            String before, int wordsFrom) {
        String text() {
            return String.join(" ", words);
        }
    }

    private final List<Mention> mentions = new ArrayList<>();
    private final Map<String, Entity> byKey = new HashMap<>();
    private final Map<String, List<Entity>> byWord = new HashMap<>();
    private final List<Entity> entities = new ArrayList<>();
    /**
     * The article's language writes every noun with a capital and uses "von" as a preposition
     * (German): "von" joins a name only as "von der", "von dem", "von und zu".
     */
    private boolean nounsCapitalised;
    /**
     * Words the article also writes in lower case: "Enter" in "Enter Stuart Kaplan" is one. Few
     * words are ever asked about, so each is looked for in the text when first asked
     * ({@link #writtenLower}); the whole set is made only for a very long article or after many
     * look-ups.
     */
    private Set<String> lowerWords;
    private final Map<String, Boolean> lowerAsked = new HashMap<>();
    private List<QuoteText> texts = List.of();
    /** Characters the look-ups may still read before the set is made instead. */
    private long lookupBudget;

    /** A name found, with where it stands: what {@link #add} makes a mention of. */
    private record Named(Name name, QuoteText qt, int pos, int sentence, boolean first, boolean heading) {}

    /**
     * The names found, in text order, while only names have been looked up ({@link #byName}); null
     * once the whole index is made ({@link #whole}). Entities meet only through a shared word, so
     * a name's answer needs only the names joined to it by shared words: its group ({@link
     * #group}) is made alone. In text order within each group, every entity and mention comes out
     * as the whole index makes it; the whole index then adds the other names and puts its
     * entities and mentions back in text order. Below {@link #MAX_ENTITIES} names no cap is met,
     * so the groups cannot meet through one; from that many on the index is made whole at once.
     */
    private List<Named> pending = new ArrayList<>();
    /** Which pending names are in the index, and the mention each was added as. */
    private java.util.BitSet added;
    private Mention[] mentionOf;
    /** The pending names by their words' lower case ({@link #group}). */
    private long[] byHash;
    /** Whether every name of the text was found (or the time ran out). */
    private boolean scanned;

    /** Builds the index over the segments' frames; {@code sentenceBase[s]} is segment s's first global sentence. */
    static Mentions build(List<QuoteSpans.Segment> segs, List<QuoteText> texts, int[] sentenceBase,
            java.util.function.BooleanSupplier outOfTime, boolean nounsCapitalised) {
        Mentions m = new Mentions();
        m.nounsCapitalised = nounsCapitalised;
        int work = 0;
        m.texts = texts;
        long chars = 0;
        int tokens = 0;
        for (QuoteText qt : texts) {
            chars += qt.text.length();
            tokens += qt.tokens().size();
        }
        m.lookupBudget = 8 * chars;
        if (tokens >= 50_000) {
            m.lowerWordSet(); // the set may reach its cap: made as it always was
        }
        for (int s = 0; s < segs.size() && m.mentions.size() < MAX_MENTIONS; s++) {
            QuoteText qt = texts.get(s);
            List<Tok> toks = qt.tokens();
            int offset = segs.get(s).offset();
            int lastSentence = -1;
            boolean first = true;
            for (int i = 0; i < toks.size() && m.mentions.size() < MAX_MENTIONS; ) {
                // A name starts at a capitalised word or the particle right before one: the tokens
                // before that are passed over in the token arrays, without making their objects.
                int cap = qt.nextCapWord(i);
                if (cap >= toks.size()) {
                    break;
                }
                int at = cap - 1 >= i && mayStartName(qt, cap - 1) ? cap - 1 : cap;
                int passed = work + at - i + 1;
                if (passed >>> 12 != work >>> 12 && outOfTime.getAsBoolean()) {
                    m.scanned(); // the time is looked at every 4,096 tokens
                    return m;
                }
                work = passed;
                i = at;
                if (loneStopword(qt, i)) {
                    i++;
                    continue;
                }
                Name n = nameAt(toks, i, toks.size(), nounsCapitalised);
                if (n == null) {
                    i++;
                    continue;
                }
                i = Math.max(n.to(), i + 1);
                if (n.words().isEmpty()) {
                    continue;
                }
                int local = toks.get(n.from()).start();
                int sentence = qt.sentenceOf(local);
                if (sentence != lastSentence) {
                    lastSentence = sentence;
                    first = true;
                }
                if (n.words().size() >= 2 && n.titles().isEmpty() && qt.sentenceStart(local) == local
                        && m.writtenLower(n.words().get(0).toLowerCase(Locale.ROOT))) {
                    // A sentence's first word that the article also writes in lower case.
                    n = new Name(n.from() + 1, n.to(), n.titles(), n.words().subList(1, n.words().size()),
                            n.possessive(), false, n.words().get(0).toLowerCase(Locale.ROOT), n.wordsFrom() + 1);
                }
                m.found(new Named(n, qt, offset + local, sentenceBase[s] + sentence, first,
                        segs.get(s).kind() == QuoteSpans.Kind.HEADING));
                first = false;
            }
        }
        m.scanned();
        return m;
    }

    /** A name found: kept for later while the index may be made by groups, else added. */
    private void found(Named n) {
        if (pending == null) {
            add(n);
            return;
        }
        pending.add(n);
        if (pending.size() >= MAX_ENTITIES) {
            whole(); // so many names may meet a cap: made as it always was
        }
    }

    /** Every name is found: the entities are told apart once all their mentions are in. */
    private void scanned() {
        scanned = true;
        if (pending == null) {
            classify(0);
        }
    }

    /** Makes the whole index, after any groups made already. */
    private void whole() {
        List<Named> names = pending;
        if (names == null) {
            return;
        }
        pending = null;
        byHash = null;
        boolean some = !mentions.isEmpty();
        for (int i = 0; i < names.size() && mentions.size() < MAX_MENTIONS; i++) {
            if (added == null || !added.get(i)) {
                add(names.get(i));
            }
        }
        added = null;
        mentionOf = null;
        if (some) {
            // Groups made before: back in text order, as one pass over the names makes them.
            entities.sort(java.util.Comparator.comparingInt(e -> e.firstPos));
            mentions.sort(java.util.Comparator.comparingInt(Mention::pos));
        }
        if (scanned) {
            classify(0);
        }
    }

    /**
     * Adds the group of names joined to these words by shared words, if not made yet. Words are
     * told apart by the hash of their lower case ({@link #lowerHash}): two that share one may join
     * two groups that do not meet, which only makes more of the index at once.
     */
    private void group(List<String> words) {
        if (pending == null) {
            return;
        }
        if (byHash == null) {
            // Each word of each pending name as (hash, name), sorted: a hash's names are a run.
            int count = 0;
            for (Named n : pending) {
                count += n.name().words().size();
            }
            byHash = new long[count];
            int k = 0;
            for (int i = 0; i < pending.size(); i++) {
                for (String w : pending.get(i).name().words()) {
                    byHash[k++] = (long) lowerHash(w) << 32 | i;
                }
            }
            java.util.Arrays.sort(byHash);
            added = new java.util.BitSet(pending.size());
            mentionOf = new Mention[pending.size()];
        }
        java.util.BitSet group = new java.util.BitSet();
        java.util.BitSet runsDone = new java.util.BitSet(byHash.length);
        int[] todo = new int[Math.max(8, words.size())];
        int size = 0;
        for (String w : words) {
            todo[size++] = lowerHash(w);
        }
        while (size > 0) {
            long h = todo[--size];
            int run = java.util.Arrays.binarySearch(byHash, h << 32); // found: a word of the first name
            run = run >= 0 ? run : -run - 1;
            if (run >= byHash.length || byHash[run] >>> 32 != (h & 0xFFFFFFFFL) || runsDone.get(run)) {
                continue;
            }
            runsDone.set(run);
            for (int r = run; r < byHash.length && byHash[r] >>> 32 == (h & 0xFFFFFFFFL); r++) {
                int i = (int) byHash[r];
                if (added.get(i) || group.get(i)) {
                    continue; // added: its whole group is in already
                }
                group.set(i);
                for (String w : pending.get(i).name().words()) {
                    if (size == todo.length) {
                        todo = java.util.Arrays.copyOf(todo, size * 2);
                    }
                    todo[size++] = lowerHash(w);
                }
            }
        }
        int from = entities.size();
        for (int i = group.nextSetBit(0); i >= 0; i = group.nextSetBit(i + 1)) {
            mentionOf[i] = add(pending.get(i));
        }
        added.or(group);
        if (scanned) {
            classify(from);
        }
    }

    /** {@code w.toLowerCase(Locale.ROOT).hashCode()}, with no copy made of an ASCII word. */
    static int lowerHash(String w) {
        int h = 0;
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (c >= 128) {
                return w.toLowerCase(Locale.ROOT).hashCode();
            }
            h = 31 * h + (c >= 'A' && c <= 'Z' ? c + 32 : c);
        }
        return h;
    }

    /**
     * What {@link #nameAt} needs of token {@code i} to find a name there, read from the token
     * arrays: a capitalised word ({@link #nameWord}), or a short word that may be a particle before
     * one at a clause start. Lower-casing never shortens a word, so a longer one is no particle.
     */
    static boolean mayStartName(QuoteText qt, int i) {
        if (qt.capWordAt(i)) {
            return true;
        }
        return qt.wordAt(i) && qt.lengthAt(i) <= LONGEST_PARTICLE && i + 1 < qt.tokenCount() && qt.capWordAt(i + 1)
                && (i == 0 || !qt.wordAt(i - 1));
    }

    /**
     * Whether token {@code i} is a capitalised stopword with no capitalised word among the four
     * tokens after it ("The", "But", "In" starting a sentence): {@link #nameAt} finds no name or an
     * empty one there, as its run of name words can reach on only through a capitalised word
     * within four tokens, and a one-word run of a stopword is stripped to nothing.
     */
    static boolean loneStopword(QuoteText qt, int i) {
        if (!qt.capWordAt(i)) {
            return false;
        }
        for (int k = i + 1; k <= i + 4 && k < qt.tokenCount(); k++) {
            if (qt.capWordAt(k)) {
                return false;
            }
        }
        return qt.tokens().get(i).stopword();
    }

    /** Whether some word of the article's frames, outside quotes, is written exactly so (lower case). */
    private boolean writtenLower(String lower) {
        if (lowerWords != null) {
            return lowerWords.contains(lower);
        }
        Boolean known = lowerAsked.get(lower);
        if (known != null) {
            return known;
        }
        if (lookupBudget <= 0 || lower.isEmpty()) {
            return lowerWordSet().contains(lower);
        }
        boolean found = false;
        for (int s = 0; s < texts.size() && !found; s++) {
            QuoteText qt = texts.get(s);
            lookupBudget -= qt.text.length();
            for (int p = qt.text.indexOf(lower); p >= 0 && !found; p = qt.text.indexOf(lower, p + 1)) {
                int k = qt.tokenAt(p);
                Tok t = k < qt.tokens().size() ? qt.tokens().get(k) : null;
                found = t != null && t.start() == p && t.lowerCase() && t.is(lower);
            }
        }
        lowerAsked.put(lower, found);
        return found;
    }

    /** Every word written with a lower-case first letter, up to 50,000 of them. */
    private Set<String> lowerWordSet() {
        if (lowerWords == null) {
            lowerWords = new java.util.HashSet<>();
            for (QuoteText qt : texts) {
                for (int i = 0, n = qt.tokenCount(); i < n; i++) {
                    if (qt.lowerCaseAt(i) && lowerWords.size() < 50_000) {
                        lowerWords.add(qt.textAt(i));
                    }
                }
            }
        }
        return lowerWords;
    }

    /** Adds a mention of the name; null when no entity may be made for it (the cap). */
    private Mention add(Named found) {
        Name n = found.name();
        int pos = found.pos();
        boolean heading = found.heading();
        String text = n.text(); // made once: the form counted below and the entity's key
        Entity e = entity(n.words(), key(text), pos);
        if (e == null) {
            return null;
        }
        e.lastPos = pos;
        e.inText |= !heading;
        if (e.forms.size() < 16) {
            e.forms.merge(text, 1, Integer::sum);
        }
        evidence(e, n, found.qt(), found.first());
        Mention m = new Mention(pos, found.sentence(), e, n.possessive(), heading);
        mentions.add(m);
        return m;
    }

    /** The entity for these name words ({@code key} is {@link #key} of them), creating or extending one. */
    private Entity entity(List<String> words, String key, int pos) {
        Entity e = byKey.get(key);
        if (e != null) {
            return e;
        }
        Entity longer = null;
        Entity shorter = null;
        List<Entity> fuller = new ArrayList<>();
        for (Entity c : candidates(words)) {
            if (c.words.size() > words.size() && contains(c.words, words)) {
                fuller.add(c);
            } else if (c.words.size() < words.size() && contains(words, c.words)) {
                if (shorter == null || c.lastPos > shorter.lastPos) {
                    shorter = c;
                }
            }
        }
        longer = fullest(fuller, words);
        if (longer != null) {
            byKey.put(key, longer);
            return longer;
        }
        if (shorter != null && !shorter.org && (shorter.words.size() == 1
                || shorter.words.get(shorter.words.size() - 1).equalsIgnoreCase(words.get(words.size() - 1)))) {
            // The fuller name of someone named shortly before ("Fiona" ... "Fiona Parry").
            shorter.words = words;
            shorter.name = String.join(" ", words);
            byKey.put(key, shorter);
            index(shorter);
            return shorter;
        }
        if (entities.size() >= MAX_ENTITIES) {
            return null;
        }
        e = new Entity(words, pos);
        entities.add(e);
        byKey.put(key, e);
        index(e);
        return e;
    }

    private List<Entity> candidates(List<String> words) {
        List<Entity> out = new ArrayList<>();
        for (String w : words) {
            List<Entity> l = byWord.get(w.toLowerCase(Locale.ROOT));
            if (l != null) {
                for (Entity e : l) {
                    if (!out.contains(e)) {
                        out.add(e);
                    }
                }
            }
            if (out.size() > 64) {
                break;
            }
        }
        return out;
    }

    private void index(Entity e) {
        for (String w : e.words) {
            List<Entity> l = byWord.computeIfAbsent(w.toLowerCase(Locale.ROOT), k -> new ArrayList<>());
            if (!l.contains(e) && l.size() < 64) {
                l.add(e);
            }
        }
    }

    /**
     * Which fuller name a short form stands for: a surname ("Parata") for the first person the
     * article gave it to, a given name or the first words ("Te Kaurinui", "Yoon") for the longest
     * name that starts with them.
     */
    private static Entity fullest(List<Entity> fuller, List<String> words) {
        Entity bySurname = null;
        Entity byStart = null;
        String last = words.get(words.size() - 1);
        for (Entity c : fuller) {
            if (c.words.get(c.words.size() - 1).equalsIgnoreCase(last)) {
                if (bySurname == null || c.firstPos < bySurname.firstPos) {
                    bySurname = c;
                }
            } else if (byStart == null || c.words.size() > byStart.words.size()
                    || c.words.size() == byStart.words.size() && c.lastPos > byStart.lastPos) {
                byStart = c;
            }
        }
        return bySurname != null ? bySurname : byStart;
    }

    /**
     * Whether {@code part} is a short form of {@code whole}: its words in order, sharing the first
     * or the last word ("Stoltenberg", "Te Kaurinui", "Yoon" of "Yoon Suk Yeol").
     */
    static boolean contains(List<String> whole, List<String> part) {
        if (part.isEmpty() || part.size() > whole.size()) {
            return false;
        }
        boolean first = part.get(0).equalsIgnoreCase(whole.get(0));
        boolean last = part.get(part.size() - 1).equalsIgnoreCase(whole.get(whole.size() - 1));
        if (!first && !last) {
            return false;
        }
        int j = 0;
        for (String w : whole) {
            if (j < part.size() && w.equalsIgnoreCase(part.get(j))) {
                j++;
            }
        }
        return j == part.size();
    }

    /** The key of a name in {@link #byKey}: its words joined by spaces ({@link Name#text}), lower-cased. */
    private static String key(String joined) {
        return joined.toLowerCase(Locale.ROOT);
    }

    /** What the words around one mention say about the entity. */
    private static void evidence(Entity e, Name n, QuoteText qt, boolean firstInSentence) {
        List<Tok> toks = qt.tokens();
        List<String> words = n.words();
        for (int k = 0; k < words.size() && !e.org; k++) {
            // A token's kept answer, but for a possessive's last word, which is no token's text.
            boolean stripped = n.possessive() && k == words.size() - 1;
            if (stripped ? QuoteCues.isOrgHead(words.get(k)) : toks.get(n.wordsFrom() + k).orgHead()) {
                e.org = true;
            }
        }
        if (words.size() == 1 && isAcronym(words.get(0))) {
            e.org = true;
        }
        if (words.size() >= 2 && (QuoteCues.isPlaceWord(words.get(0), true)
                || QuoteCues.isPlaceWord(words.get(words.size() - 1), false))) {
            e.place = true;
        }
        if (!n.titles().isEmpty()) {
            e.score += 3;
            for (String t : n.titles()) {
                char g = QuoteCues.honorific(t.toLowerCase(Locale.ROOT));
                gender(e, g);
                gender(e, QuoteCues.role(t));
                for (String part : t.toLowerCase(Locale.ROOT).split("-")) {
                    e.roles.add(part);
                }
            }
        } else {
            if (n.the()) {
                e.score -= 2;
                e.orgScore += 1;
            }
            if (n.before() != null && QuoteCues.isPlacePreposition(n.before())) {
                e.score -= 1;
            }
        }
        // Role nouns right before the name: "skipper Wade Bassi", "the philosopher Luis de Miranda".
        for (int k = n.from() - 1; k >= 0 && k >= n.from() - 3; k--) {
            Tok t = toks.get(k);
            char g = t.word() && !t.cap() ? t.role() : 0;
            if (g == 0 || t.orgHead() || t.pluralRole()) {
                break;
            }
            e.score += 2;
            e.roles.add(t.lower());
            gender(e, g);
        }
        // Right after its cue: "sagte Björndalen", "said Robert M. Danin".
        if (n.from() >= 1 && toks.get(n.from() - 1).cue() == QuoteCues.CueKind.VERB
                && (n.from() < 2 || toks.get(n.from() - 2).quote() || toks.get(n.from() - 2).punct(",»«“”\""))) {
            e.score += 1;
        }
        // A name in apposition to a role: "her mother, Fiona,", "a co-worker, Nehemiah Dejesus,".
        if (n.from() >= 2 && toks.get(n.from() - 1).punct(",")) {
            Tok r = toks.get(n.from() - 2);
            char g = r.word() && !r.cap() ? r.role() : 0;
            if (g != 0 && !r.orgHead() && !r.pluralRole()) {
                e.score += 2;
                e.roles.add(r.lower());
                gender(e, g);
            }
        }
        int k = n.to();
        Tok a = k < toks.size() ? toks.get(k) : null;
        if (words.size() == 1 && n.titles().isEmpty() && a != null && a.word() && !a.cap()
                && (a.role() != 0 || a.orgHead())) {
            e.score -= 2; // a modifier: "the former Russian ambassador", "Seoul resident"
        }
        // The two tokens after a comma, read only after one; the word next, tested without a copy.
        boolean comma = a != null && a.punct(",");
        Tok b = comma && k + 1 < toks.size() ? toks.get(k + 1) : null;
        Tok c = comma && k + 2 < toks.size() ? toks.get(k + 2) : null;
        if (comma && b != null && c != null && b.text().chars().allMatch(Character::isDigit)
                && b.text().length() <= 3 && c.punct(",")) {
            e.score += 2; // an age: "Parata, 75,"
        }
        int next = a == null ? -1 : comma && b != null ? k + 1 : k;
        if (next >= 0 && qt.lowerIs(next, "who")) {
            e.score += 1;
        } else if (next >= 0 && qt.lowerIs(next, "which")) {
            e.score -= 3;
            e.orgScore += 2;
        }
        if (a != null && a.punct(",") && !n.possessive()) {
            // An appositive naming a role: "Lee, the Democratic Party leader," "Azzouz, a director".
            for (int j = k + 1; j < toks.size() && j <= k + 9; j++) {
                Tok t = toks.get(j);
                if (!t.word()) {
                    break;
                }
                char g = t.role();
                if (g != 0 && !t.orgHead()) {
                    e.score += 2;
                    e.roles.add(t.lower());
                    gender(e, g);
                }
            }
        }
        // A cue right after the name: "Netanyahu strongly warned", "X said it".
        int j = k;
        while (j < toks.size() && j < k + 3 && toks.get(j).word() && toks.get(j).aux()) {
            j++;
        }
        if (j < toks.size() && !n.possessive() && toks.get(j).cue() == QuoteCues.CueKind.VERB) {
            e.score += 1;
            String after = j + 1 < toks.size() ? toks.get(j + 1).lower() : "";
            Pronoun p = QuoteCues.pronoun(after);
            if (p == Pronoun.NEUTER || p == Pronoun.PLURAL) {
                e.score -= 3;
                e.orgScore += 2;
            } else if (p == Pronoun.MALE) {
                gender(e, 'm');
            } else if (p == Pronoun.FEMALE) {
                gender(e, 'f');
            }
        }
        if (firstInSentence && !n.possessive()) {
            // "Hori Parata was seven when he attended": the first he/she after a sentence's first name.
            // Read from the token arrays: most of these tokens are never looked at otherwise.
            for (int m = k; m < toks.size() && m < k + 25; m++) {
                if (qt.punctAt(m, ".!?") || qt.capAt(m) && m > k && !qt.lowerIs(m, "he") && !qt.lowerIs(m, "she")
                        && !toks.get(m).stopword()) {
                    break;
                }
                if (qt.lowerIs(m, "he") || qt.lowerIs(m, "his") || qt.lowerIs(m, "him")) {
                    gender(e, 'm');
                    break;
                }
                if (qt.lowerIs(m, "she") || qt.lowerIs(m, "her")) {
                    gender(e, 'f');
                    break;
                }
            }
        }
    }

    private static void gender(Entity e, char g) {
        if (g == 'm') {
            e.male++;
        } else if (g == 'f') {
            e.female++;
        }
        e.gender = e.male > e.female ? 'm' : e.female > e.male ? 'f' : 0;
    }

    /** Records that a pronoun of this gender was resolved to the entity. */
    void noteGender(Entity e, Pronoun p) {
        if (p == Pronoun.MALE) {
            gender(e, 'm');
        } else if (p == Pronoun.FEMALE) {
            gender(e, 'f');
        }
    }

    /**
     * Tells apart the entities from index {@code from} on. Telling one apart again changes
     * nothing: its type and name follow from its mentions alone.
     */
    private void classify(int from) {
        for (Entity e : entities.subList(from, entities.size())) {
            if (e.org) {
                e.type = ORG;
            } else if (e.place) {
                e.type = OTHER;
            } else if (e.score >= (e.words.size() == 1 ? 1 : 0)) {
                e.type = PERSON;
            } else {
                e.type = e.orgScore >= 2 ? ORG : OTHER;
            }
            if (e.type == ORG) {
                String best = e.name;
                int count = 0;
                for (Map.Entry<String, Integer> f : e.forms.entrySet()) {
                    if (f.getValue() > count || f.getValue() == count && f.getKey().length() > best.length()) {
                        best = f.getKey();
                        count = f.getValue();
                    }
                }
                e.name = best;
            }
        }
    }

    // --- names in a token list ---

    static boolean isAcronym(String w) {
        if (w.length() < 2) {
            return false;
        }
        int letters = 0;
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (Character.isLetter(c)) {
                if (!Character.isUpperCase(c)) {
                    return false;
                }
                letters++;
            }
        }
        return letters >= 2;
    }

    private static boolean nameWord(Tok t) {
        if (!t.word() || !t.cap()) {
            return false;
        }
        return t.kept(QuoteText.NAME_WORD, Mentions::isNameWord);
    }

    private static boolean isNameWord(Tok t) {
        String s = t.text();
        if (s.equals("I") || s.startsWith("I’") || s.startsWith("I'")) {
            return false;
        }
        for (String end : s.indexOf('-', 1) > 0 ? ADJECTIVE_ENDINGS : NO_ENDINGS) {
            if (s.length() > end.length() && s.regionMatches(true, s.length() - end.length(), end, 0, end.length())) {
                return false;
            }
        }
        return !t.calendar();
    }

    private static boolean possessive(String s) {
        char last = s.isEmpty() ? ' ' : s.charAt(s.length() - 1);
        if (last != 's' && last != 'S' || s.length() < 2) {
            return false;
        }
        char mark = s.charAt(s.length() - 2);
        return mark == '’' || mark == '\'';
    }

    /** The name that starts at token {@code i}, or null. */
    static Name nameAt(List<Tok> toks, int i, int to) {
        return nameAt(toks, i, to, false);
    }

    /** The name that starts at token {@code i}, or null; {@code german} as for {@link #nounsCapitalised}. */
    static Name nameAt(List<Tok> toks, int i, int to, boolean german) {
        return nameAt(toks, i, to, german, true);
    }

    /**
     * As {@link #nameAt(List, int, int, boolean)}; without {@code glance} a lower-case word after
     * the run is read for a particle or connector even where no name word could follow it (tests
     * compare the two).
     */
    static Name nameAt(List<Tok> toks, int i, int to, boolean german, boolean glance) {
        Tok t = toks.get(i);
        // A name may start with its particle only where a clause starts: "…,” de Miranda writes";
        // after a word it is a preposition: "comandante do Brasil", "ministre du Travail".
        boolean particleStart = t.word() && !t.cap() && t.lowerLengthAtLeast() <= LONGEST_PARTICLE
                && t.lower().length() <= LONGEST_PARTICLE
                && PARTICLES.contains(t.lower()) && !(german && (germanArticle(t.lower()) || t.lower().equals("von")))
                && i + 1 < to
                && nameWord(toks.get(i + 1)) && (i == 0 || !toks.get(i - 1).word());
        if (!nameWord(t) && !particleStart) {
            return null;
        }
        int j = i + (particleStart ? 2 : 1);
        boolean org = t.orgHead() || particleStart && toks.get(i + 1).orgHead();
        boolean poss = possessive(toks.get(j - 1).text());
        while (!poss && j < to && j - i < 12) {
            Tok u = toks.get(j);
            if (nameWord(u)) {
                org |= u.orgHead();
                poss = possessive(u.text());
                j++;
                continue;
            }
            if (!u.word() || u.cap()
                    || glance && (u.lowerLengthAtLeast() > LONGEST_JOINER || !capWordWithin(toks, j + 1, 3, to))) {
                // Neither a particle nor a connector, or none with a name word after it that the
                // branches below need: no lower case needed.
                break;
            }
            String l = u.lower();
            // Runs of particles: "van der Wal", "von der Leyen", "de la Cruz".
            int after = j;
            while (after < to && after < j + 3 && toks.get(after).word() && !toks.get(after).cap()
                    && PARTICLES.contains(toks.get(after).lower())) {
                after++;
            }
            if (after > j + 1 && after < to && nameWord(toks.get(after)) && !org
                    && !(german && l.equals("von") && !toks.get(j + 1).lower().startsWith("d"))
                    && (after + 1 >= to || !nameWord(toks.get(after + 1)))) {
                j = after + 1;
                poss = possessive(toks.get(after).text());
                continue;
            }
            if (u.word() && !u.cap() && j + 1 < to && nameWord(toks.get(j + 1))) {
                boolean particle = PARTICLES.contains(l) && !CONNECTORS.contains(l) || l.equals("de")
                        || l.equals("van") || l.equals("von") || l.equals("der") || l.equals("del");
                // A particle ends a person's name with one more word: "Luis de Miranda", not "Rioba von World Vision".
                // In German a lone article is the genitive's: "ein Sprecher der Stadt" ("von der Leyen" is a run).
                if (german && (l.equals("von") || germanArticle(l))) {
                    particle = false;
                }
                if (particle && !org && (j + 2 >= to || !nameWord(toks.get(j + 2)))) {
                    j++;
                    continue;
                }
                if (CONNECTORS.contains(l) && joinsOrg(toks, i, j, to, org)) {
                    j++;
                    continue;
                }
            }
            break;
        }
        return normalise(toks, i, j, poss);
    }

    /**
     * "der", "des", "den": in German text an article, which alone neither opens nor joins a name; after
     * a role noun it opens the role's genitive ("der Chef der Polizei").
     */
    static boolean germanArticle(String lower) {
        return lower.equals("der") || lower.equals("des") || lower.equals("den");
    }

    /** Whether one of the {@code n} tokens from {@code k} (before {@code to}) is a capitalised word, as a name word is. */
    private static boolean capWordWithin(List<Tok> toks, int k, int n, int to) {
        for (int m = k; m < k + n && m < to; m++) {
            Tok t = toks.get(m);
            if (t.word() && t.cap()) {
                return true;
            }
        }
        return false;
    }

    /** Whether a connector at {@code j} joins an organisation's name ("Department of Conservation"). */
    private static boolean joinsOrg(List<Tok> toks, int i, int j, int to, boolean orgBefore) {
        if (orgBefore || toks.get(j - 1).title()) {
            return true;
        }
        for (int k = j + 1; k < to && k < j + 6 && nameWord(toks.get(k)); k++) {
            if (toks.get(k).orgHead()) {
                return true;
            }
        }
        return false;
    }

    private static Name normalise(List<Tok> toks, int from, int to, boolean poss) {
        List<String> w = new ArrayList<>();
        for (int k = from; k < to; k++) {
            w.add(toks.get(k).text());
        }
        boolean the = from > 0 && isDeterminer(toks.get(from - 1).lower());
        String before = from > 0 && toks.get(from - 1).word() ? toks.get(from - 1).lower() : null;
        // Capitalised function words at a sentence start, then acronyms qualifying a title ("NATO chief").
        while (!w.isEmpty()) {
            String first = w.get(0);
            Tok ft = toks.get(to - w.size()); // w is the tail of the run: its first word is this token's text
            if (!(ft.stopword() && (Character.isUpperCase(first.charAt(0)) || w.size() == 1 || isDeterminer(ft.lower()))
                    || first.equals("I") || first.startsWith("I’") || first.startsWith("I'"))) {
                break;
            }
            String l = ft.lower(); // made only for a word stripped
            w.remove(0);
            if (isDeterminer(l)) {
                the = true;
            } else {
                before = l;
            }
        }
        while (w.size() > 1 && isAcronym(w.get(0)) && !w.get(0).contains(".")) {
            w.remove(0);
        }
        // Titles: everything up to the last title word that has a name after it.
        List<String> titles = new ArrayList<>();
        int lastTitle = -1;
        int base = to - w.size(); // w is still the tail of the run: its words' lower case is the tokens'
        for (int k = 0; k < w.size() - 1; k++) {
            if (titleWord(toks.get(base + k)) && !possessive(w.get(k))) {
                lastTitle = k;
            }
        }
        if (lastTitle >= 0) {
            boolean rest = false;
            for (int k = lastTitle + 1; k < w.size(); k++) {
                rest |= Character.isUpperCase(w.get(k).charAt(0)) && !titleWord(toks.get(base + k));
            }
            if (rest) {
                titles.addAll(w.subList(0, lastTitle + 1));
                w = new ArrayList<>(w.subList(lastTitle + 1, w.size()));
                if (!w.isEmpty() && CONNECTORS.contains(w.get(0).toLowerCase(Locale.ROOT))) {
                    w.clear(); // an affiliation, not a name: "Sprecher des Ministeriums", "chief of Staff"
                }
            }
        }
        if (!w.isEmpty() && poss) {
            String last = w.get(w.size() - 1);
            w.set(w.size() - 1, last.substring(0, last.length() - 2));
        }
        if (w.size() == 1 && (poss ? bareRole(w.get(0), titles.isEmpty()) : bareRole(toks.get(to - 1), titles.isEmpty()))) {
            w.clear(); // a bare title or role noun: "President", "Diplomats", "Experte"; not the surname "Elder"
        }
        return new Name(from, to, titles, w, poss, the, before, to - w.size());
    }

    /** A lone name word that is a title, or a role noun when no title stands before it. */
    private static boolean bareRole(String w, boolean noTitles) {
        return QuoteCues.isTitle(w) || w.isEmpty()
                || (QuoteCues.isPluralRole(w) || QuoteCues.isCapitalisedRole(w)) && noTitles;
    }

    /** As {@link #bareRole(String, boolean)} for the token's text, from its kept answers. */
    private static boolean bareRole(Tok t, boolean noTitles) {
        return t.title() || (t.pluralRole() || t.capitalisedRole()) && noTitles;
    }

    /** A title or a role noun standing before a name ("Nurse Ada Wong", "Die Ärztin Eva Roth"). */
    private static boolean titleWord(Tok t) {
        return t.kept(QuoteText.TITLE_WORD, Mentions::isTitleWord);
    }

    private static boolean isTitleWord(Tok t) {
        // The token's kept answers: QuoteCues.isTitle and QuoteCues.role of its text, from one look-up.
        return t.title() || t.role() != 0 && !t.orgHead();
    }

    private static boolean isDeterminer(String l) {
        return l.equals("the") || l.equals("der") || l.equals("die") || l.equals("das") || l.equals("le")
                || l.equals("la") || l.equals("les") || l.equals("het") || l.equals("el") || l.equals("los")
                || l.equals("las");
    }

    // --- resolution ---

    /** The entity for a name as written (fullest form), or null when the index does not know it. */
    Entity byName(List<String> words, int pos) {
        if (words.isEmpty()) {
            return null;
        }
        group(words);
        String key = key(String.join(" ", words));
        if (words.size() >= 2 && writtenLower(words.get(0).toLowerCase(Locale.ROOT))
                && byKey.get(key) == null) {
            Entity e = byName(words.subList(1, words.size()), pos);
            if (e != null) {
                return e;
            }
        }
        Entity e = byKey.get(key);
        if (e != null) {
            return e;
        }
        List<Entity> fuller = new ArrayList<>();
        for (Entity c : candidates(words)) {
            if (c.words.size() >= words.size() && contains(c.words, words)) {
                fuller.add(c);
            }
        }
        return fuller.isEmpty() ? null : fullest(fuller, words);
    }

    /**
     * Whether {@link #byName} could know these words in an index over these segments, with no index
     * built: every word of an entity is written in a segment (a token, or one less its "'s"), so a
     * name none of whose words is written anywhere is unknown. Only an ASCII word is looked for
     * (its lower case is one letter per letter); a name with any other word may be known.
     */
    static boolean mayKnow(List<String> words, List<QuoteSpans.Segment> segs) {
        for (String w : words) {
            if (w.isEmpty() || !w.chars().allMatch(c -> c < 128)) {
                return true;
            }
        }
        for (String w : words) {
            String lw = w.toLowerCase(Locale.ROOT);
            for (QuoteSpans.Segment sg : segs) {
                if (writtenIgnoringCase(sg.text(), lw)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether {@code text} holds {@code lower} (ASCII, lower case) with each letter in either case. */
    private static boolean writtenIgnoringCase(String text, String lower) {
        char first = lower.charAt(0);
        for (int p = 0, last = text.length() - lower.length(); p <= last; p++) {
            if (Character.toLowerCase(text.charAt(p)) != first) {
                continue;
            }
            int k = 1;
            while (k < lower.length() && Character.toLowerCase(text.charAt(p + k)) == lower.charAt(k)) {
                k++;
            }
            if (k == lower.length()) {
                return true;
            }
        }
        return false;
    }

    /*
     * The mentions in text order, read one by one: from the whole index, or while it is made by
     * groups from the pending names, each name's group made when its mention is read. Below
     * MAX_ENTITIES names every name is a mention, so the two count alike.
     */

    private int mentionCount() {
        return pending == null ? mentions.size() : pending.size();
    }

    private int posAt(int i) {
        return pending == null ? mentions.get(i).pos() : pending.get(i).pos();
    }

    private int sentenceAt(int i) {
        return pending == null ? mentions.get(i).sentence() : pending.get(i).sentence();
    }

    private Mention mentionAt(int i) {
        if (pending == null) {
            return mentions.get(i);
        }
        if (added == null || !added.get(i)) {
            group(pending.get(i).name().words());
        }
        return mentionOf[i];
    }

    private int lastBefore(int pos) {
        int lo = 0;
        int hi = mentionCount();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (posAt(mid) < pos) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo - 1;
    }

    /**
     * The entity a pronoun stands for: walking back sentence by sentence from {@code pos}, the
     * first compatible entity named in the nearest sentence that names one (not one only named
     * in the possessive, if another is found).
     */
    Entity resolve(Pronoun p, int pos, int sentence, int maxSentences) {
        Mention m = resolveMention(p, pos, sentence, maxSentences);
        return m == null ? null : m.entity();
    }

    /** As {@link #resolve}, the mention found. */
    private Mention resolveMention(Pronoun p, int pos, int sentence, int maxSentences) {
        int type = p == Pronoun.NEUTER ? ORG : PERSON;
        Mention fallback = null;
        Mention found = null;
        int current = Integer.MIN_VALUE;
        int steps = 0;
        for (int i = lastBefore(pos); i >= 0 && steps < 200; i--, steps++) {
            int at = sentenceAt(i);
            if (at != current) {
                if (found != null) {
                    return found;
                }
                current = at;
            }
            if (sentence - at > maxSentences) {
                break;
            }
            Mention m = mentionAt(i);
            Entity e = m.entity();
            if (!compatible(e, p, type) || m.heading() && !e.inText) {
                continue;
            }
            if (m.possessive()) {
                if (fallback == null) {
                    fallback = m;
                }
            } else if (found == null || rank(e) >= rank(found.entity())) {
                // Going back through the sentence: its first name is its subject, unless a later one
                // has spoken before or is plainly a person ("…, Caudevilla said" after "Energy Control").
                found = m;
            }
        }
        return found != null ? found : fallback;
    }

    private static int rank(Entity e) {
        return (e.speaker ? 2 : 0) + (e.score > 0 ? 1 : 0);
    }

    /** Records that an entity was given as the speaker of a quote. */
    void spoke(Entity e) {
        e.speaker = true;
    }

    private static boolean compatible(Entity e, Pronoun p, int type) {
        if (type == ORG) {
            return e.type == ORG;
        }
        if (!e.person()) {
            return false;
        }
        switch (p) {
            case MALE: return e.gender != 'f';
            case FEMALE: return e.gender != 'm';
            case FEMALE_OR_PLURAL: return e.gender != 'm';
            default: return true;
        }
    }

    /**
     * The person a definite role stands for ("the Secretary-General", "the minister"): the most
     * recent one given that role; else, for a role noun, the nearest person as for a pronoun.
     */
    Entity resolveRole(List<String> roleWords, char gender, int pos, int sentence) {
        if (roleWords.isEmpty()) {
            return null;
        }
        whole();
        String head = roleWords.get(roleWords.size() - 1);
        Entity best = null;
        boolean bestBefore = false;
        for (Entity e : entities) {
            if (!e.person() || !hasRole(e, roleWords, head)) {
                continue;
            }
            boolean before = e.firstPos < pos;
            if (best == null || before && !bestBefore || before == bestBefore && before && e.lastPos > best.lastPos) {
                best = e;
                bestBefore = before;
            }
        }
        if (best != null) {
            return best;
        }
        if (QuoteCues.isOrgHead(head)) {
            return resolveOrg(roleWords, pos, sentence);
        }
        if (QuoteCues.role(head) == 0) {
            return null;
        }
        // No one was given this role: the nearest person of a compatible gender, if the article gave
        // them no other role or named them in this sentence or the one before ("Finanzminister
        // Christian Lindner zeigte sich zurückhaltend. „…“, betonte der FDP-Chef.").
        Pronoun p = gender == 'm' ? Pronoun.MALE : gender == 'f' ? Pronoun.FEMALE : Pronoun.PLURAL;
        Mention m = resolveMention(p, pos, sentence, 4);
        if (m == null) {
            return null;
        }
        Entity e = m.entity();
        if (!e.speaker && e.score <= 0 && e.gender == 0) {
            return null; // nothing says this name is a person's ("ein neuer BahnComfort First-Bereich")
        }
        return e.roles.isEmpty() || hasRole(e, roleWords, head) || sentence - m.sentence() <= 1 ? e : null;
    }

    /** Whether an entity was given this role ("Außenministerin" counts for "die Ministerin"). */
    private static boolean hasRole(Entity e, List<String> roleWords, String head) {
        if (e.roles.containsAll(roleWords)) {
            return true;
        }
        for (String r : e.roles) {
            if (r.equals(head) || head.length() >= 5 && r.endsWith(head)) {
                return true;
            }
        }
        return false;
    }

    /** The organisation a definite phrase stands for ("the agency", "the conservation department"). */
    Entity resolveOrg(List<String> words, int pos, int sentence) {
        boolean generic = words.size() == 1;
        Entity any = null;
        for (int i = lastBefore(pos), steps = 0; i >= 0 && steps < 300; i--, steps++) {
            if (sentence - sentenceAt(i) > 30) {
                break;
            }
            Mention m = mentionAt(i);
            Entity e = m.entity();
            if (e.type != ORG) {
                continue;
            }
            boolean all = true;
            for (String w : words) {
                boolean hit = false;
                for (String ew : e.words) {
                    hit |= ew.equalsIgnoreCase(w) || ew.length() > 4 && w.length() > 4
                            && ew.substring(0, 5).equalsIgnoreCase(w.substring(0, 5));
                }
                all &= hit;
            }
            if (all && !generic) {
                return e;
            }
            if (any == null && sentence - m.sentence() <= 6) {
                any = e;
                if (generic) {
                    return e; // "the company": the organisation named last
                }
            }
        }
        return any;
    }

    /** The first person named (not in the possessive) in a sentence, or null. */
    Entity firstPerson(int sentence) {
        int lo = 0;
        int hi = mentionCount();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sentenceAt(mid) < sentence) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        for (int i = lo; i < mentionCount() && sentenceAt(i) == sentence; i++) {
            Mention m = mentionAt(i);
            if (m.entity().person() && !m.possessive()) {
                return m.entity();
            }
        }
        return null;
    }

    List<Mention> mentions() {
        whole();
        return mentions;
    }
}
