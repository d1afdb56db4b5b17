package io.github.articlemodel.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.articlemodel.model.PropertyTries;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** {@link ClassWords#find} answers as the regex does, for the patterns of {@link Cues} and for others. */
final class ClassWordsTest {
    private static final Pattern SAMPLE = Pattern.compile(
            "(?:^|[-_ ])(?:ad|ads|advert\\w*|author-?box|most-read|breadcrumbs?|nav|c2c|x_y)(?:$|[-_ ])");

    /** Pieces of class names: the patterns' own words cut up, separators, line breaks, other letters. */
    private static List<String> pieces(Pattern p) {
        List<String> out = new ArrayList<>(List.of("-", "_", " ", " ", "\n", "\r", "\r\n", "\u0085", "\u2028", "\t",
                "x", "A", "é", "9", "_x", "s", "-s"));
        for (String word : p.pattern().replaceAll("\\\\w\\*|[()?:^$\\[\\]]", "").split("\\|")) {
            if (!word.isEmpty()) {
                out.add(word);
                out.add(word.substring(0, (word.length() + 1) / 2));
                out.add(word.substring(word.length() / 2));
            }
        }
        return out;
    }

    private static Gen<String> classNames(List<String> pieces) {
        Gen<String> gen = in -> {
            StringBuilder sb = new StringBuilder();
            int n = Generate.range(0, 6).generate(in);
            for (int k = 0; k < n; k++) {
                sb.append(pieces.get(Generate.range(0, pieces.size() - 1).generate(in)));
            }
            return sb.toString();
        };
        return gen.describedAs(s -> s.chars().mapToObj(c -> c < 32 || c > 126 ? String.format("\\u%04x", c)
                : String.valueOf((char) c)).reduce("", String::concat));
    }

    private static void assertSameAsRegex(Pattern p) {
        ClassWords words = ClassWords.of(p);
        PropertyTries.qt().forAll(classNames(pieces(p))).checkAssert(s ->
                assertEquals(p.matcher(s).find(), words.find(s), () -> p.pattern() + " on \"" + s + "\""));
    }

    /**
     * {@link Cues#isBodyContainerClass} reads the class in place, name by name; it answers as the
     * pattern does on the trimmed, lower-cased class, upper case, untrimmed and non-ASCII letters
     * (a long s and the Kelvin sign fold to ASCII letters under case-insensitive comparison) included.
     */
    @Test
    void bodyContainerClassIsAnsweredAsThePatternOnTheLowerCasedClass() {
        Pattern p = Cues.classWordPatterns().get(4);
        assertTrue(p.pattern().contains("entry-content"), p.pattern());
        List<String> pieces = new ArrayList<>(pieces(p));
        pieces.addAll(List.of("ENTRY-CONTENT", "Post-Body", "po\u017Ft-body", "\u212Aa", "\u0130", " \t", "\u00A0",
                "Rich-Text", "articleBody"));
        PropertyTries.qt().forAll(classNames(pieces)).checkAssert(s ->
                assertEquals(p.matcher(s.trim().toLowerCase(java.util.Locale.ROOT)).find(), Cues.isBodyContainerClass(s),
                        () -> "\"" + s + "\""));
        assertTrue(Cues.isBodyContainerClass("  x ENTRY-CONTENT\t"));
        assertFalse(Cues.isBodyContainerClass("x\tentry-content"), "only a space separates names");
        assertFalse(Cues.isBodyContainerClass("po\u017Ft-body"), "a long s is no s once lower-cased");
        assertTrue(Cues.isBodyContainerClass("\u00E9 post-body"));
    }

    @Test
    void everyClassPatternOfCuesIsAnsweredExactlyWithoutTheRegexEngine() {
        for (Pattern p : Cues.classWordPatterns()) {
            assertTrue(ClassWords.of(p).exact(), p.pattern());
            assertSameAsRegex(p);
        }
    }

    @Test
    void optionalLettersWordRunsAndLineBreaksAnswerAsTheRegex() {
        assertSameAsRegex(SAMPLE);
        ClassWords words = ClassWords.of(SAMPLE);
        assertTrue(words.exact());
        assertTrue(words.find("site-nav"));
        assertTrue(words.find("authorbox"));
        assertTrue(words.find("adverts_top"));
        assertTrue(words.find("breadcrumb"));
        assertTrue(words.find("x nav\n"), "$ before a final line break");
        assertFalse(words.find("navigation"));
        assertFalse(words.find("load"));
        assertFalse(words.find("nav\nx"));
        assertFalse(words.find(""));
    }

    @Test
    void anyOtherShapeRunsThePattern() {
        for (Pattern p : List.of(Pattern.compile("\\bnav\\b"),
                Pattern.compile("(?:^|[-_ ])(?:nav|ad)(?:$|[-_ ])", Pattern.CASE_INSENSITIVE),
                Pattern.compile("(?:^|[-_ ])(?:nav|schlagw(?:ö|o)rt)(?:$|[-_ ])"),
                Pattern.compile("(?:^|[-_ ])(?:nav|a?d)(?:$|[-_ ])"),
                Pattern.compile("(?:^|[-_ ])(?:nav||ad)(?:$|[-_ ])"),
                Pattern.compile("(?:^|[-_ ])(?:nav|\\w+ad)(?:$|[-_ ])"))) {
            assertFalse(ClassWords.of(p).exact(), p.pattern());
            assertSameAsRegex(p);
        }
        assertTrue(ClassWords.of(Pattern.compile("\\bnav\\b")).find("main nav"));
    }

    @Test
    void findingAllAtOnceAnswersAsEachFindsAlone() {
        List<Pattern> patterns = new ArrayList<>(Cues.classWordPatterns());
        patterns.add(Pattern.compile("\\bnav\\b")); // another shape among them
        ClassWords[] words = patterns.stream().map(ClassWords::of).toArray(ClassWords[]::new);
        ClassWords.Group group = new ClassWords.Group(words);
        List<String> pieces = new ArrayList<>();
        patterns.forEach(p -> pieces.addAll(pieces(p)));
        PropertyTries.qt().forAll(classNames(pieces)).checkAssert(s -> {
            int all = group.findAll(s);
            for (int k = 0; k < words.length; k++) {
                assertEquals(words[k].find(s), (all & 1 << k) != 0, patterns.get(k).pattern() + " on \"" + s + "\"");
            }
        });
    }
}
