package io.github.articlemodel.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

final class CuesTest {
    private static Element element(String html) {
        return Jsoup.parseBodyFragment(html).body().child(0);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Read also: | Read also | read-also",
        "Lesen Sie auch: | Lesen Sie auch | read-also",
        "À lire aussi : | À lire aussi | read-also",
        "Lees ook: | Lees ook | read-also",
        "Lea también: | Lea también | read-also",
        "Leggi anche: | Leggi anche | read-also",
        "Czytaj też: | Czytaj też | read-also",
        "See also | See also | see-also",
        "Siehe auch: | Siehe auch | see-also",
        "Voir aussi : | Voir aussi | see-also",
        "Zie ook: | Zie ook | see-also",
        "Véase también: | Véase también | see-also",
        "Vedi anche: | Vedi anche | see-also",
        "Zobacz też: | Zobacz też | see-also",
        "Read more: | Read more | read-more",
        "Mehr zum Thema: | Mehr zum Thema | read-more",
        "Related: | Related | related",
        "Related articles: | Related articles | related",
        "Relacionados: | Relacionados | related",
        "Articoli correlati: | Articoli correlati | related",
    })
    void crossReferenceLabels(String prefix, String label, String kind) {
        String title = "Storm warning issued for the coast";
        String text = prefix + " " + title;
        Cues.Label l = Cues.crossReferenceLabel(text).orElseThrow(() -> new AssertionError("no label in " + text));
        assertEquals(label, l.text());
        assertEquals(kind, l.kind());
        assertEquals(title, text.substring(l.end()));
    }

    @Test
    void labelsAreCaseInsensitiveAndMayFollowAMark() {
        Cues.Label l = Cues.crossReferenceLabel("» LESEN SIE AUCH » Sturmwarnung").orElseThrow();
        assertEquals("read-also", l.kind());
        assertEquals("Sturmwarnung", "» LESEN SIE AUCH » Sturmwarnung".substring(l.end()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Read also:", "À LIRE AUSSI :", "» LESEN SIE AUCH »", "›› Zobacz też:", "Źródło:",
        "Ähnliche Artikel", "Véase también:"})
    void theQuickLabelTestLetsEveryLabelThrough(String prefix) {
        String text = prefix + " Storm warning issued for the coast";
        assertTrue(Cues.crossReferenceLabel(text).isPresent(), text);
        assertTrue(Regions.mayStartWithLabel(element("<p>" + text + "</p>")), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "R", "The harbour reopened on Monday.", "Harbour news", "»»»» Read also: x", "42 readers"})
    void theQuickLabelTestStopsTextThatCannotStartWithALabel(String text) {
        assertFalse(Regions.mayStartWithLabel(element("<p>" + text + "</p>")), text);
        assertEquals(Optional.empty(), Cues.crossReferenceLabel(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "The harbour reopened on Monday.", "Readers also wrote to us", "Voir la vidéo"})
    void ordinaryTextHasNoLabel(String text) {
        assertEquals(Optional.empty(), Cues.crossReferenceLabel(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Comments", "3 Comments", "4 thoughts on “NATO offers arms control talks to Russia”",
        "12 responses on “Harbour reopens”", "Kommentare", "Commentaires", "Réactions", "Reacties", "Comentarios",
        "Commenti", "Komentarze"})
    void commentHeadingsInSevenLanguages(String heading) {
        assertTrue(Cues.isCommentListHeading(heading), heading);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Commentary on the summit", "Harbour reopens after the storm", "Responses to the crisis",
        "Related posts"})
    void otherHeadingsAreNotCommentHeadings(String heading) {
        assertFalse(Cues.isCommentListHeading(heading), heading);
    }

    @Test
    void longTextIsNeverACommentHeading() {
        assertFalse(Cues.isCommentListHeading("Comments " + "x".repeat(200)));
    }

    @Test
    void commentSections() {
        assertTrue(Cues.isCommentSection(element("<div id=\"comments\" class=\"comments-area\"></div>")));
        assertTrue(Cues.isCommentSection(element("<div id=\"respond\" class=\"comment-respond\"></div>")));
        assertTrue(Cues.isCommentSection(element("<div id=\"disqus_thread\"></div>")));
        assertTrue(Cues.isCommentSection(element("<section class=\"reacties\"></section>")));
        assertTrue(Cues.isCommentSection(element("<ol class=\"commentlist\"></ol>")));
        assertFalse(Cues.isCommentSection(element("<div class=\"entry-content\"></div>")));
        assertFalse(Cues.isCommentSection(element("<div class=\"comments-link post-content\"></div>")));
        assertFalse(Cues.isCommentSection(element("<div></div>")));
    }

    @Test
    void unlikelyRegions() {
        assertTrue(Cues.isUnlikely(element("<div class=\"sidebar widget-area\"></div>")));
        assertTrue(Cues.isUnlikely(element("<div id=\"site-footer\"></div>")));
        assertTrue(Cues.isUnlikely(element("<div class=\"share-bar\"></div>")));
        // Author boxes by their theme names: a bio, a card, a drop-down profile.
        assertTrue(Cues.isUnlikely(element("<div class=\"author-dropdown\"></div>")));
        assertTrue(Cues.isUnlikely(element("<div class=\"author-card\"></div>")));
        assertTrue(Cues.isUnlikely(element("<section id=\"authorprofile\"></section>")));
        assertFalse(Cues.isUnlikely(element("<div class=\"author-cards-grid-content\"></div>")));
        assertFalse(Cues.isUnlikely(element("<div class=\"article-sidebar-content\"></div>")));
        assertFalse(Cues.isUnlikely(element("<div class=\"entry-content\"></div>")));
        assertFalse(Cues.isUnlikely(element("<div class=\"loading\"></div>")));
    }

    @Test
    void bodyContainersAndClassWeights() {
        assertTrue(Cues.isBodyContainer(element("<div class=\"entry-content clearfix\"></div>")));
        assertTrue(Cues.isBodyContainer(element("<div itemprop=\"articleBody\"></div>")));
        assertFalse(Cues.isBodyContainer(element("<div class=\"entry-contents-list\"></div>")));
        assertEquals(25, Cues.classWeight(element("<div class=\"post-body\"></div>")));
        assertEquals(-25, Cues.classWeight(element("<div class=\"sidebar\"></div>")));
        assertEquals(0, Cues.classWeight(element("<div class=\"post sidebar\"></div>")));
        assertEquals(0, Cues.classWeight(element("<div></div>")));
    }

    @Test
    void crossReferenceClasses() {
        assertTrue(Cues.hasCrossReferenceClass(element("<div class=\"related-posts\"></div>")));
        assertTrue(Cues.hasCrossReferenceClass(element("<aside class=\"see-also inline-related\"></aside>")));
        assertTrue(Cues.hasCrossReferenceClass(element("<div id=\"read-also\"></div>")));
        assertFalse(Cues.hasCrossReferenceClass(element("<div class=\"entry-content\"></div>")));
    }

    @Test
    void classVerdictsStayRightWhenTheMemoFillsAndIsCleared() {
        Element sidebar = element("<div class=\"sidebar\" id=\"aside-1\">x</div>");
        Element content = element("<div class=\"entry-content\">x</div>");
        assertTrue(Cues.isUnlikely(sidebar));
        assertFalse(Cues.isUnlikely(content));
        assertTrue(Cues.isBodyContainer(content));
        for (int i = 0; i < 20_000; i++) {
            // Distinct pairs, so the memo passes its limit and starts again.
            assertFalse(Cues.isUnlikely(element("<div class=\"cell-" + i + "\" id=\"row-" + i + "\">x</div>")));
        }
        assertTrue(Cues.isUnlikely(sidebar));
        assertFalse(Cues.isUnlikely(content));
        assertTrue(Cues.isBodyContainer(content));
        assertFalse(Cues.isBodyContainer(sidebar));
        // The same class with another id is another question.
        assertTrue(Cues.isCommentSection(element("<div class=\"area\" id=\"comments\">x</div>")));
        assertFalse(Cues.isCommentSection(element("<div class=\"area\" id=\"gallery\">x</div>")));
    }

    /**
     * The verdicts find the class words of the class and of the id apart (the class's once per
     * class): they answer as the patterns do on the lower-cased class and id joined by a space.
     */
    @Test
    void classWordsOfClassAndIdFoundApartAnswerAsThePatternsOnBoth() {
        java.util.List<java.util.regex.Pattern> p = Cues.classWordPatterns();
        String[] pieces = {"", "-", "_", " ", "Nav", "menu", "ad", "content", "main", "entry-content", "related",
            "byline", "credit", "photo", "-credit", "comments", "Comment", "list", "SIDEBAR", "\u03a3", "\u0130",
            "advert", "x", "tags", "read", "-more"};
        org.quicktheories.core.Gen<String> names = in -> {
            StringBuilder sb = new StringBuilder();
            int n = org.quicktheories.generators.Generate.range(0, 4).generate(in);
            for (int k = 0; k < n; k++) {
                sb.append(pieces[org.quicktheories.generators.Generate.range(0, pieces.length - 1).generate(in)]);
            }
            return sb.toString().trim();
        };
        io.github.articlemodel.model.PropertyTries.qt().forAll(names, names).checkAssert((cls, id) -> {
            String s = cls.isEmpty() && id.isEmpty() ? "" : (cls + " " + id).toLowerCase(java.util.Locale.ROOT);
            Cues.Verdicts v = Cues.verdicts(cls, id);
            String what = "\"" + cls + "\" \"" + id + "\"";
            assertEquals(p.get(0).matcher(s).find() && !p.get(1).matcher(s).find(), v.unlikely(), what);
            assertEquals((p.get(3).matcher(s).find() ? 25 : 0) - (p.get(2).matcher(s).find() ? 25 : 0), v.classWeight(),
                    what);
            assertEquals(p.get(5).matcher(s).find(), v.articleMeta(), what);
            assertEquals(p.get(7).matcher(s).find(), v.crossReference(), what);
            assertEquals(p.get(8).matcher(s).find(), v.credit(), what);
        });
        // Tests that read the class and id together still do.
        assertTrue(Cues.verdicts("comment", "list").commentSection());
        assertTrue(Cues.verdicts("x", "Comments").commentSection());
        assertFalse(Cues.verdicts("comment", "count").commentSection());
        assertFalse(Cues.isLede(element("<div class=\"lead\" id=\"image\">x</div>")));
        assertTrue(Cues.isLede(element("<div class=\"lead\" id=\"top\">x</div>")));
        assertTrue(Cues.isLede(element("<div class=\"x\" id=\"articleIntro\">x</div>")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Researchers found the harbour", "Seeing the harbour", "Morning tide", "Relationships"})
    void theQuickLabelTestChecksTheWholeFirstWord(String text) {
        assertFalse(Regions.mayStartWithLabel(element("<p>" + text + "</p>")), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Foto: Tom Berg", "Crédits photos : Agence", "© Coast Agency", "Bildnachweis: Archiv",
        "Photo credit: Jane Doe", "Jane Doe / AFP / Getty Images", "REUTERS/Tom Berg", "Photo by Jane Doe",
        "Illustration by Tom Berg"})
    void creditLines(String text) {
        assertTrue(Cues.isCreditLine(text), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Photographers gathered on the quay.", "Bilder aus dem Hafen zeigen das Ausmaß.",
        "The source of the leak was found.", "Jane Doe / Tom Berg", "Input/output", "Photos by the dozen were taken.",
        "Westport / AFP: the harbour reopens after the storm on Monday."})
    void runningTextIsNoCreditLine(String text) {
        assertFalse(Cues.isCreditLine(text), text);
    }

    @Test
    void creditsAtTheEndOfACaption() {
        assertEquals("The quay.".length(), Cues.creditSuffixStart("The quay. (Quelle: Agentur)"));
        assertEquals("The pier".length(), Cues.creditSuffixStart("The pier (REUTERS/Jane Doe)"));
        assertEquals("Boats.".length(), Cues.creditSuffixStart("Boats. Foto: pics.example"));
        assertEquals("Dawn.".length(), Cues.creditSuffixStart("Dawn. | © Coast Agency"));
        assertEquals(-1, Cues.creditSuffixStart("Nets drying on the quay (the old way)"));
        assertEquals(-1, Cues.creditSuffixStart("The mayor said the photo was taken in May."));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"<div class=\"intro\">", "<p class=\"lead\">", "<div class=\"article__standfirst\">",
        "<div class=\"ce_articleIntro block\">", "<div class=\"documentDescription\">", "<div id=\"vorspann\">",
        "<h2 class=\"c-entry-summary p-dek\">", "<div class=\"texto-bajada\">", "<div class=\"field field-perex\">"})
    void ledeClassesAreLedes(String tag) {
        assertTrue(Cues.isLede(element(tag + "x")), tag);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"<div>", "<div class=\"leader-board\">", "<div class=\"introduction-video\">",
        "<div class=\"decking\">", "<div class=\"content\">", "<div class=\"leadAsset section\">",
        "<figure class=\"lead-image\">"})
    void otherClassesAreNoLedes(String tag) {
        assertFalse(Cues.isLede(element(tag + "x")), tag);
    }

    @Test
    void wordFragmentsAreFoundAsACaseInsensitivePatternFindsThemAtAWordStart() {
        assertTrue(Cues.containsWordFolded("Enthält Werbung.", "werbung"));
        assertTrue(Cues.containsWordFolded("liens d'affiliation", "affili"));
        assertTrue(Cues.containsWordFolded("AFFILIATE", "affili"));
        // Folded as the pattern folds: the Kelvin sign is a k, the long s an s.
        assertTrue(Cues.containsWordFolded("\u212Aommission", "kommission"));
        assertTrue(Cues.containsWordFolded("\u017Fponsoris", "sponsoris"));
        assertFalse(Cues.containsWordFolded("nonaffiliated", "affili"));
        assertFalse(Cues.containsWordFolded("x_affiliate 9affili", "affili"));
        assertFalse(Cues.containsWordFolded("affil", "affili"));
        assertFalse(Cues.containsWordFolded("", "affili"));
        // What follows a mark or a break may start a word: kept, as the pattern may match there.
        assertTrue(Cues.containsWordFolded("e\u0301affiliate", "affili"));
    }
}
