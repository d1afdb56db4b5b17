package io.github.articlemodel.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.articlemodel.model.Block;
import io.github.articlemodel.model.BlockType;
import io.github.articlemodel.model.Embed;
import io.github.articlemodel.model.Figure;
import io.github.articlemodel.model.Heading;
import io.github.articlemodel.model.Image;
import io.github.articlemodel.model.Link;
import io.github.articlemodel.model.ListBlock;
import io.github.articlemodel.model.Paragraph;
import io.github.articlemodel.model.Preformatted;
import io.github.articlemodel.model.QuoteBlock;
import io.github.articlemodel.model.Table;
import java.util.List;
import org.jsoup.Jsoup;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

final class BodyExtractorTest {
    private static final String URL = "https://www.harbour-herald.example/news/harbour-reopens/";

    /** A page with the usual furniture around one article; {@code body} goes inside the content div. */
    private static String page(String body) {
        return """
                <html><body>
                <header class="site-header"><a href="/">Harbour Herald</a>
                  <nav class="main-navigation"><ul>
                    <li><a href="/news/">News</a></li><li><a href="/coast/">Coast</a></li><li><a href="/sport/">Sport</a></li>
                  </ul></nav></header>
                <div class="site-content">
                <main id="main">
                <article class="post">
                  <h1 class="entry-title">Harbour reopens after the storm</h1>
                  <div class="entry-content">
                """ + body + """
                  </div>
                </article>
                <div id="comments" class="comments-area">
                  <h2 class="comments-title">2 thoughts on “Harbour reopens after the storm”</h2>
                  <ol class="comment-list">
                    <li id="comment-7" class="comment"><div class="comment-content"><p>I have lived on this quay for forty
                      years, and I have never seen the water rise so fast, so high, and with so little warning from anyone.</p></div></li>
                    <li id="comment-8" class="comment"><div class="comment-content"><p>The council knew about the piers,
                      the warehouses, the boats and the drains for years, and did nothing, nothing at all, until now.</p></div></li>
                  </ol>
                </div>
                </main>
                <aside class="sidebar widget-area">
                  <section class="widget"><h2>Most read</h2><ul>
                    <li><a href="/a">Lighthouse keeper retires after forty years</a></li>
                    <li><a href="/b">New fish market opens, with a long queue, fresh cod, and music</a></li>
                  </ul></section>
                  <section class="widget"><p>Sign up for the Harbour Herald morning letter, with the tides, the weather,
                    the ferries and the news, every morning before seven.</p></section>
                </aside>
                </div>
                <footer class="site-footer"><p>© 2023 Harbour Herald, Westport. All rights reserved, everywhere, always.</p></footer>
                </body></html>
                """;
    }

    private static final String ARTICLE = """
            <p>The harbour of Westport reopened on Monday, three days after the storm tore through the coast,
            damaging piers, boats and warehouses along the quay.</p>
            <h2>Damage on the quay</h2>
            <p>Workers cleared the debris through the weekend, and the first ferries left at dawn, carrying
            passengers who had waited since Friday.</p>
            <ul><li>Two piers closed</li><li>Forty boats damaged</li></ul>
            <ol><li>Clear the quay</li><li>Repair the piers</li></ol>
            <blockquote><p>We have never seen water this high.</p><footer>— Maria Jansen, harbour master</footer></blockquote>
            <figure class="wp-block-image"><img src="/uploads/quay.jpg" alt="The flooded quay" width="800" height="450">
              <figcaption>The flooded quay on Saturday. <span class="image-credit">Photo: Tom Berg</span></figcaption></figure>
            <pre class="language-python"><code>tide = read_gauge("westport")
            print(tide)</code></pre>
            <table><caption>Ferry departures</caption>
              <tr><th>Line</th><th>Time</th></tr>
              <tr><td>Westport–Eastham</td><td>06:00</td></tr>
              <tr><td>Westport–Northby</td><td>06:30</td></tr>
            </table>
            <p>Officials from <a href="/tag/port-authority/">the port authority</a> said the
            <a href="https://ferries.example/timetable">timetable</a> would be back to normal by Friday.</p>
            """;

    private static List<BlockType> types(List<Block> blocks) {
        return blocks.stream().map(Block::type).collect(Collectors.toList());
    }

    private static String allText(List<Block> blocks) {
        return blocks.stream().map(Block::plainText).collect(Collectors.joining("\n"));
    }

    @Test
    void chosenRootIsTheArticleNotTheFurniture() {
        BodyResult r = Pages.body(Pages.context(page(ARTICLE), URL));
        Element root = r.root().orElseThrow();
        assertTrue(root.hasClass("entry-content") || root.nameIs("article"), root.cssSelector());
        String text = allText(r.blocks());
        assertTrue(text.contains("The harbour of Westport reopened on Monday"), text);
        assertTrue(text.contains("would be back to normal by Friday."), text);
        for (String furniture : List.of("News", "Sport", "Lighthouse keeper", "Most read", "Sign up",
                "All rights reserved", "forty years", "did nothing", "thoughts on")) {
            assertFalse(text.contains(furniture), () -> "'" + furniture + "' leaked into the body: " + text);
        }
    }

    @Test
    void blocksHaveTheRightTypesInOrder() {
        BodyResult r = Pages.body(Pages.context(page(ARTICLE), URL));
        List<Block> blocks = r.blocks().stream().filter(b -> !b.plainText().equals("Harbour reopens after the storm"))
                .collect(Collectors.toList());
        assertEquals(List.of(BlockType.PARAGRAPH, BlockType.HEADING, BlockType.PARAGRAPH, BlockType.LIST, BlockType.LIST,
                BlockType.QUOTE, BlockType.FIGURE, BlockType.PREFORMATTED, BlockType.TABLE, BlockType.PARAGRAPH),
                types(blocks), blocks::toString);

        Heading h = assertInstanceOf(Heading.class, blocks.get(1));
        assertEquals(2, h.level());
        assertEquals("Damage on the quay", h.text());

        ListBlock ul = assertInstanceOf(ListBlock.class, blocks.get(3));
        assertFalse(ul.ordered());
        assertEquals(List.of("Two piers closed", "Forty boats damaged"), ul.items());
        ListBlock ol = assertInstanceOf(ListBlock.class, blocks.get(4));
        assertTrue(ol.ordered());
        assertEquals(List.of("Clear the quay", "Repair the piers"), ol.items());
    }

    @Test
    void blockquoteKeepsItsAttributionApart() {
        List<Block> blocks = Pages.body(Pages.context(page(ARTICLE), URL)).blocks();
        QuoteBlock q = blocks.stream().filter(b -> b instanceof QuoteBlock).map(b -> (QuoteBlock) b)
                .findFirst().orElseThrow();
        assertEquals("We have never seen water this high.", q.text());
        assertEquals(Optional.of("Maria Jansen, harbour master"), q.attribution());
    }

    @Test
    void blockquoteWithCite() {
        List<Block> blocks = Pages.body(Pages.context(page("""
                <p>The mayor spoke on the quay on Monday morning, in front of the closed fish market.</p>
                <blockquote><p>Westport has rebuilt before and will rebuild again.</p><cite>Mayor Ellen Vos</cite></blockquote>
                <p>The council meets on Thursday to decide on the money for the repairs.</p>
                """), URL)).blocks();
        QuoteBlock q = blocks.stream().filter(b -> b instanceof QuoteBlock).map(b -> (QuoteBlock) b)
                .findFirst().orElseThrow(() -> new AssertionError(blocks.toString()));
        assertEquals("Westport has rebuilt before and will rebuild again.", q.text());
        assertEquals(Optional.of("Mayor Ellen Vos"), q.attribution());
    }

    @Test
    void figureHasImageCaptionAndCredit() {
        List<Block> blocks = Pages.body(Pages.context(page(ARTICLE), URL)).blocks();
        Figure f = blocks.stream().filter(b -> b instanceof Figure).map(b -> (Figure) b).findFirst().orElseThrow();
        Image img = f.image();
        assertEquals("https://www.harbour-herald.example/uploads/quay.jpg", img.url());
        assertEquals(Optional.of("The flooded quay"), img.alt());
        assertEquals(Optional.of("The flooded quay on Saturday."), img.caption());
        assertEquals(Optional.of("Photo: Tom Berg"), img.credit());
        assertEquals(800, img.width().getAsInt());
        assertEquals(450, img.height().getAsInt());
    }

    @Test
    void preformattedKeepsWhiteSpaceAndLanguage() {
        List<Block> blocks = Pages.body(Pages.context(page(ARTICLE), URL)).blocks();
        Preformatted pre = blocks.stream().filter(b -> b instanceof Preformatted).map(b -> (Preformatted) b)
                .findFirst().orElseThrow();
        assertEquals("tide = read_gauge(\"westport\")\nprint(tide)", pre.text());
        assertEquals(Optional.of("python"), pre.language());
    }

