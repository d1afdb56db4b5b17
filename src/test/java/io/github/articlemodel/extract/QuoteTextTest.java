package io.github.articlemodel.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.articlemodel.extract.QuoteText.Tok;
import io.github.articlemodel.internal.QuoteCues;
import io.github.articlemodel.model.PropertyTries;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * The tokens of a {@link QuoteText}: offsets kept in arrays, each token's object and strings made
 * when first read. They must be exactly what the plain tokenizer (one object and two strings per
 * token, kept here as the reference) gives.
 */
final class QuoteTextTest {
    @Test
    void wordsPunctuationAndQuotes() {
        String s = "Mr. Reeves said “It was hard.” U.S. officials, O’Neil and e.g. students";
        int open = s.indexOf('“');
        QuoteText qt = new QuoteText(s, List.of(new int[] {open, s.indexOf('”') + 1}));
        List<String> texts = new ArrayList<>();
        for (Tok t : qt.tokens()) {
            texts.add(t.text());
        }
        assertEquals(List.of("Mr.", "Reeves", "said", QuoteText.MASK_TEXT, "U.S.", "officials", ",", "O’Neil",
                "and", "e.g.", "students"), texts);
        Tok quote = qt.tokens().get(3);
        assertTrue(quote.quote());
        assertEquals(open, quote.start());
        assertEquals(s.indexOf('”') + 1, quote.end());
        assertEquals(3, qt.tokenAt(open));
        assertEquals(qt.tokens().size(), qt.tokenAt(s.length()));
        assertTrue(qt.tokens().get(6).punct(",;"));
        assertTrue(qt.tokens().get(1).is("Reeves"));
        assertTrue(!qt.tokens().get(1).is("Reeve"));
        assertEquals("reeves", qt.tokens().get(1).lower());
        assertTrue(qt.wordAt(1) && !qt.wordAt(3) && !qt.wordAt(6));
    }

    @Test
    void sentencesEndAfterWordsButNotAfterAbbreviations() {
        String s = "He left Washington. Gen. Smith and Dr. Li stayed in the U.S. then (no break after it). It fell.";
        QuoteText qt = new QuoteText(s, List.of());
        assertEquals(java.util.Arrays.toString(new int[] {0, s.indexOf("Gen."), s.indexOf("It ")}),
                java.util.Arrays.toString(qt.sentences));
    }

    @Test
    void aWordLongerThanAnyAbbreviationEndsItsSentence() {
        // Each alternative of the abbreviation test, around the length where the scan back stops.
        String[][] cases = {
            {"It was approx. Ten left.", "2"}, {"They met in Sept. Then left.", "1"},
            {"She holds a Ph.D. Then she left.", "1"}, {"Paid 3 U.S. Dollars.", "1"},
            {"By Robert M. Danin now.", "1"}, {"He said mevr. Jansen left.", "1"},
            {"It was approxi. Ten left.", "2"}, {"He left Sweden. Then he came.", "2"},
            {"See a.b.c.d.e.f.g. Then stop.", "2"}, {"See a.b.c. Then stop.", "1"},
            {"Look: abcde. Then stop.", "2"}, {"Look: abcd. Then stop.", "2"},
            {"Etc. Then stop.", "1"}, {"See a.b.cd. Then.", "1"}, {"See a.b.cde. Then.", "2"},
            {"I. Then stop.", "1"}, {"i. Then stop.", "2"}};
        for (String[] c : cases) {
            assertEquals(Integer.parseInt(c[1]), new QuoteText(c[0], List.of()).sentences.length, c[0]);
        }
    }

    @Test
    void keptAnswersAreTheWordListsOwn() {
        String s = "Ministers Departments Senator Monday said the officials spokesmen Police Ministerpräsidentin";
        QuoteText qt = new QuoteText(s, List.of());
        for (Tok t : qt.tokens()) {
            assertEquals(QuoteCues.isOrgHead(t.text()), t.orgHead(), t.text());
            assertEquals(QuoteCues.isTitle(t.text()), t.title(), t.text());
            assertEquals(QuoteCues.isPluralRole(t.text()), t.pluralRole(), t.text());
            assertEquals(QuoteCues.role(t.text()), t.role(), t.text());
            assertEquals(QuoteCues.isCalendar(t.lower()), t.calendar(), t.text());
            assertEquals(QuoteCues.cue(t.lower()), t.cue(), t.text());
        }
        assertTrue(qt.tokens().get(1).orgHead() && qt.tokens().get(2).title() && qt.tokens().get(3).calendar());
        assertEquals(QuoteCues.CueKind.VERB, qt.tokens().get(4).cue());
        assertTrue(qt.tokens().get(6).pluralRole() && qt.tokens().get(7).pluralRole());
    }

