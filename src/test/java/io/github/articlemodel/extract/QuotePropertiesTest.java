package io.github.articlemodel.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.articlemodel.internal.QuoteCues;
import io.github.articlemodel.model.Article;
import io.github.articlemodel.model.Block;
import io.github.articlemodel.model.Heading;
import io.github.articlemodel.model.ListBlock;
import io.github.articlemodel.model.Paragraph;
import io.github.articlemodel.model.Quote;
import io.github.articlemodel.model.QuoteBlock;
import io.github.articlemodel.model.PropertyTries;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.generators.Generate;

/**
 * Generated text made of the things the quote stage looks at (every kind of quotation mark,
 * apostrophes, cue verbs in five languages, titles, names, pronouns, punctuation, line breaks):
 * the stage never throws, and each quote's text is the article text between its offsets and
 * starts in its block.
 */
final class QuotePropertiesTest {
    private static final List<String> PIECES = List.of("“", "”", "„", "“", "\"", "'", "‘", "’", "‚", "«", "»", "‹",
            "›", "「", "」", "''", " ", " ", " ", " ", "\n", ",", ".", ":", ";", "?", "!", "—", "(", ")", "[", "]",
            "said", "says", "told", "according to", "sagte", "so", "laut", "a déclaré", "a-t-il dit", "selon", "zei",
            "aldus", "volgens", "dijo", "según", "he", "she", "it", "they", "er", "sie", "elle", "the", "a", "that",
            "which", "who", "and", "Mr.", "Dr", "President", "Secretary-General", "minister", "the minister",
            "a spokesman for the ministry", "Jens Stoltenberg", "Stoltenberg", "Ana", "Lopez", "de", "von", "van",
            "U.S.", "NATO", "The", "It’s", "we’re", "it's", "Monday", "called", "so-called", "as if to say",
            "described as", "by", "We will act", "and soon", "This is", "x", "É", "日本", "\uD83D\uDE00", "1990s",
            "’90s", "words", "In", "Parata’s", "Agency", "Department of Conservation");

    private static int between(RandomnessSource in, int min, int max) {
        return Generate.range(min, max).generate(in);
    }

