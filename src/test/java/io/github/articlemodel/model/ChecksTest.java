package io.github.articlemodel.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URISyntaxException;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** The fast path of {@link Checks#httpUrl} accepts only what {@link URI} accepts with an http(s) scheme and a host. */
final class ChecksTest {
    private static final String[] PIECES = {"http://", "https://", "HTTP://", "ftp://", "example", "news", "com", "a",
        "Z", "0", "1", "9", "123", "-", "-", ".", ".", ":", ":80", "/", "/", "?", "#", "%", "%2F", "_", "~", "'", "(", ")",
        ";", "@", "&", "=", "+", "$", ",", "!", "*", "[", "]", " ", "é", "\\", "|", "{", "\"", "<"};

    private static Gen<String> urls() {
        Gen<String> gen = in -> {
            StringBuilder sb = new StringBuilder(Generate.range(0, 9).generate(in) < 8
                    ? PIECES[Generate.range(0, 2).generate(in)] : "");
            int n = Generate.range(0, 12).generate(in);
            for (int k = 0; k < n; k++) {
                sb.append(PIECES[Generate.range(3, PIECES.length - 1).generate(in)]);
            }
            return sb.toString();
        };
        return gen.describedAs(s -> "\"" + s + "\"");
    }

    /** The definition: java.net.URI parses it, with an http(s) scheme and a host. */
    private static boolean uriAccepts(String s) {
        try {
            URI uri = new URI(s);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(java.util.Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null && !uri.getHost().isEmpty();
        } catch (URISyntaxException e) {
            return false;
        }
    }

    @Test
    void thePlainShapeIsAlwaysAcceptedByUri() {
        PropertyTries.qt().forAll(urls()).checkAssert(s -> {
            if (Checks.plainHttpUrl(s)) {
                assertTrue(uriAccepts(s), s);
                assertEquals(s, Checks.httpUrl("url", s));
            }
        });
    }

    @Test
    void commonAddressesTakeTheFastPath() {
        assertTrue(Checks.plainHttpUrl("https://www.example-news.org/2024/05/harbour-reopens.html?ref=home#top"));
        assertTrue(Checks.plainHttpUrl("http://example.org:8080/a/b;v=1/c?x=1&y=(2)"));
        assertTrue(Checks.plainHttpUrl("https://example.org"));
    }

    @Test
    void otherShapesGoToUriWhichStillDecides() {
        // a host whose last label starts with a digit is no host name to URI
        assertFalse(Checks.plainHttpUrl("http://example.1com/"));
        assertThrows(IllegalArgumentException.class, () -> Checks.httpUrl("url", "http://example.1com/"));
        assertFalse(Checks.plainHttpUrl("http://example.org/a b"));
        assertThrows(IllegalArgumentException.class, () -> Checks.httpUrl("url", "http://example.org/a b"));
        assertFalse(Checks.plainHttpUrl("http://example.org/%C3%A9"));
        assertEquals("http://example.org/%C3%A9", Checks.httpUrl("url", "http://example.org/%C3%A9"));
        assertFalse(Checks.plainHttpUrl("HTTPS://EXAMPLE.ORG/"));
        assertEquals("HTTPS://EXAMPLE.ORG/", Checks.httpUrl("url", "HTTPS://EXAMPLE.ORG/"));
        assertFalse(Checks.plainHttpUrl("http://-example.org/"));
        assertFalse(Checks.plainHttpUrl("http://example-.org/"));
        assertFalse(Checks.plainHttpUrl("http://example..org/"));
        assertFalse(Checks.plainHttpUrl("http://example.org/#a#b"));
        assertFalse(Checks.plainHttpUrl("http://example.org:/"));
        assertFalse(Checks.plainHttpUrl("http:///path"));
        assertThrows(IllegalArgumentException.class, () -> Checks.httpUrl("url", "javascript:alert(1)"));
    }
}
