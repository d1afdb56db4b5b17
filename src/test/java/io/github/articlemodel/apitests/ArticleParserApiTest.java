package io.github.articlemodel.apitests;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.articlemodel.ArticleExtractionException;
import io.github.articlemodel.ArticleParser;
import io.github.articlemodel.Articles;
import io.github.articlemodel.Extraction;
import io.github.articlemodel.extract.Warning;
import io.github.articlemodel.model.Article;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.IntFunction;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The facade's contract: argument checks, limits, strict mode, decoding and files. */
final class ArticleParserApiTest {
    private static final String URL = "https://www.harbour-herald.example/news/harbour-reopens/";

    private static String page(String head, String paragraph) {
        return "<!doctype html><html lang=\"en\"><head>" + head + "<title>Harbour reopens</title></head><body>"
                + "<main><article><h1>Harbour reopens</h1><div class=\"entry-content\">"
                + "<p>" + paragraph + "</p>"
                + "<p>Workers cleared the debris through the weekend, and the first ferries left at dawn, carrying"
                + " passengers who had waited since Friday.</p>"
                + "</div></article></main></body></html>";
    }

    private static final String PAGE = page("", "The harbour of Westport reopened on Monday, three days after the"
            + " storm tore through the coast, damaging piers, boats and warehouses along the quay.");

    private static boolean hasCode(Iterable<Warning> warnings, String code) {
        for (Warning w : warnings) {
            if (w.code().equals(code)) {
                return true;
            }
        }
        return false;
    }

    // --- programmer errors ---

