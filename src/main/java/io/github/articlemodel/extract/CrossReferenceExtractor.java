package io.github.articlemodel.extract;

import io.github.articlemodel.internal.Cues;
import io.github.articlemodel.internal.Text;
import io.github.articlemodel.internal.Urls;
import io.github.articlemodel.model.CrossReference;
import io.github.articlemodel.model.CrossReferenceKind;
import io.github.articlemodel.model.Block;
import io.github.articlemodel.model.Link;
import io.github.articlemodel.model.Paragraph;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Stage 3c: cross-references. Turns the boxes the body stage left out ("Read also: ...", "See
 * also", related-story boxes, in several languages) into typed records placed after the block
 * they follow.
 */
final class CrossReferenceExtractor {
    /** Parsed once: a query string is parsed again on every call. */
    private static final Evaluator LINKS = QueryParser.parse("a[href]");

    private CrossReferenceExtractor() {}

    static List<CrossReference> extract(ExtractionContext ctx, BodyResult body) {
        List<CrossReference> out = boxes(ctx, body);
        out.addAll(inlineLinks(ctx, body));
        // In reading order: by the block they follow; boxes before the inline links of the next block.
        out.sort(Comparator.comparingInt(r -> r.afterBlock().isPresent() ? r.afterBlock().getAsInt() : -1));
        return out;
    }

    /**
     * Links inside paragraphs to other articles of the same site: a path that reads like an
     * article (a slug or a number), not the home page, a section, a tag or an author page.
     */
    private static List<CrossReference> inlineLinks(ExtractionContext ctx, BodyResult body) {
        List<CrossReference> out = new ArrayList<>();
        String host = Urls.siteHost(ctx.baseUrl());
        if (host.isEmpty()) {
            return out;
        }
        String self = Urls.withoutFragment(ctx.baseUrl());
        Set<String> seen = new LinkedHashSet<>();
        List<Block> blocks = body.blocks();
        for (int i = 0; i < blocks.size() && out.size() < 500; i++) {
            if (!(blocks.get(i) instanceof Paragraph)) {
                continue;
            }
            for (Link link : ((Paragraph) blocks.get(i)).links()) {
                String url = link.url();
                if (!Urls.siteHost(url).equals(host) || Urls.withoutFragment(url).equals(self) || !articlePath(url)
                        || !seen.add(Urls.withoutFragment(url)) || link.text().length() < 3) {
                    continue;
                }
                out.add(new CrossReference.Builder().title(link.text()).url(url)
                        .kind(CrossReferenceKind.INLINE_LINK).afterBlock(i).build());
            }
        }
        return out;
    }

    private static final Pattern ARTICLE_SLUG = Pattern.compile("[\\p{L}\\d]+(?:[-_][\\p{L}\\d]+){2,}|\\d{4,}");
    private static final Pattern NOT_ARTICLE = Pattern.compile(
            "/(?:tag|tags|category|categories|kategorie|rubrik|author|autor|auteur|topic|topics|thema|themen"
                    + "|page|seite|search|suche|login|user|profile|feed|rss)(?:/|$)", Pattern.CASE_INSENSITIVE);

    private static boolean articlePath(String url) {
        String path;
        try {
            path = java.net.URI.create(url).getPath();
        } catch (IllegalArgumentException e) {
            return false;
        }
        if (path == null || path.length() < 2 || NOT_ARTICLE.matcher(path).find()) {
            return false;
        }
        String[] segments = path.split("/");
        String last = segments.length == 0 ? "" : segments[segments.length - 1];
        return ARTICLE_SLUG.matcher(last).find();
    }

    private static List<CrossReference> boxes(ExtractionContext ctx, BodyResult body) {
        List<CrossReference> out = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        String self = Urls.withoutFragment(ctx.baseUrl());
        for (BodyResult.SkippedBox box : body.boxes()) {
            Element e = box.element();
            String boxText = Text.clean(e.text());
            Optional<Cues.Label> label = Cues.crossReferenceLabel(boxText);
            CrossReferenceKind kind = label.map(l -> CrossReferenceKind.fromId(l.kind()))
                    .orElse(CrossReferenceKind.RELATED);
            for (Element a : e.select(LINKS)) {
                Optional<String> url = Urls.resolve(ctx.baseUrl(), a.attr("href"));
                if (url.isEmpty() || Urls.withoutFragment(url.get()).equals(self) || !seen.add(url.get())) {
                    continue;
                }
                String title = Text.clean(a.text());
                Optional<Cues.Label> inLink = Cues.crossReferenceLabel(title);
                if (inLink.isPresent()) {
                    title = Text.clean(title.substring(inLink.get().end()));
                }
                if (title.isEmpty()) {
                    title = Text.clean(a.attr("title"));
                }
                if (title.isEmpty()) {
                    continue;
                }
                CrossReference.Builder b = new CrossReference.Builder().title(title).url(url.get()).kind(kind);
                label.ifPresent(l -> b.label(l.text()));
                if (box.blocksBefore() > 0) {
                    b.afterBlock(box.blocksBefore() - 1);
                }
                out.add(b.build());
            }
        }
        return out;
    }
}
