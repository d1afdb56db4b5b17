package io.github.articlemodel.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.articlemodel.model.Block;
import io.github.articlemodel.model.CrossReference;
import io.github.articlemodel.model.CrossReferenceKind;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Cross-references as the pipeline finds them: the body stage leaves the boxes out, this stage reads them. */
final class CrossReferenceExtractorTest {
    private static final String URL = "https://www.harbour-herald.example/news/harbour-reopens/";

    private record Run(BodyResult body, List<CrossReference> refs) {
        String text() {
            return body.blocks().stream().map(Block::plainText).collect(Collectors.joining("\n"));
        }
    }

    private static Run run(String content) {
        ExtractionContext ctx = Pages.context("""
                <html><body><main><article>
                <h1 class="entry-title">Harbour reopens after the storm</h1>
                <div class="entry-content">
                """ + content + """
                </div></article></main></body></html>
                """, URL);
        BodyResult body = BodyExtractor.extract(ctx);
        return new Run(body, CrossReferenceExtractor.extract(ctx, body));
    }

    private static final String P1 = "<p>The harbour of Westport reopened on Monday, three days after the storm tore"
            + " through the coast, damaging piers, boats and warehouses along the quay.</p>\n";
    private static final String P2 = "<p>Workers cleared the debris through the weekend, and the first ferries left at"
            + " dawn, carrying passengers who had waited since Friday.</p>\n";
    private static final String P3 = "<p>The council meets on Thursday, and the repairs to the piers should start in"
            + " April, if the money from the province arrives in time.</p>\n";

