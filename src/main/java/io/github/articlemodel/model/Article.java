package io.github.articlemodel.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * An article: its facts, its body as typed blocks, the quotations in it, the pages it points to
 * and the comments under it, with the provenance of each field.
 *
 * <pre>{@code
 * Article article = new Article.Builder()
 *     .url("https://example.org/news/1")
 *     .headline("NATO offers arms control talks to Russia")
 *     .addBylines(Byline.person("Jane Doe"))
 *     .datePublished(DateValue.of("12.01.2022", LocalDate.of(2022, 1, 12)))
 *     .addBody(Paragraph.of("NATO made an offer to Russia on Wednesday."))
 *     .build();
 * article.text();      // "NATO made an offer to Russia on Wednesday."
 * article.wordCount(); // 8
 * }</pre>
 */
@Value.Immutable
public abstract sealed class Article permits ImmutableArticle {
    private static final Pattern LANGUAGE_TAG = Pattern.compile("[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*");

    Article() {}

    /** The address of the page the article was read from. */
    public abstract Optional<String> url();

    /** The page's canonical address ({@code <link rel=canonical>}, {@code og:url}). */
    public abstract Optional<String> canonicalUrl();

    /** What the page says it is; {@link ArticleType#ARTICLE} when it does not say. */
    @Value.Default
    public ArticleType type() {
        return ArticleType.ARTICLE;
    }

    public abstract Optional<String> headline();

    /** A second title: a kicker, an overline or a subtitle. */
    public abstract Optional<String> alternativeHeadline();

    /** The summary or lede the page gives in its metadata. */
    public abstract Optional<String> description();

    /** The language as a BCP 47 tag ("en", "de-AT"). */
    public abstract Optional<String> language();

    /** The name of the site ("The Example Times"). */
    public abstract Optional<String> siteName();

    public abstract Optional<Organization> publisher();

    /** The sections the article is filed under, broadest first. */
    public abstract List<String> sections();

    /** The tags or keywords. */
    public abstract List<String> tags();

    /** The credited people and organisations, in the order the page gives them. */
    public abstract List<Byline> bylines();

    public abstract Optional<DateValue> datePublished();

    public abstract Optional<DateValue> dateModified();

    /** The images of the article, the lead image first. */
    public abstract List<Image> images();

    /** The body as typed blocks, in reading order. */
    public abstract List<Block> body();

    /** The direct quotations, in the order they appear. */
    public abstract List<Quote> quotes();

    /** The pages the article points to, in the order they appear. */
    public abstract List<CrossReference> crossReferences();

    /** The reader comments, as threads. */
    public abstract List<Comment> comments();

    /** The number of comments the page states, else the number found. */
    public abstract OptionalInt commentCount();

    /** False when the page marks the article as paywalled, true when it marks it as free. */
    public abstract Optional<Boolean> isAccessibleForFree();

    /** For each field (by its JSON name), how its value was decided. */
    public abstract Map<String, FieldProvenance> provenance();

    /** The plain body text: the text of each block that has some, separated by {@code \n}. */
    @Value.Lazy
    public String text() {
        StringBuilder sb = new StringBuilder();
        for (Block block : body()) {
            String t = block.plainText();
            if (!t.isEmpty()) {
                if (sb.length() > 0) {
                    sb.append('\n');
                }
                sb.append(t);
            }
        }
        return sb.toString();
    }

    /**
     * The offset in {@link #text()} where the text of each body block starts (for a block without
     * text, where its text would start).
     */
    @Value.Lazy
    public List<Integer> blockOffsets() {
        List<Integer> offsets = new ArrayList<>(body().size());
        int pos = 0;
        boolean any = false;
        for (Block block : body()) {
            String t = block.plainText();
            if (!t.isEmpty() && any) {
                pos++; // the separating newline
            }
            offsets.add(pos);
            if (!t.isEmpty()) {
                pos += t.length();
                any = true;
            }
        }
        return Collections.unmodifiableList(offsets);
    }

    /** The number of words (runs of letters and digits) in {@link #text()}. */
    @Value.Lazy
    public int wordCount() {
        String t = text();
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < t.length(); ) {
            int cp = t.codePointAt(i);
            boolean wordChar = Character.isLetterOrDigit(cp) || cp == '_';
            if (wordChar && !inWord) {
                words++;
            }
            inWord = wordChar;
            i += Character.charCount(cp);
        }
        return words;
    }

    @Value.Check
    void check() {
        Checks.httpUrl("url", url());
        Checks.httpUrl("canonicalUrl", canonicalUrl());
        Checks.nonBlank("headline", headline());
        Checks.nonBlank("alternativeHeadline", alternativeHeadline());
        Checks.nonBlank("description", description());
        Checks.nonBlank("siteName", siteName());
        language().ifPresent(l -> {
            if (!LANGUAGE_TAG.matcher(l).matches()) {
                throw new IllegalArgumentException("language must be a BCP 47 tag such as 'en' or 'de-AT': " + l);
            }
        });
        sections().forEach(s -> Checks.nonBlank("sections[]", s));
        tags().forEach(s -> Checks.nonBlank("tags[]", s));
        if (datePublished().isPresent() && dateModified().isPresent()
                && dateModified().get().compareTo(datePublished().get()) < 0) {
            throw new IllegalArgumentException("dateModified (" + dateModified().get().iso()
                    + ") must not be before datePublished (" + datePublished().get().iso() + ")");
        }
        commentCount().ifPresent(c -> Checks.nonNegative("commentCount", c));
        int textLength = quotes().isEmpty() ? 0 : text().length(); // the text is built only to check quotes
        for (Quote q : quotes()) {
            if (q.blockIndex() >= body().size()) {
                throw new IllegalArgumentException("quotes[].blockIndex " + q.blockIndex()
                        + " is beyond the " + body().size() + " body blocks");
            }
            if (q.end() > textLength) {
                throw new IllegalArgumentException("quotes[].end " + q.end()
                        + " is beyond the text's length " + textLength);
            }
        }
        for (CrossReference r : crossReferences()) {
            if (r.afterBlock().isPresent() && r.afterBlock().getAsInt() >= body().size()) {
                throw new IllegalArgumentException("crossReferences[].afterBlock " + r.afterBlock().getAsInt()
                        + " is beyond the " + body().size() + " body blocks");
            }
        }
        provenance().keySet().forEach(k -> Checks.nonBlank("provenance key", k));
    }

    /** Builds an {@link Article}. */
    public static final class Builder extends ImmutableArticle.Builder {
        /** A builder with no fields set. */
        public Builder() {}
    }
}