    @Test
    void languageClassOnTheCodeElement() {
        List<Block> blocks = Pages.body(Pages.context(page("""
                <p>The gauge reader is a small program that the harbour office runs every ten minutes.</p>
                <pre><code class="lang-java">int level = gauge.read();</code></pre>
                <p>It writes the water level to the public board at the ferry terminal.</p>
                """), URL)).blocks();
        Preformatted pre = blocks.stream().filter(b -> b instanceof Preformatted).map(b -> (Preformatted) b)
                .findFirst().orElseThrow(() -> new AssertionError(blocks.toString()));
        assertEquals("int level = gauge.read();", pre.text());
        assertEquals(Optional.of("java"), pre.language());
    }

    @Test
    void dataTableBecomesATable() {
        List<Block> blocks = Pages.body(Pages.context(page(ARTICLE), URL)).blocks();
        Table t = blocks.stream().filter(b -> b instanceof Table).map(b -> (Table) b).findFirst().orElseThrow();
        assertEquals(Optional.of("Ferry departures"), t.caption());
        assertEquals(List.of(List.of("Line", "Time"), List.of("Westport–Eastham", "06:00"),
                List.of("Westport–Northby", "06:30")), t.rows());
    }

    @Test
    void layoutTableIsWalkedIntoAndKeepsItsParagraphsApart() {
        List<Block> blocks = Pages.body(Pages.context(page("""
                <table class="layout"><tr><td>
                  <p>The harbour of Westport reopened on Monday, three days after the storm tore through the coast.</p>
                  <h3>What comes next</h3>
                  <p>The council meets on Thursday, and the repairs to the piers should start in April.</p>
                </td></tr></table>
                """), URL)).blocks();
        assertTrue(blocks.stream().noneMatch(b -> b instanceof Table), blocks::toString);
        assertEquals(List.of(BlockType.PARAGRAPH, BlockType.HEADING, BlockType.PARAGRAPH), types(blocks), blocks::toString);
        assertEquals("The harbour of Westport reopened on Monday, three days after the storm tore through the coast.",
                blocks.get(0).plainText());
        assertEquals("What comes next", blocks.get(1).plainText());
    }

    @Test
    void aLayoutTableIsWalkedIntoAndTheDataTableInsideItKept() {
        List<Block> blocks = Pages.body(Pages.context(page("""
                <table class="layout"><tr><td>
                  <p>The harbour of Westport reopened on Monday, three days after the storm tore through the coast.</p>
                  <table><tr><th>Line</th><th>Time</th></tr><tr><td>Westport–Eastham</td><td>06:00</td></tr></table>
                  <p>The council meets on Thursday, and the repairs to the piers should start in April.</p>
                </td><td>Ads</td></tr><tr><td>More</td><td>Less</td></tr></table>
                """), URL)).blocks();
        List<Table> tables = blocks.stream().filter(b -> b instanceof Table).map(b -> (Table) b).toList();
        assertEquals(1, tables.size(), blocks::toString);
        assertEquals(List.of(List.of("Line", "Time"), List.of("Westport–Eastham", "06:00")), tables.get(0).rows());
    }

    @Test
    void paragraphLinkOffsetsPointIntoTheText() {
        List<Block> blocks = Pages.body(Pages.context(page(ARTICLE), URL)).blocks();
        Paragraph p = (Paragraph) blocks.get(blocks.size() - 1);
        assertEquals("Officials from the port authority said the timetable would be back to normal by Friday.", p.text());
        assertEquals(2, p.links().size(), p.links()::toString);
        Link first = p.links().get(0);
        assertEquals("the port authority", first.text());
        assertEquals(p.text().indexOf("the port authority"), first.start());
        assertEquals("https://www.harbour-herald.example/tag/port-authority/", first.url());
        Link second = p.links().get(1);
        assertEquals("timetable", second.text());
        assertEquals(p.text().indexOf("timetable"), second.start());
        assertEquals("timetable", p.text().substring(second.start(), second.end()));
        assertEquals("https://ferries.example/timetable", second.url());
    }

    @Test
    void readAlsoBoxIsLeftOutAndRecordedWithTheBlocksBeforeIt() {
        BodyResult r = Pages.body(Pages.context(page("""
                <p>The harbour of Westport reopened on Monday, three days after the storm tore through the coast.</p>
                <p>Workers cleared the debris through the weekend, and the first ferries left at dawn.</p>
                <div class="inline-box"><strong>Read also:</strong>
                  <a href="/news/storm-warning-for-the-coast/">Storm warning issued for the whole coast</a></div>
                <p>The council meets on Thursday, and the repairs to the piers should start in April.</p>
                """), URL));
        String text = allText(r.blocks());
        assertFalse(text.contains("Read also"), text);
        assertFalse(text.contains("Storm warning issued"), text);
        assertEquals(3, r.blocks().size(), r.blocks()::toString);
        assertEquals(1, r.boxes().size());
        BodyResult.SkippedBox box = r.boxes().get(0);
        assertEquals(2, box.blocksBefore());
        assertTrue(box.element().text().contains("Storm warning issued"), box.element()::outerHtml);
    }

    @Test
    void hiddenElementsAreLeftOut() {
        List<Block> blocks = Pages.body(Pages.context(page("""
                <p>The harbour of Westport reopened on Monday, three days after the storm tore through the coast.</p>
                <p aria-hidden="true">Screen readers skip this decorative teaser line entirely, of course.</p>
                <div style="display: none"><p>A hidden paragraph left over from an old template, never shown.</p></div>
                <p style="visibility:hidden">Another invisible paragraph that nobody can see on the page.</p>
                <p hidden>A paragraph with the hidden attribute, which the browser never renders.</p>
                <p>The council meets on Thursday, and the repairs to the piers should start in April.</p>
                """), URL)).blocks();
        String text = allText(blocks);
        assertEquals(2, blocks.size(), text);
        for (String hidden : List.of("Screen readers", "hidden paragraph", "invisible", "hidden attribute")) {
            assertFalse(text.contains(hidden), text);
        }
    }

    @Test
    void theRelaxedPassKeepsAnAriaHiddenShellAndAnUnlikelyWrapperButNotTheRest() {
        String story = """
                <p>The harbour of Westport reopened on Monday, three days after the storm tore through the coast,
                damaging piers, boats and warehouses along the quay, and the first ferries left at dawn.</p>
                <p>Workers cleared the debris through the weekend, carrying away planks, nets and the remains of
                two sheds, while volunteers served soup to the crews on the pier until late on Sunday night.</p>
                """;
        String furniture = """
                <nav><ul><li><a href="/news/">News</a></li><li><a href="/coast/">Coast</a></li></ul></nav>
                <p hidden>A paragraph with the hidden attribute, which the browser never renders.</p>
                """;
        // The strict pass leaves out the whole shell (aria-hidden) or the whole wrapper (its class).
        for (String page : List.of(
                "<html><body>" + furniture + "<div aria-hidden=\"true\"><div class=\"app\">" + furniture
                        + "<article>" + story + "</article></div></div><div role=\"dialog\">Accept</div></body></html>",
                "<html><body>" + furniture + "<div class=\"modal-wrap\"><div>" + furniture + story
                        + "</div></div></body></html>")) {
            String text = allText(Pages.body(Pages.context(page, URL)).blocks());
            assertTrue(text.startsWith("The harbour of Westport reopened") && text.contains("soup to the crews"), text);
            assertFalse(text.contains("hidden attribute") || text.contains("News") || text.contains("Accept"), text);
        }
    }

    @Test
    void theSharedDocumentIsNotModified() {
        ExtractionContext ctx = Pages.context(page(ARTICLE + """
                <div><strong>Read also:</strong> <a href="/news/storm-warning/">Storm warning issued</a></div>
                <p aria-hidden="true">Hidden line.</p>
                """), URL);
        String before = ctx.document().outerHtml();
        BodyResult r = BodyExtractor.extract(ctx);
        assertFalse(r.blocks().isEmpty());
        assertEquals(before, ctx.document().outerHtml());
        // The other stages read the same document and must not change it either.
        Pages.parts(ctx);
        assertEquals(before, ctx.document().outerHtml());
    }

    @Test
    void emptyBodyGivesNoRootAndNoBlocks() {
        BodyResult r = Pages.body(Pages.context("<html><body></body></html>", URL));
        assertTrue(r.root().isEmpty());
        assertTrue(r.blocks().isEmpty());
        assertTrue(r.boxes().isEmpty());
    }

    @Test
    void furnitureAtTheEdgesAndATrailingMostReadSectionLeaveTheBody() {
        String text = storyBetween("""
                <p>Veröffentlicht am 12.01.2022</p>
                """, """
                <h3>Most read</h3>
                <p>Ferry strike called off at the last minute</p>
                <p><a href="/print">Print</a></p>
                """);
        assertTrue(text.startsWith("The harbour of Westport reopened"), text);
        assertTrue(text.endsWith("the harbour master said on Monday afternoon."), text);
        assertFalse(text.contains("Most read"), text);
        assertFalse(text.contains("Ferry strike"), text);
    }