    static Stream<Arguments> labelledBoxes() {
        return Stream.of(
                Arguments.of("Read also", "Storm warning issued for the whole coast"),
                Arguments.of("Lesen Sie auch", "Sturmwarnung für die ganze Küste"),
                Arguments.of("À lire aussi", "Alerte à la tempête sur toute la côte"),
                Arguments.of("Lees ook", "Stormwaarschuwing voor de hele kust"),
                Arguments.of("Lea también", "Alerta de tormenta en toda la costa"),
                Arguments.of("Leggi anche", "Allerta tempesta su tutta la costa"),
                Arguments.of("Czytaj też", "Ostrzeżenie przed burzą na całym wybrzeżu"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("labelledBoxes")
    void labelledReadAlsoBox(String label, String title) {
        Run r = run(P1 + P2 + "<p class=\"box\"><strong>" + label + ":</strong> <a href=\"/news/storm-warning/\">"
                + title + "</a></p>\n" + P3);
        assertEquals(1, r.refs().size(), r.refs()::toString);
        CrossReference ref = r.refs().get(0);
        assertEquals(title, ref.title());
        assertEquals("https://www.harbour-herald.example/news/storm-warning/", ref.url());
        assertEquals(CrossReferenceKind.READ_ALSO, ref.kind());
        assertEquals(OptionalInt.of(1), ref.afterBlock());
        assertTrue(r.body().blocks().get(1).plainText().startsWith("Workers cleared the debris"));
        assertFalse(r.text().contains(title), r::text);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("labelledBoxes")
    void theLabelIsKeptAsShown(String label, String title) {
        Run r = run(P1 + "<div><strong>" + label + ":</strong> <a href=\"/news/storm-warning/\">" + title
                + "</a></div>\n" + P2);
        assertEquals(Optional.of(label), r.refs().get(0).label());
    }

    @Test
    void seeAlsoWithTheLabelInsideTheLink() {
        Run r = run(P1 + P2 + """
                <aside class="see-also"><a href="https://archive.harbour-herald.example/2019/flood/">
                  <span>See also</span>&nbsp;&nbsp;<span>The flood of 2019, five years on</span></a></aside>
                """ + P3);
        assertEquals(1, r.refs().size(), r.refs()::toString);
        CrossReference ref = r.refs().get(0);
        assertEquals("The flood of 2019, five years on", ref.title());
        assertEquals("https://archive.harbour-herald.example/2019/flood/", ref.url());
        assertEquals(CrossReferenceKind.SEE_ALSO, ref.kind());
        assertEquals(Optional.of("See also"), ref.label());
        assertEquals(OptionalInt.of(1), ref.afterBlock());
    }

    @Test
    void boxLabelledOnlyByItsClass() {
        Run r = run(P1 + P2 + """
                <div class="related-posts"><ul>
                  <li><a href="/news/lighthouse/">Lighthouse keeper retires after forty years</a></li>
                  <li><a href="/news/fish-market/">New fish market opens on the quay</a></li>
                </ul></div>
                """ + P3);
        assertEquals(2, r.refs().size(), r.refs()::toString);
        assertEquals("Lighthouse keeper retires after forty years", r.refs().get(0).title());
        assertEquals("https://www.harbour-herald.example/news/lighthouse/", r.refs().get(0).url());
        assertEquals("New fish market opens on the quay", r.refs().get(1).title());
        for (CrossReference ref : r.refs()) {
            assertEquals(CrossReferenceKind.RELATED, ref.kind());
            assertEquals(Optional.empty(), ref.label());
            assertEquals(OptionalInt.of(1), ref.afterBlock());
        }
        assertFalse(r.text().contains("Lighthouse keeper"), r::text);
        assertEquals(3, r.body().blocks().size());
    }

    @Test
    void paragraphThatOnlyStartsWithRelatedStaysInTheBody() {
        String related = "Related to the storm, the council said it would review the flood defences of the"
                + " harbour before the summer, and a report is expected in May.";
        Run r = run(P1 + "<p>Related to the storm, the council said it would review the flood defences of the"
                + " harbour before the summer, and a <a href=\"/news/report/\">report</a> is expected in May.</p>\n" + P2);
        assertEquals(List.of(), r.refs());
        assertTrue(r.text().contains(related), r::text);
        assertTrue(r.body().boxes().isEmpty());
    }

    @Test
    void boxBeforeTheFirstBlockHasNoAfterBlock() {
        Run r = run("<p><strong>Read also:</strong> <a href=\"/news/storm-warning/\">Storm warning issued</a></p>\n"
                + P1 + P2);
        assertEquals(1, r.refs().size(), r.refs()::toString);
        assertEquals(OptionalInt.empty(), r.refs().get(0).afterBlock());
    }

    @Test
    void linksToThePageItselfAndUnsafeLinksAreSkipped() {
        Run r = run(P1 + P2 + """
                <div class="related-posts">
                  <a href="/news/harbour-reopens/#comments">Harbour reopens after the storm</a>
                  <a href="javascript:void(0)">Load more stories</a>
                  <a href="/news/lighthouse/">Lighthouse keeper retires</a>
                  <a href="/news/lighthouse/">Lighthouse keeper retires</a>
                </div>
                """ + P3);
        assertEquals(1, r.refs().size(), r.refs()::toString);
        assertEquals("https://www.harbour-herald.example/news/lighthouse/", r.refs().get(0).url());
    }

    @Test
    void inlineLinksToOtherArticlesOfTheSiteAreInlineLinksAndStayInTheText() {
        Run r = run(P1 + "<p>The storm was the worst since <a href=\"/news/2019/03/storm-of-the-decade-hits-coast/\">"
                + "the storm of 2019</a>, said the harbour master, and <a href=\"/tag/storms/\">our storm page</a> has"
                + " more, as does <a href=\"https://weather.example/forecast/westport-coast-today\">the forecast</a>.</p>"
                + P2);
        List<CrossReference> inline = r.refs().stream().filter(x -> x.kind() == CrossReferenceKind.INLINE_LINK)
                .collect(Collectors.toList());
        assertEquals(1, inline.size(), inline::toString);
        CrossReference ref = inline.get(0);
        assertEquals("the storm of 2019", ref.title());
        assertEquals("https://www.harbour-herald.example/news/2019/03/storm-of-the-decade-hits-coast/", ref.url());
        assertEquals(OptionalInt.of(1), ref.afterBlock());
        assertEquals(Optional.empty(), ref.label());
        assertTrue(r.text().contains("The storm was the worst since the storm of 2019, said the harbour master"), r.text());
    }

    @Test
    void aSourceLineWithALinkIsASourceReference() {
        Run r = run(P1 + P2 + "<p>Source: <a href=\"https://port-authority.example/reports/westport-storm-2022\">"
                + "Port authority storm report</a></p>");
        CrossReference ref = r.refs().stream().filter(x -> x.kind() == CrossReferenceKind.SOURCE).findFirst()
                .orElseThrow(() -> new AssertionError(r.refs().toString()));
        assertEquals("Port authority storm report", ref.title());
        assertEquals(Optional.of("Source"), ref.label());
        assertFalse(r.text().contains("Port authority storm report"), r.text());
    }

    @Test
    void aRelatedBoxRightAfterTheBodyIsRelatedAfterTheLastBlock() {
        ExtractionContext ctx = Pages.context("""
                <html><body><main><article>
                <h1 class="entry-title">Harbour reopens after the storm</h1>
                <div class="entry-content">
                """ + P1 + P2 + P3 + """
                </div>
                <div class="share-bar"><a href="https://social.example/share?u=1">Share</a></div>
                <div class="related-stories">
                  <a href="/news/ferries-resume-service/">Ferries resume service</a>
                  <a href="/news/piers-repair-plan-approved/">Piers repair plan approved</a>
                </div>
                </article></main></body></html>
                """, URL);
        BodyResult body = BodyExtractor.extract(ctx);
        List<CrossReference> refs = CrossReferenceExtractor.extract(ctx, body);
        assertEquals(List.of("Ferries resume service", "Piers repair plan approved"),
                refs.stream().map(CrossReference::title).collect(Collectors.toList()));
        for (CrossReference ref : refs) {
            assertEquals(CrossReferenceKind.RELATED, ref.kind());
            assertEquals(OptionalInt.of(body.blocks().size() - 1), ref.afterBlock());
        }
    }

    @Test
    void referencesComeInReadingOrder() {
        Run r = run(P1 + "<div class=\"related-post\"><strong>Read also:</strong> <a href=\"/news/ferry-timetable-"
                + "changes-this-week/\">Ferry timetable changes</a></div>" + "<p>Workers cleared the debris, as <a href="
                + "\"/news/volunteers-join-the-clean-up-effort/\">volunteers joined</a> on Sunday and the first ferries"
                + " left at dawn.</p>" + P3);
        List<Integer> order = r.refs().stream().map(x -> x.afterBlock().orElse(-1)).collect(Collectors.toList());
        assertEquals(order.stream().sorted().collect(Collectors.toList()), order);
        assertEquals(List.of(CrossReferenceKind.READ_ALSO, CrossReferenceKind.INLINE_LINK),
                r.refs().stream().map(CrossReference::kind).collect(Collectors.toList()));
    }
}
