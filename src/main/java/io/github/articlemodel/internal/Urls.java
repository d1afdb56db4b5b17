package io.github.articlemodel.internal;

import java.net.IDN;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/** URL rules: only absolute http(s) URLs with a host leave this class. */
public final class Urls {
    private Urls() {}

    /**
     * Resolves {@code href} against {@code base} and returns it only when the result is an absolute
     * http(s) URL; {@code javascript:}, {@code data:}, {@code mailto:} and broken URLs give empty.
     */
    public static Optional<String> resolve(String base, String href) {
        if (href == null) {
            return Optional.empty();
        }
        String h = asciiHost(Text.clean(href).replace(" ", "%20"));
        if (h.isEmpty() || h.length() > 4096) {
            return Optional.empty();
        }
        try {
            if (h.startsWith("?") && base != null && !base.isEmpty()) {
                // RFC 3986 keeps the base path for a query-only reference; java.net.URI (RFC 2396) does not.
                int cut = base.indexOf('?');
                int hash = base.indexOf('#');
                int end = cut >= 0 ? cut : hash >= 0 ? hash : base.length();
                h = base.substring(0, end) + h;
            }
            URI uri = new URI(h);
            if (!uri.isAbsolute()) {
                if (base == null || base.isEmpty()) {
                    return Optional.empty();
                }
                uri = baseUri(base).resolve(uri);
            }
            return httpOnly(uri);
        } catch (URISyntaxException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The last base parsed: a page resolves all its links against one. URI is immutable, so sharing it is safe. */
    private static volatile Base lastBase;

    private record Base(String text, URI uri) {}

    private static URI baseUri(String base) throws URISyntaxException {
        Base last = lastBase;
        if (last == null || !last.text().equals(base)) {
            last = new Base(base, new URI(base));
            lastBase = last;
        }
        return last.uri();
    }

    /** The URL itself when it is an absolute http(s) URL with a host. */
    public static Optional<String> absolute(String url) {
        return resolve(null, url);
    }

    private static Optional<String> httpOnly(URI uri) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null || uri.getHost().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(uri.toString());
    }

    /** Internationalised host names ("stössenseer.de") in their ASCII form, which java.net.URI accepts. */
    private static String asciiHost(String url) {
        int scheme = url.indexOf("://");
        if (scheme < 0) {
            return url;
        }
        int start = scheme + 3;
        int end = start;
        while (end < url.length() && "/?#".indexOf(url.charAt(end)) < 0) {
            end++;
        }
        String host = url.substring(start, end);
        for (int i = 0; i < host.length(); i++) {
            if (host.charAt(i) > 127) {
                try {
                    return url.substring(0, start) + IDN.toASCII(host, IDN.ALLOW_UNASSIGNED) + url.substring(end);
                } catch (IllegalArgumentException e) {
                    return url;
                }
            }
        }
        return url;
    }

    /** The URL without its fragment, for comparing two addresses of the same page. */
    public static String withoutFragment(String url) {
        int hash = url.indexOf('#');
        return hash < 0 ? url : url.substring(0, hash);
    }
}