    @Test
    void theSitesOtherStoriesUnderALabelNamingItsHostLeaveTheBody() {
        String text = textAfterStory("""
                <p>Auch auf harbour-herald.example</p>
                <p>Ferry strike called off at the last minute New fish market opens on the quay</p>
                """);
        assertTrue(text.endsWith("the harbour master said on Monday afternoon."), text);
        assertFalse(text.contains("Ferry strike"), text);
        // Without a host name, such a line is the story's own ("Also on the quay, …").
        String own = textAfterStory("<h3>Also on the quay</h3><p>The fish market reopens on Friday.</p>");
        assertTrue(own.contains("The fish market reopens on Friday."), own);
    }

    @Test
    void aLinkInsideASentenceStaysWhateverItsClassButAShareBarsLinksDoNot() {
        // Annotated texts open a note in a popup from a link on the words it explains.
        String text = textAfterStory("""
                <p><a href="#" class="popup">I</a> am a <a href="#" class="popup">rather elderly</a> man, and the
                nature of my <a href="#" class="popup">avocations</a> has brought me into contact with the harbour.</p>
                <div class="tools"><a href="/s/fb" class="share">Facebook</a> <a href="/s/tw" class="share">Twitter</a></div>
                """);
        assertTrue(text.contains("I am a rather elderly man, and the nature of my avocations has brought me"), text);
        assertFalse(text.contains("Facebook"), text);
    }

    @Test
    void theArticlesHeaderLinesBeforeItsFirstParagraphLeaveTheBodyHoweverManyTheyAre() {
        String text = storyBetween("""
                <p>Feature</p>
                <p>Harbour reopens after the storm</p>
                <p>20. Mai 2019</p>
                <p>von Annette Berg</p>
                """, "");
        assertTrue(text.startsWith("Feature\nHarbour reopens after the storm\nThe harbour of Westport"), text);
        assertFalse(text.contains("Annette Berg"), text);
        assertFalse(text.contains("20. Mai 2019"), text);
    }

    @Test
    void aStandfirstSetAsAHeadingKeepsTheBylineUnderItInTheArticlesHeader() {
        // The standfirst is longer than a short line, but as a heading it is part of the header.
        String text = storyBetween("""
                <p>Coast</p>
                <h2>The storm that closed the harbour for three days has left the town counting the cost of its piers,
                its boats and its warehouses, and asking who will pay</h2>
                <p>By Annette Berg</p>
                """, "");
        assertTrue(text.startsWith("Coast\nThe storm that closed the harbour"), text);
        assertFalse(text.contains("Annette Berg"), text);
    }

    @Test
    void aToolbarListLeavesTheBodyWhereverItStandsButAContactAddressStays() {
        String text = storyBetween("""
                <ul class="user-interaction"><li><a href="#">Print</a></li><li><a href="#">Email</a></li>
                  <li><a href="#">Tweet</a></li></ul>
                """, """
                <ul><li><a href="#">Drucken</a></li><li><a href="#">Versenden</a></li><li><a href="#">Merken</a></li></ul>
                <p>The ferries will run on the winter timetable until the piers are repaired, the company said.</p>
                <p>E-Mail: harbour@westport.example</p>
                """);
        assertFalse(text.contains("Tweet"), text);
        assertFalse(text.contains("Versenden"), text);
        assertTrue(text.contains("winter timetable"), text);
        assertTrue(text.contains("E-Mail: harbour@westport.example"), text);
        // Amid the text, a list of what the story is about is no toolbar, even with words of one in it.
        String list = textAfterStory("""
                <ul><li>Print shops</li><li>Email lists</li></ul>
                <p>The ferries will run on the winter timetable until the piers are repaired, the company said.</p>
                <p>The fish market stays open, and the boats that were not damaged went out again on Tuesday.</p>
                <p>A second storm is not expected before the end of the month, the weather service said.</p>
                """);
        assertTrue(list.contains("Print shops\nEmail lists"), list);
    }

    @Test
    void aPhotoCreditOfNamesAndAgenciesOrAPhotographerLeavesTheBody() {
        String text = storyBetween("<p>Jane Doe / AFP / Getty Images</p><p>Illustration by Tom Berg</p>", "");
        assertFalse(text.contains("Getty"), text);
        assertFalse(text.contains("Tom Berg"), text);
        assertTrue(text.startsWith("The harbour of Westport"), text);
    }

    @Test
    void aShortHeadingWithNothingUnderItInTheArticlesHeaderLeavesTheBody() {
        String text = storyBetween("<h3>Story tools</h3><h2>Harbour reopens</h2>", "");
        assertFalse(text.contains("Story tools"), text);
        assertTrue(text.startsWith("Harbour reopens\nThe harbour of Westport"), text);
        // A sentence is a heading of its own; at the bottom an empty heading stays, as Readability keeps it.
        String kept = storyBetween("<h3>What happened on the quay.</h3><h2>Harbour reopens</h2>", "<h3>Contents</h3>");
        assertTrue(kept.startsWith("What happened on the quay."), kept);
        assertTrue(kept.endsWith("Contents"), kept);
        // A heading with its section under it stays, as does a subheading followed by a lower one.
        String section = storyBetween("", "<h2>Damage on the quay</h2><h3>The piers</h3><p>Two piers are closed.</p>");
        assertTrue(section.contains("Damage on the quay\nThe piers"), section);
    }

    @Test
    void theLabelAnAdvertisementLeftBehindLeavesTheBodyWhereverItStands() {
        String text = storyBetween("<p>- Advertisement -</p>", """
                <p>Anzeige</p>
                <p>Advertisement agencies in the town say the storm cost them a month of work.</p>
                """);
        assertFalse(text.contains("- Advertisement -"), text);
        assertFalse(text.contains("Anzeige"), text);
        assertTrue(text.contains("Advertisement agencies in the town"), text);
    }

    @Test
    void aSectionNamedAfterItsHeadingIsContentWhateverTheHeadingSays() {
        // Documentation generators give each section the id of its heading: "sharing-…" names no share bar.
        String text = textAfterStory("""
                <div class="section" id="sharing-with-the-fishing-fleet">
                  <h2>Sharing with the fishing fleet<a class="headerlink" href="#sharing-with-the-fishing-fleet">¶</a></h2>
                  <p>The fleet shares the eastern pier with the ferries until the repairs are done, and the
                  harbour master decides each morning which boats may leave first, by the size of their catch.</p>
                </div>
                <div class="share-buttons" id="share-this-story"><p>Share on Facebook, Twitter, WhatsApp</p></div>
                """);
        assertTrue(text.contains("The fleet shares the eastern pier"), text);
        assertTrue(text.contains("\nSharing with the fishing fleet\n"), text);
        assertFalse(text.contains("Share on Facebook"), text);
    }

    @Test
    void headingsLoseTheirPermalinkSignAndTheWikisEditLink() {
        String text = textAfterStory("""
                <h2>Repairs<a class="headerlink" href="#repairs" title="Permalink">¶</a></h2>
                <p>The repairs to the piers start in April, with concrete from the mainland and timber from the hills.</p>
                <h3>Costs <a href="#costs" aria-hidden="true">#</a></h3>
                <p>The province pays two thirds of the cost, the town the rest, over the next five years.</p>
                <h2><span class="mw-headline">History</span><span class="mw-editsection"><span>[</span>\
                <a href="/w/index.php?title=Harbour&amp;action=edit&amp;section=3">edit</a><span>]</span></span></h2>
                <p>The harbour was built in 1850 and has flooded four times since then, twice in the last ten years.</p>
                """);
        assertTrue(text.contains("\nRepairs\n"), text);
        assertTrue(text.contains("\nCosts\n"), text);
        assertTrue(text.contains("\nHistory\n"), text);
    }

    @Test
    void aShortArticleUnderWhichAPortalPilesShortLinesLosesThemFromTheirLabel() {
        // Many short lines after the story: few by their text, most by their count.
        StringBuilder furniture = new StringBuilder("<h3>精彩视频推荐</h3>");
        for (int i = 0; i < 8; i++) {
            furniture.append("<p>视频 ").append(i).append(" 自动播放</p>");
        }
        String text = textAfterStory(furniture.toString());
        assertTrue(text.endsWith("the harbour master said on Monday afternoon."), text);
        // Late in the text but early among the blocks (pictures follow), a label before a long paragraph
        // is a teaser's: the story goes on after it.
        StringBuilder pictures = new StringBuilder();
        for (int i = 0; i < 5; i++) {
            pictures.append("<figure><img src=\"/uploads/quay-").append(i).append(".jpg\" alt=\"\"></figure>");
        }
        String teaser = textAfterStory("""
                <p>Lesetipp</p>
                <p>Fishermen who lost their boats in the storm can apply for help at the town hall until the end of
                March, with a photograph of the damage and the papers of the boat.</p>
                """ + pictures);
        assertTrue(teaser.contains("Fishermen who lost their boats"), teaser);
    }