    private static Gen<String> texts() {
        return in -> {
            int n = between(in, 0, 60);
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < n; i++) {
                int k = between(in, 0, PIECES.size() - 1);
                String piece = PIECES.get(k);
                if (sb.length() > 0 && Character.isLetterOrDigit(piece.charAt(0))
                        && Character.isLetterOrDigit(sb.charAt(sb.length() - 1))) {
                    sb.append(' ');
                }
                sb.append(piece);
            }
            return sb.toString();
        };
    }

    private static Gen<List<Block>> bodies() {
        Gen<String> texts = texts();
        return in -> {
            int n = between(in, 1, 6);
            List<Block> blocks = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                String t = texts.generate(in);
                if (t.isBlank()) {
                    t = "x";
                }
                switch (between(in, 0, 5)) {
                    case 0: blocks.add(Heading.of(2, t.replace('\n', ' '))); break;
                    case 1: blocks.add(ListBlock.of(false, List.of(t.replace('\n', ' '), "y " + t.replace('\n', ' ')))); break;
                    case 2: blocks.add(QuoteBlock.of(t)); break;
                    default: blocks.add(Paragraph.of(t.replace('\n', ' '))); break;
                }
            }
            return blocks;
        };
    }

    @Test
    void theQuoteStageNeverThrowsAndKeepsItsOffsets() {
        PropertyTries.qt().forAll(bodies()).checkAssert(body -> {
            Article a = QuoteFixtures.blocks(body.toArray(new Block[0]));
            for (Quote q : a.quotes()) {
                assertTrue(!q.text().isBlank(), q::toString);
            }
        });
    }

    /** The pieces without a mark that can open a quote: bodies of these the pre-test turns away. */
    private static final List<String> NO_OPENERS = PIECES.stream()
            .filter(p -> p.chars().noneMatch(c -> "“„\"”«»‹›「『‘‚'".indexOf(c) >= 0)).toList();

    @Test
    void thePreTestNeverTurnsAwayABodyWithAQuotedSpanOrABlockQuote() {
        PropertyTries.qt().forAll(bodies()).checkAssert(body -> {
            Article a = new Article.Builder().addBody(body.toArray(new Block[0])).build();
            List<QuoteSpans.Segment> segs = QuoteExtractor.segments(a, a.text());
            boolean work = !QuoteSpans.find(segs, () -> false, 100_000).isEmpty()
                    || segs.stream().anyMatch(sg -> sg.kind() == QuoteSpans.Kind.BLOCK);
            assertTrue(!work || QuoteExtractor.mayQuote(a), body::toString);
        });
    }

    @Test
    void aBodyWithoutAnOpeningMarkIsTurnedAwayAndHasNoQuote() {
        Gen<String> plain = in -> {
            StringBuilder sb = new StringBuilder();
            for (int i = 0, n = between(in, 0, 40); i < n; i++) {
                sb.append(NO_OPENERS.get(between(in, 0, NO_OPENERS.size() - 1))).append(' ');
            }
            return sb.toString() + "x";
        };
        PropertyTries.qt().forAll(plain, plain, Generate.range(0, 3)).checkAssert((t, u, kind) -> {
            Block b = kind == 0 ? Heading.of(2, t) : kind == 1 ? ListBlock.of(false, List.of(t, u)) : Paragraph.of(t);
            Article a = new Article.Builder().addBody(b, Paragraph.of(u)).build();
            assertFalse(QuoteExtractor.mayQuote(a), t);
            assertTrue(QuoteSpans.find(QuoteExtractor.segments(a, a.text()), () -> false, 100_000).isEmpty(), t);
        });
        // One opening mark or a block quotation is enough to do the work.
        assertTrue(QuoteExtractor.mayQuote(new Article.Builder().addBody(Paragraph.of("He said “yes”")).build()));
        assertTrue(QuoteExtractor.mayQuote(new Article.Builder().addBody(ListBlock.of(false, List.of("a", "'Tis so")))
                .build()));
        assertTrue(QuoteExtractor.mayQuote(new Article.Builder().addBody(QuoteBlock.of("plain words")).build()));
        assertFalse(QuoteExtractor.mayQuote(new Article.Builder().addBody(Paragraph.of("it’s the 1990s’ end")).build()));
    }

    /** Names asked about: some written in the generated texts, some in no case, some only in another case. */
    private static final List<String> ASKED = List.of("Jens Stoltenberg", "Stoltenberg", "Ana Lopez", "Lopez",
            "Shay Friedman", "Friedman", "NATO", "Nato", "Parata", "Hori Parata", "de Miranda", "The Agency",
            "Department of Conservation", "Conservation", "AGENCY", "U.S.", "President Lopez", "Ana", "Words",
            "Kelvin", "\u212Aelvin", "É", "Ümit Öz");

    @Test
    void aNameWithNoWordWrittenInTheTextIsUnknownWithNoIndexBuilt() {
        Gen<String> texts = texts();
        PropertyTries.qt().forAll(texts, texts, Generate.range(0, ASKED.size() - 1), Generate.range(0, 1))
                .checkAssert((t, u, k, german) -> {
                    List<QuoteSpans.Segment> segs = List.of(new QuoteSpans.Segment(0, 0, t, QuoteSpans.Kind.PARAGRAPH),
                            new QuoteSpans.Segment(1, t.length() + 1, u, QuoteSpans.Kind.HEADING));
                    List<QuoteText> qts = List.of(new QuoteText(t, List.of()), new QuoteText(u, List.of()));
                    Mentions m = Mentions.build(segs, qts, new int[] {0, qts.get(0).sentences.length}, () -> false,
                            german == 1);
                    List<String> words = List.of(ASKED.get(k).split(" "));
                    assertTrue(Mentions.mayKnow(words, segs) || m.byName(words, t.length()) == null,
                            () -> words + " in " + t + " | " + u);
                });
        List<QuoteSpans.Segment> segs = List.of(new QuoteSpans.Segment(0, 0, "Said Shay Friedman.", QuoteSpans.Kind.PARAGRAPH));
        assertTrue(Mentions.mayKnow(List.of("Shay", "Friedman"), segs));
        assertTrue(Mentions.mayKnow(List.of("FRIEDMAN"), segs));
        assertTrue(Mentions.mayKnow(List.of("Öz"), segs)); // not ASCII: not looked for
        assertFalse(Mentions.mayKnow(List.of("Ana", "Lopez"), segs));
    }

    @Test
    void theIndexMadeGroupByGroupAgreesWithTheWholeIndex() {
        Gen<String> texts = texts();
        PropertyTries.qt().forAll(texts, texts, texts, Generate.range(0, 1)).checkAssert((t, u, v, german) -> {
            List<QuoteSpans.Segment> segs = new ArrayList<>();
            List<QuoteText> qts = new ArrayList<>();
            int[] base = new int[3];
            int offset = 0;
            for (String x : List.of(t, u, v)) {
                base[segs.size()] = segs.isEmpty() ? 0 : base[segs.size() - 1] + qts.get(qts.size() - 1).sentences.length;
                segs.add(new QuoteSpans.Segment(segs.size(), offset, x,
                        segs.size() == 1 ? QuoteSpans.Kind.HEADING : QuoteSpans.Kind.PARAGRAPH));
                qts.add(new QuoteText(x, List.of()));
                offset += x.length() + 1;
            }
            for (String w : (t + " " + u + " İstanbul \u212Aelvin STRASSE").split(" ")) {
                assertEquals(w.toLowerCase(java.util.Locale.ROOT).hashCode(), Mentions.lowerHash(w), w);
            }
            Mentions lazy = Mentions.build(segs, qts, base, () -> false, german == 1);
            Mentions whole = Mentions.build(segs, qts, base, () -> false, german == 1);
            whole.mentions(); // made whole before any name is asked
            for (int k = 0; k < ASKED.size(); k++) {
                List<String> words = List.of(ASKED.get(k).split(" "));
                Mentions.Entity a = lazy.byName(words, offset / 2);
                Mentions.Entity b = whole.byName(words, offset / 2);
                assertEquals(describe(b), describe(a), words::toString);
                if (a != null && k % 2 == 0) {
                    lazy.spoke(a);
                    whole.spoke(b);
                }
            }
            // Pronouns, sentences and organisations are read mention by mention, still group by group.
            int sentences = base[2] + qts.get(2).sentences.length;
            for (int pos : new int[] {offset / 3, offset / 2, offset}) {
                for (QuoteCues.Pronoun p : QuoteCues.Pronoun.values()) {
                    Mentions.Entity a = lazy.resolve(p, pos, sentences - 1, 12);
                    Mentions.Entity b = whole.resolve(p, pos, sentences - 1, 12);
                    assertEquals(describe(b), describe(a), p::toString);
                    if (a != null) {
                        lazy.noteGender(a, p);
                        whole.noteGender(b, p);
                    }
                }
                for (String org : List.of("agency", "Department of Conservation", "ministry")) {
                    assertEquals(describe(whole.resolveOrg(List.of(org.split(" ")), pos, sentences - 1)),
                            describe(lazy.resolveOrg(List.of(org.split(" ")), pos, sentences - 1)));
                }
            }
            for (int sentence = 0; sentence < sentences; sentence++) {
                assertEquals(describe(whole.firstPerson(sentence)), describe(lazy.firstPerson(sentence)));
            }
            // Then the whole index: the same mentions of the same entities, in the same order.
            for (String r : List.of("minister", "President", "agency")) {
                assertEquals(describe(whole.resolveRole(List.of(r), (char) 0, offset, 99)),
                        describe(lazy.resolveRole(List.of(r), (char) 0, offset, 99)));
            }
            assertEquals(whole.mentions().stream().map(m -> m.pos() + " " + m.sentence() + " " + m.possessive() + " "
                    + m.heading() + " " + describe(m.entity())).toList(), lazy.mentions().stream().map(m -> m.pos()
                    + " " + m.sentence() + " " + m.possessive() + " " + m.heading() + " " + describe(m.entity())).toList());
        });
    }

    private static String describe(Mentions.Entity e) {
        return e == null ? "-" : e + " " + e.words + " " + e.firstPos + "-" + e.lastPos + " " + e.score + "/" + e.orgScore
                + " " + e.speaker + " " + e.inText + " " + e.forms + " " + e.male + "/" + e.female;
    }

    @Test
    void everyCharacterThatCanOpenAQuoteIsListedAsAnOpener() {
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            if (QuoteSpans.OPENERS.indexOf(c) >= 0) {
                continue;
            }
            for (String around : List.of("  ", "aa", "(a", " 1", " “", "\"\"", " [", "\n¿")) {
                String text = around.charAt(0) + String.valueOf(c) + around.charAt(1);
                assertFalse(QuoteSpans.isOpener(text, 1), () -> Integer.toHexString(text.charAt(1)));
            }
        }
    }
}
