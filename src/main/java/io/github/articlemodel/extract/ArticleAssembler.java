package io.github.articlemodel.extract;

import io.github.articlemodel.internal.Text;
import io.github.articlemodel.internal.Urls;
import io.github.articlemodel.model.Article;
import io.github.articlemodel.model.ArticleType;
import io.github.articlemodel.model.Block;
import io.github.articlemodel.model.Byline;
import io.github.articlemodel.model.Candidate;
import io.github.articlemodel.model.Comment;
import io.github.articlemodel.model.CrossReference;
import io.github.articlemodel.model.Figure;
import io.github.articlemodel.model.FieldProvenance;
import io.github.articlemodel.model.Heading;
import io.github.articlemodel.model.Image;
import io.github.articlemodel.model.Organization;
import io.github.articlemodel.model.Paragraph;
import io.github.articlemodel.model.Quote;
import io.github.articlemodel.model.Source;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Stage 5: the one place with precedence rules. Combines the stages' results into an {@link
 * Article}, decides between metadata and the visible page, and records the provenance of each
 * field. A value the model rejects is left out with a warning; the article is always built.
 */
final class ArticleAssembler {
    private static final Pattern TITLE_SEPARATOR = Pattern.compile("\\s+[|\\-–—·•:»]{1,2}\\s+");
    /** A permalink sign that documentation generators append to headings ("Title¶"). */
    private static final Pattern PERMALINK_MARK = Pattern.compile("\\s*[¶§#🔗]$");
    private static final Pattern HIERARCHY = Pattern.compile("\\s[»>/]\\s");
    private static final Pattern LANGUAGE = Pattern.compile("[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*");

    /** Everything the stages found for one page. */
    record Parts(Metadata metadata, BodyResult body, Optional<BylineExtractor.Found> bylines,
            DateExtractor.Found dates, List<CrossReference> crossReferences,
            CommentExtractor.Found comments) {}

    private ArticleAssembler() {}