    @Test
    void aListPageWhoseEntriesFillADataTableGivesItsIntroductionAndTheTable() {
        StringBuilder rows = new StringBuilder("<tr><th>Ship</th><th>Year</th><th>Fate</th></tr>");
        for (int i = 0; i < 40; i++) {
            // Entries link their ships and places, as a wiki's list does.
            rows.append("<tr><td><a href=\"/wiki/Westport_Lady_").append(i).append("\">Westport Lady ").append(i)
                    .append("</a></td><td>").append(1900 + i * 7)
                    .append("</td><td>Sank off <a href=\"/wiki/Northern_Cape\">the northern cape</a> in a"
                            + " <a href=\"/wiki/Winter_storm\">winter storm</a>, with all hands, number ")
                    .append(i).append(".</td></tr>");
        }
        List<Block> blocks = Pages.body(Pages.context("<html><body><div id=\"content\"><h1>Wrecks of the bay</h1>"
                + "<p>This list of ships lost in the bay gives each ship's name, the year it was lost and what became"
                + " of it, from the harbour's own records.</p><table class=\"wikitable\">" + rows
                + "</table></div></body></html>", URL)).blocks();
        assertTrue(allText(blocks).contains("This list of ships lost in the bay"), allText(blocks));
        Table table = blocks.stream().filter(b -> b instanceof Table).map(b -> (Table) b).findFirst()
                .orElseThrow(() -> new AssertionError(types(blocks)));
        assertEquals(41, table.rows().size());
        assertEquals(List.of("Ship", "Year", "Fate"), table.rows().get(0));
    }

    @Test
    void aTableThatLaysOutThePageIsNoDataTable() {
        Element nested = Jsoup.parse("<table><tr><td><table><tr><td>a</td><td>b</td></tr></table></td>"
                + "<td>c</td></tr><tr><td>d</td><td>e</td></tr></table>").selectFirst("table");
        Element oneColumn = Jsoup.parse("<table><tr><td>a</td></tr><tr><td>b</td></tr></table>").selectFirst("table");
        Element oneRow = Jsoup.parse("<table><tr><td>a</td><td>b</td></tr></table>").selectFirst("table");
        Element data = Jsoup.parse("<table><tr><th>a</th><th>b</th></tr></table>").selectFirst("table");
        assertTrue(BodyExtractor.layoutTable(nested));
        assertTrue(BodyExtractor.layoutTable(oneColumn));
        assertTrue(BodyExtractor.layoutTable(oneRow));
        assertFalse(BodyExtractor.layoutTable(data));
    }

    @Test
    void mathMlIsTextOfTheParagraphItStandsIn() {
        String text = textAfterStory("""
                <p>At spring tide the water rises by <math xmlns="http://www.w3.org/1998/Math/MathML"><mi>h</mi>\
                <mo>=</mo><mn>2</mn></math> metres in six hours, the harbour master says, and the quay floods.</p>
                """);
        assertTrue(text.contains("rises by h = 2 metres in six hours"), text);
    }

    /** A three-paragraph story with {@code tail} after it: the body's text. */
    private static String textAfterStory(String tail) {
        return storyBetween("", tail);
    }

    /** A three-paragraph story with {@code head} before it and {@code tail} after it: the body's text. */
    private static String storyBetween(String head, String tail) {
        return allText(Pages.body(Pages.context(page(head + """
                <p>The harbour of Westport reopened on Monday, three days after the storm tore through the coast,
                damaging piers, boats and warehouses along the quay, and the first ferries left at dawn.</p>
                <p>Workers cleared the debris through the weekend, carrying away planks, nets and the remains of
                two sheds, while volunteers served soup to the crews on the pier until late on Sunday night.</p>
                <p>The council meets on Thursday, and the repairs to the piers should start in April, if the money
                from the province arrives in time, the harbour master said on Monday afternoon.</p>
                """ + tail), URL)).blocks());
    }

    @Test
    void aClosingToolbarListAPrintLabelAndThePostMetadataLineLeaveTheBody() {
        String toolbar = textAfterStory("""
                <ul><li><a href="#">Seite drucken</a></li><li><a href="/empfehlen">Seite empfehlen</a></li></ul>
                """);
        assertTrue(toolbar.endsWith("the harbour master said on Monday afternoon."), toolbar);
        String print = textAfterStory("""
                <div class="print-button"><span>drukuj</span></div>
                """);
        assertTrue(print.endsWith("the harbour master said on Monday afternoon."), print);
        String meta = textAfterStory("""
                <p class="postmetadata alt">This entry was posted on Tuesday, May 6th, 2014 at 11:30 pm and is filed
                under <a href="/category/harbour/">Harbour</a>.</p>
                """);
        assertTrue(meta.endsWith("the harbour master said on Monday afternoon."), meta);
        // A closing list of things the story names stays, even when its items are short.
        String list = textAfterStory("""
                <ul><li>New piers in April</li><li>Ferries every hour from May</li></ul>
                """);
        assertTrue(list.endsWith("Ferries every hour from May"), list);
    }

    @Test
    void aClosingSentenceThatStartsWithAFurnitureWordStaysWhileLabelLinesGo() {
        String sentence = textAfterStory("""
                <p>More than 200 people watched the first ferry leave.</p>
                """);
        assertTrue(sentence.endsWith("More than 200 people watched the first ferry leave."), sentence);
        for (String label : List.of("<p>Posted by Jane Doe in Harbour</p>", "<p>Share this story</p>",
                "<p>Back to top.</p>", "<p>Tags: harbour, storm, ferries</p>")) {
            String text = textAfterStory(label);
            assertTrue(text.endsWith("the harbour master said on Monday afternoon."), () -> label + " stayed: " + text);
        }
    }

    @Test
    void anAppPromotionAndALatestArticlesSectionCloseNothing() {
        String app = textAfterStory("""
                <p>For the latest news from the coast, download the Harbour Herald apps for iOS and Android.</p>
                """);
        assertTrue(app.endsWith("the harbour master said on Monday afternoon."), app);
        String latest = textAfterStory("""
                <h2>Neueste Artikel</h2>
                <p><a href="/ferries">Fähren fahren wieder</a></p>
                <p><a href="/fish">Der Fischmarkt öffnet am Samstag</a></p>
                """);
        assertTrue(latest.endsWith("the harbour master said on Monday afternoon."), latest);
        // The platforms named inside the story's own text are no promotion.
        String named = textAfterStory("""
                <p>The port's new timetable app, written by two students from the town over the winter, will be
                free to download for iOS and Android phones from May, and will show every ferry and its delays.</p>
                <p>Older phones will get a text message service instead, the port said.</p>
                """);
        assertTrue(named.contains("free to download for iOS and Android phones"), named);
    }

    @Test
    void aDateSetAboveTheHeadingInItsOwnElementIsNotPartOfIt() {
        List<Block> blocks = Pages.body(Pages.context(page("""
                <h2><span class="topline"><span class="date">27.01.2022</span></span>Ferries run again</h2>
                <p>The harbour of Westport reopened on Monday, three days after the storm tore through the coast,
                damaging piers, boats and warehouses along the quay, and the first ferries left at dawn.</p>
                <h2><span>12 ferries</span> a day from Friday</h2>
                <p>Workers cleared the debris through the weekend, carrying away planks, nets and the remains of
                two sheds, while volunteers served soup to the crews on the pier until late on Sunday night.</p>
                """), URL)).blocks();
        List<String> headings = blocks.stream().filter(b -> b instanceof Heading).map(Block::plainText).toList();
        assertEquals(List.of("Ferries run again", "12 ferries a day from Friday"), headings);
    }

    @Test
    void qMarksPullQuotesAndPostsKeepTheirWords() {
        List<Block> blocks = Pages.body(Pages.context(page("""
                <p>The harbour master called it <q>the worst night in forty years</q> when she spoke to the crews on
                the quay on Monday morning, three days after the storm tore through the coast.</p>
                <figure class="wp-block-pullquote"><blockquote><p>We will rebuild the piers before summer.</p>
                <cite>Jana Visser</cite></blockquote></figure>
                <p>Workers cleared the debris through the weekend, carrying away planks, nets and the remains of
                two sheds, while volunteers served soup to the crews on the pier until late on Sunday night.</p>
                <blockquote class="twitter-tweet"><p>The first ferry has left Westport this morning.</p>&mdash; Port of
                Westport (@westportport) <a href="https://social.example/westportport/status/1">January 12, 2022</a>
                </blockquote>
                """), URL)).blocks();
        assertTrue(allText(blocks).contains("called it “the worst night in forty years” when"), allText(blocks));
        QuoteBlock pull = blocks.stream().filter(b -> b instanceof QuoteBlock).map(b -> (QuoteBlock) b)
                .filter(q -> q.text().startsWith("We will rebuild")).findFirst().orElseThrow();
        assertEquals(Optional.of("Jana Visser"), pull.attribution());
        QuoteBlock post = blocks.stream().filter(b -> b instanceof QuoteBlock).map(b -> (QuoteBlock) b)
                .filter(q -> q.text().startsWith("The first ferry")).findFirst().orElseThrow();
        assertTrue(post.attribution().orElse("").startsWith("Port of Westport (@westportport)"), post::toString);
        assertTrue(blocks.stream().anyMatch(b -> b instanceof Embed), blocks::toString);
    }