    @Test
    void keptAnswersOfEveryKnownWordInEachCase() {
        // The tokens answer from one look-up of the word tables' entry: the same as each table's test.
        StringBuilder sb = new StringBuilder();
        for (String w : QuoteCues.lexiconWords()) {
            String cap = w.substring(0, 1).toUpperCase(Locale.ROOT) + w.substring(1);
            sb.append(w).append(' ').append(cap).append(' ').append(w.toUpperCase(Locale.ROOT)).append(' ')
                    .append(cap).append("s ");
        }
        QuoteText qt = new QuoteText(sb.toString(), List.of());
        assertTrue(qt.tokens().size() > 2000);
        for (Tok t : qt.tokens()) {
            assertEquals(QuoteCues.isOrgHead(t.text()), t.orgHead(), t.text());
            assertEquals(QuoteCues.isTitle(t.text()), t.title(), t.text());
            assertEquals(QuoteCues.isPluralRole(t.text()), t.pluralRole(), t.text());
            assertEquals(QuoteCues.isCapitalisedRole(t.text()), t.capitalisedRole(), t.text());
            assertEquals(QuoteCues.role(t.text()), t.role(), t.text());
            assertEquals(QuoteCues.isStopword(t.lower()), t.stopword(), t.text());
            assertEquals(QuoteCues.isCalendar(t.lower()), t.calendar(), t.text());
            assertEquals(QuoteCues.isAux(t.lower()), t.aux(), t.text());
            assertEquals(QuoteCues.isBoundary(t.lower()), t.boundary(), t.text());
            assertEquals(QuoteCues.cue(t.lower()), t.cue(), t.text());
        }
    }

    @Test
    void arrayReadsAnswerAsTheTokens() {
        // capAt, punctAt and lowerIs read the arrays (no token object, no copy for ASCII): as the tokens.
        List<String> words = List.of("he", "she", "his", "her", "him", "who", "which", "k", "i", "x");
        PropertyTries.qt().forAll(strings(), Generate.range(0, 1000)).checkAssert((s, a) -> {
            String t = s + " He WHO wHiCh \u212Aelvin İt ı " + s;
            List<int[]> masks = a % 3 == 0 ? List.of() : List.of(new int[] {a % (t.length() + 1), a % (t.length() + 1) + a % 7});
            QuoteText qt = new QuoteText(t, masks);
            QuoteText ref = new QuoteText(t, masks);
            for (int i = 0; i < qt.tokenCount(); i++) {
                Tok r = ref.tokens().get(i);
                assertEquals(r.cap(), qt.capAt(i));
                assertEquals(r.punct(".!?"), qt.punctAt(i, ".!?"));
                assertEquals(r.punct(",»«“”\""), qt.punctAt(i, ",»«“”\""));
                for (String w : words) {
                    assertEquals(r.lower().equals(w), qt.lowerIs(i, w), () -> r.text() + " / " + w);
                }
                assertTrue(qt.lowerIs(i, r.lower()) || !r.lower().chars().allMatch(c -> c < 128), r.text());
            }
        });
    }

    @Test
    void aBoundedWordCountIsTheCountUpToItsBound() {
        PropertyTries.qt().forAll(strings(), Generate.range(0, 12)).checkAssert((s, limit) ->
                assertEquals(Math.min(QuoteExtractor.words(s), limit), QuoteExtractor.words(s, limit)));
    }

    @Test
    void emptyAndBlankTextsHaveNoTokens() {
        assertEquals(0, new QuoteText("", List.of()).tokens().size());
        assertEquals(0, new QuoteText(" \u00a0\n", List.of()).tokens().size());
        assertEquals(0, new QuoteText("", List.of()).tokenAt(0));
    }

