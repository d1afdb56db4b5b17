package io.github.articlemodel.extract;

import io.github.articlemodel.model.Agent;
import io.github.articlemodel.model.AgentType;
import io.github.articlemodel.model.Article;
import io.github.articlemodel.model.Block;
import io.github.articlemodel.model.Paragraph;
import io.github.articlemodel.model.Quote;
import io.github.articlemodel.model.QuoteBlock;
import io.github.articlemodel.model.QuoteKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Stage 3d: direct quotations and their speakers, over the assembled body. Finds quoted spans in
 * the common quotation-mark styles, tells full quotes from partial ones and leaves short
 * capitalised spans (titles, nicknames) alone; attributes each quote through a cue verb in the same
 * sentence ("X said", "said X", "according to X") and resolves pronouns and roles to the person
 * last named, in the fullest form the article gives. When nothing is found the speaker is absent.
 */
final class QuoteExtractor {
    private static final String OPEN = "“„«‹「\"‚";
    private static final String CLOSE_FOR = "”“»›」\"‘";
    private static final String CUE = "(?:said|says|told|tells|added|adds|wrote|writes|stressed|stresses|emphasi[sz]ed"
            + "|warned|warns|explained|noted|asked|insisted|argued|declared|replied|announced|admitted|claimed"
            + "|continued|recalled|suggested|sagte|sagt|erklärte|betonte|meinte|schrieb|fügte hinzu|warnte"
            + "|a déclaré|a dit|a affirmé|a ajouté|a souligné|déclare|affirme|zei|zegt|schreef|voegde toe"
            + "|dijo|afirmó|añadió|explicó|aseguró|ha detto|ha dichiarato|ha aggiunto)";
    /** A name: capitalised words or initials ("J. R. Smith"); a full stop only after an initial. */
    private static final String NAME_WORD = "(?:(?:Mr|Mrs|Ms|Dr|Prof|Sen|Rep|Gov|Gen|Lt|Col|Sgt|St|Jr)\\.|\\p{Lu}\\.|\\p{Lu}[\\p{L}'’-]*)";
    private static final String NAME = NAME_WORD + "(?:\\s+(?:(?:van|von|de|der|den|da|di|la|le|du|del|bin)\\s+)?"
            + NAME_WORD + "){0,3}";
    private static final String ROLE = "(?:the|a|an|der|die|das|le|la|el|de|een)\\s+(?:[\\p{L}-]+\\s+){0,5}?[\\p{L}-]+";
    private static final String PRONOUN = "(?:he|she|they|er|sie|il|elle|hij|zij|ze|él|ella)";
    private static final String SPEAKER = "(?<![\\p{L}])(" + NAME + "|" + PRONOUN + "|" + ROLE + ")";
    private static final Pattern AFTER = Pattern.compile(
            "^[\\s,.:;!?]*(?:" + SPEAKER + "\\s+(?:had\\s+|has\\s+|have\\s+)?(" + CUE + ")|(" + CUE + ")\\s+" + SPEAKER
                    + "|(according to|laut|selon|volgens|según)\\s+" + SPEAKER + ")", Pattern.UNICODE_CASE);
    private static final Pattern BEFORE = Pattern.compile(
            SPEAKER + "\\s+(?:had\\s+|has\\s+|have\\s+|also\\s+|then\\s+)?(" + CUE + ")\\b[^.!?]*$",
            Pattern.UNICODE_CASE);
    // A name starts only where no letter, apostrophe or hyphen precedes it: starting inside "Aa-Aa-Aa..."
    // would rescan the rest of the word from every capital (quadratic).
    private static final Pattern PERSON = Pattern.compile(
            "(?<![\\p{L}'’-])\\b\\p{Lu}\\p{Ll}[\\p{L}'’-]*(?:\\s+\\p{Lu}\\p{Ll}[\\p{L}'’-]*){1,5}\\b");
    private static final Pattern TITLE_WORD = Pattern.compile(
            "^(?:Secretary|General|Minister|Foreign|Deputy|Prime|President|Vice|Chancellor|Ambassador|State|Senator"
                    + "|Governor|Mayor|Mr|Mrs|Ms|Dr|Prof|Professor|Chief|Executive|Director|Spokesman|Spokeswoman"
                    + "|Spokesperson|Judge|Justice|Representative|Rep|Sen|Gen|Colonel|Captain|King|Queen|Pope"
                    + "|Herr|Frau|Monsieur|Madame|Minister-President|US|UK|EU|Russian|German|French|American"
                    + "|British|Dutch|Ukrainian|Chinese|On|In|At|The|A|But|And|When|After|Before|Bundeskanzler"
                    + "|Bundeskanzlerin|Bürgermeister|Bürgermeisterin|Staatssekretär|Ministre|Président|Présidente"
                    + "|Madame|Monsieur|Maire|Député|Sénateur|Burgemeester|Minister-president|Presidente|Señor|Señora"
                    + "|Alcalde|Ministro|Ministra|Portavoz|Sindaco|Onorevole|Prezydent|Premier|Minister|Pan|Pani"
                    + "|Frau|Herr|Dr\\.|Prof\\.)$");