    @Test
    void looseTextBetweenBlocksCountsAsParagraphs() {
        // A forum-style post: runs of text separated by <br> around an image, with no <p> at all, next
        // to a short notice written in proper paragraphs.
        BodyResult r = Pages.body(Pages.context("""
                <html><body><div class="wrap">
                <div class="thread"><div class="message">
                  <b>The harbour of Westport reopened on Monday, three days after the storm tore through the coast,
                  damaging piers, boats, nets and warehouses along the quay.</b><br><br>
                  <div class="picture"><img src="/uploads/quay.jpg" alt="The quay" width="800" height="450"></div>
                  Workers cleared the debris through the weekend, carrying away planks, ropes, crates and the remains
                  of two sheds, while volunteers served soup, bread and tea to the crews until late on Sunday.<br><br>
                  The council meets on Thursday, and the repairs to the piers, the slipway and the crane should start
                  in April, if the money from the province, the port and the fishermen's fund arrives in time.
                </div></div>
                <div class="notice"><p>This site stores small files on your device, as most sites do, to remember
                your settings between visits.</p></div>
                </div></body></html>
                """, URL));
        String text = allText(r.blocks());
        assertTrue(text.contains("The harbour of Westport reopened on Monday"), text);
        assertTrue(text.contains("Workers cleared the debris"), text);
        assertTrue(text.contains("arrives in time."), text);
        assertFalse(text.contains("small files"), text);
    }

    @Test
    void aFormAroundTheWholePageIsWalkedButASearchFormIsLeftOut() {
        BodyResult r = Pages.body(Pages.context("""
                <html><body>
                <form class="lookup" action="/find"><p>Find a ferry by its name, its port or its line number</p>
                <input name="q"></form>
                <form id="pageForm" action="/default.aspx" method="post">
                <div class="page">
                  <div class="story">
                    <p>The harbour of Westport reopened on Monday, three days after the storm tore through the coast,
                    damaging piers, boats and warehouses along the quay.</p>
                    <p>Workers cleared the debris through the weekend, carrying away planks, nets and the remains of
                    two sheds, while volunteers served soup to the crews on the pier until late on Sunday night.</p>
                  </div>
                </div></form></body></html>
                """, URL));
        String text = allText(r.blocks());
        assertTrue(text.contains("The harbour of Westport reopened on Monday"), text);
        assertTrue(text.contains("until late on Sunday night."), text);
        assertFalse(text.contains("Find a ferry"), text);
    }

    @Test
    void anArticleInPartsThatEachScoreAloneIsReadWhole() {
        // Each part of the story is a block of its own (a section, an inner box, an article element
        // with a picture), so no part's parent holds more than that part.
        StringBuilder parts = new StringBuilder();
        String[] topics = {"the harbour", "the ferries", "the fishermen", "the north pier"};
        for (int i = 0; i < topics.length; i++) {
            parts.append("<section class=\"page-section\"><div class=\"page-section__inner\">")
                    .append("<article class=\"image-text\"><img src=\"/p").append(i).append(".jpg\">")
                    .append("<div class=\"image-text__text\">");
            for (int j = 0; j < 4; j++) {
                parts.append("<p>Part ").append(i + 1).append(", paragraph ").append(j + 1).append(": the storm of last ")
                        .append("week left ").append(topics[i]).append(" damaged, and the crews, the council and the ")
                        .append("volunteers worked through the weekend, from early morning until late at night.</p>");
            }
            parts.append("</div></article></div></section>");
        }
        BodyResult r = Pages.body(Pages.context("<html><body><header class=\"site-header\"><a href=\"/\">Harbour Herald</a>"
                + "</header><main><div class=\"page\"><h1>The week after the storm</h1>" + parts
                + "</div></main><footer><p>All rights reserved.</p></footer></body></html>", URL));
        String text = allText(r.blocks());
        for (int i = 1; i <= topics.length; i++) {
            assertTrue(text.contains("Part " + i + ", paragraph 1:"), text);
            assertTrue(text.contains("Part " + i + ", paragraph 4:"), text);
        }
        assertFalse(text.contains("Harbour Herald"), text);
    }

    @Test
    void aVeryShortPostIsNotTradedForTheLongerShareBarUnderIt() {
        BodyResult r = Pages.body(Pages.context("""
                <html><body><div class="post"><h2>Harbour open again</h2><div class="entry">
                <p>The harbour is open again, see the timetable.</p>
                <div class="share-bar"><div class="sharing-buttons">Share this with your friends and family: Twitter,
                Facebook, LinkedIn, Email, Print, WhatsApp</div></div>
                </div></div></body></html>
                """, URL));
        String text = allText(r.blocks());
        assertTrue(text.contains("The harbour is open again"), text);
        assertFalse(text.contains("Share this"), text);
    }

    @Test
    void aHeaderAroundTheTextOfAnImageAndTextBlockIsKept() {
        // Component libraries put the text side of an image-and-text block in a header.
        BodyResult r = Pages.body(Pages.context("""
                <html><body>
                <header class="site"><p>Westport Harbour Herald</p><nav><a href="/">Home</a></nav></header>
                <main><article class="image-text">
                <header class="image-text__description"><h3>Harbour reopens after the storm</h3>
                <p>The harbour of Westport reopened on Monday, three days after the storm tore through the coast,
                damaging piers, boats and warehouses along the quay. The first ferry left at dawn.</p>
                <p>Workers cleared the debris through the weekend, carrying away planks, nets and the remains of
                two sheds, while volunteers served soup to the crews on the pier until late on Sunday night.</p>
                <p>Officials from the port authority said the timetable would be back to normal by Friday, when
                the last of the damaged boats is towed away and the north pier is open to cars again.</p>
                <p>The fishermen of the harbour, who lost two boats and most of their nets, will be paid from a fund
                that the town council set up on Tuesday; the first payments are due before the end of the month.</p>
                </header>
                <img src="/uploads/pier.jpg" alt="The north pier"></article></main>
                <footer><p>All rights reserved.</p></footer></body></html>
                """, URL));
        String text = allText(r.blocks());
        assertTrue(text.contains("The harbour of Westport reopened on Monday"), text);
        assertTrue(text.contains("until late on Sunday night."), text);
        assertTrue(text.contains("north pier is open to cars again."), text);
        assertFalse(text.contains("Westport Harbour Herald"), text);
        assertFalse(text.contains("All rights reserved"), text);
    }

    @Test
    void aSignUpFormIsLeftOutHoweverMuchItExplains() {
        // A video page: a short description, and a sign-up dialog whose error messages, written
        // as paragraphs, hold more text than the article.
        BodyResult r = Pages.body(Pages.context("""
                <html><body>
                <div class="video-page"><h1>Harbour reopens after the storm</h1>
                <p class="description">The harbour of Westport reopened on Monday, three days after the storm.
                Workers cleared the debris through the weekend.</p></div>
                <article class="account-panel">
                <form action="/account/register" method="post">
                <p class="error">There is no account for this e-mail address, or the password is wrong.</p>
                <p class="error">This e-mail address is already registered. Are you already signed in?</p>
                <p class="error">The e-mail address does not look right: it must hold an @ and an existing domain.</p>
                <p class="error">The password must be at least eight characters long and hold a capital letter.</p>
                <p class="error">Please accept our terms of use and our privacy policy before you go on.</p>
                <p class="error">The password must hold at least one small letter, one capital letter and one digit.</p>
                <p class="error">Please choose the name under which other readers will see your comments.</p>
                <p class="error">Sorry, your registration did not go through. Please look at what you entered.</p>
                <label>E-mail <input type="email" name="email"></label>
                <label>Password <input type="password" name="password"></label>
                <button>Register</button>
                </form></article></body></html>
                """, URL));
        String text = allText(r.blocks());
        assertTrue(text.contains("The harbour of Westport reopened on Monday"), text);
        assertFalse(text.contains("password"), text);
    }