    static Article assemble(ExtractionContext ctx, Parts parts) {
        Metadata m = parts.metadata();
        Article.Builder b = new Article.Builder();
        Map<String, FieldProvenance> provenance = new LinkedHashMap<>();
        if (!ctx.baseUrl().isEmpty()) {
            set(ctx, "url", b, x -> x.url(ctx.baseUrl()));
        }
        pick(m, "url").ifPresent(c -> {
            if (set(ctx, "canonicalUrl", b, x -> x.canonicalUrl(c.value()))) {
                provenance.put("canonicalUrl", provenance(c, m.get("url"), "most trusted canonical address"));
            }
        });
        m.best("type").flatMap(c -> articleType(c.value())).ifPresent(b::type);

        Optional<String> siteName = pick(m, "siteName").map(Candidate::value)
                .or(() -> pick(m, "publisherName").map(Candidate::value));
        pick(m, "siteName").ifPresent(c -> {
            if (set(ctx, "siteName", b, x -> x.siteName(c.value()))) {
                provenance.put("siteName", provenance(c, m.get("siteName"), "most trusted source"));
            }
        });
        Optional<Choice<String>> headline = headline(ctx, m, siteName)
                .filter(ch -> set(ctx, "headline", b, x -> x.headline(ch.value())));
        headline.ifPresent(ch -> provenance.put("headline", ch.provenance()));
        simple(ctx, m, "alternativeHeadline", b, Article.Builder::alternativeHeadline, provenance);
        simple(ctx, m, "description", b, Article.Builder::description, provenance);
        language(m).ifPresent(c -> {
            String tag = c.value().replace('_', '-');
            if (set(ctx, "language", b, x -> x.language(tag))) {
                provenance.put("language", provenance(c, m.get("language"), "most trusted source"));
            }
        });
        pick(m, "publisherName").ifPresent(c -> set(ctx, "publisher", b, x -> {
            Organization.Builder ob = new Organization.Builder().name(c.value());
            m.best("publisherUrl").ifPresent(u -> ob.url(u.value()));
            m.best("publisherLogo").ifPresent(u -> ob.logo(Image.of(u.value())));
            x.publisher(ob.build());
        }));
        list(m, "sections").forEach(s -> set(ctx, "sections", b, x -> x.addSection(s)));
        list(m, "tags").forEach(s -> set(ctx, "tags", b, x -> x.addTag(s)));

        parts.bylines().ifPresent(found -> {
            for (Metadata.AuthorCandidate a : found.names()) {
                set(ctx, "bylines", b, x -> {
                    Byline.Builder bb = new Byline.Builder().name(a.name()).type(a.type());
                    a.url().ifPresent(bb::url);
                    x.addByline(bb.build());
                });
            }
            Metadata.AuthorCandidate first = found.names().get(0);
            provenance.put("bylines", new FieldProvenance.Builder()
                    .winner(Candidate.of(first.source(), first.locator(), first.name())).reason(found.reason()).build());
        });
        parts.dates().published().ifPresent(ch -> {
            if (set(ctx, "datePublished", b, x -> x.datePublished(ch.value()))) {
                provenance.put("datePublished", ch.provenance());
            }
        });
        parts.dates().modified().ifPresent(ch -> {
            if (set(ctx, "dateModified", b, x -> x.dateModified(ch.value()))) {
                provenance.put("dateModified", ch.provenance());
            }
        });

        List<Block> body = withoutHeadline(parts.body().blocks(), headline.map(Choice::value));
        images(ctx, m, body).forEach(img -> set(ctx, "images", b, x -> x.addImage(img)));
        b.addAllBody(body);
        parts.body().root().ifPresent(r -> provenance.put("body", FieldProvenance.of(
                Candidate.of(Source.DOM, io.github.articlemodel.internal.Dom.cssPath(r), body.size() + " blocks"))));
        int shift = parts.body().blocks().size() - body.size();
        for (CrossReference r : parts.crossReferences()) {
            // Built and checked by their stage; their place is checked against the body by build().
            b.addCrossReference(shift == 0 || r.afterBlock().isEmpty() ? r : shifted(r, shift));
        }
        b.addAllComments(parts.comments().comments());
        int found = parts.comments().comments().stream().mapToInt(Comment::threadSize).sum();
        Optional<Integer> stated = parts.comments().statedCount()
                .or(() -> m.best("commentCount").flatMap(c -> integer(c.value())));
        if (stated.isPresent() || found > 0) {
            b.commentCount(Math.max(stated.orElse(0), found == 0 ? stated.orElse(0) : stated.orElse(found)));
        }
        m.best("isAccessibleForFree").flatMap(c -> bool(c.value())).ifPresent(b::isAccessibleForFree);
        b.putAllProvenance(provenance);

        return build(ctx, b);
    }

    /**
     * Adds the quotes, which carry offsets into the final text and so are found in the assembled
     * body; quotes the model rejects are left out with a warning.
     */
    static Article withQuotes(ExtractionContext ctx, Article article, List<Quote> quotes) {
        if (quotes.isEmpty()) {
            return article;
        }
        try {
            return new Article.Builder().from(article).addAllQuotes(quotes).build();
        } catch (IllegalArgumentException e) {
            ctx.warn("invalid.quotes", "quotes left out: " + e.getMessage());
            return article;
        }
    }

    private static Article build(ExtractionContext ctx, Article.Builder b) {
        try {
            return b.build();
        } catch (IllegalArgumentException e) {
            ctx.warn("invalid.article", e.getMessage());
            return b.crossReferences(List.of()).build();
        }
    }

    private static CrossReference shifted(CrossReference r, int shift) {
        int at = r.afterBlock().getAsInt() - shift;
        CrossReference.Builder cb = new CrossReference.Builder().from(r);
        if (at >= 0) {
            cb.afterBlock(at);
        } else {
            cb.afterBlock(java.util.OptionalInt.empty());
        }
        return cb.build();
    }

