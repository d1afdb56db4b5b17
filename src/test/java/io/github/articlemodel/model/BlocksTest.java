package io.github.articlemodel.model;

import static io.github.articlemodel.model.Invariants.BAD_URLS;
import static io.github.articlemodel.model.Invariants.BLANKS;
import static io.github.articlemodel.model.Invariants.rejects;
import static io.github.articlemodel.model.Invariants.requires;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The body blocks and paragraph links. */
class BlocksTest {
    private static final String URL = "https://example.org/a";

    @Test
    void eachBlockClassHasItsType() {
        assertEquals(BlockType.HEADING, Heading.of(1, "h").type());
        assertEquals(BlockType.PARAGRAPH, Paragraph.of("p").type());
        assertEquals(BlockType.LIST, ListBlock.of(false, List.of("i")).type());
        assertEquals(BlockType.QUOTE, QuoteBlock.of("q").type());
        assertEquals(BlockType.FIGURE, Figure.of(Image.of(URL)).type());
        assertEquals(BlockType.EMBED, Embed.of("video", URL).type());
        assertEquals(BlockType.PREFORMATTED, Preformatted.of("x").type());
        assertEquals(BlockType.TABLE, Table.of(List.of(List.of("c"))).type());
    }

    @Test
    void theBlockClassesAreExactlyTheBlockTypes() {
        Set<String> permitted = Arrays.stream(Block.class.getPermittedSubclasses()).map(Class::getSimpleName)
                .collect(Collectors.toSet());
        assertEquals(Set.of("Heading", "Paragraph", "ListBlock", "QuoteBlock", "Figure", "Embed", "Preformatted", "Table"),
                permitted);
        assertEquals(permitted.size(), EnumSet.allOf(BlockType.class).size());
    }

    // ---------------------------------------------------------------- heading

    @Test
    void heading() {
        Heading h = Heading.of(3, "Background");
        assertEquals(3, h.level());
        assertEquals("Background", h.plainText());
        assertEquals(h, new Heading.Builder().level(3).text("Background").build());
    }

    @Test
    void headingLevelsAreOneToSix() {
        Heading.of(1, "a");
        Heading.of(6, "a");
        rejects("heading.level", () -> Heading.of(0, "a"));
        rejects("heading.level", () -> Heading.of(7, "a"));
        for (String blank : BLANKS) {
            rejects("heading.text", () -> Heading.of(2, blank));
        }
        requires("level", () -> new Heading.Builder().text("a").build());
    }

    // ---------------------------------------------------------------- paragraph and links

    @Test
    void paragraphWithLinks() {
        Paragraph p = new Paragraph.Builder().text("Read the NATO statement here.")
                .addLinks(Link.of("NATO statement", URL, 9), Link.of("here", "https://example.org/b", 24))
                .build();
        assertEquals("Read the NATO statement here.", p.plainText());
        assertEquals(2, p.links().size());
        assertEquals(23, p.links().get(0).end());
        assertEquals(List.of(), Paragraph.of("x").links());
    }

    @Test
    void aLinkMayEndTheParagraph() {
        Paragraph p = new Paragraph.Builder().text("See here").addLinks(Link.of("here", URL, 4)).build();
        assertEquals(8, p.links().get(0).end());
    }

    @Test
    void linkOffsetsMustMatchTheParagraph() {
        rejects("paragraph.links", () -> new Paragraph.Builder().text("Read the statement")
                .addLinks(Link.of("statement", URL, 8)).build()); // off by one
        rejects("paragraph.links", () -> new Paragraph.Builder().text("Short")
                .addLinks(Link.of("Short text", URL, 0)).build()); // beyond the end
        rejects("paragraph.links", () -> new Paragraph.Builder().text("Short")
                .addLinks(Link.of("t", URL, 5)).build()); // starts at the end
        rejects("paragraph.links", () -> new Paragraph.Builder().text("abc")
                .addLinks(Link.of("ABC", URL, 0)).build()); // case matters
    }

    @Test
    void linkOffsetsCountUtf16Units() {
        Paragraph p = new Paragraph.Builder().text("\uD83D\uDE00 smile").addLinks(Link.of("smile", URL, 3)).build();
        assertEquals(8, p.links().get(0).end());
        rejects("paragraph.links", () -> new Paragraph.Builder().text("\uD83D\uDE00 smile")
                .addLinks(Link.of("smile", URL, 2)).build());
    }

    @Test
    void linkInvariants() {
        for (String blank : BLANKS) {
            rejects("link.text", () -> Link.of(blank, URL, 0));
            rejects("paragraph.text", () -> Paragraph.of(blank));
        }
        for (String url : BAD_URLS) {
            rejects("link.url", () -> Link.of("a", url, 0));
        }
        rejects("link.start", () -> Link.of("a", URL, -1));
        requires("start", () -> new Link.Builder().text("a").url(URL).build());
    }

