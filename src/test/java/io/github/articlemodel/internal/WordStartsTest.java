package io.github.articlemodel.internal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.articlemodel.model.PropertyTries;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

final class WordStartsTest {
    /** The shape of the class tests in {@link Cues}: optional letters, \w* tails, groups inside. */
    private static final Pattern WORDS = Pattern.compile(
            "(?:^|[-_ ])(?:ad|ads|advert\\w*|author-?box|most-read|breadcrumbs?|nav|schlagw(?:ö|o)rt|c2c|h-entry)(?:$|[-_ ])");
    private static final Pattern SPACE_WORDS = Pattern.compile("(?:^|[ ])(?:entry-content|post-body)(?:$|[ ])");

    private static final String[] FRAGMENTS = {"ad", "ads", "advert", "adverts", "author", "box", "authorbox", "most",
        "read", "breadcrumb", "s", "nav", "navbar", "schlagwört", "schlagwort", "c2c", "entry", "content", "post", "body",
        "h", "-", "_", " ", " ", "x", "Ad", "é", "\t", "\u0130", "9"};

    private static Gen<String> classNames() {
        Gen<String> gen = in -> {
            StringBuilder sb = new StringBuilder();
            int n = Generate.range(0, 8).generate(in);
            for (int k = 0; k < n; k++) {
                sb.append(FRAGMENTS[Generate.range(0, FRAGMENTS.length - 1).generate(in)]);
            }
            return sb.toString();
        };
        return gen.describedAs(s -> "\"" + s + "\"");
    }

    @Test
    void saysMaybeWheneverThePatternMatches() {
        WordStarts words = WordStarts.of(WORDS);
        WordStarts spaceWords = WordStarts.of(SPACE_WORDS);
        PropertyTries.qt().forAll(classNames()).checkAssert(s -> {
            if (WORDS.matcher(s).find()) {
                assertTrue(words.mayMatch(s), s);
            }
            if (SPACE_WORDS.matcher(s).find()) {
                assertTrue(spaceWords.mayMatch(s), s);
            }
        });
    }

    @Test
    void rulesOutClassNamesThatStartNoWordOfThePattern() {
        WordStarts words = WordStarts.of(WORDS);
        assertFalse(words.mayMatch("container row col-md-8"));
        assertFalse(words.mayMatch("wp-block-group"));
        assertFalse(words.mayMatch("load"), "a word's start only, not its middle");
        assertFalse(words.mayMatch(""));
        assertFalse(words.mayMatch("a"));
        assertTrue(words.mayMatch("site-nav"));
        assertTrue(words.mayMatch("navigation"), "a start is only necessary: the pattern decides");
        assertTrue(words.mayMatch("x_schlagwort"));
        assertTrue(words.mayMatch("post h-entry"), "a hyphen as the second character");
        assertFalse(words.mayMatch("post h_entry"));
        assertFalse(WordStarts.of(SPACE_WORDS).mayMatch("main wrapper"));
    }

    @Test
    void anyOtherShapeAlwaysSaysMaybe() {
        assertTrue(WordStarts.of(Pattern.compile("\\bnav\\b")).mayMatch("wrapper"));
        assertTrue(WordStarts.of(Pattern.compile("(?:^|[-_ ])(?:nav|ad)(?:$|[-_ ])", Pattern.CASE_INSENSITIVE))
                .mayMatch("wrapper"), "a flag changes what matches");
        assertTrue(WordStarts.of(Pattern.compile("(?:^|[-_ ])(?:nav|ab?c)(?:$|[-_ ])")).mayMatch("wrapper"),
                "an optional second letter");
        assertTrue(WordStarts.of(Pattern.compile("(?:^|[-_ ])(?:nav|\\w+ad)(?:$|[-_ ])")).mayMatch("wrapper"),
                "a class of letters at the start");
        assertTrue(WordStarts.of(Pattern.compile("(?:^|[-_ ])(?:nav|x)(?:$|[-_ ])")).mayMatch("wrapper"),
                "a one-letter word");
        assertTrue(WordStarts.of(Pattern.compile("(?:^|[-_ ])(?:nav||ad)(?:$|[-_ ])")).mayMatch("wrapper"),
                "an empty alternative");
        assertTrue(WordStarts.of(Pattern.compile("(?:^|[-_ ])(?:nav|-ad)(?:$|[-_ ])")).mayMatch("wrapper"),
                "a hyphen first");
    }
}