    /**
     * Sets one value: tried first on an empty probe article, whose build runs the model's checks,
     * so that a value the model rejects becomes a warning instead of costing the whole article.
     */
    private static boolean set(ExtractionContext ctx, String field, Article.Builder b,
            java.util.function.Consumer<Article.Builder> call) {
        try {
            Article.Builder probe = new Article.Builder();
            call.accept(probe);
            probe.build();
        } catch (IllegalArgumentException | NullPointerException | IllegalStateException e) {
            ctx.warn("invalid." + field, e.getMessage() == null ? field + " rejected" : e.getMessage());
            return false;
        }
        call.accept(b);
        return true;
    }

    private static Optional<Candidate> pick(Metadata m, String field) {
        return m.best(field);
    }

    private static void simple(ExtractionContext ctx, Metadata m, String field, Article.Builder b,
            java.util.function.BiConsumer<Article.Builder, String> setter, Map<String, FieldProvenance> provenance) {
        m.best(field).ifPresent(c -> {
            if (set(ctx, field, b, x -> setter.accept(x, c.value()))) {
                provenance.put(field, provenance(c, m.get(field), "most trusted source"));
            }
        });
    }

    private static FieldProvenance provenance(Candidate winner, List<Candidate> all, String reason) {
        List<Candidate> others = new ArrayList<>(all);
        others.remove(winner);
        others.sort(Comparator.comparingInt(c -> Metadata.rank(c.source())));
        return new FieldProvenance.Builder().winner(winner).reason(reason)
                .others(others.subList(0, Math.min(others.size(), 10))).build();
    }

    /**
     * The headline: the visible h1 that agrees with the metadata, else the page's only h1 when it
     * reads as a headline, else the most trusted metadata title, else the page title. The visible
     * form wins over metadata that agrees with it, since social titles often lose typographic
     * quotes and dashes.
     */
    private static Optional<Choice<String>> headline(ExtractionContext ctx, Metadata m, Optional<String> siteName) {
        List<Candidate> meta = new ArrayList<>(m.get("headline"));
        meta.sort(Comparator.comparingInt(c -> Metadata.rank(c.source())));
        List<Candidate> visible = new ArrayList<>();
        for (Candidate h1 : m.get("h1")) {
            String text = PERMALINK_MARK.matcher(h1.value()).replaceFirst("");
            visible.add(text.equals(h1.value()) ? h1 : Candidate.of(h1.source(), h1.locator(), text));
        }
        List<Candidate> all = new ArrayList<>(meta);
        all.addAll(visible);
        all.addAll(m.get("title"));
        List<Candidate> titles = concat(meta, m.get("title"));
        String site = siteName.map(ArticleAssembler::letters).orElse("");
        List<Candidate> h1s = new ArrayList<>();
        for (Candidate h1 : visible) {
            String key = letters(h1.value());
            if (!key.isEmpty() && !key.equals(site)) {
                h1s.add(h1);
            }
        }
        // An h1 equal to a metadata title, with or without its site name ("Headline | Site"),
        // whatever its place among the h1s: pages often put the site's name in an h1 first.
        for (Candidate h1 : h1s) {
            String key = letters(h1.value());
            for (Candidate c : titles) {
                if (key.equals(letters(c.value())) || key.equals(letters(stripSiteName(c.value(), siteName)))) {
                    return Optional.of(agreeing(h1, c, meta, all));
                }
            }
        }
        for (Candidate h1 : h1s) {
            String key = letters(h1.value());
            if (key.length() < 3) {
                continue;
            }
            for (Candidate c : titles) {
                String k = letters(c.value());
                if (k.contains(key) && key.length() * 2 > k.length()) {
                    return Optional.of(agreeing(h1, c, meta, all));
                }
            }
        }
        Optional<Candidate> title = m.best("title");
        Optional<String> strippedTitle = title.map(c -> stripSiteName(c.value(), siteName));
        if (h1s.size() == 1) {
            Candidate h1 = h1s.get(0);
            Optional<Choice<String>> wrapped = unwrapped(h1, meta, all);
            if (wrapped.isPresent()) {
                return wrapped;
            }
            // A one- or two-word h1 is more often a section or site label than the headline.
            int h1Words = words(h1.value());
            if (h1Words >= 3 || strippedTitle.map(t -> words(t) <= h1Words).orElse(true)) {
                return Optional.of(choice(h1.value(), h1, "the page's only h1", all));
            }
        }
        if (!meta.isEmpty()) {
            Candidate c = meta.get(0);
            return Optional.of(choice(stripSiteName(c.value(), siteName), c, "most trusted metadata title", all));
        }
        return title.map(c -> choice(strippedTitle.get(), c, "the page title", all));
    }