    @Test
    void generatedParagraphLinksMatchTheirText() {
        PropertyTries.qt().forAll(ModelGenerators.paragraphs()).checkAssert(p -> {
            for (Link l : p.links()) {
                assertEquals(l.text(), p.text().substring(l.start(), l.end()));
            }
        });
    }

    // ---------------------------------------------------------------- list

    @Test
    void listBlock() {
        ListBlock l = new ListBlock.Builder().addItems("One", "Two").build();
        assertFalse(l.ordered());
        assertEquals("One\nTwo", l.plainText());
        assertTrue(ListBlock.of(true, List.of("a")).ordered());
    }

    @Test
    void listItemsAreNotEmptyNorBlank() {
        rejects("list.items", () -> ListBlock.of(false, List.of()));
        for (String blank : BLANKS) {
            rejects("list.items[]", () -> ListBlock.of(false, List.of("a", blank)));
        }
    }

    // ---------------------------------------------------------------- quote, figure, embed, preformatted

    @Test
    void quoteBlock() {
        QuoteBlock q = new QuoteBlock.Builder().text("The door is open.").attribution("Jens Stoltenberg").build();
        assertEquals("The door is open.", q.plainText());
        assertEquals(Optional.of("Jens Stoltenberg"), q.attribution());
        for (String blank : BLANKS) {
            rejects("quote.text", () -> QuoteBlock.of(blank));
            rejects("quote.attribution", () -> new QuoteBlock.Builder().text("q").attribution(blank).build());
        }
    }

    @Test
    void figureTextIsItsCaption() {
        assertEquals("", Figure.of(Image.of(URL)).plainText());
        assertEquals("Talks", Figure.of(new Image.Builder().url(URL).caption("Talks").build()).plainText());
        requires("image", () -> new Figure.Builder().build());
    }

    @Test
    void embedHasNoText() {
        Embed e = new Embed.Builder().kind("video").url(URL).title("Press conference").build();
        assertEquals("", e.plainText());
        assertEquals(Optional.of("Press conference"), e.title());
        for (String blank : BLANKS) {
            rejects("embed.kind", () -> Embed.of(blank, URL));
            rejects("embed.title", () -> new Embed.Builder().kind("video").url(URL).title(blank).build());
        }
        for (String url : BAD_URLS) {
            rejects("embed.url", () -> Embed.of("video", url));
        }
    }

    @Test
    void preformattedKeepsItsWhiteSpace() {
        Preformatted p = new Preformatted.Builder().text("  if (x) {\n\ty();\n  }\n").language("java").build();
        assertEquals("  if (x) {\n\ty();\n  }\n", p.plainText());
        assertEquals(Optional.of("java"), p.language());
        for (String blank : BLANKS) {
            rejects("preformatted.text", () -> Preformatted.of(blank));
            rejects("preformatted.language", () -> new Preformatted.Builder().text("x").language(blank).build());
        }
    }

    // ---------------------------------------------------------------- table

    @Test
    void tableTextIsCaptionThenTabSeparatedRows() {
        Table t = new Table.Builder().caption("Results")
                .rows(List.of(List.of("Team", "Points"), List.of("A", "3"), List.of("", ""))).build();
        assertEquals("Results\nTeam\tPoints\nA\t3\n\t", t.plainText());
        assertEquals("a", Table.of(List.of(List.of("a"))).plainText());
    }

    @Test
    void tableInvariants() {
        rejects("table.rows", () -> Table.of(List.of()));
        for (String blank : BLANKS) {
            rejects("table.caption", () -> new Table.Builder().rows(List.of(List.of("a"))).caption(blank).build());
        }
    }

    @Test
    void tableRowsAreImmutableCopies() {
        List<String> row = new ArrayList<>(List.of("a", "b"));
        List<List<String>> rows = new ArrayList<>();
        rows.add(row);
        Table t = Table.of(rows);
        row.set(0, "changed");
        rows.add(List.of("more"));
        assertEquals(List.of(List.of("a", "b")), t.rows());
        assertThrows(UnsupportedOperationException.class, () -> t.rows().get(0).set(0, "x"));
        assertThrows(UnsupportedOperationException.class, () -> t.rows().add(List.of()));
        assertEquals(t, Table.of(List.of(List.of("a", "b"))));
    }

    @Test
    void generatedBlocksCoverEveryType() {
        Set<BlockType> seen = EnumSet.noneOf(BlockType.class);
        PropertyTries.qt().forAll(ModelGenerators.blocks()).checkAssert(b -> seen.add(b.type()));
        assertEquals(EnumSet.allOf(BlockType.class), seen);
    }
}
