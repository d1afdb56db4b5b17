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
        if (plainHttp(h)) {
            return Optional.of(h); // what java.net.URI gives back for it, without parsing it
        }
        if (base == null || base.isEmpty()) {
            if (h.indexOf(':') < 0) {
                return Optional.empty(); // no scheme, so relative, and nothing to resolve it against
            }
        } else if (h.charAt(0) == '/' && (h.length() == 1 || h.charAt(1) != '/')) {
            // A path from the root ("/news/a.html") against a plain base: URI would join the two so.
            int host = hostEnd(base);
            if (host > 0 && plainRest(base, host) && plainRest(h, 0)) {
                return Optional.of(base.substring(0, host) + h);
            }
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

    /**
     * Whether {@code url} is an absolute http(s) URL in a form that {@code new URI(url)} takes as it
     * is, with a host: a lower-case scheme, a host name of letters, digits, dots and hyphens (no user,
     * no port, its last label starting with a letter), and only ASCII characters that the URI
     * grammar allows unescaped in the path, query and fragment (or a well-formed escape). Anything
     * else is left to {@link URI}; most URLs of a page have this form, and parsing one costs more.
     * The model's own check of URLs ({@code model.Checks.plainHttpUrl}) is a looser cousin (it allows
     * a port, and only asks that URI accept the URL); the model imports none of our packages, so the
     * two cannot share code.
     */
    static boolean plainHttp(String url) {
        int host = hostEnd(url);
        return host > 0 && plainRest(url, host);
    }

    /**
     * The host of {@code url} as {@code new URI(url).getHost()} gives it, null when it has none or
     * is no URI; a {@link #plainHttp} URL's is read off without parsing it.
     */
    public static String host(String url) {
        int end = hostEnd(url);
        if (end > 0 && plainRest(url, end)) {
            return url.substring(url.indexOf("://") + 3, end);
        }
        try {
            return new URI(url).getHost();
        } catch (URISyntaxException e) {
            return null;
        }
    }

    /** The host of {@code url} ({@link #host}) in lower case without a leading "www.": the site, to compare; "" if none. */
    public static String siteHost(String url) {
        String host = host(url);
        if (host == null) {
            return "";
        }
        String h = host.toLowerCase(Locale.ROOT);
        return h.startsWith("www.") ? h.substring(4) : h;
    }

    /** Where the host of a {@link #plainHttp} URL ends (the scheme and host before), else -1. */
    private static int hostEnd(String url) {
        int start = url.startsWith("https://") ? 8 : url.startsWith("http://") ? 7 : -1;
        if (start < 0) {
            return -1;
        }
        int n = url.length();
        int i = start;
        int label = i; // where the current label starts
        char first = 0; // the first character of the current label
        for (; i < n; i++) {
            char c = url.charAt(i);
            if (c == '/' || c == '?' || c == '#') {
                break;
            }
            if (c == '.') {
                if (i == label || url.charAt(i - 1) == '-') {
                    return -1;
                }
                label = i + 1;
            } else if (isAsciiLetterOrDigit(c)) {
                if (i == label) {
                    first = c;
                }
            } else if (c != '-' || i == label) {
                return -1;
            }
        }
        // The last label must be whole and start with a letter (a host name, not an address).
        return i == label || url.charAt(i - 1) == '-' || first <= '9' ? -1 : i;
    }

    /** Whether the path, query and fragment from {@code from} on are {@link #plainHttp}'s. */
    private static boolean plainRest(String url, int from) {
        boolean query = false;
        boolean fragment = false;
        for (int i = from, n = url.length(); i < n; i++) {
            char c = url.charAt(i);
            if (c == '%') {
                if (i + 2 >= n || !isHex(url.charAt(i + 1)) || !isHex(url.charAt(i + 2))) {
                    return false;
                }
                i += 2;
            } else if (c == '#') {
                if (fragment) {
                    return false;
                }
                fragment = true;
            } else if (c == '?' && !query && !fragment) {
                query = true;
            } else if (c >= 128 || !(PATH_CHARS[c] || (query || fragment) && (c == '?' || c == '[' || c == ']'))) {
                return false;
            }
        }
        return true;
    }

    /** The ASCII characters a URI path takes unescaped (RFC 2396 as {@link URI} reads it); {@code %} apart. */
    private static final boolean[] PATH_CHARS = new boolean[128];

    static {
        for (char c = 'a'; c <= 'z'; c++) {
            PATH_CHARS[c] = true;
            PATH_CHARS[c - 'a' + 'A'] = true;
        }
        for (char c = '0'; c <= '9'; c++) {
            PATH_CHARS[c] = true;
        }
        for (char c : "-_.!~*'();/:@&=+$,".toCharArray()) {
            PATH_CHARS[c] = true;
        }
    }

    private static boolean isAsciiLetterOrDigit(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
    }

    private static boolean isHex(char c) {
        return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F';
    }

    /** The URL without its fragment, for comparing two addresses of the same page. */
    public static String withoutFragment(String url) {
        int hash = url.indexOf('#');
        return hash < 0 ? url : url.substring(0, hash);
    }
}