    /** The h1 that agrees with a metadata title, or the metadata headline it wraps in a label. */
    private static Choice<String> agreeing(Candidate h1, Candidate agreed, List<Candidate> meta, List<Candidate> all) {
        return unwrapped(h1, meta, all)
                .orElse(choice(h1.value(), h1, "the visible h1 agrees with " + agreed.source().id(), all));
    }

    /**
     * The metadata headline an h1 wraps in a section label, a kicker or the site's name
     * ("Local News | Headline"), when the h1 holds it whole and little else.
     */
    private static Optional<Choice<String>> unwrapped(Candidate h1, List<Candidate> meta, List<Candidate> all) {
        String key = letters(h1.value());
        for (Candidate c : meta) {
            String value = c.value().trim();
            String k = letters(value);
            if (k.length() < 8 || k.length() >= key.length() || k.length() * 2 <= key.length()
                    || value.endsWith("...") || value.endsWith("…")) {
                continue; // too short to trust, not shorter, or a cut-off social title
            }
            String[] parts = TITLE_SEPARATOR.split(h1.value());
            // A kicker comes first, often in its own element with no separator; a site's name
            // comes last, after a separator (a longer h1 without one is a longer headline).
            boolean kicker = key.endsWith(k);
            boolean siteSuffix = key.startsWith(k) && parts.length > 1
                    && key.substring(k.length()).equals(letters(parts[parts.length - 1]));
            if (kicker || siteSuffix) {
                return Optional.of(choice(value, c, "the visible h1 wraps " + c.source().id() + " in a label", all));
            }
        }
        return Optional.empty();
    }

    /** Letters and digits only, lower case: titles compared this way ignore quotes, dashes and spacing. */
    private static String letters(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        s.codePoints().filter(Character::isLetterOrDigit).map(Character::toLowerCase).forEach(sb::appendCodePoint);
        return sb.toString();
    }

    private static int words(String s) {
        return s.trim().isEmpty() ? 0 : s.trim().split("\\s+").length;
    }