    @Test
    void aTokensLowerCaseIsNeverShorterThanIt() {
        // Tok.lowerLengthAtLeast relies on it: lower-casing never shortens a code point.
        for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
            String s = new String(Character.toChars(cp));
            assertTrue(s.toLowerCase(Locale.ROOT).length() >= s.length(), () -> Integer.toHexString(s.codePointAt(0)));
        }
    }

    /** Letters of several scripts and cases, marks, digits, punctuation, spaces and surrogate halves. */
    private static final String ALPHABET = "aZ.-'’,:;!?“”\"«» \u00a0\u2009\n\tÉéİıßΣσς\u0301\u0308\u0410\u4e2d"
            + "\ud83d\ude00\ud801\udc00\udc00\ud800\u00ad\u200b0179MrDsU\ue000";

    private static Gen<String> strings() {
        Gen<String> gen = in -> {
            StringBuilder sb = new StringBuilder();
            int n = Generate.range(0, 40).generate(in);
            for (int k = 0; k < n; k++) {
                int pick = Generate.range(0, ALPHABET.length() + 8).generate(in);
                sb.append(pick < ALPHABET.length() ? ALPHABET.charAt(pick) : pick % 2 == 0 ? ' ' : 'x');
            }
            return sb.toString();
        };
        return gen.describedAs(s -> s.chars().mapToObj(c -> String.format("\\u%04x", c))
                .reduce("", String::concat));
    }

    @Test
    void tokensAreThoseOfThePlainTokenizer() {
        PropertyTries.qt().forAll(strings(), Generate.range(0, 1000), Generate.range(0, 1000)).checkAssert((s, a, b) -> {
            // A masked span somewhere, sometimes none, sometimes running past the end.
            List<int[]> masks = a % 3 == 0 ? List.of()
                    : List.of(new int[] {a % (s.length() + 1), a % (s.length() + 1) + b % 7});
            QuoteText qt = new QuoteText(s, masks);
            List<Ref> expected = reference(s, qt.frame);
            List<Tok> got = qt.tokens();
            assertEquals(expected.size(), got.size());
            assertEquals(expected.size(), qt.tokenCount());
            for (int i = 0; i < expected.size(); i++) {
                Ref r = expected.get(i);
                Tok t = got.get(i);
                assertEquals(r.start, t.start());
                assertEquals(r.end, t.end());
                assertEquals(r.text, t.text());
                assertEquals(r.lower, t.lower());
                assertEquals(r.word, t.word());
                assertEquals(r.word, qt.wordAt(i));
                assertEquals(r.word && r.cap, qt.capWordAt(i));
                assertEquals(r.lowerCase, qt.lowerCaseAt(i));
                assertEquals(r.text.length(), qt.lengthAt(i));
                assertEquals(r.text, new QuoteText(s, masks).textAt(i)); // before its token is made
                assertEquals(r.text, qt.textAt(i));
                assertEquals(r.cap, t.cap());
                assertEquals(r.lowerCase, t.lowerCase());
                assertEquals(r.text.charAt(0) == QuoteText.MASK, t.quote());
                assertTrue(t.is(r.text));
                // The kept answers are the word lists' own, asked twice (the second read is the kept one).
                for (int twice = 0; twice < 2; twice++) {
                    assertEquals(QuoteCues.isOrgHead(r.text), t.orgHead());
                    assertEquals(QuoteCues.isTitle(r.text), t.title());
                    assertEquals(QuoteCues.isPluralRole(r.text), t.pluralRole());
                    assertEquals(QuoteCues.role(r.text), t.role());
                    assertEquals(QuoteCues.isStopword(r.lower), t.stopword());
                    assertEquals(QuoteCues.isCalendar(r.lower), t.calendar());
                    assertEquals(QuoteCues.isAux(r.lower), t.aux());
                    assertEquals(QuoteCues.isBoundary(r.lower), t.boundary());
                    assertEquals(QuoteCues.cue(r.lower), t.cue());
                }
                assertTrue(t.lowerLengthAtLeast() <= t.lower().length());
                for (String chars : new String[] {",", ".!?", ",»«“”\"", "\ue000"}) {
                    assertEquals(r.text.length() == 1 && chars.indexOf(r.text.charAt(0)) >= 0, t.punct(chars));
                }
            }
            assertEquals(java.util.Arrays.toString(referenceSentences(s, qt.frame)), java.util.Arrays.toString(qt.sentences));
            for (int pos = 0; pos <= s.length(); pos++) {
                int k = 0;
                while (k < expected.size() && expected.get(k).end <= pos) {
                    k++;
                }
                assertEquals(k, qt.tokenAt(pos));
            }
        });
    }

    /** Sentence starts as first written: a string made for the word before every full stop. */
    private static int[] referenceSentences(String text, char[] frame) {
        int[] out = new int[8];
        int count = 1;
        int n = frame.length;
        for (int i = 0; i < n; i++) {
            char c = frame[i];
            boolean end;
            if (c == '.' || c == '!' || c == '?' || c == '…') {
                end = c != '.' || !referenceAbbreviationBefore(frame, i);
            } else if (c == QuoteText.MASK && (i + 1 == n || frame[i + 1] != QuoteText.MASK)) {
                int k = i - 1;
                while (k > 0 && frame[k] == QuoteText.MASK && "’'”\"»›) \u00a0".indexOf(text.charAt(k)) >= 0) {
                    k--;
                }
                end = k >= 0 && frame[k] == QuoteText.MASK && ".!?…".indexOf(text.charAt(k)) >= 0;
            } else {
                continue;
            }
            if (!end) {
                continue;
            }
            int j = i + 1;
            while (j < n && ")]”’\"»".indexOf(frame[j]) >= 0) {
                j++;
            }
            int k = j;
            while (k < n && (Character.isWhitespace(frame[k]) || Character.isSpaceChar(frame[k]))) {
                k++;
            }
            if (k == j || k >= n) {
                continue;
            }
            char next = frame[k];
            if (Character.isUpperCase(next) || Character.isDigit(next) || next == QuoteText.MASK
                    || "“„\"«‘([¿¡".indexOf(next) >= 0) {
                if (count == out.length) {
                    out = java.util.Arrays.copyOf(out, count * 2);
                }
                out[count++] = k;
                i = k - 1;
            }
        }
        return java.util.Arrays.copyOf(out, count);
    }

    private static boolean referenceAbbreviationBefore(char[] frame, int dot) {
        int k = dot;
        while (k > 0 && (Character.isLetter(frame[k - 1]) || frame[k - 1] == '.')) {
            k--;
        }
        if (k == dot) {
            return false;
        }
        String w = new String(frame, k, dot - k).toLowerCase(Locale.ROOT);
        if (w.length() == 1) {
            return Character.isUpperCase(frame[k]);
        }
        return QuoteCues.isAbbreviation(w) && (w.indexOf('.') > 0 || w.length() <= 4);
    }

    /** One token of the reference tokenizer. */
    private record Ref(int start, int end, String text, String lower, boolean word, boolean cap, boolean lowerCase) {
        Ref(int start, int end, String text) {
            this(start, end, text, text.toLowerCase(Locale.ROOT), Character.isLetterOrDigit(text.charAt(0)),
                    Character.isUpperCase(text.charAt(0)),
                    Character.isLetterOrDigit(text.charAt(0)) && Character.isLowerCase(text.charAt(0)));
        }
    }

    /** The tokenizer as it was first written: one object and its strings per token. */
    private static List<Ref> reference(String text, char[] frame) {
        List<Ref> out = new ArrayList<>();
        int to = frame.length;
        int i = 0;
        while (i < to) {
            char c = frame[i];
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                i++;
                continue;
            }
            int start = i;
            if (c == QuoteText.MASK) {
                while (i < to && frame[i] == QuoteText.MASK) {
                    i++;
                }
                out.add(new Ref(start, i, String.valueOf(QuoteText.MASK)));
                continue;
            }
            if (Character.isLetterOrDigit(c)) {
                i++;
                boolean dotted = false;
                while (i < to) {
                    char d = frame[i];
                    if (Character.isLetterOrDigit(d) || Character.getType(d) == Character.NON_SPACING_MARK) {
                        i++;
                    } else if ((d == '\'' || d == '’' || d == '-') && i + 1 < to && Character.isLetterOrDigit(frame[i + 1])) {
                        i += 2;
                    } else if (d == '.' && i + 1 < to && Character.isLetter(frame[i + 1]) && i + 2 <= to
                            && (i - start == 1 || dotted) && Character.isLetter(frame[i - 1])) {
                        dotted = true;
                        i += 2;
                    } else {
                        break;
                    }
                }
                if (i < to && frame[i] == '.') {
                    String w = new String(frame, start, i - start).toLowerCase(Locale.ROOT);
                    if (w.length() == 1 && Character.isLetter(w.charAt(0)) || dotted
                            || QuoteCues.isAbbreviation(w) && !w.chars().allMatch(Character::isDigit)
                            || QuoteCues.honorific(w + ".") != 0) {
                        i++;
                    }
                }
                out.add(new Ref(start, i, text.substring(start, i)));
                continue;
            }
            out.add(new Ref(start, i + 1, text.substring(start, i + 1)));
            i++;
        }
        return out;
    }
}
