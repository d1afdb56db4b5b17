package io.github.articlemodel.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.articlemodel.model.PropertyTries;
import java.util.List;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * {@link Dates#labelBefore} with its glances ({@link Dates#mayEndRange}, {@link Dates#mayHaveLabel})
 * gives what the two patterns alone give: the glances only spare them texts they would not match.
 */
final class DatesLabelPropertyTest {
    /**
     * Pieces of the text before a date: label words in any case, whole and cut, range words and
     * dashes, fillers of several lengths (so a label ends near the date or far from it), letters
     * beyond ASCII that fold to ASCII ones.
     */
    private static final List<String> PIECES = List.of("Updated", "UPDATED", "updat", "last edited", "Last Modified",
            "modified", "revised", "Aktualisiert am ", "geändert", "Änderung", "mis à jour le ", "modifié", "actualizado",
            "zaktualizowano", "обновлено", "Published", "published on ", "posted", "Veröffentlicht", "VERÖFFENTLICHT",
            "erschienen", "publié", "publicado", "opublikowano", "опубликовано", "registered", "Member since ",
            "mitglied seit", "born", "bor", "joined", "bis", "to", "-", "–", " ", "  ", ", ", "\n", "3.", "12",
            "Jane Doe ", "in the city of Example ", "x", "ſ", "İ", "ı", "K", "é", "am ", "on ", "the ",
            "a longer sentence with no label in it ");

    private static Gen<String> texts() {
        return PropertyTries.joined(PIECES, 0, 8);
    }

    /** The rule without the glances, as {@link Dates#labelBefore} reads it. */
    private static Dates.Label reference(String text, int start) {
        String before = text.substring(Math.max(0, start - 48), start);
        if (Dates.RANGE_END.matcher(before).find()) {
            return Dates.Label.OTHER;
        }
        Matcher m = Dates.LABEL.matcher(before);
        Dates.Label last = Dates.Label.NONE;
        int end = 0;
        while (m.find()) {
            last = m.group("mod") != null ? Dates.Label.MODIFIED
                    : m.group("pub") != null ? Dates.Label.PUBLISHED : Dates.Label.OTHER;
            end = m.end();
        }
        return before.length() - end <= 22 ? last : Dates.Label.NONE;
    }

    @Test
    void theGlancesChangeNoLabel() {
        PropertyTries.qt().forAll(texts()).checkAssert(s -> {
            String text = s + "3. Mai 2022";
            assertEquals(reference(text, s.length()), Dates.labelBefore(text, s.length()), () -> "'" + s + "'");
        });
    }

    @Test
    void labelsNearTheDateAreRead() {
        assertEquals(Dates.Label.MODIFIED, Dates.labelBefore("Aktualisiert am 3.1.2022", 16));
        assertEquals(Dates.Label.PUBLISHED, Dates.labelBefore("Veröffentlicht am Montag, den 3.1.2022", 30));
        assertEquals(Dates.Label.OTHER, Dates.labelBefore("Registered: 3.1.2022", 12));
        assertEquals(Dates.Label.NONE, Dates.labelBefore("published by the office of the city on Sunday, 3.1.2022", 46));
    }
}
