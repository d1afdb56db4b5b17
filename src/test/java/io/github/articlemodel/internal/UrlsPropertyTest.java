package io.github.articlemodel.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.articlemodel.model.PropertyTries;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * The fast path of {@link Urls#resolve} ({@link Urls#plainHttp}) takes a URL as it is only where
 * {@code java.net.URI} would give it back unchanged, as an absolute http(s) URL with a host.
 */
final class UrlsPropertyTest {
    /** Pieces of URLs: schemes, host labels, ports, users, addresses, and characters URI takes or refuses. */
    private static final String[] PIECES = {"http://", "https://", "HTTP://", "http:", "//", "ftp://", "www", "example",
        "harbour-herald", "com", "de", "1", "42", "255", "1a", "x", "-", "--", ".", "..", ":", ":80", ":", "@", "user@",
        "/", "//", "/news/", "a.html", "?", "?q=1", "&", "=", "#", "#top", "%", "%2F", "%2f", "%zz", "%4", "[", "]",
        "[::1]", "_", "~", "'", "(", ")", "*", "!", "$", ",", ";", "+", " ", "\"", "<", ">", "\\", "^", "`", "{", "|",
        "}", "é", "ü", "\u00a0", "\u0007", "\u2028"};

    private static Gen<String> urls() {
        Gen<String> gen = in -> {
            StringBuilder sb = new StringBuilder();
            // Most start like an absolute URL, where the fast path has something to decide.
            int scheme = Generate.range(0, 3).generate(in);
            sb.append(scheme == 0 ? "" : scheme == 1 ? "http://" : "https://");
            int n = Generate.range(0, 9).generate(in);
            for (int k = 0; k < n; k++) {
                sb.append(PIECES[Generate.range(0, PIECES.length - 1).generate(in)]);
            }
            return sb.toString();
        };
        return gen.describedAs(s -> s);
    }

    /** What java.net.URI makes of the text on its own: the URL when it is an absolute http(s) URL with a host. */
    private static Optional<String> parsed(String url) {
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(java.util.Locale.ROOT);
            boolean http = scheme.equals("http") || scheme.equals("https");
            return http && uri.getHost() != null && !uri.getHost().isEmpty() ? Optional.of(uri.toString())
                    : Optional.empty();
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    @Test
    void theFastPathTakesAUrlOnlyWhereUriGivesItBackUnchanged() {
        PropertyTries.qt().forAll(urls()).checkAssert(url -> {
            if (Urls.plainHttp(url)) {
                assertEquals(Optional.of(url), parsed(url), url);
            }
        });
    }

    @Test
    void resolveGivesWhatUriGivesForAbsoluteUrls() {
        PropertyTries.qt().forAll(urls()).checkAssert(url -> {
            String clean = Text.clean(url);
            if (!clean.equals(url) || url.indexOf(' ') >= 0 || url.isEmpty()) {
                return; // resolve cleans and escapes first: only texts it leaves alone compare plainly
            }
            boolean ascii = url.chars().allMatch(c -> c < 128);
            if (ascii) {
                assertEquals(parsed(url), Urls.absolute(url), url);
            }
        });
    }

    @Test
    void theHostIsUrisHost() {
        PropertyTries.qt().forAll(urls()).checkAssert(url -> {
            String expected;
            try {
                expected = new URI(url).getHost();
            } catch (URISyntaxException e) {
                expected = null;
            }
            assertEquals(expected, Urls.host(url), url);
        });
    }

    /** Bases, plain and not: the fast path joins a path only to a plain one. */
    private static final String[] BASES = {"https://www.example.com/news/a.html", "http://example.com",
        "https://example.com/a/b?q=1#f", "https://example.com:8080/a", "https://user@example.com/a",
        "https://example.com/a b", "https://example.com/%zz", "HTTPS://example.com/", "https://exa_mple.com/"};

    @Test
    void aPathFromTheRootIsJoinedToTheBaseAsUriJoinsIt() {
        PropertyTries.qt().forAll(urls(), Generate.range(0, BASES.length - 1)).checkAssert((tail, b) -> {
            String url = "/" + tail.replaceFirst("^https?://", "");
            if (!Text.clean(url).equals(url) || url.indexOf(' ') >= 0 || !url.chars().allMatch(c -> c < 128)) {
                return; // resolve cleans, escapes and makes hosts ASCII first: only texts it leaves alone compare plainly
            }
            String base = BASES[b];
            Optional<String> expected;
            try {
                expected = parsed(new URI(base).resolve(new URI(url)).toString());
            } catch (URISyntaxException | IllegalArgumentException e) {
                expected = Optional.empty();
            }
            assertEquals(expected, Urls.resolve(base, url), () -> base + " + " + url);
        });
    }

    @Test
    void theFastPathTakesCommonUrls() {
        assertTrue(Urls.plainHttp("https://www.harbour-herald.example/news/coast/harbour-reopens.html"));
        assertTrue(Urls.plainHttp("http://example.com"));
        assertTrue(Urls.plainHttp("https://cdn.example.com/img/a_b-c.jpg?w=800&h=600#x"));
        assertTrue(Urls.plainHttp("https://example.com/a%20b/?q=[1]"));
    }

    @Test
    void theFastPathLeavesTheRestToUri() {
        assertFalse(Urls.plainHttp("HTTPS://example.com/"), "an upper-case scheme");
        assertFalse(Urls.plainHttp("https://example.com:8080/"), "a port");
        assertFalse(Urls.plainHttp("https://user@example.com/"), "a user");
        assertFalse(Urls.plainHttp("https://192.168.0.1/"), "an address");
        assertFalse(Urls.plainHttp("https://foo_bar.example.com/"), "a registry name");
        assertFalse(Urls.plainHttp("https://-example.com/"));
        assertFalse(Urls.plainHttp("https://example-.com/"));
        assertFalse(Urls.plainHttp("https://example.com./"));
        assertFalse(Urls.plainHttp("https:///path"));
        assertFalse(Urls.plainHttp("https://example.com/a b"));
        assertFalse(Urls.plainHttp("https://example.com/%zz"));
        assertFalse(Urls.plainHttp("https://example.com/[1]"));
        assertFalse(Urls.plainHttp("https://example.com/#a#b"));
        assertFalse(Urls.plainHttp("https://exämple.com/"));
    }

    @Test
    void relativeUrlsWithoutABaseGiveNothingUnparsed() {
        assertEquals(Optional.empty(), Urls.resolve(null, "news/a.html"));
        assertEquals(Optional.empty(), Urls.resolve("", "?page=2"));
        assertEquals(Optional.empty(), Urls.resolve(null, "//cdn.example.com/a.jpg"));
    }
}