    @Test
    void photoCreditsAreNotBodyText() {
        BodyResult r = Pages.body(Pages.context(page("""
                <p>The harbour of Westport reopened on Monday, three days after the storm tore through the coast,
                damaging piers, boats and warehouses along the quay.</p>
                <div class="wp-caption"><img src="/uploads/pier.jpg" width="800">
                  <p class="credit">Bild: Harbour Herald Archive</p><p class="caption-text">The north pier.</p></div>
                <p>Workers cleared the debris through the weekend, and the first ferries left at dawn, carrying
                passengers who had waited since Friday.</p>
                <p><em>Foto: Tom Berg/Coast Agency</em></p>
                <div class="caption">The quay at dawn, with the first ferry leaving. | © Coast Agency/Tom Berg</div>
                <div class="media"><img src="/uploads/crane.jpg" width="800">
                  <p class="media__caption media__caption--description">The crane on the east pier.</p>
                  <p class="media__caption media__caption--source">Jana Visser, Westport Harbour.</p></div>
                <p>Officials from the port authority said the timetable would be back to normal by Friday, when
                the last of the damaged boats is towed away.</p>
                """), URL));
        String text = allText(r.blocks());
        assertTrue(text.contains("The harbour of Westport reopened"), text);
        assertTrue(text.contains("The quay at dawn, with the first ferry leaving."), text);
        assertTrue(text.contains("towed away."), text);
        assertTrue(text.contains("The crane on the east pier."), text);
        for (String credit : List.of("Harbour Herald Archive", "Tom Berg/Coast Agency", "Coast Agency/Tom Berg", "©",
                "Jana Visser")) {
            assertFalse(text.contains(credit), () -> "'" + credit + "' leaked into the body: " + text);
        }
    }

    @Test
    void aCreditWrittenIntoTheCaptionBecomesTheFiguresCredit() {
        BodyResult r = Pages.body(Pages.context(page("""
                <p>The harbour of Westport reopened on Monday, three days after the storm tore through the coast,
                damaging piers, boats and warehouses along the quay.</p>
                <figure><img src="/uploads/a.jpg" width="800"><figcaption>The flooded quay. (Quelle: Tom Berg/Coast Agency)</figcaption></figure>
                <figure><img src="/uploads/b.jpg" width="800"><figcaption>The harbour master on the pier (REUTERS/Jane Doe)</figcaption></figure>
                <figure><img src="/uploads/c.jpg" width="800"><figcaption>Boats in the bay. Photo: <a href="https://pics.example/1">Jane Doe/pics.example</a></figcaption></figure>
                <figure><img src="/uploads/d.jpg" width="800"><figcaption>Nets drying on the quay (the old way)</figcaption></figure>
                <p>Workers cleared the debris through the weekend, and the first ferries left at dawn.</p>
                """), URL));
        List<Figure> figures = r.blocks().stream().filter(b -> b instanceof Figure).map(b -> (Figure) b)
                .collect(Collectors.toList());
        assertEquals(4, figures.size(), figures::toString);
        assertEquals("The flooded quay.", figures.get(0).image().caption().orElse(""));
        assertEquals("Quelle: Tom Berg/Coast Agency", figures.get(0).image().credit().orElse(""));
        assertEquals("The harbour master on the pier", figures.get(1).image().caption().orElse(""));
        assertEquals("REUTERS/Jane Doe", figures.get(1).image().credit().orElse(""));
        assertEquals("Boats in the bay.", figures.get(2).image().caption().orElse(""));
        assertEquals("Photo: Jane Doe/pics.example", figures.get(2).image().credit().orElse(""));
        assertEquals("Nets drying on the quay (the old way)", figures.get(3).image().caption().orElse(""));
        assertTrue(figures.get(3).image().credit().isEmpty());
    }

    @Test
    void followSubscribeAndShareLinesAtTheEndAreLeftOut() {
        BodyResult r = Pages.body(Pages.context(page("""
                <p>The harbour of Westport reopened on Monday, three days after the storm tore through the coast,
                damaging piers, boats and warehouses along the quay.</p>
                <h3>Harbour Herald Newsletter</h3>
                <p>Sign up to get the tides, the weather and the ferries every morning.</p>
                <p>Workers cleared the debris through the weekend, and the first ferries left at dawn, carrying
                passengers who had waited since Friday.</p>
                <p>Officials said the timetable would be back to normal by Friday. Maria Jansen writes about the
                coast. Follow her on Twitter.</p>
                <p>Follow the Harbour Herald on Twitter and Instagram for the latest news from the quay.</p>
                <p>Teilen Sie dies mit:</p>
                """), URL));
        String text = allText(r.blocks());
        assertTrue(text.contains("The harbour of Westport reopened"), text);
        assertTrue(text.contains("Follow her on Twitter."), text); // a bio that ends with a prompt stays
        for (String prompt : List.of("Newsletter", "Sign up", "for the latest news", "Teilen Sie")) {
            assertFalse(text.contains(prompt), () -> "'" + prompt + "' leaked into the body: " + text);
        }
    }

    @Test
    void anAuthorBoxOrRelatedHeadingClosingTheBodyIsCut() {
        BodyResult r = Pages.body(Pages.context(page("""
                <p>The harbour of Westport reopened on Monday, three days after the storm tore through the coast,
                damaging piers, boats and warehouses along the quay.</p>
                <p>Workers cleared the debris through the weekend, and the first ferries left at dawn, carrying
                passengers who had waited since Friday.</p>
                <p>Officials said the timetable would be back to normal by Friday, when the last boats are towed.</p>
                <p>The council will meet on Tuesday to discuss new piers, higher walls and better drains.</p>
                <h3>Über den Autor</h3>
                <p>Maria Jansen schreibt seit zwanzig Jahren über die Küste und ihre Häfen.</p>
                """), URL));
        String text = allText(r.blocks());
        assertTrue(text.contains("better drains."), text);
        assertFalse(text.contains("Über den Autor"), text);
        assertFalse(text.contains("seit zwanzig Jahren"), text);
    }

    @Test
    void anArticleSplitIntoBlocksOfOneKindIsTakenWhole() {
        // Paragraphs five levels below each block: too deep to add to the block's score.
        String block = """
                <div id="block-%d" class="content-block"><section class="content-section"><div class="wrap">
                  <div class="row"><div class="col"><div class="rich">%s</div></div></div></div></section></div>
                """;
        BodyResult r = Pages.body(Pages.context("<html><body><nav class=\"menu\"><a href=\"/\">Home</a></nav>"
                + "<div class=\"blocks\">"
                + block.formatted(1, "<p>The harbour of Westport reopened on Monday, three days after the storm tore"
                        + " through the coast, damaging piers, boats and warehouses along the quay.</p>"
                        + "<p>Fishermen had waited since Friday, and many of them slept on their boats, which rocked"
                        + " against the broken pier all night long, in the wind, in the rain and in the cold.</p>")
                + "<div class=\"ad-slot\"><a href=\"/ad\">Advertisement</a></div>"
                + block.formatted(2, "<p>Workers cleared the debris through the weekend, carrying away planks, nets"
                        + " and the remains of two sheds, while volunteers served soup to the crews on the pier.</p>"
                        + "<p>The first ferries left at dawn, carrying passengers who had waited since Friday, and the"
                        + " harbour master said that the piers would hold, for now, until the council decides.</p>"
                        + "<p>Officials from the port authority said the timetable would be back to normal by Friday,"
                        + " when the last of the damaged boats, nets and sheds has been towed away.</p>")
                + block.formatted(3, "<p>The council meets on Tuesday, and it will discuss the costs of the storm,"
                        + " the insurance of the boats, and the plans that engineers drew up for the harbour.</p>"
                        + "<p>Their plans include new piers, higher walls and better drains, and the council will"
                        + " discuss new piers and higher walls.</p>")
                + "</div></body></html>", URL));
        String text = allText(r.blocks());
        assertTrue(text.startsWith("The harbour of Westport reopened on Monday"), text);
        assertTrue(text.contains("towed away."), text);
        assertTrue(text.endsWith("new piers and higher walls."), text);
        assertFalse(text.contains("Advertisement"), text);
    }

    /** An article whose lede stands above the body's container, in a block of its own. */
    private static String ledePage(String lede, String between) {
        return "<html><body><nav class=\"menu\"><a href=\"/\">Home</a> <a href=\"/news\">News</a></nav>"
                + "<main><div class=\"top\"><h1>Harbour reopens after the storm</h1>" + lede + between
                + "</div><div class=\"wrap\"><div class=\"entry-content\">"
                + "<p>The harbour of Westport reopened on Monday, three days after the storm tore through the coast,"
                + " damaging piers, boats and warehouses along the quay.</p>"
                + "<p>Workers cleared the debris through the weekend, and the first ferries left at dawn, carrying"
                + " passengers who had waited since Friday, in the wind, in the rain and in the cold.</p>"
                + "<p>Officials from the port authority said the timetable would be back to normal by Friday,"
                + " when the last of the damaged boats, nets and sheds has been towed away.</p>"
                + "</div><div class=\"share\"><a href=\"/share\">Share</a></div></div></main>"
                + "<footer><p>© Harbour Herald</p></footer></body></html>";
    }