    private static final Pattern TITLE_SUFFIX = Pattern.compile(
            "(?:minister|ministerin|präsident|präsidentin|president|presidente|président|présidente|kanzler"
                    + "|kanzlerin|sprecher|sprecherin|chef|chefin|direktor|direktorin|ministre|porte-parole"
                    + "|burgemeester|premier|wethouder|ministro|ministra|portavoz|sindaco|premier|minister-president"
                    + "|rzecznik|prezydent|senator|governor|secretary|general)$");

    private QuoteExtractor() {}

    static List<Quote> extract(ExtractionContext ctx, Article article) {
        List<Quote> out = new ArrayList<>();
        List<Block> body = article.body();
        List<Integer> offsets = article.blockOffsets();
        List<String> people = new ArrayList<>();
        String lastSpeaker = null;
        Agent runSpeaker = null;
        int runBlock = -10;
        String previousParagraph = "";
        for (int i = 0; i < body.size() && out.size() < 2000; i++) {
            if (ctx.outOfTime()) {
                ctx.warn("limit.time-budget", "the quotes stage stopped when the time budget ran out");
                break;
            }
            Block block = body.get(i);
            int base = offsets.get(i);
            String text = block.plainText();
            if (block instanceof QuoteBlock) {
                QuoteBlock qb = (QuoteBlock) block;
                String inner = stripMarks(qb.text());
                if (inner.isBlank()) {
                    continue;
                }
                int start = base + qb.text().indexOf(inner);
                Quote.Builder b = new Quote.Builder().text(inner).kind(QuoteKind.BLOCK).blockIndex(i)
                        .start(start).end(start + inner.length());
                qb.attribution().map(a -> a.replaceAll(",.*$", "").trim()).filter(a -> !a.isEmpty())
                        .ifPresent(a -> b.speaker(Agent.person(fullest(a, people))));
                out.add(b.build());
                continue;
            }
            if (!(block instanceof Paragraph)) {
                continue; // headings, lists and captions name things, rarely the people who speak
            }
            int pos = 0;
            int[] collected = {0}; // how far this paragraph's names are in people already
            while (pos < text.length()) {
                if (out.size() >= 2000) {
                    ctx.warn("limit.quotes", "only the first 2000 quotes were kept");
                    break;
                }
                if (ctx.outOfTime()) {
                    ctx.warn("limit.time-budget", "the quotes stage stopped when the time budget ran out");
                    break;
                }
                int open = nextOpen(text, pos);
                if (open < 0) {
                    break;
                }
                char o = text.charAt(open);
                int close = closing(text, open, o);
                if (close < 0) {
                    break;
                }
                String inner = text.substring(open + 1, close);
                pos = close + 1;
                String trimmed = inner.strip();
                int words = trimmed.isEmpty() ? 0 : trimmed.split("\\s+").length;
                if (words == 0) {
                    continue;
                }
                if (words < 2 && !trimmed.matches("(?s).*[.,!?…]$")) {
                    collectPeople(text, collected, close, people); // one word: never a quote, whatever the cue
                    continue;
                }
                String before = sentenceBefore(text, open);
                String after = text.substring(close + 1, Math.min(text.length(), close + 1 + 120));
                Optional<String[]> attribution = attribute(before, after);
                if (attribution.isEmpty() && open <= 1 && previousParagraph.endsWith(":")) {
                    // "X said:" closing the paragraph before introduces this one.
                    attribution = attribute(sentenceBefore(previousParagraph, previousParagraph.length() - 1), "");
                }
                boolean sentence = trimmed.matches("(?s).*[.,!?…]$") || words >= 6;
                if (!sentence) {
                    // Short spans are quotes only when a cue attributes them; titles and scare quotes are not.
                    if (words < 2 || attribution.isEmpty() || titleCase(trimmed)) {
                        collectPeople(text, collected, close, people);
                        continue;
                    }
                }
                collectPeople(text, collected, open, people);
                String quoted = trimmed.replaceAll("[,]$", "").strip();
                if (quoted.isEmpty()) {
                    continue;
                }
                int start = base + open + 1 + inner.indexOf(trimmed);
                Quote.Builder b = new Quote.Builder().text(quoted)
                        .kind(sentence ? QuoteKind.FULL : QuoteKind.PARTIAL)
                        .blockIndex(i).start(start).end(start + quoted.length());
                if (attribution.isPresent()) {
                    String who = attribution.get()[0];
                    b.cue(attribution.get()[1]);
                    Optional<Agent> speaker = resolve(who, people, lastSpeaker);
                    speaker.ifPresent(b::speaker);
                    if (speaker.isPresent() && speaker.get().type() == AgentType.PERSON) {
                        lastSpeaker = speaker.get().name();
                    }
                    runSpeaker = speaker.orElse(null);
                    runBlock = i;
                } else if (sentence && runSpeaker != null && i - runBlock <= 1) {
                    // A quote in a run of quotes (same or next paragraph) without its own cue is the same voice.
                    b.speaker(runSpeaker);
                    runBlock = i;
                }
                out.add(b.build());
            }
            collectPeople(text, collected, text.length(), people);
            previousParagraph = text;
        }
        return out;
    }

