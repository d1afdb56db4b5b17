package io.github.articlemodel.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.articlemodel.internal.Text;
import io.github.articlemodel.model.Link;
import io.github.articlemodel.model.Paragraph;
import io.github.articlemodel.model.PropertyTries;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Entities;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * A paragraph's text, which the body stage collapses while appending its text nodes, is the cleaned
 * text of those nodes put together; each of its links is the cleaned text of the link, where it
 * stands in the paragraph.
 */
final class BodyInlineTextPropertyTest {
    /**
     * Pieces of text nodes: words, every kind of white space, Latin-1 and wider letters, invisible
     * characters. A combining mark comes only after its letter: one that opens a text node is not
     * composed with the letter that ends the node before (a page almost never splits them).
     */
    private static final List<String> PIECES = List.of("word", "Tide", "a", " ", "  ", "\n", "\t", "\u00a0", " \u00a0 ",
            "é", "ß", "’", "“", "日本", "\u200b", "\u00ad", "\u2009", "\u3000", "\u2007", "\u202f", "\u0085", ",", ".",
            "e\u0301", "\uD83D\uDE00");

    /** Text nodes, three to seven of them: plain, in bold, or linked, in turn. */
    private static Gen<List<String>> nodes() {
        Gen<String> node = PropertyTries.joined(PIECES, 0, 8);
        return Generate.range(3, 7).flatMap(n -> in -> {
            List<String> out = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                out.add(node.generate(in));
            }
            return out;
        });
    }

    private static final String LONG = "<p>The harbour of Westport reopened on Monday, three days after the storm tore"
            + " through the coast, damaging piers, boats and warehouses along the quay.</p>";
    /** Running text first: a paragraph of links alone is a menu, which the body leaves out. */
    private static final String OPENING = "When the water went down on Tuesday, the fishermen of the old quay counted"
            + " their boats, mended the nets and waited for the ferry, which came late. ";

    @Test
    void aParagraphReadsAsItsCleanedTextNodesPutTogetherAndItsLinksAsTheirs() {
        PropertyTries.qt().forAll(nodes()).checkAssert(nodes -> {
            StringBuilder html = new StringBuilder("<html><body><article>").append(LONG).append("<p>").append(OPENING);
            List<String> linked = new ArrayList<>();
            for (int i = 0; i < nodes.size(); i++) {
                String escaped = Entities.escape(nodes.get(i));
                switch (i % 3) {
                    case 1 -> html.append("<b>").append(escaped).append("</b>");
                    case 2 -> {
                        html.append("<a href=\"/p").append(i).append("\">").append(escaped).append("</a>");
                        String text = Text.clean(nodes.get(i));
                        if (!text.isEmpty()) {
                            linked.add(text);
                        }
                    }
                    default -> html.append(escaped);
                }
            }
            html.append("</p>").append(LONG).append("</article></body></html>");
            List<Paragraph> paragraphs = BodyExtractor.extract(Pages.context(html.toString(), "https://example.org/a"))
                    .blocks().stream().filter(b -> b instanceof Paragraph).map(b -> (Paragraph) b).toList();
            assertEquals(3, paragraphs.size(), nodes::toString);
            Paragraph p = paragraphs.get(1);
            assertEquals(Text.clean(OPENING + String.join("", nodes)), p.text(), nodes::toString);
            for (Link l : p.links()) {
                assertEquals(l.text(), p.text().substring(l.start(), l.end()), nodes::toString);
            }
            assertEquals(linked, p.links().stream().map(Link::text).toList(), nodes::toString);
        });
    }
}