    private static final String LEDE_TEXT = "Three days after the storm, the first ferries leave Westport again:"
            + " the piers hold, for now.";

    @Test
    void ledeAboveTheBodyContainerOpensTheBody() {
        for (String lede : List.of("<div class=\"story-intro\"><p>" + LEDE_TEXT + "</p></div>",
                // in the article's header, which is itself left out of the body
                "<header class=\"story-header\"><p class=\"kicker\">Westport</p><div class=\"summary\">" + LEDE_TEXT
                        + "</div></header>",
                "<p class=\"article__standfirst\">" + LEDE_TEXT + "</p>",
                "<div class=\"headerBlock\"><div class=\"articleLead\">" + LEDE_TEXT + "</div></div>")) {
            String text = allText(Pages.body(Pages.context(ledePage(lede, "<p class=\"byline\">By Tom Berg</p>"),
                    URL)).blocks());
            assertTrue(text.startsWith(LEDE_TEXT), () -> lede + " -> " + text);
            assertTrue(text.contains("towed away."), text);
            assertFalse(text.contains("Tom Berg"), text);
        }
    }

    @Test
    void noLedeIsTakenFromFarAwayOrFromAnythingButRunningText() {
        String body = "The harbour of Westport reopened on Monday";
        // Much text between the lede and the body: another story's summary, not this one's lede.
        String far = allText(Pages.body(Pages.context(ledePage("<div class=\"intro\"><p>" + LEDE_TEXT + "</p></div>",
                "<div class=\"gallery\">" + ("<figure><img src=\"/quay.jpg\"><figcaption>Boats on the quay, nets and"
                        + " sheds on the pier</figcaption></figure>").repeat(10) + "</div>"), URL)).blocks());
        assertTrue(far.startsWith(body) && !far.contains(LEDE_TEXT), far);
        // A summary of links, a line of figures and a header with the title are no ledes.
        for (String notLede : List.of(
                "<div class=\"teaser\"><a href=\"/a\">Lighthouse keeper retires after forty years of service</a>"
                        + " <a href=\"/b\">New fish market opens with a long queue</a></div>",
                "<div class=\"market-summary\">FTSE 7,512.30 -14.43 (-0.68%) DAX 15,037.10 -105.32 (-0.58%)</div>",
                "<div class=\"lead\"><h2>Harbour reopens</h2><p>" + LEDE_TEXT + "</p></div>")) {
            String text = allText(Pages.body(Pages.context(ledePage(notLede, ""), URL)).blocks());
            assertTrue(text.startsWith(body), () -> notLede + " -> " + text);
        }
        // The lede already inside the body's root is not taken twice.
        String inside = allText(Pages.body(Pages.context(ledePage("", "").replace("<div class=\"entry-content\">",
                "<div class=\"entry-content\"><p class=\"lead\">" + LEDE_TEXT + "</p>"), URL)).blocks());
        assertEquals(inside.indexOf(LEDE_TEXT), inside.lastIndexOf(LEDE_TEXT), inside);
        assertTrue(inside.startsWith(LEDE_TEXT), inside);
    }

    @Test
    void shortBoxNamedContentLosesToTheLongerArticle() {
        // The author's bio carries a "content" class and one paragraph; the article, in a plainly
        // named column, has four. The bio's class bonus outweighs them, but not its lack of text.
        String para = "<p>The harbour of Westport reopened on Monday, three days after the storm, and the ferries,"
                + " the fishing boats, the tugs and the pilots went back to work at dawn, in the wind.</p>";
        String html = "<html><body><main><div class=\"col-8\"><h1>Harbour reopens</h1>" + para.repeat(3)
                + "<p>Officials said the timetable would be back to normal by Friday, when the last boats,"
                + " nets and sheds have been towed away.</p></div>"
                + "<div class=\"col-4\"><div class=\"content\"><p>Tom Berg, born in Westport, has written about"
                + " the harbour, its boats, its people and its storms, for twenty years, in print and online,"
                + " and he lives by the quay.</p></div></div></main></body></html>";
        String text = allText(Pages.body(Pages.context(html, URL)).blocks());
        assertTrue(text.contains("towed away."), text);
        assertFalse(text.contains("Tom Berg"), text);
    }

    @Test
    void blocksNumberedByAPageBuilderAreOfOneKind() {
        // Each block carries its own number ("builder-block-3fa91c2"), and one a variant ("version-2");
        // the paragraphs are too deep below each block to add to its score.
        String block = "<div class=\"builder-block builder-block-%s%s\"><section class=\"section\"><div class=\"wrap\">"
                + "<div class=\"row\"><div class=\"col\"><div class=\"rich\">%s</div></div></div></div></section></div>";
        String html = "<html><body><nav class=\"menu\"><a href=\"/\">Home</a></nav><div class=\"page\">"
                + block.formatted("3fa91c2", "", "<p>The harbour of Westport reopened on Monday, three days after"
                        + " the storm tore through the coast, damaging piers, boats and warehouses along the quay.</p>")
                + "<div class=\"builder-spacer builder-spacer-77b01ee\"></div>"
                + block.formatted("8c0d4e1", " version-2", "<p>Workers cleared the debris through the weekend,"
                        + " carrying away planks, nets and the remains of two sheds, while volunteers served soup.</p>"
                        + "<p>The first ferries left at dawn, carrying passengers who had waited since Friday, and the"
                        + " harbour master said that the piers would hold, for now, until the council decides.</p>"
                        + "<p>Officials said the timetable would be back to normal by Friday, when the last of the"
                        + " damaged boats, nets and sheds has been towed away from the quay.</p>")
                + block.formatted("51aa9f0", "", "<p>The council meets on Tuesday, and it will discuss the costs of"
                        + " the storm, the insurance of the boats, and new piers and higher walls.</p>")
                + "</div></body></html>";
        String text = allText(Pages.body(Pages.context(html, URL)).blocks());
        assertTrue(text.startsWith("The harbour of Westport reopened on Monday"), text);
        assertTrue(text.contains("towed away from the quay."), text);
        assertTrue(text.endsWith("new piers and higher walls."), text);
    }

    @Test
    void aParagraphThatIsOneHeadlineLongLinkIsATeaserNotBodyText() {
        String body = "<p>The harbour of Westport reopened on Monday, three days after the storm tore through the coast,"
                + " damaging piers, boats and warehouses along the quay.</p>"
                + "<p><a href=\"/news/lighthouse-keeper-retires\">Lighthouse keeper retires after forty years on the"
                + " rock</a></p>"
                + "<p>Workers cleared the debris through the weekend, and the first ferries left at dawn, carrying"
                + " passengers who had waited since Friday.</p>"
                + "<p>The council will meet on Tuesday, says <a href=\"/council\">the mayor</a>, to discuss the"
                + " costs of the storm.</p>"
                + "<p>Officials said the timetable would be back to normal by Friday.</p>";
        String text = allText(Pages.body(Pages.context(page(body), URL)).blocks());
        assertFalse(text.contains("Lighthouse keeper"), text);
        // A link inside a sentence, or a paragraph of running text, stays.
        assertTrue(text.contains("says the mayor, to discuss"), text);
        assertTrue(text.contains("back to normal by Friday."), text);
    }

    @Test
    void anAffiliateDisclosureIsNotBodyText() {
        String body = "<p>Anzeige, enthält Affiliate Links</p>"
                + "<p>The harbour of Westport reopened on Monday, three days after the storm tore through the coast,"
                + " damaging piers, boats and warehouses along the quay.</p>"
                + "<p>Workers cleared the debris through the weekend, and the first ferries left at dawn, carrying"
                + " passengers who had waited since Friday.</p>"
                + "<p>The shop on the quay, which sells boots through affiliate links on its own site, opened again"
                + " on Tuesday, and its owner said that the storm had flooded the cellar, ruined the stock of winter"
                + " coats and left the windows broken, but that the insurance would pay for most of it.</p>"
                + "<p>This post contains affiliate links: we may earn a commission when you buy.</p>";
        String text = allText(Pages.body(Pages.context(page(body), URL)).blocks());
        assertFalse(text.contains("Anzeige"), text);
        assertFalse(text.contains("This post contains"), text);
        // A paragraph of the story that mentions such links stays.
        assertTrue(text.contains("sells boots through affiliate links"), text);
    }

    @Test
    void everyAlternativeOfTheDisclosurePatternPassesItsWordPreTest() {
        // One phrase per alternative of the pattern: a pre-test word missing for one of them fails here.
        for (String phrase : List.of("Enthält Affiliate-Links", "unsere Affiliatepartner", "Provisionslinks",
                "Werbelink", "Dieser Beitrag enthält Werbung", "contains affiliate links",
                "contains references to products", "we earn a small commission", "we receive compensation",
                "one or more of our advertisers", "liens d'affiliation", "liens sponsorisés", "enlaces de afiliados")) {
            assertTrue(BodyExtractor.disclosure(phrase), phrase);
        }
        assertFalse(BodyExtractor.disclosure("The shop commissioned a new boat."), "no disclosure");
    }