    private static int nextOpen(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (OPEN.indexOf(c) >= 0) {
                if (c == '‚' || c == '"') {
                    // Straight and low single marks open only at a word start.
                    if (i > 0 && Character.isLetterOrDigit(text.charAt(i - 1))) {
                        continue;
                    }
                }
                return i;
            }
        }
        return -1;
    }

    private static int closing(String text, int open, char o) {
        String closers;
        switch (o) {
            case '“': closers = "”\""; break;
            case '„': closers = "“”\""; break;
            case '«': closers = "»"; break;
            case '‹': closers = "›"; break;
            case '「': closers = "」"; break;
            case '‚': closers = "‘’"; break;
            default: closers = "\"”"; break;
        }
        int limit = Math.min(text.length(), open + 3000);
        for (int i = open + 1; i < limit; i++) {
            if (closers.indexOf(text.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }

    private static String sentenceBefore(String text, int open) {
        int from = Math.max(0, open - 300);
        String s = text.substring(from, open);
        int cut = Math.max(s.lastIndexOf(". "), Math.max(s.lastIndexOf("? "), s.lastIndexOf("! ")));
        return cut >= 0 ? s.substring(cut + 2) : s;
    }

    /** The speaker phrase and cue verb, from the words right after the quote or the sentence before it. */
    private static Optional<String[]> attribute(String before, String after) {
        Matcher m = AFTER.matcher(after);
        if (m.find()) {
            if (m.group(1) != null) {
                return Optional.of(new String[] {m.group(1), m.group(2)});
            }
            if (m.group(3) != null) {
                return Optional.of(new String[] {m.group(4), m.group(3)});
            }
            return Optional.of(new String[] {m.group(6), m.group(5)});
        }
        // The attribution nearest the quote wins: "Diplomats said he had said ... a “moment”" is his.
        Matcher b = BEFORE.matcher(before);
        String[] last = null;
        int from = 0;
        while (from < before.length() && b.find(from)) {
            last = new String[] {b.group(1), b.group(2)};
            from = b.start() + 1;
        }
        return Optional.ofNullable(last);
    }

    private static Optional<Agent> resolve(String who, List<String> people, String lastSpeaker) {
        String w = who.trim();
        boolean pronoun = w.matches("(?i)" + PRONOUN);
        boolean role = w.matches("(?i)" + ROLE) && !Character.isUpperCase(w.charAt(0)) || w.matches("(?i)^(the|a|an) .*");
        if (pronoun || role) {
            String antecedent = people.isEmpty() ? lastSpeaker : people.get(people.size() - 1);
            if (antecedent != null) {
                return Optional.of(Agent.person(fullest(antecedent, people)));
            }
            return role ? Optional.of(new Agent.Builder().name(w).type(AgentType.ROLE).build()) : Optional.empty();
        }
        String name = stripTitles(w);
        return name.isEmpty() ? Optional.empty() : Optional.of(Agent.person(fullest(name, people)));
    }

    /** The longest name the article gave that ends with this one (Stoltenberg → Jens Stoltenberg). */
    private static String fullest(String name, List<String> people) {
        String best = name;
        String last = name.substring(name.lastIndexOf(' ') + 1);
        for (String p : people) {
            if (p.endsWith(last) && p.length() > best.length()) {
                best = p;
            }
        }
        return best;
    }

    /**
     * Adds the names in {@code text} from {@code collected[0]} up to {@code end} and moves {@code
     * collected[0]} there: each part of a paragraph is read once, however many quotes it holds.
     */
    private static void collectPeople(String text, int[] collected, int end, List<String> people) {
        if (end <= collected[0]) {
            return;
        }
        Matcher m = PERSON.matcher(text).region(collected[0], end).useTransparentBounds(true);
        collected[0] = end;
        while (m.find()) {
            String n = stripTitles(m.group());
            if (n.contains(" ") || people.stream().anyMatch(p -> p.endsWith(" " + n))) {
                people.remove(n);
                people.add(n);
                if (people.size() > 400) {
                    people.subList(0, people.size() - 200).clear();
                }
            }
        }
        if (people.size() > 200) {
            people.subList(0, people.size() - 200).clear();
        }
    }

    private static String stripTitles(String name) {
        String[] words = name.trim().replaceAll("[.,;:]+$", "").split("\\s+");
        int i = 0;
        while (i < words.length - 1 && isTitle(words[i])) {
            i++;
        }
        return String.join(" ", java.util.Arrays.copyOfRange(words, i, words.length));
    }

    /** "Secretary-General", "Außenminister", "Président": words that precede a name but are not part of it. */
    private static boolean isTitle(String word) {
        boolean all = true;
        for (String part : word.split("-")) {
            all &= TITLE_WORD.matcher(part).matches();
        }
        return all || TITLE_SUFFIX.matcher(word.toLowerCase(java.util.Locale.ROOT)).find();
    }

    private static boolean titleCase(String s) {
        for (String w : s.split("\\s+")) {
            if (!w.isEmpty() && Character.isLowerCase(w.charAt(0)) && w.length() > 3) {
                return false;
            }
        }
        return true;
    }

    private static String stripMarks(String s) {
        String t = s.strip();
        if (t.length() > 2 && OPEN.indexOf(t.charAt(0)) >= 0 && CLOSE_FOR.indexOf(t.charAt(t.length() - 1)) >= 0) {
            return t.substring(1, t.length() - 1).strip();
        }
        return t;
    }
}
