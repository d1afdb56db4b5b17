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
    private static final Pattern LANGUAGE = Pattern.compile("[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*");

    /** Everything the stages found for one page. */
    record Parts(Metadata metadata, BodyResult body, Optional<BylineExtractor.Found> bylines,
            DateExtractor.Found dates, List<CrossReference> crossReferences,
            CommentExtractor.Found comments) {}

    private ArticleAssembler() {}

    static Article assemble(ExtractionContext ctx, Parts parts) {
        // Optimistically first: every value set straight away and checked once, by the article's own build.
        // A value the model rejects alone is rejected in the whole article too (its checks are per field,
        // or between fields), so when that build passes, each value would have passed its probe. Otherwise
        // the values are set again one by one, each tried on a probe first.
        try {
            return assemble(ctx, parts, false);
        } catch (IllegalArgumentException | NullPointerException | IllegalStateException e) {
            return assemble(ctx, parts, true);
        }
    }

    /** {@code careful}: each value tried on a probe article first, a rejected one left out with a warning. */
    private static Article assemble(ExtractionContext ctx, Parts parts, boolean careful) {
        Metadata m = parts.metadata();
        Article.Builder b = new Article.Builder();
        Map<String, FieldProvenance> provenance = new LinkedHashMap<>();
        if (!ctx.baseUrl().isEmpty()) {
            set(ctx, careful, "url", b, x -> x.url(ctx.baseUrl()));
        }
        Optional<Candidate> canonical = pick(m, "url");
        canonical.ifPresent(c -> {
            if (set(ctx, careful, "canonicalUrl", b, x -> x.canonicalUrl(c.value()))) {
                provenance.put("canonicalUrl", provenance(c, m.get("url"), "most trusted canonical address"));
            }
        });
        m.best("type").flatMap(c -> articleType(c.value())).ifPresent(b::type);

        Optional<Candidate> site = pick(m, "siteName");
        Optional<String> siteName = site.map(Candidate::value)
                .or(() -> pick(m, "publisherName").map(Candidate::value));
        site.ifPresent(c -> {
            if (set(ctx, careful, "siteName", b, x -> x.siteName(c.value()))) {
                provenance.put("siteName", provenance(c, m.get("siteName"), "most trusted source"));
            }
        });
        String pageUrl = canonical.map(Candidate::value).orElse(ctx.baseUrl());
        Optional<Choice<String>> headline = Headlines.choose(m, siteName, pageUrl)
                .filter(ch -> set(ctx, careful, "headline", b, x -> x.headline(ch.value())));
        headline.ifPresent(ch -> provenance.put("headline", ch.provenance()));
        simple(ctx, careful, m, "alternativeHeadline", b, Article.Builder::alternativeHeadline, provenance, v -> false);
        // A description that only names the site ("Example News") describes no article.
        String siteKey = siteName.map(Text::key).orElse("");
        simple(ctx, careful, m, "description", b, Article.Builder::description, provenance,
                v -> !siteKey.isEmpty() && Text.key(v).equals(siteKey));
        language(m).ifPresent(c -> {
            String tag = c.value().replace('_', '-');
            if (set(ctx, careful, "language", b, x -> x.language(tag))) {
                provenance.put("language", provenance(c, m.get("language"), "most trusted source"));
            }
        });
        pick(m, "publisherName").ifPresent(c -> set(ctx, careful, "publisher", b, x -> {
            Organization.Builder ob = new Organization.Builder().name(c.value());
            m.best("publisherUrl").ifPresent(u -> ob.url(u.value()));
            m.best("publisherLogo").ifPresent(u -> ob.logo(Image.of(u.value())));
            x.publisher(ob.build());
        }));
        list(m, "sections").forEach(s -> set(ctx, careful, "sections", b, x -> x.addSection(s)));
        list(m, "tags").forEach(s -> set(ctx, careful, "tags", b, x -> x.addTag(s)));

        parts.bylines().ifPresent(found -> {
            for (Metadata.AuthorCandidate a : found.names()) {
                set(ctx, careful, "bylines", b, x -> {
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
            if (set(ctx, careful, "datePublished", b, x -> x.datePublished(ch.value()))) {
                provenance.put("datePublished", ch.provenance());
            }
        });
        parts.dates().modified().ifPresent(ch -> {
            if (set(ctx, careful, "dateModified", b, x -> x.dateModified(ch.value()))) {
                provenance.put("dateModified", ch.provenance());
            }
        });

        int repeated = headline.map(h -> repeatedHeadline(parts.body().blocks(), h.value())).orElse(-1);
        boolean[] headerLines = repeated < 0 ? null : headerLines(parts.body().blocks(), repeated);
        List<Block> body = repeated < 0 ? parts.body().blocks() : without(parts.body().blocks(), headerLines);
        images(ctx, m, body).forEach(img -> set(ctx, careful, "images", b, x -> x.addImage(img)));
        b.addAllBody(body);
        parts.body().root().ifPresent(r -> provenance.put("body", FieldProvenance.of(
                Candidate.of(Source.DOM, io.github.articlemodel.internal.Dom.cssPath(r), body.size() + " blocks"))));
        for (CrossReference r : parts.crossReferences()) {
            // Built and checked by their stage; their place is checked against the body by build().
            b.addCrossReference(repeated < 0 || r.afterBlock().isEmpty() ? r : shifted(r, headerLines));
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

        return build(ctx, b, careful);
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

    private static Article build(ExtractionContext ctx, Article.Builder b, boolean careful) {
        if (!careful) {
            return b.build();
        }
        try {
            return b.build();
        } catch (IllegalArgumentException e) {
            ctx.warn("invalid.article", e.getMessage());
            return b.crossReferences(List.of()).build();
        }
    }

    /** {@code r} placed in the body without the blocks marked {@code removed}: after the block before it, if any. */
    private static CrossReference shifted(CrossReference r, boolean[] removed) {
        int at = r.afterBlock().getAsInt();
        int before = 0;
        for (int i = 0; i <= at && i < removed.length; i++) {
            before += removed[i] ? 1 : 0;
        }
        if (before == 0) {
            return r;
        }
        at -= before;
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
    private static boolean set(ExtractionContext ctx, boolean careful, String field, Article.Builder b,
            java.util.function.Consumer<Article.Builder> call) {
        if (!careful) {
            call.accept(b);
            return true;
        }
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

    /**
     * Sets a text field from its most trusted source that is a value: not an unfilled template
     * ("{{ seo.description }}"), nor what {@code noValue} rejects; the next source may be one.
     */
    private static void simple(ExtractionContext ctx, boolean careful, Metadata m, String field, Article.Builder b,
            java.util.function.BiConsumer<Article.Builder, String> setter, Map<String, FieldProvenance> provenance,
            java.util.function.Predicate<String> noValue) {
        java.util.function.Predicate<String> rejected = v -> TEMPLATE.matcher(v).find() || noValue.test(v);
        Optional<Candidate> best = m.best(field);
        boolean passedOver = best.isPresent() && rejected.test(best.get().value());
        if (passedOver) {
            best = m.get(field).stream().filter(c -> !rejected.test(c.value()))
                    .min(Comparator.comparingInt(c -> Metadata.rank(c.source())));
        }
        String reason = passedOver ? "most trusted source that is a value (not a template or the site's name)"
                : "most trusted source";
        best.ifPresent(c -> {
            if (set(ctx, careful, field, b, x -> setter.accept(x, c.value()))) {
                provenance.put(field, provenance(c, m.get(field), reason));
            }
        });
    }

    /** An unfilled template expression: "{{ entry.teaser }}", "{% block %}". */
    private static final Pattern TEMPLATE = Pattern.compile("\\{\\{.*?}}|\\{%.*?%}");

    private static FieldProvenance provenance(Candidate winner, List<Candidate> all, String reason) {
        List<Candidate> others = new ArrayList<>(all);
        others.remove(winner);
        others.sort(Comparator.comparingInt(c -> Metadata.rank(c.source())));
        return new FieldProvenance.Builder().winner(winner).reason(reason)
                .others(others.subList(0, Math.min(others.size(), 10))).build();
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

    /**
     * The index of the block that repeats the headline among the short lines and pictures that
     * open the body (a kicker, a date or the lead picture may come first; short as the body stage
     * counts a line of its header, {@link BodyExtractor#SHORT_LINE}), or -1: the headline is a field
     * of its own.
     */
    private static int repeatedHeadline(List<Block> blocks, String headline) {
        String key = Text.key(headline);
        for (int i = 0; i < blocks.size(); i++) {
            Block block = blocks.get(i);
            if (block instanceof Figure) {
                continue; // the lead picture may open the header
            }
            if (!(block instanceof Heading || block instanceof Paragraph)) {
                return -1;
            }
            String text = block.plainText();
            if (Text.key(text).equals(key)) {
                return i;
            }
            if (text.length() > BodyExtractor.SHORT_LINE) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * The blocks of the article's header in the body, by index: the one that repeats the headline
     * ({@code repeated}) and the lines above it (a kicker, a section label, a date).
     * Pictures above it stay: the lead picture is the article's.
     */
    private static boolean[] headerLines(List<Block> blocks, int repeated) {
        boolean[] out = new boolean[blocks.size()];
        for (int i = 0; i <= repeated; i++) {
            out[i] = !(blocks.get(i) instanceof Figure);
        }
        return out;
    }

    /** {@code blocks} without the ones marked. */
    private static List<Block> without(List<Block> blocks, boolean[] removed) {
        List<Block> out = new ArrayList<>(blocks.size());
        for (int i = 0; i < blocks.size(); i++) {
            if (!removed[i]) {
                out.add(blocks.get(i));
            }
        }
        return out;
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