    private static List<Candidate> concat(List<Candidate> a, List<Candidate> b) {
        List<Candidate> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    private static Choice<String> choice(String value, Candidate winner, String reason, List<Candidate> all) {
        List<Candidate> others = new ArrayList<>(all);
        others.remove(winner);
        return new Choice<>(value, winner, reason, others.subList(0, Math.min(others.size(), 10)));
    }

    /** "Title | Site", "Site - Title" and similar lose the site's name. */
    static String stripSiteName(String title, Optional<String> siteName) {
        String[] parts = TITLE_SEPARATOR.split(title);
        if (parts.length < 2) {
            return title;
        }
        if (siteName.isPresent()) {
            String site = Text.key(siteName.get());
            List<String> kept = new ArrayList<>();
            for (String p : parts) {
                if (!Text.key(p).equals(site)) {
                    kept.add(p);
                }
            }
            if (kept.size() < parts.length && !kept.isEmpty()) {
                return rejoin(title, kept);
            }
        }
        // Without a known site name: "Site » Section » Title" puts the title last, "Title | Site"
        // and "Title - Site - Tagline" first.
        String first = parts[0].trim();
        String last = parts[parts.length - 1].trim();
        if (HIERARCHY.matcher(title).find() && words(last) >= 2) {
            return last;
        }
        // Only a short last part is a site name; a long one is a subtitle and stays.
        if (words(last) <= 4 && (words(first) >= 3 || first.length() >= 2 * last.length())) {
            return first;
        }
        return title;
    }

    private static String rejoin(String title, List<String> kept) {
        if (kept.size() == 1) {
            return kept.get(0).trim();
        }
        // Keep the original separators between the remaining parts.
        int start = title.indexOf(kept.get(0));
        String lastPart = kept.get(kept.size() - 1);
        int end = title.lastIndexOf(lastPart) + lastPart.length();
        return start >= 0 && end > start ? title.substring(start, end).trim() : String.join(" - ", kept);
    }

    private static Optional<Candidate> language(Metadata m) {
        List<Candidate> sorted = new ArrayList<>(m.get("language"));
        sorted.sort(Comparator.comparingInt(c -> Metadata.rank(c.source())));
        // Length first: the repeated group of LANGUAGE recurses once per subtag, so a long value overflows the stack.
        return sorted.stream().filter(c -> c.value().length() <= 64
                && LANGUAGE.matcher(c.value().replace('_', '-')).matches()).findFirst();
    }

    private static List<String> list(Metadata m, String field) {
        List<Candidate> all = m.get(field);
        Optional<Source> best = all.stream().map(Candidate::source).min(Comparator.comparingInt(Metadata::rank));
        Set<String> seen = new LinkedHashSet<>();
        List<String> out = new ArrayList<>();
        for (Candidate c : all) {
            if (best.isPresent() && c.source() == best.get() && seen.add(Text.key(c.value())) && out.size() < 100) {
                out.add(c.value());
            }
        }
        return out;
    }

    private static List<Image> images(ExtractionContext ctx, Metadata m, List<Block> body) {
        Map<String, Image> out = new LinkedHashMap<>();
        List<Candidate> lead = new ArrayList<>(m.get("images"));
        lead.sort(Comparator.comparingInt(c -> Metadata.rank(c.source())));
        List<Image> figures = new ArrayList<>();
        for (Block block : body) {
            if (block instanceof Figure) {
                figures.add(((Figure) block).image());
            }
        }
        for (Candidate c : lead) {
            Urls.absolute(c.value()).ifPresent(u -> out.putIfAbsent(u,
                    figures.stream().filter(f -> f.url().equals(u)).findFirst().orElse(Image.of(u))));
            if (!out.isEmpty()) {
                break; // one lead image from the metadata; the rest come from the body
            }
        }
        figures.forEach(f -> out.putIfAbsent(f.url(), f));
        return new ArrayList<>(out.values());
    }

    /** The body without a leading heading or paragraph that only repeats the headline. */
    private static List<Block> withoutHeadline(List<Block> blocks, Optional<String> headline) {
        if (blocks.isEmpty() || headline.isEmpty()) {
            return blocks;
        }
        Block first = blocks.get(0);
        String text = first instanceof Heading || first instanceof Paragraph ? first.plainText() : "";
        if (Text.key(text).equals(Text.key(headline.get()))) {
            return blocks.subList(1, blocks.size());
        }
        return blocks;
    }

    private static Optional<ArticleType> articleType(String schemaType) {
        for (ArticleType t : ArticleType.values()) {
            if (t.id().equalsIgnoreCase(schemaType)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    private static Optional<Integer> integer(String s) {
        try {
            int v = Integer.parseInt(s.trim());
            return v >= 0 ? Optional.of(v) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static Optional<Boolean> bool(String s) {
        String v = s.trim().toLowerCase(Locale.ROOT);
        if (v.equals("true") || v.equals("yes")) {
            return Optional.of(true);
        }
        if (v.equals("false") || v.equals("no")) {
            return Optional.of(false);
        }
        return Optional.empty();
    }

}
