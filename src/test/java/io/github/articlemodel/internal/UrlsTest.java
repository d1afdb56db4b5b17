package io.github.articlemodel.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

final class UrlsTest {
    private static final String BASE = "https://www.harbour-herald.example/news/coast/harbour-reopens.html";

    @Test
    void relativeReferencesAreResolvedAgainstTheBase() {
        assertEquals(Optional.of("https://www.harbour-herald.example/news/coast/storm.html"), Urls.resolve(BASE, "storm.html"));
        assertEquals(Optional.of("https://www.harbour-herald.example/news/storm.html"), Urls.resolve(BASE, "../storm.html"));
        assertEquals(Optional.of("https://www.harbour-herald.example/author/jansen/"), Urls.resolve(BASE, "/author/jansen/"));
        assertEquals(Optional.of("https://cdn.harbour-herald.example/quay.jpg"), Urls.resolve(BASE, "//cdn.harbour-herald.example/quay.jpg"));
        assertEquals(Optional.of("https://ferries.example/timetable"), Urls.resolve(BASE, "https://ferries.example/timetable"));
    }

    @Test
    void aQueryOnlyReferenceKeepsTheBasePath() {
        // RFC 3986 section 5.4 ("?y" against "http://a/b/c/d;p?q" is "http://a/b/c/d;p?y"), as browsers do.
        assertEquals(Optional.of("https://www.harbour-herald.example/news/coast/harbour-reopens.html?page=2"),
                Urls.resolve(BASE, "?page=2"));
    }

    @Test
    void aFragmentOnlyReferenceKeepsTheBase() {
        assertEquals(Optional.of("https://www.harbour-herald.example/news/coast/harbour-reopens.html#comments"),
                Urls.resolve(BASE, "#comments"));
    }

    @Test
    void relativeReferencesWithoutABaseGiveNothing() {
        assertEquals(Optional.empty(), Urls.resolve(null, "/author/jansen/"));
        assertEquals(Optional.empty(), Urls.resolve("", "storm.html"));
        assertEquals(Optional.empty(), Urls.absolute("/author/jansen/"));
    }

    @Test
    void onlyHttpAndHttpsUrlsAreAccepted() {
        assertEquals(Optional.empty(), Urls.resolve(BASE, "javascript:alert(1)"));
        assertEquals(Optional.empty(), Urls.resolve(BASE, "JavaScript:void(0)"));
        assertEquals(Optional.empty(), Urls.resolve(BASE, "  javascript:alert(1)"));
        assertEquals(Optional.empty(), Urls.resolve(BASE, "data:text/html;base64,PGgxPmhpPC9oMT4="));
        assertEquals(Optional.empty(), Urls.resolve(BASE, "mailto:desk@harbour-herald.example"));
        assertEquals(Optional.empty(), Urls.resolve(BASE, "ftp://files.harbour-herald.example/a.txt"));
        assertEquals(Optional.empty(), Urls.resolve(BASE, "tel:+3112345678"));
        assertEquals(Optional.empty(), Urls.absolute("https:///no-host"));
        assertEquals(Optional.empty(), Urls.absolute(null));
        assertEquals(Optional.empty(), Urls.absolute(""));
    }

    @Test
    void httpSchemeIsCaseInsensitive() {
        assertEquals(Optional.of("HTTPS://www.harbour-herald.example/a"), Urls.absolute("HTTPS://www.harbour-herald.example/a"));
    }

    @Test
    void internationalHostNamesBecomeAscii() {
        assertEquals(Optional.of("https://xn--stssenseer-fcb.de/artikel?id=1"), Urls.absolute("https://stössenseer.de/artikel?id=1"));
        assertEquals(Optional.of("https://xn--bcher-kva.example/"), Urls.resolve(BASE, "https://bücher.example/"));
    }

    @Test
    void spacesAreEncodedAndOuterWhiteSpaceTrimmed() {
        assertEquals(Optional.of("https://www.harbour-herald.example/news/coast/storm%20damage.html"),
                Urls.resolve(BASE, "storm damage.html"));
        assertEquals(Optional.of("https://www.harbour-herald.example/a%20b"), Urls.absolute("\n  https://www.harbour-herald.example/a b  \t"));
    }

    @Test
    void brokenAndHugeUrlsGiveNothing() {
        assertEquals(Optional.empty(), Urls.absolute("https://www.harbour-herald.example/a<b>|{c}"));
        assertEquals(Optional.empty(), Urls.absolute("https://www.harbour-herald.example/" + "a".repeat(5000)));
    }

    @Test
    void withoutFragment() {
        assertEquals("https://x.example/a", Urls.withoutFragment("https://x.example/a#comments"));
        assertEquals("https://x.example/a", Urls.withoutFragment("https://x.example/a"));
    }

    @Test
    void theSiteHostIsTheLowerCaseHostWithoutWww() {
        assertEquals("harbour-herald.example", Urls.siteHost("https://WWW.Harbour-Herald.example/news/a.html"));
        assertEquals("harbour-herald.example", Urls.siteHost("http://harbour-herald.example:8080/a"));
        assertEquals("wwwide.example", Urls.siteHost("https://wwwide.example/"));
        assertEquals("", Urls.siteHost("/news/a.html"));
        assertEquals("", Urls.siteHost("https://exa mple.com/"));
    }
}