    @Test
    void nullHtmlIsANullPointerExceptionNamingTheArgument() {
        ArticleParser parser = Articles.parser();
        NullPointerException s = assertThrows(NullPointerException.class, () -> parser.extract((String) null, URL));
        assertEquals("html", s.getMessage());
        NullPointerException b = assertThrows(NullPointerException.class, () -> parser.extract((byte[]) null, URL));
        assertEquals("html", b.getMessage());
        NullPointerException p = assertThrows(NullPointerException.class, () -> Articles.parse((String) null, URL));
        assertEquals("html", p.getMessage());
        NullPointerException f = assertThrows(NullPointerException.class, () -> parser.extract((Path) null, URL));
        assertEquals("file", f.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/news/harbour-reopens/", "news/1", "javascript:alert(1)", "data:text/html,hi",
        "mailto:desk@harbour-herald.example", "ftp://files.harbour-herald.example/a", "https://", ""})
    void aUrlThatIsNotAbsoluteHttpIsAnIllegalArgument(String url) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Articles.parse(PAGE, url));
        assertTrue(e.getMessage().contains("url"), e::getMessage);
        assertThrows(IllegalArgumentException.class,
                () -> Articles.parser().extract(PAGE.getBytes(StandardCharsets.UTF_8), url));
    }

    @Test
    void aNullUrlIsAllowed() {
        Article a = assertDoesNotThrow(() -> Articles.parser().extract(PAGE, null)).value();
        assertEquals(Optional.empty(), a.url());
        assertEquals(Optional.of("Harbour reopens"), a.headline());
    }

    @Test
    void builderRejectsNonPositiveLimitsNamingTheOption() {
        String[] names = {"maxInputBytes", "maxDepth", "maxElements", "maxJsonLdBytes", "maxJsonLdDepth", "maxComments",
            "maxTextLength"};
        @SuppressWarnings({"unchecked", "rawtypes"})
        IntFunction<ArticleParser.Builder>[] setters = new IntFunction[] {
            v -> ArticleParser.builder().maxInputBytes(v),
            v -> ArticleParser.builder().maxDepth(v),
            v -> ArticleParser.builder().maxElements(v),
            v -> ArticleParser.builder().maxJsonLdBytes(v),
            v -> ArticleParser.builder().maxJsonLdDepth(v),
            v -> ArticleParser.builder().maxComments(v),
            v -> ArticleParser.builder().maxTextLength(v),
        };
        for (int i = 0; i < names.length; i++) {
            IntFunction<ArticleParser.Builder> setter = setters[i];
            for (int bad : new int[] {0, -1, Integer.MIN_VALUE}) {
                IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> setter.apply(bad),
                        names[i] + "(" + bad + ")");
                assertTrue(e.getMessage().contains(names[i]), e::getMessage);
            }
            assertDoesNotThrow(() -> setter.apply(1));
        }
        IllegalArgumentException zero = assertThrows(IllegalArgumentException.class,
                () -> ArticleParser.builder().timeBudget(Duration.ZERO));
        assertTrue(zero.getMessage().contains("timeBudget"), zero::getMessage);
        IllegalArgumentException negative = assertThrows(IllegalArgumentException.class,
                () -> ArticleParser.builder().timeBudget(Duration.ofMillis(-5)));
        assertTrue(negative.getMessage().contains("timeBudget"), negative::getMessage);
        assertThrows(NullPointerException.class, () -> ArticleParser.builder().timeBudget(null));
    }

    @Test
    void builderKeepsTheOptions() {
        ArticleParser p = ArticleParser.builder().maxInputBytes(1234).maxComments(5).timeBudget(Duration.ofSeconds(3))
                .strict(true).build();
        assertEquals(1234, p.options().maxInputBytes());
        assertEquals(5, p.options().maxComments());
        assertEquals(Duration.ofSeconds(3), p.options().timeBudget());
        assertTrue(p.options().strict());
        assertFalse(Articles.parser().options().strict());
    }

    // --- limits and strict mode ---

    @Test
    void strictModeThrowsWhenTheInputIsCut() {
        ArticleParser strict = ArticleParser.builder().maxInputBytes(300).strict(true).build();
        ArticleExtractionException e = assertThrows(ArticleExtractionException.class, () -> strict.extract(PAGE, URL));
        assertTrue(hasCode(e.warnings(), "limit.input-bytes"), e.warnings()::toString);
        ArticleExtractionException bytes = assertThrows(ArticleExtractionException.class,
                () -> strict.extract(PAGE.getBytes(StandardCharsets.UTF_8), URL));
        assertTrue(hasCode(bytes.warnings(), "limit.input-bytes"), bytes.warnings()::toString);
    }

    @Test
    void strictModeDoesNotThrowForAPageReadWhole() {
        ArticleParser strict = ArticleParser.builder().strict(true).build();
        Extraction<Article> e = assertDoesNotThrow(() -> strict.extract(PAGE, URL));
        assertEquals(Optional.of("Harbour reopens"), e.value().headline());
    }

    @Test
    void lenientModeReportsTheCutAsAWarning() {
        ArticleParser lenient = ArticleParser.builder().maxInputBytes(300).build();
        Extraction<Article> e = lenient.extract(PAGE, URL);
        assertTrue(hasCode(e.warnings(), "limit.input-bytes"), e.warnings()::toString);
        assertTrue(e.warnings().stream().filter(w -> w.code().equals("limit.input-bytes"))
                .allMatch(w -> w.message().contains("300")));
        Extraction<Article> whole = Articles.parser().extract(PAGE, URL);
        assertFalse(hasCode(whole.warnings(), "limit.input-bytes"), whole.warnings()::toString);
    }

    @Test
    void strictModeThrowsWhenAFileIsCut(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("page.html");
        Files.writeString(file, PAGE, StandardCharsets.UTF_8);
        ArticleParser strict = ArticleParser.builder().maxInputBytes(300).strict(true).build();
        ArticleExtractionException e = assertThrows(ArticleExtractionException.class, () -> strict.extract(file, URL));
        assertTrue(hasCode(e.warnings(), "limit.input-bytes"), e.warnings()::toString);
    }

    // --- decoding ---

    @Test
    void bytesAreDecodedAsTheMetaCharsetSays() {
        String text = "Café owners on the quay say a coffee now costs 3 € – “too much” for the fishermen.";
        Charset cp1252 = Charset.forName("windows-1252");
        byte[] bytes = page("<meta charset=\"windows-1252\">", text).getBytes(cp1252);
        assertFalse(new String(bytes, StandardCharsets.UTF_8).contains("Café"), "the fixture must not be UTF-8");
        Article a = Articles.parser().extract(bytes, URL).value();
        assertTrue(a.text().contains(text), a::text);

        byte[] httpEquiv = page("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\">", text)
                .getBytes(cp1252);
        assertTrue(Articles.parser().extract(httpEquiv, URL).value().text().contains(text));
    }

    @Test
    void aUtf8ByteOrderMarkIsHonoured() {
        String text = "Hafenmeisterin Jana Müller sagt: „Die Fähren fahren wieder“, und die Möwen sind zurück.";
        byte[] body = page("", text).getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);
        Article a = Articles.parser().extract(withBom, URL).value();
        assertTrue(a.text().contains(text), a::text);
        assertEquals(Optional.of("Harbour reopens"), a.headline());

        // The byte order mark outranks a meta charset that says otherwise.
        byte[] lying = page("<meta charset=\"windows-1252\">", text).getBytes(StandardCharsets.UTF_8);
        byte[] lyingWithBom = new byte[lying.length + 3];
        System.arraycopy(withBom, 0, lyingWithBom, 0, 3);
        System.arraycopy(lying, 0, lyingWithBom, 3, lying.length);
        assertTrue(Articles.parser().extract(lyingWithBom, URL).value().text().contains(text));
    }

    @Test
    void validUtf8HoldingAReplacementCharacterIsStillUtf8() {
        // U+FFFD is what a lenient decoder makes of bad bytes; one written in the page is valid UTF-8.
        String text = "Hafenmeisterin Jana Müller sagt, das Zeichen \uFFFD stehe im alten Fahrplan für „unbekannt“.";
        byte[] bytes = page("<meta charset=\"windows-1252\">", text).getBytes(StandardCharsets.UTF_8);
        Extraction<Article> result = Articles.parser().extract(bytes, URL);
        assertTrue(result.value().text().contains(text), result.value()::text);
        assertTrue(hasCode(result.warnings(), "charset.mismatch"), result.warnings()::toString);
    }

    @Test
    void aDeclaredCharsetThatLiesAboutUtf8BytesIsOverruledWithAWarning() {
        String text = "北京时间周一，渔民们说港口重新开放了。Hafenmeisterin Jana Müller sagt: „Die Fähren fahren wieder“.";
        byte[] lying = page("<meta charset=\"gb2312\">", text).getBytes(StandardCharsets.UTF_8);
        Extraction<Article> result = Articles.parser().extract(lying, URL);
        assertTrue(result.value().text().contains(text), result.value()::text);
        assertTrue(hasCode(result.warnings(), "charset.mismatch"), result.warnings()::toString);
    }

    @Test
    void aLegacyCharsetIsReadWhereverThePageDeclaresIt() {
        String text = "Café owners on the quay say a coffee now costs 3 € – “too much” for the fishermen.";
        Charset cp1252 = Charset.forName("windows-1252");
        // In an XML declaration only.
        byte[] xml = ("<?xml version=\"1.0\" encoding=\"windows-1252\"?>" + page("", text)).getBytes(cp1252);
        assertTrue(Articles.parser().extract(xml, URL).value().text().contains(text));
        // Beside a UTF-8 declaration that the bytes do not bear out.
        byte[] both = page("<meta charset=\"utf-8\"><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\">",
                text).getBytes(cp1252);
        assertTrue(Articles.parser().extract(both, URL).value().text().contains(text));
        // In the body only.
        byte[] inBody = page("", text).replace("<body>", "<body><meta charset=\"windows-1252\">").getBytes(cp1252);
        assertTrue(new String(inBody, cp1252).contains("<body><meta charset"), "the fixture must declare in its body");
        assertTrue(Articles.parser().extract(inBody, URL).value().text().contains(text));
        // As a quoted content-type parameter.
        for (String quoted : new String[] {"charset='windows-1252'", "charset=\"windows-1252\"", "charset= windows-1252"}) {
            String meta = "<meta http-equiv=\"Content-Type\" content='text/html; " + quoted.replace("'", "&#39;") + "'>";
            byte[] b = page(meta, text).getBytes(cp1252);
            assertTrue(Articles.parser().extract(b, URL).value().text().contains(text), quoted);
        }
    }

    @Test
    void aDeclarationFarDownTheBodyDoesNotOverruleUtf8() {
        // A pasted fragment's meta tag deep in the article, and one stray byte, leave a UTF-8 page UTF-8.
        String text = "Hafenmeisterin Jana Müller sagt: „Die Fähren fahren wieder“, und die Möwen sind zurück.";
        StringBuilder filler = new StringBuilder();
        while (filler.length() < 12_000) {
            filler.append("<p>The ferries of Westport left at dawn, and the harbour master counted every boat.</p>");
        }
        String html = page("", text).replace("</div>", filler + "<meta http-equiv=\"Content-Type\""
                + " content=\"text/html; charset=windows-1252\"><p>A stray byte: @</p></div>");
        byte[] before = html.substring(0, html.indexOf('@')).getBytes(StandardCharsets.UTF_8);
        byte[] after = html.substring(html.indexOf('@') + 1).getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[before.length + 1 + after.length];
        System.arraycopy(before, 0, bytes, 0, before.length);
        bytes[before.length] = (byte) 0xE9; // "é" in windows-1252, not UTF-8
        System.arraycopy(after, 0, bytes, before.length + 1, after.length);
        Article a = Articles.parser().extract(bytes, URL).value();
        assertTrue(a.text().contains(text), a::text);
    }

    @Test
    void utf16DeclaredWithoutAByteOrderMarkIsReadAsUtf8() {
        String text = "Hafenmeisterin Jana Müller sagt: „Die Fähren fahren wieder“, und die Möwen sind zurück.";
        for (String head : new String[] {"<meta charset=\"utf-16\">", "<meta charset=\"UTF-16LE\">"}) {
            Extraction<Article> r = Articles.parser().extract(page(head, text).getBytes(StandardCharsets.UTF_8), URL);
            assertTrue(r.value().text().contains(text), head);
            assertFalse(hasCode(r.warnings(), "charset.mismatch"), r.warnings()::toString);
        }
        String ascii = "The harbour of Westport reopened on Monday, three days after the storm tore through.";
        Article a = Articles.parser().extract(page("<meta charset=\"utf-16\">", ascii).getBytes(StandardCharsets.US_ASCII),
                URL).value();
        assertTrue(a.text().contains(ascii), a::text);
    }

    @Test
    void utf8BytesCutShortBeforeTheyArriveStayUtf8() {
        // A crawler's byte cap ended inside "ü": the page is still UTF-8, whatever it declares.
        String text = "Hafenmeisterin Jana Müller sagt: „Die Fähren fahren wieder“, und die Möwen sind zurück.";
        byte[] whole = page("<meta charset=\"iso-8859-1\">", text + " Ein Gruß").getBytes(StandardCharsets.UTF_8);
        String asText = new String(whole, StandardCharsets.UTF_8);
        int cutAt = asText.substring(0, asText.indexOf("Gruß") + 3).getBytes(StandardCharsets.UTF_8).length + 1;
        byte[] cut = java.util.Arrays.copyOf(whole, cutAt); // the first byte of "ß" only
        Extraction<Article> r = Articles.parser().extract(cut, URL);
        assertTrue(r.value().text().contains(text), r.value()::text);
        assertFalse(r.value().text().contains("\uFFFD"), r.value()::text);
        assertTrue(hasCode(r.warnings(), "charset.mismatch"), r.warnings()::toString);
    }

    @Test
    void aCutInsideAUtf8SequenceDropsOnlyThatCharacter() {
        String text = "Hafenmeisterin Jana Müller sagt: „Die Fähren fahren wieder“, und die Möwen sind zurück, heißt es.";
        byte[] bytes = page("<meta charset=\"utf-8\">", text).getBytes(StandardCharsets.UTF_8);
        int ss = new String(bytes, StandardCharsets.UTF_8).indexOf("ß");
        int at = new String(bytes, StandardCharsets.UTF_8).substring(0, ss).getBytes(StandardCharsets.UTF_8).length;
        // The limit falls between the two bytes of "ß": the half character goes, nothing else does.
        Extraction<Article> cutInside = ArticleParser.builder().maxInputBytes(at + 1).build().extract(bytes, URL);
        assertTrue(cutInside.value().text().endsWith("zurück, hei"), cutInside.value()::text);
        assertFalse(cutInside.value().text().contains("\uFFFD"), cutInside.value()::text);
        assertTrue(hasCode(cutInside.warnings(), "limit.input-bytes"), cutInside.warnings()::toString);
        // The limit falls just after "ß": the whole character stays.
        Article cutAfter = ArticleParser.builder().maxInputBytes(at + 2).build().extract(bytes, URL).value();
        assertTrue(cutAfter.text().endsWith("zurück, heiß"), cutAfter::text);
    }

    @Test
    void bytesWithoutADeclarationAreUtf8() {
        String text = "Ana García and Luis Pérez watched the ferries leave Westport at dawn on Monday morning.";
        Extraction<Article> r = Articles.parser().extract(page("", text).getBytes(StandardCharsets.UTF_8), URL);
        assertTrue(r.value().text().contains(text), r.value()::text);
        assertEquals(List.of(), r.warnings());
    }

    // --- files ---

    @Test
    void aGzipFileIsRead(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("harbour-reopens.html.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write(PAGE.getBytes(StandardCharsets.UTF_8));
        }
        Article a = Articles.parse(file, URL);
        assertEquals(Optional.of("Harbour reopens"), a.headline());
        assertTrue(a.text().contains("The harbour of Westport reopened on Monday"), a::text);
        assertEquals(Optional.of(URL), a.url());
    }

    @Test
    void aFileWithoutAUrlTakesThePagesCanonicalAddress(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("page.html");
        Files.writeString(file, page("<link rel=\"canonical\" href=\"" + URL + "\">",
                "The harbour of Westport reopened on Monday, see <a href=\"/news/storm/\">the storm report</a>."));
        Article a = Articles.parse(file, null);
        assertEquals(Optional.of(URL), a.url());
        assertEquals(Optional.of(URL), a.canonicalUrl());
    }

    @Test
    void aMissingFileIsAnIOException(@TempDir Path dir) {
        assertThrows(IOException.class, () -> Articles.parse(dir.resolve("missing.html"), URL));
    }
}
