package io.github.articlemodel.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

final class MarkupTest {
    @Test
    void aValueWithATagReadsAsItsHtmlsText() {
        assertEquals(Optional.of("Jane Doe"), Markup.text("<a href=\"/staff/jane\">Jane Doe</a>"));
        assertEquals(Optional.of("Trump’s plan"), Markup.text("Trump&#8217;s plan"));
        assertEquals(Optional.of("5 < 6 & so on"), Markup.text("5 < 6 & so on"), "no tag, no entity: as written");
        assertEquals(Optional.empty(), Markup.text("<p> </p>"));
    }

    @Test
    void anHtmlBodyBreaksItsLinesAtBlocks() {
        assertEquals(Optional.of("One\nTwo"), Markup.lines("<p>One</p><p>Two</p>"));
        assertEquals(Optional.of("One\nTwo"), Markup.lines(
                "<!-- wp:paragraph -->\n<p>One</p>\n<!-- /wp:paragraph -->\n<!-- wp:paragraph -->\n<p>Two</p>"));
        // Inline tags only: the text's own lines are its paragraphs.
        assertEquals(Optional.of("One in bold\nTwo"), Markup.lines("One in <b>bold</b>\nTwo"));
        assertEquals(Optional.of("One\nTwo"), Markup.lines("<p>One</p>\n<p>Two</p>"));
    }

    @Test
    void plainLinesThatShowTagsStayAsWritten() {
        String text = "Wrap the test page in a few elements.\nUse <code> for the runner:\n<div id=\"mocha\"></div>";
        assertEquals(Optional.of(text), Markup.lines(text));
        assertEquals(Optional.of("  " + text), Markup.lines("  " + text), "white space before the first line");
        // One line is one value: its tags are markup.
        assertEquals(Optional.of("Use for the runner:"), Markup.lines("Use <code> for the runner:"));
    }
}
