package io.github.articlemodel.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.articlemodel.internal.WordBoundary;
import io.github.articlemodel.model.PropertyTries;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The glance before the tail pattern ({@link BylineExtractor#mayHaveTail}) only spares it texts it
 * would not match, and the pattern, built from its word list, reads texts as the pattern written
 * out word by word did.
 */
final class BylineTailPropertyTest {
    /** The tail pattern as it was written before its words became a list. */
    private static final Pattern WRITTEN_OUT = Pattern.compile(
            "(?:^|\\s+|(?<=\\p{Ll})(?=\\p{Lu}\\p{Ll}+" + WordBoundary.END + "))(?:(?:am|on|le|el|il|op|den|at|um|à|a las)\\s+)?"
                    + "(?:\\d|(?:mon|tues|wednes|thurs|fri|satur|sun)day" + WordBoundary.END + "|(?:mon|diens|donners|frei|sonn)tag" + WordBoundary.END + "|mittwoch" + WordBoundary.END
                    + "|samstag" + WordBoundary.END + "|sonnabend" + WordBoundary.END + "|lundi" + WordBoundary.END + "|mardi" + WordBoundary.END + "|mercredi" + WordBoundary.END + "|jeudi" + WordBoundary.END + "|vendredi" + WordBoundary.END + "|samedi" + WordBoundary.END + "|dimanche" + WordBoundary.END
                    + "|maandag" + WordBoundary.END + "|dinsdag" + WordBoundary.END + "|woensdag" + WordBoundary.END + "|donderdag" + WordBoundary.END + "|vrijdag" + WordBoundary.END + "|zaterdag" + WordBoundary.END + "|zondag" + WordBoundary.END + "|lunes" + WordBoundary.END + "|martes" + WordBoundary.END
                    + "|miércoles" + WordBoundary.END + "|jueves" + WordBoundary.END + "|viernes" + WordBoundary.END + "|sábado" + WordBoundary.END + "|domingo" + WordBoundary.END
                    + "|(?:mo|di|mi|do|fr|sa|so|mon|tue|wed|thu|fri|sat|sun)\\.?,?\\s+\\d|(?:vor|hace|il y a)\\s+\\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov"
                    + "|dec|januar|februar|märz|mai|juni|juli|oktober|dezember|janvier|février|mars|avril|juin|juillet"
                    + "|août|septembre|octobre|novembre|décembre)\\w*\\.?\\s+\\d"
                    + "|updated" + WordBoundary.END + "|aktualisiert" + WordBoundary.END + "|published" + WordBoundary.END + "|veröffentlicht" + WordBoundary.END + "|publiziert" + WordBoundary.END + "|erschienen" + WordBoundary.END + "|posted" + WordBoundary.END
                    + "|mis à jour" + WordBoundary.END + "|publié" + WordBoundary.END + "|gepubliceerd" + WordBoundary.END + "|publicado" + WordBoundary.END + "|pubblicato" + WordBoundary.END + "|follow" + WordBoundary.END + "|folgen" + WordBoundary.END
                    + "|suivre" + WordBoundary.END + "|volgen" + WordBoundary.END + "|seguir" + WordBoundary.END + "|facebook" + WordBoundary.END + "|twitter" + WordBoundary.END + "|flipboard" + WordBoundary.END + "|whatsapp" + WordBoundary.END + "|linkedin" + WordBoundary.END + "|instagram" + WordBoundary.END
                    + "|pinterest" + WordBoundary.END + "|xing" + WordBoundary.END + "|e-?mail" + WordBoundary.END + "|mail" + WordBoundary.END + "|rss" + WordBoundary.END + "|more by" + WordBoundary.END + "|mehr von" + WordBoundary.END + "|contact" + WordBoundary.END + "|kontakt" + WordBoundary.END
                    + "|read more" + WordBoundary.END + "|weiterlesen" + WordBoundary.END + "|min read" + WordBoundary.END + "|\\||發表在|發表於|发表在|发表于|發佈於|发布于).*$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /**
     * Pieces of byline texts: names, tail words in any case, whole and cut, glued to names or not,
     * dates, separators, line breaks, letters beyond ASCII that fold to ASCII ones.
     */
    private static final List<String> PIECES = List.of("Jane", "Doe", "Mo", "Lisa", "jane.doe", " ", "  ", ", ", "\n",
            "\u2028", "am ", "on ", "a las ", "Thursday", "thurs", "Samstag", "samSTAG", "Montags", "lundi", "sábado",
            "Updated", "UPDATED", "update", "Posted", "veröffentlicht", "publié", "Follow", "follower", "Twitter",
            "E-Mail", "email", "Mail", "mailer", "rss", "RSS-Feed", "more by", "Mehr von", "Kontakt", "read more",
            "min read", "Weiterlesen", "|", " | ", "12", "12.10.2022", "March", "März 25", "Mi, 12", "vor 2",
            "18:52", "發表於", "ſ", "İ", "ı", "K", "é", "x", "-", ".", "_", "\u0301");

    private static Gen<String> texts() {
        return PropertyTries.joined(PIECES, 1, 7);
    }

    @Test
    void theGlanceLetsThroughEveryTextWithATail() {
        PropertyTries.assertLetsThrough(texts(), BylineExtractor.TAIL, BylineExtractor::mayHaveTail);
    }

    @Test
    void thePatternFromTheWordListCutsWhatTheWrittenOutOneCut() {
        PropertyTries.qt().forAll(texts()).checkAssert(s -> assertEquals(WRITTEN_OUT.matcher(s).replaceFirst(""),
                BylineExtractor.withoutTail(s), () -> "'" + s + "'"));
    }

    @Test
    void plainNamesNeedNoPattern() {
        assertFalse(BylineExtractor.mayHaveTail("Jane Doe"));
        assertTrue(BylineExtractor.mayHaveTail("Jane Doe Twitter"));
        assertEquals("Jane Doe", BylineExtractor.withoutTail("Jane Doe Twitter"));
        assertEquals("Lisa Doe", BylineExtractor.withoutTail("Lisa Doe Mi, 12.10.2022"));
    }
}
