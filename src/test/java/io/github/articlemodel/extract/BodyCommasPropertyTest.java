package io.github.articlemodel.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.articlemodel.model.PropertyTries;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** The body's comma count ({@link BodyExtractor#commas}, by scans) agrees with reading character by character. */
final class BodyCommasPropertyTest {
    /** Pieces of texts: the four commas, their neighbours in the code tables, Latin-1 and other scripts. */
    private static final List<String> PIECES = List.of(",", "，", "、", "،", ",,", "a", "Word", " ", "\u00a0", "é",
            "ß", "。", "．", "؛", "+", "-", "日本", "中文", "عربي", "\uD83D\uDE00", "\u00ff", "\u0100", "\uFF0D");

    private static Gen<String> texts() {
        return PropertyTries.joined(PIECES, 0, 12);
    }

    private static int byCharacter(String t) {
        int n = 0;
        for (int i = 0; i < t.length(); i++) {
            char ch = t.charAt(i);
            if (ch == ',' || ch == '，' || ch == '、' || ch == '،') {
                n++;
            }
        }
        return n;
    }

    @Test
    void theScansCountWhatACharacterByCharacterReadCounts() {
        PropertyTries.qt().forAll(texts()).checkAssert(t -> assertEquals(byCharacter(t), BodyExtractor.commas(t),
                () -> "'" + t + "'"));
    }
}
