package io.github.articlemodel.internal;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * The text of a value that may hold HTML: sites put tags in JSON-LD names ({@code <a
 * href=...>Jane Doe</a>}), entities in headlines ({@code Trump&#8217;s}) and paragraphs in
 * {@code og:description}. A value counts as markup only when it holds a tag of a common text
 * element or a well-formed character reference ending in {@code ;}; anything else, including a
 * lone {@code <} or {@code &}, is kept exactly as written, so text that is no HTML reads back
 * unchanged.
 */
public final class Markup {
    /** A start, end or empty tag of an element that appears in text ({@code <b>}, {@code </a>}, {@code <br/>}). */
    private static final Pattern TAG = Pattern.compile("</?(?:a|abbr|b|bdi|bdo|big|blockquote|br|cite|code|del|dfn|div|em|"
            + "font|h[1-6]|hr|i|img|ins|kbd|li|mark|ol|p|pre|q|s|samp|small|span|strike|strong|sub|sup|time|tt|u|ul|"
            + "var|wbr)(?:\\s[^<>]*)?/?>", Pattern.CASE_INSENSITIVE);
    /** A character reference: {@code &amp;}, {@code &#8217;}, {@code &#x2019;}. */
    private static final Pattern ENTITY = Pattern.compile("&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});");
    /** The end of a block element or a line break: where a body held as HTML breaks its lines. */
    private static final Pattern BLOCK_END = Pattern.compile(
            "(?i)<br\\s*/?>|</(?:p|div|li|h[1-6]|blockquote|pre|ul|ol)\\s*>");

    private Markup() {}

    /**
     * The text of a value: tags removed (the HTML's text, white space collapsed) when it holds a
     * tag, entities decoded when it holds entities, else the value exactly; empty when blank.
     */
    public static Optional<String> text(String s) {
        String out = s;
        if (hasTag(s)) {
            out = Jsoup.parseBodyFragment(s).body().text();
        } else if (ENTITY.matcher(s).find()) {
            out = decodeEntities(s);
        }
        return out.isBlank() ? Optional.empty() : Optional.of(out);
    }

    /**
     * A body text of lines: as {@link #text(String)}, but when it is HTML each paragraph, list item,
     * heading and line break starts a new line (each line of the text, when no such tag ends a
     * block). A text of several lines whose first line holds no tag is plain text that shows
     * some ("use <code> for ..."), as in an article about HTML: its tags are kept, its
     * lines too.
     */
    public static Optional<String> lines(String s) {
        if (!readsAsHtml(s)) {
            String out = ENTITY.matcher(s).find() ? decodeEntities(s) : s;
            return out.isBlank() ? Optional.empty() : Optional.of(out);
        }
        String[] parts = BLOCK_END.split(s);
        if (parts.length == 1) {
            parts = s.split("\n");
        }
        StringBuilder sb = new StringBuilder();
        for (String part : parts) {
            Document fragment = Jsoup.parseBodyFragment(part);
            Element body = fragment.body();
            String line = body.text();
            if (!line.isBlank()) {
                if (sb.length() > 0) {
                    sb.append('\n');
                }
                sb.append(line);
            }
        }
        return sb.length() == 0 ? Optional.empty() : Optional.of(sb.toString());
    }

    /**
     * Whether {@link #lines} reads the text as HTML: it holds a tag, in its first line when it has
     * several; an HTML comment there counts too (WordPress opens a body with "<!-- wp:paragraph -->").
     */
    private static boolean readsAsHtml(String s) {
        if (!hasTag(s)) {
            return false;
        }
        String text = s.stripLeading();
        int firstLineEnd = text.indexOf('\n');
        if (firstLineEnd < 0) {
            return true;
        }
        String first = text.substring(0, firstLineEnd);
        return hasTag(first) || first.contains("<!--");
    }

    /** A cheap look for a '<' first: most values have none. */
    private static boolean hasTag(String s) {
        return s.indexOf('<') >= 0 && TAG.matcher(s).find();
    }

    private static String decodeEntities(String s) {
        Matcher m = ENTITY.matcher(s);
        StringBuilder sb = new StringBuilder(s.length());
        while (m.find()) {
            m.appendReplacement(sb, Matcher.quoteReplacement(Parser.unescapeEntities(m.group(), false)));
        }
        m.appendTail(sb);
        return sb.toString();
    }
}