    @Test
    void everyAlternativeOfThePromptPatternPassesItsWordPreTest() {
        // One phrase per alternative of the pattern: a pre-test word missing for one of them fails here.
        for (String phrase : List.of("Our Newsletter", "Sign up now", "Subscribe here", "your subscription",
                "Jetzt abonnieren", "Abonnez-vous", "Suscríbete", "suscribete", "Suscríbase", "subskrypcję",
                "Iscriviti", "Schreiben Sie uns in den Kommentaren", "Tell us in the comments",
                "Déjanos tu opinión en los comentarios", "dites-le dans les commentaires", "scrivete nei commenti",
                "Napisz w komentarzach", "Kommentare geschlossen", "Comments are closed", "comments closed",
                "Trackback URL", "Get our apps for iOS", "Unsere App für Android", "l'app pour iPhone")) {
            assertTrue(BodyExtractor.PROMPT.matcher(phrase).find(), phrase);
            assertTrue(BodyExtractor.mayPrompt(phrase), phrase);
        }
        assertFalse(BodyExtractor.mayPrompt("The harbour reopened on Tuesday."), "no prompt");
        // The app promotion ends at a word's end, beyond ASCII too.
        assertFalse(BodyExtractor.PROMPT.matcher("apps for iosé").find());
        assertFalse(BodyExtractor.PROMPT.matcher("apps for ios\u0301").find());
        assertTrue(BodyExtractor.PROMPT.matcher("apps for iOS!").find());
        assertFalse(BodyExtractor.PROMPT.matcher("Ünewsletter").find(), "a letter beyond ASCII before it");
    }

    @Test
    void theDisclosurePatternStartsAWordWhateverTheScriptBeforeIt() {
        // Its word boundary reads letters beyond ASCII on every JDK (a bare \b does so only up to JDK 18).
        for (String glued : List.of("Nöaffiliate links", "Ωaffiliate links", "日affiliate links", "٣affiliate links",
                "Ṥ\u0301affiliate links", "𝐀affiliate links", "_affiliate links")) {
            assertFalse(BodyExtractor.DISCLOSURE.matcher(glued).find(), glued);
            assertFalse(BodyExtractor.disclosure(glued), glued);
        }
        for (String apart : List.of("«affiliate links»", "—Affiliate-Links", "\u00A0affiliate links",
                " \u0301affiliate links", "𝐀\u0301affiliate links")) {
            assertTrue(BodyExtractor.DISCLOSURE.matcher(apart).find(), apart);
        }
    }

    @Test
    void aParagraphOfRunningTextInTheArticlesHeaderIsItsLede() {
        String lede = "Three days after the storm, the first ferries leave Westport again, and the harbour master"
                + " says the piers will hold, for now.";
        String paras = "<p>The harbour of Westport reopened on Monday, three days after the storm tore through the"
                + " coast, damaging piers, boats and warehouses along the quay.</p>"
                + "<p>Workers cleared the debris through the weekend, and the first ferries left at dawn, carrying"
                + " passengers who had waited since Friday, in the wind, in the rain and in the cold.</p>"
                + "<p>Officials from the port authority said the timetable would be back to normal by Friday,"
                + " when the last of the damaged boats, nets and sheds has been towed away.</p>";
        String header = "<header><p class=\"kicker\">Westport</p><h1>Harbour reopens</h1><p>" + lede + "</p>"
                + "<p class=\"byline\">By Tom Berg</p></header>";
        // The header above the body's container, and the header inside the article the root is.
        for (String html : List.of(
                "<html><body><main>" + header + "<div class=\"entry-content\">" + paras + "</div></main></body></html>",
                "<html><body><nav class=\"menu\"><a href=\"/\">Home</a></nav><article>" + header + paras
                        + "</article></body></html>")) {
            String text = allText(Pages.body(Pages.context(html, URL)).blocks());
            assertTrue(text.startsWith(lede), text);
            assertTrue(text.contains("towed away."), text);
            assertFalse(text.contains("Tom Berg"), text);
            assertFalse(text.contains("Westport\n"), text);
        }
    }

    @Test
    void aParagraphInAWrapperOfItsOwnBesideTheRootJoinsTheBody() {
        String html = "<html><body><main><div class=\"box\"><p>Three days after the storm the first ferries leave"
                + " Westport again and the harbour master says the piers will hold for now</p></div>"
                + "<div class=\"entry-content\">"
                + "<p>The harbour of Westport reopened on Monday, three days after the storm tore through the"
                + " coast, damaging piers, boats and warehouses along the quay.</p>"
                + "<p>Workers cleared the debris through the weekend, and the first ferries left at dawn, carrying"
                + " passengers who had waited since Friday, in the wind, in the rain and in the cold.</p>"
                + "<p>Officials from the port authority said the timetable would be back to normal by Friday,"
                + " when the last of the damaged boats, nets and sheds has been towed away.</p>"
                + "</div><div class=\"box\"><p><a href=\"/a\">More</a> <a href=\"/b\">news</a></p></div>"
                + "</main></body></html>";
        String text = allText(Pages.body(Pages.context(html, URL)).blocks());
        assertTrue(text.startsWith("Three days after the storm"), text);
        assertTrue(text.endsWith("towed away."), text);
    }

    /** A paragraph of running text, for pages whose body is this paragraph repeated. */
    private static final String RUNNING_PARAGRAPH = "<p>The harbour of Westport reopened on Monday, three days after"
            + " the storm tore through the coast, damaging piers, boats and warehouses along the quay.</p>";

    @Test
    void theOpeningParagraphsWrappedOneByOneJoinTheBodyPastARelatedBoxBetween() {
        // Some sites wrap the first paragraphs one by one ("firstPar", "secondPar") and the rest in one
        // block, with a related-stories box between: each wrapper scores too little alone.
        String html = "<html><body><main><div id=\"story-text\">"
                + "<div class=\"firstPar\"><p>Three days after the storm the first ferries leave Westport again,"
                + " and the harbour master says the piers will hold for now.</p></div>"
                + "<div class=\"secondPar\"><p>The quay is still closed to cars, and the fish market has moved to"
                + " the car park behind the church until the warehouses are safe.</p></div>"
                + "<div class=\"related-links\"><h3>Related Articles</h3><ul><li><a href=\"/a\">Storm warning for"
                + " the coast</a></li><li><a href=\"/b\">Ferries cancelled</a></li></ul></div>"
                + "<div class=\"body\">" + RUNNING_PARAGRAPH.repeat(6)
                + "</div></div>"
                + "<div class=\"teaser\"><p>Sign up for our morning letter: the tides, the weather and the ferries,"
                + " every day before seven, free of charge.</p></div>"
                + "</main></body></html>";
        String text = allText(Pages.body(Pages.context(html, URL)).blocks());
        assertTrue(text.startsWith("Three days after the storm"), text);
        assertTrue(text.contains("the warehouses are safe.\nThe harbour of Westport"), text);
        assertFalse(text.contains("Storm warning"), text);
        assertFalse(text.contains("Sign up"), text);
    }

    @Test
    void wordsCountAsSplitDoesUpToTheMostTheTestsAskAbout() {
        String[] pieces = {"a", "Wort", " ", "  ", "\t", "\n", "\r\n", "\u000B", "\f", "\u00A0", "x,y", "—"};
        java.util.Random random = new java.util.Random(7);
        for (int t = 0; t < 20000; t++) {
            StringBuilder sb = new StringBuilder();
            for (int k = random.nextInt(120); k > 0; k--) {
                sb.append(pieces[random.nextInt(pieces.length)]);
            }
            String s = sb.toString();
            assertEquals(Math.min(s.split("\\s+").length, 41), BodyExtractor.words(s), () -> "\"" + s + "\"");
        }
    }

    @Test
    void theHiddenStylePreTestPassesEveryStyleThatHides() {
        // Each way the pattern matches, in any case, passes the pre-test; sizes and colours do not.
        for (String style : List.of("display:none", "DISPLAY : NONE", "color:red; display:\tNone",
                "visibility:hidden", "Visibility: HIDDEN;", "width:1px;visibility :hidden")) {
            assertTrue(BodyExtractor.mayHide(style), style);
        }
        for (String style : List.of("", "color:red", "width:100%; display:block", "visibility:visible")) {
            assertFalse(BodyExtractor.mayHide(style), style);
        }
        String html = "<html><body><article><p>Visible paragraph of the article, long enough to count as body"
                + " text in this page.</p><p style=\"DISPLAY: NONE\">A hidden paragraph that is never shown"
                + " to the reader of the page.</p></article></body></html>";
        String text = allText(Pages.body(Pages.context(html, URL)).blocks());
        assertTrue(text.contains("Visible paragraph"), text);
        assertFalse(text.contains("hidden paragraph"), text);
    }
}
