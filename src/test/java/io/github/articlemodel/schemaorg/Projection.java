package io.github.articlemodel.schemaorg;

import io.github.articlemodel.internal.Markup;
import io.github.articlemodel.model.AgentType;
import io.github.articlemodel.model.Article;
import io.github.articlemodel.model.Byline;
import io.github.articlemodel.model.BylineRole;
import io.github.articlemodel.model.Comment;
import io.github.articlemodel.model.CrossReference;
import io.github.articlemodel.model.CrossReferenceKind;
import io.github.articlemodel.model.DateValue;
import io.github.articlemodel.model.Quote;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The part of an article that schema.org JSON-LD carries, in a form to compare: what
 * {@code fromJsonLd(toJsonLd(a))} must give back. Left out, as {@link SchemaOrg} documents: the
 * body's blocks (only its non-blank lines count), a quote's cue, kind and place (and the quotes of
 * an article whose body has no text), a cross-reference's label, place and kind other than source,
 * the order of bylines across properties, the raw text of dates, an offset with seconds (only the
 * instant counts), and the provenance.
 */
final class Projection {
    private Projection() {}

    static Map<String, Object> of(Article a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("url", a.url());
        m.put("canonicalUrl", a.canonicalUrl());
        m.put("type", a.type());
        m.put("headline", a.headline());
        m.put("alternativeHeadline", a.alternativeHeadline());
        m.put("description", a.description());
        m.put("language", a.language());
        m.put("siteName", a.siteName());
        m.put("publisher", a.publisher());
        m.put("sections", a.sections());
        m.put("tags", a.tags());
        m.put("bylines", a.bylines().stream().sorted(Comparator.comparingInt(Projection::group))
                .collect(Collectors.toList()));
        m.put("datePublished", a.datePublished().map(Projection::date));
        m.put("dateModified", a.dateModified().map(Projection::date));
        m.put("images", a.images());
        String lines = lines(a.text());
        m.put("text", lines);
        m.put("quotes", lines.isEmpty() ? List.of() : a.quotes().stream().map(q -> List.of(q.text(), q.speaker()))
                .collect(Collectors.toList()));
        List<List<Object>> refs = new ArrayList<>();
        for (boolean sources : new boolean[] {false, true}) {
            for (CrossReference r : a.crossReferences()) {
                if ((r.kind() == CrossReferenceKind.SOURCE) == sources) {
                    refs.add(List.of(sources ? "source" : "related", r.title(), r.url()));
                }
            }
        }
        m.put("crossReferences", refs);
        m.put("comments", comments(a.comments()));
        m.put("commentCount", a.commentCount());
        m.put("isAccessibleForFree", a.isAccessibleForFree());
        return m;
    }

    /** The property a byline is written in: author, editor (a person), translator, contributor. */
    private static int group(Byline b) {
        if (b.role() == BylineRole.AUTHOR) {
            return 0;
        }
        if (b.role() == BylineRole.EDITOR && b.type() == AgentType.PERSON) {
            return 1;
        }
        return b.role() == BylineRole.TRANSLATOR ? 2 : 3;
    }

    /** What a date means: its value; for an offset time whose offset has seconds, the same instant in UTC. */
    private static Object date(DateValue d) {
        Temporal v = d.value();
        if (v instanceof OffsetDateTime o && o.getOffset().getTotalSeconds() % 60 != 0) {
            return o.withOffsetSameInstant(ZoneOffset.UTC);
        }
        return v;
    }

    private static String lines(String text) {
        return text.lines().filter(l -> !l.isBlank()).collect(Collectors.joining("\n"));
    }

    private static List<Object> comments(List<Comment> comments) {
        List<Object> out = new ArrayList<>();
        for (Comment c : comments) {
            List<Object> one = new ArrayList<>();
            one.add(c.id());
            one.add(c.author());
            one.add(c.datePublished().map(Projection::date));
            one.add(c.text());
            one.add(c.upvotes());
            one.add(comments(c.replies()));
            out.add(one);
        }
        return out;
    }

    /**
     * Whether any text of the article looks like HTML or holds entities, which the reader reads as
     * such ({@link Markup#text}); the body and comment texts as their lines are read ({@link Markup#lines}).
     */
    static boolean hasMarkup(Article a) {
        List<String> texts = new ArrayList<>();
        List<String> lines = new ArrayList<>();
        a.headline().ifPresent(texts::add);
        a.alternativeHeadline().ifPresent(texts::add);
        a.description().ifPresent(texts::add);
        a.siteName().ifPresent(texts::add);
        a.publisher().ifPresent(p -> {
            texts.add(p.name());
            p.logo().ifPresent(l -> {
                l.alt().ifPresent(texts::add);
                l.caption().ifPresent(texts::add);
                l.credit().ifPresent(texts::add);
            });
        });
        texts.addAll(a.sections());
        texts.addAll(a.tags());
        for (Byline b : a.bylines()) {
            texts.add(b.name());
            b.affiliation().ifPresent(texts::add);
        }
        a.images().forEach(i -> {
            i.alt().ifPresent(texts::add);
            i.caption().ifPresent(texts::add);
            i.credit().ifPresent(texts::add);
        });
        lines.add(a.text());
        for (Quote q : a.quotes()) {
            texts.add(q.text());
            q.speaker().ifPresent(s -> texts.add(s.name()));
        }
        a.crossReferences().forEach(r -> texts.add(r.title()));
        List<Comment> todo = new ArrayList<>(a.comments());
        while (!todo.isEmpty()) {
            Comment c = todo.remove(todo.size() - 1);
            lines.add(c.text());
            c.id().ifPresent(texts::add);
            c.author().ifPresent(au -> texts.add(au.name()));
            todo.addAll(c.replies());
        }
        // What the reader would not give back as written.
        return texts.stream().anyMatch(t -> !Markup.text(t).orElse("").equals(t))
                || lines.stream().anyMatch(t -> !Markup.lines(t).orElse("").equals(t));
    }
}
