package io.github.articlemodel.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.articlemodel.internal.Text;
import io.github.articlemodel.model.Block;
import io.github.articlemodel.model.Paragraph;
import io.github.articlemodel.model.PropertyTries;
import java.util.List;
import org.jsoup.nodes.Entities;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * A paragraph's text, which the body stage collapses while appending its text nodes (whole runs at
 * a time), is the cleaned text of those nodes put together.
 */
final class BodyInlineTextPropertyTest {
    /** Pieces of text nodes: words, every kind of white space, Latin-1 and wider letters, invisible characters. */
    private static final List<String> PIECES = List.of("word", "Tide", "a", " ", "  ", "\n", "\t", "\u00a0", " \u00a0 ",
            "é", "ß", "’", "“", "日本", "\u200b", "\u00ad", "\u2009", "\u3000", "\u2007", "\u202f", "\u0085", ",", ".", "e\u0301", "\uD83D\uDE00");

    /** Text nodes, three to six of them, each wrapped in an inline element or not. */
    private static Gen<List<String>> nodes() {
        Gen<String> node = PropertyTries.joined(PIECES, 0, 8);
        return Generate.range(3, 6).flatMap(n -> in -> {
            List<String> out = new java.util.ArrayList<>();
            for (int i = 0; i < n; i++) {
                out.add(node.generate(in));
            }
            return out;
        });
    }

    private static final String LONG = "<p>The harbour of Westport reopened on Monday, three days after the storm tore"
            + " through the coast, damaging piers, boats and warehouses along the quay.</p>";

    @Test
    void aParagraphReadsAsItsCleanedTextNodesPutTogether() {
        PropertyTries.qt().forAll(nodes()).checkAssert(nodes -> {
            StringBuilder html = new StringBuilder("<html><body><article>").append(LONG).append("<p>");
            for (int i = 0; i < nodes.size(); i++) {
                String escaped = Entities.escape(nodes.get(i));
                html.append(i % 2 == 1 ? "<b>" + escaped + "</b>" : escaped);
            }
            html.append("</p>").append(LONG).append("</article></body></html>");
            String expected = Text.clean(String.join("", nodes));
            List<Block> blocks = BodyExtractor.extract(Pages.context(html.toString(), "https://example.org/a")).blocks();
            List<String> texts = blocks.stream().filter(b -> b instanceof Paragraph).map(b -> ((Paragraph) b).text()).toList();
            List<String> want = expected.isEmpty() ? List.of(Text.clean(LONG.replaceAll("<[^>]+>", "")),
                    Text.clean(LONG.replaceAll("<[^>]+>", "")))
                    : List.of(Text.clean(LONG.replaceAll("<[^>]+>", "")), expected, Text.clean(LONG.replaceAll("<[^>]+>", "")));
            assertEquals(want, texts, () -> nodes.toString());
        });
    }
}
