package io.github.articlemodel.extract;


import io.github.articlemodel.model.PropertyTries;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The word pre-test before the prompt pattern ({@link BodyExtractor#mayPrompt}) only spares it texts
 * it would find nothing in: whenever the pattern finds a prompt, the pre-test lets the text through.
 */
final class BodyPromptPropertyTest {
    /**
     * Pieces of texts: the pattern's words and their parts in any case, letters beyond ASCII that fold
     * to them ("ſubscribe", "İn the comments", the Kelvin sign), marks, separators and other scripts.
     */
    private static final List<String> PIECES = List.of("newsletter", "NEWSLETTER", "News", "letter", "sign up",
            "Sign", " up", "subscribe", "Subscription", "ſubscribe", "subskrypcji", "abonnieren", "Abonnez",
            "suscríbete", "SUSCRÍBASE", "suscribete", "iscriviti", "İscriviti", "in den Kommentaren",
            "in den \u212Aommentaren", "in the comments", "İn the comments", "ın the comments", "en los comentarios",
            "dans les commentaires", "nei commenti", "w komentarzach", "kommentare geschlossen", "comments are closed",
            "comments closed", "trackback", "app", "apps", " for ", " für ", " na ", "iOS", "android", "iphone",
            "a", "s", "e", "n", " ", "  ", "\u00a0", "\n", "-", "_", "'", ".", "é", "ß", "\u0301", "Ω", "日",
            "\uD835\uDC00", "1", "٣");

    private static Gen<String> texts() {
        return PropertyTries.joined(PIECES, 1, 6);
    }

    @Test
    void thePreTestLetsThroughEveryTextThePatternFindsAPromptIn() {
        PropertyTries.assertLetsThrough(texts(), BodyExtractor.PROMPT, BodyExtractor::mayPrompt);
    }
}
