package io.github.articlemodel.schemaorg;

import io.github.articlemodel.model.Article;
import io.github.articlemodel.model.Byline;
import io.github.articlemodel.model.BylineRole;
import io.github.articlemodel.model.Image;
import java.util.Optional;

/** The HTML forms: the JSON-LD {@code <script>} element and the OpenGraph and Twitter card tags. */
final class HtmlTags {
    private HtmlTags() {}

    /**
     * JSON text made safe inside a {@code <script>} element. In JSON, {@code <}, {@code >},
     * {@code &}, U+2028 and U+2029 can only stand inside strings (property names included), where
     * the escape {@code \}{@code uXXXX} means the same character; so the text means the same JSON
     * and holds no {@code <} that could end the script or open a comment.
     */
    static String scriptSafe(String json) {
        StringBuilder sb = null;
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            String escape = switch (c) {
                case '<' -> "\\u003c";
                case '>' -> "\\u003e";
                case '&' -> "\\u0026";
                case '\u2028' -> "\\u2028";
                case '\u2029' -> "\\u2029";
                default -> null;
            };
            if (escape != null && sb == null) {
                sb = new StringBuilder(json.length() + 32).append(json, 0, i);
            }
            if (sb != null) {
                if (escape != null) {
                    sb.append(escape);
                } else {
                    sb.append(c);
                }
            }
        }
        return sb == null ? json : sb.toString();
    }

    static String scriptTag(String json) {
        return "<script type=\"application/ld+json\">" + scriptSafe(json) + "</script>";
    }

    static String metaTags(Article a) {
        StringBuilder sb = new StringBuilder();
        property(sb, "og:type", "article");
        a.headline().ifPresent(v -> property(sb, "og:title", v));
        a.description().ifPresent(v -> property(sb, "og:description", v));
        a.canonicalUrl().or(a::url).ifPresent(v -> property(sb, "og:url", v));
        a.siteName().ifPresent(v -> property(sb, "og:site_name", v));
        a.language().ifPresent(v -> property(sb, "og:locale", v.replace('-', '_')));
        for (Image i : a.images()) {
            property(sb, "og:image", i.url());
            i.width().ifPresent(w -> property(sb, "og:image:width", Integer.toString(w)));
            i.height().ifPresent(h -> property(sb, "og:image:height", Integer.toString(h)));
            i.alt().ifPresent(v -> property(sb, "og:image:alt", v));
        }
        a.datePublished().ifPresent(d -> property(sb, "article:published_time", JsonLdWriter.iso(d)));
        a.dateModified().ifPresent(d -> property(sb, "article:modified_time", JsonLdWriter.iso(d)));
        for (Byline b : a.bylines()) {
            if (b.role() == BylineRole.AUTHOR) {
                // OpenGraph wants the author's profile page; many sites give the name when there is none.
                property(sb, "article:author", b.url().orElse(b.name()));
            }
        }
        if (!a.sections().isEmpty()) {
            property(sb, "article:section", a.sections().get(0));
        }
        a.tags().forEach(t -> property(sb, "article:tag", t));
        Optional<Image> lead = a.images().stream().findFirst();
        name(sb, "twitter:card", lead.isPresent() ? "summary_large_image" : "summary");
        a.headline().ifPresent(v -> name(sb, "twitter:title", v));
        a.description().ifPresent(v -> name(sb, "twitter:description", v));
        lead.ifPresent(i -> {
            name(sb, "twitter:image", i.url());
            i.alt().ifPresent(v -> name(sb, "twitter:image:alt", v));
        });
        return sb.toString();
    }

    private static void property(StringBuilder sb, String property, String content) {
        sb.append("<meta property=\"").append(property).append("\" content=\"");
        attribute(sb, content);
        sb.append("\">\n");
    }

    private static void name(StringBuilder sb, String name, String content) {
        sb.append("<meta name=\"").append(name).append("\" content=\"");
        attribute(sb, content);
        sb.append("\">\n");
    }

    /**
     * Escapes a value for a double-quoted attribute: the markup characters, both quotes, and the
     * carriage return (which an HTML parser would turn into a line feed).
     */
    static void attribute(StringBuilder sb, String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                case '\r' -> sb.append("&#13;");
                default -> sb.append(c);
            }
        }
    }
}
