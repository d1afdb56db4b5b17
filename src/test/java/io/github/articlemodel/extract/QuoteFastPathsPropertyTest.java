package io.github.articlemodel.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.articlemodel.extract.QuoteText.Tok;
import io.github.articlemodel.model.PropertyTries;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * The quotes stage's shortcuts answer as the longer ways they stand for: the mention scan's skip
 * of a lone capitalised stopword ({@link Mentions#loneStopword}), the glance that ends a name's
 * run at a lower-case word no name word can follow, and the echo text's ASCII letters and digits
 * read without asking their type ({@link QuoteExtractor#normalised}), and a sentence's ends found
 * by their marks in an unmasked frame ({@link QuoteText#sentenceStartsByMark}).
 */
final class QuoteFastPathsPropertyTest {
    /**
     * Pieces of running text around names: capitalised stopwords and names, particles and
     * connectors in either case, titles, roles, possessives, hyphenated adjectives, calendar
     * words, punctuation and quotes; words beyond ASCII.
     */
    private static final List<String> PIECES = List.of("The ", "But ", "In ", "He ", "It's ", "the ", "a ",
            "de ", "De ", "van ", "der ", "von ", "dem ", "la ", "della ", "ibn ", "y ", "St. ", "of ", "and ", "for ",
            "on ", "für ", "voor ", "Ministry ", "Department ", "Council ", "Foreign ", "Relations ", "Health ",
            "Luis ", "Miranda ", "Ursula ", "Leyen ", "Cruz ", "Wal ", "Biden's ", "O’Brien ", "Parata’s ",
            "Amazon-owned ", "NATO ", "U.S. ", "chief ", "Mr. ", "Dr. ", "President ", "Nurse ", "minister ",
            "Minister ", "Monday ", "I ", "I’m ", "Services ", "said ", "told ", "which ", "who ", "75", ", ", ". ",
            "; ", "“", "”", "\n", "Außenministerin ", "Ärztin ", "İstanbul ", "Über ", "élan ");

    private static Gen<String> texts() {
        return PropertyTries.joined(PIECES, 1, 12);
    }

    /** Stopwords, joiners and names only: runs that reach on through up to three lower-case words. */
    private static final List<String> JOINS = List.of("The ", "But ", "Of ", "the ", "van ", "der ", "de ", "la ",
            "y ", "of ", "and ", "on ", "Wal ", "Cruz ", "Health ", "Council ", "said ", ", ");

    @Test
    void aLoneCapitalisedStopwordStartsNoName() {
        Gen<String> joins = PropertyTries.joined(JOINS, 1, 8);
        Gen<String> both = in -> (Generate.booleans().generate(in) ? texts() : joins).generate(in);
        PropertyTries.qt().forAll(both).checkAssert(s -> {
            QuoteText qt = new QuoteText(s, List.of());
            List<Tok> toks = qt.tokens();
            for (int i = 0; i < toks.size(); i++) {
                if (!Mentions.loneStopword(qt, i)) {
                    continue;
                }
                for (boolean german : new boolean[] {false, true}) {
                    Mentions.Name n = Mentions.nameAt(toks, i, toks.size(), german);
                    int at = i;
                    assertTrue(n == null || n.words().isEmpty() && n.to() <= i + 1,
                            () -> "'" + s + "' at token " + at + ": " + n);
                }
            }
        });
    }

    @Test
    void theScanPassesOverNoTokenANameMayStartAt() {
        // The scan reads only each capitalised word and the token before it: no other may start a name.
        PropertyTries.qt().forAll(texts()).checkAssert(s -> {
            QuoteText qt = new QuoteText(s, List.of());
            for (int i = 0; i < qt.tokenCount(); i++) {
                int at = i;
                int next = qt.nextCapWord(i);
                assertTrue(next == qt.tokenCount() || qt.capWordAt(next), () -> "'" + s + "' from " + at);
                for (int k = i; k < next; k++) {
                    assertFalse(qt.capWordAt(k), () -> "'" + s + "' from " + at);
                }
                assertTrue(!Mentions.mayStartName(qt, i) || qt.capWordAt(i)
                        || i + 1 < qt.tokenCount() && qt.capWordAt(i + 1), () -> "'" + s + "' at " + at);
            }
        });
    }

    @Test
    void theGlanceEndsARunWhereReadingOnEndsIt() {
        PropertyTries.qt().forAll(texts()).checkAssert(s -> {
            QuoteText qt = new QuoteText(s, List.of());
            for (int i = 0; i < qt.tokens().size(); i++) {
                for (boolean german : new boolean[] {false, true}) {
                    // Fresh tokens each time: the answers they keep must not carry one way's reads into the other.
                    List<Tok> a = new QuoteText(s, List.of()).tokens();
                    List<Tok> b = new QuoteText(s, List.of()).tokens();
                    int at = i;
                    assertEquals(Mentions.nameAt(b, i, b.size(), german, false),
                            Mentions.nameAt(a, i, a.size(), german, true), () -> "'" + s + "' at token " + at);
                }
            }
        });
    }

    @Test
    void namesWithParticlesAndConnectorsStillRunOn() {
        QuoteText qt = new QuoteText("Minister Luis de Miranda and the Department of Conservation said", List.of());
        List<Tok> toks = qt.tokens();
        assertEquals(List.of("Luis", "de", "Miranda"), Mentions.nameAt(toks, 0, toks.size()).words());
        assertEquals(List.of("Department", "of", "Conservation"), Mentions.nameAt(toks, 6, toks.size()).words());
        QuoteText lone = new QuoteText("But the minister said", List.of());
        assertTrue(Mentions.loneStopword(lone, 0));
        // A name word three lower-case words on: "The van der Wal" is a run, cut to "van der Wal".
        QuoteText far = new QuoteText("The van der Wal family", List.of());
        assertFalse(Mentions.loneStopword(far, 0));
        assertEquals(List.of("van", "der", "Wal"), Mentions.nameAt(far.tokens(), 0, far.tokens().size()).words());
        assertFalse(Mentions.loneStopword(new QuoteText("But the Minister said", List.of()), 0));
    }

    /**
     * Sentence ends and what may follow them: abbreviations, initials, dotted words, closing
     * marks, spaces of several kinds, capitals, digits, opening marks, lower case.
     */
    private static final List<String> SENTENCES = List.of("It was hard", ".", "!", "?", "…", "...", " ", "  ", "\n",
            "\u00A0", "\u2003", "She left", "he said", "Mr", "Dr.", "U.S", "Ph.D", "J", "etc", "No", "3", "”", "’", ")",
            "]", "\"", "“", "„", "«", "‘", "(", "[", "¿", "¡", "Élan", "x", "A.", ". ");

    @Test
    void sentencesFoundByTheirMarksAreThoseReadCharacterByCharacter() {
        PropertyTries.qt().forAll(PropertyTries.joined(SENTENCES, 0, 14)).checkAssert(s -> {
            QuoteText qt = new QuoteText(s, List.of());
            assertEquals(java.util.Arrays.toString(qt.sentenceStartsByChar()),
                    java.util.Arrays.toString(qt.sentenceStartsByMark()), () -> "'" + s + "'");
            assertEquals(java.util.Arrays.toString(qt.sentenceStartsByChar()), java.util.Arrays.toString(qt.sentences));
        });
    }

    @Test
    void aMaskedFrameIsReadCharacterByCharacter() {
        String s = "“It was hard.” She left. He stayed.";
        QuoteText qt = new QuoteText(s, List.of(new int[] {0, 14}));
        assertEquals("[0, 15, 25]", java.util.Arrays.toString(qt.sentences));
        assertEquals(java.util.Arrays.toString(qt.sentenceStartsByChar()), java.util.Arrays.toString(qt.sentences));
        // A text that holds the mask's own character is read so too.
        QuoteText own = new QuoteText("A \uE000. B. C", List.of());
        assertEquals(java.util.Arrays.toString(own.sentenceStartsByChar()), java.util.Arrays.toString(own.sentences));
    }

    /** The split the echo text was first made with: runs of letters and numbers, lower-cased. */
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    @Test
    void echoTextIsTheLowerCasedRunsOfLettersAndNumbers() {
        List<String> pieces = List.of("We", " ", "will", "ACT", ",", "now", "—", "3", "½", "²", "Ⅻ", "٣", "İ", "ß", "é",
                "e\u0301", "\uD835\uDC00", "\uD83D\uDE00", "'", "’", "-", "_", "\n", "Ω", "ǅ", "\u00A0", "x");
        PropertyTries.qt().forAll(PropertyTries.joined(pieces, 0, 10)).checkAssert(s -> {
            StringBuilder sb = new StringBuilder();
            for (String w : NON_WORD.split(s.toLowerCase(Locale.ROOT))) {
                if (!w.isEmpty()) {
                    sb.append(sb.length() > 0 ? " " : "").append(w);
                }
            }
            assertEquals(sb.toString(), QuoteExtractor.normalised(s), () -> "'" + s + "'");
        });
    }

    @Test
    void everyAsciiCharacterIsALetterOrNumberAsTheRegexSaysIt() {
        for (char c = 0; c < 128; c++) {
            String s = "a" + c + "b";
            boolean word = Pattern.matches("[\\p{L}\\p{N}]", String.valueOf(c).toLowerCase(Locale.ROOT));
            assertEquals(word ? ("a" + c + "b").toLowerCase(Locale.ROOT) : "a b", QuoteExtractor.normalised(s),
                    "char " + (int) c);
        }
    }
}
