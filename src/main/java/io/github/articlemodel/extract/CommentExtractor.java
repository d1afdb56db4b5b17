package io.github.articlemodel.extract;

import io.github.articlemodel.internal.Dates;
import io.github.articlemodel.internal.Text;
import io.github.articlemodel.internal.Urls;
import io.github.articlemodel.model.Agent;
import io.github.articlemodel.model.Comment;
import io.github.articlemodel.model.DateValue;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * Stage 4: reader comments as threads. Reads comment lists with their nesting (WordPress classic
 * and block themes, and lists marked up with schema.org {@code Comment} microdata); the comment
 * form, reply links and notices are not comments.
 */
final class CommentExtractor {
    /** Comments found, and the count the page states. */
    record Found(List<Comment> comments, Optional<Integer> statedCount) {}

    /** Replies nested deeper than this are attached at this depth: a hostile page costs no stack. */
    static final int MAX_NESTING = 100;

    private static final String LIST = "ol.commentlist, ol.comment-list, ul.comment-list, ul.commentlist,"
            + " ol.wp-block-comment-template, ul.wp-block-comment-template, .comment-list";
    private static final Pattern COUNT = Pattern.compile("^(\\d{1,6})\\s+\\p{L}");
    private static final Pattern NUMERIC_ID = Pattern.compile("(\\d+)$");

    private CommentExtractor() {}

    static Found extract(ExtractionContext ctx) {
        Element list = ctx.document().selectFirst(LIST);
        List<Comment> comments = new ArrayList<>();
        int[] budget = {ctx.options().maxComments()};
        if (list != null) {
            for (Element li : list.children()) {
                readItem(ctx, li, 0, budget).ifPresent(comments::add);
            }
        } else {
            for (Element c : ctx.document().select("[itemtype~=(?i)schema.org/(User)?Comments?$]")) {
                if (c.parents().stream().anyMatch(p -> p.attr("itemtype").toLowerCase().contains("comment"))) {
                    continue;
                }
                microdata(ctx, c, budget).ifPresent(comments::add);
            }
        }
        if (budget[0] < 0) {
            ctx.warn("limit.comments", "only the first " + ctx.options().maxComments() + " comments were kept");
        }
        return new Found(comments, statedCount(ctx));
    }

    private static Optional<Comment> readItem(ExtractionContext ctx, Element li, int depth, int[] budget) {
        if (!(li.hasClass("comment") || li.hasClass("pingback") || li.hasClass("trackback")
                || li.id().startsWith("comment-") || li.selectFirst("> .comment-body, > article") != null)) {
            return Optional.empty();
        }
        if (--budget[0] < 0 || ctx.outOfTime()) {
            return Optional.empty();
        }
        Element body = li.selectFirst("> .comment-body, > article, > div");
        if (body == null) {
            body = li;
        }
        Comment.Builder b = new Comment.Builder();
        String id = li.id().isEmpty() ? body.id() : li.id();
        if (!id.isEmpty()) {
            Matcher m = NUMERIC_ID.matcher(id);
            b.id(m.find() ? "comment-" + m.group(1) : id);
        }
        Element author = body.selectFirst(".comment-author .fn, .comment-author, .wp-block-comment-author-name, cite.fn");
        if (author != null) {
            Text.cleanOpt(author.text().replaceFirst("\\s+(says|sagt|dit|zegt|dice|scrive|pisze):?$", "")).ifPresent(name -> {
                Agent.Builder ab = new Agent.Builder().name(name);
                Element link = author.nameIs("a") ? author : author.selectFirst("a[href]");
                if (link != null) {
                    Urls.resolve(ctx.baseUrl(), link.attr("href")).ifPresent(ab::url);
                }
                b.author(ab.build());
            });
        }
        Element time = body.selectFirst(".comment-metadata time, .comment-meta time, time, .wp-block-comment-date");
        if (time != null) {
            String raw = time.hasAttr("datetime") ? time.attr("datetime") : Text.clean(time.text());
            Optional<Temporal> t = Dates.parse(raw);
            t.ifPresent(v -> b.datePublished(DateValue.of(raw, v)));
        }
        Element content = body.selectFirst(".comment-content, .wp-block-comment-content, [itemprop=text]");
        String text = content != null ? paragraphs(content) : "";
        if (text.isEmpty()) {
            return Optional.empty();
        }
        b.text(text);
        Element children = li.selectFirst("> ol.children, > ul.children, > ol, > ul");
        if (children != null) {
            for (Element child : children.children()) {
                if (depth + 1 >= MAX_NESTING) {
                    break;
                }
                readItem(ctx, child, depth + 1, budget).ifPresent(b::addReply);
            }
        }
        return Optional.of(b.build());
    }

    private static Optional<Comment> microdata(ExtractionContext ctx, Element c, int[] budget) {
        if (--budget[0] < 0) {
            return Optional.empty();
        }
        Element textEl = c.selectFirst("[itemprop=text], [itemprop=commentText]");
        String text = textEl == null ? "" : paragraphs(textEl);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        Comment.Builder b = new Comment.Builder().text(text);
        Element author = c.selectFirst("[itemprop=author] [itemprop=name], [itemprop=author], [itemprop=creator]");
        if (author != null) {
            Text.cleanOpt(author.hasAttr("content") ? author.attr("content") : author.text())
                    .ifPresent(n -> b.author(Agent.person(n)));
        }
        Element date = c.selectFirst("[itemprop=dateCreated], [itemprop=datePublished], [itemprop=commentTime]");
        if (date != null) {
            String raw = date.hasAttr("datetime") ? date.attr("datetime")
                    : date.hasAttr("content") ? date.attr("content") : Text.clean(date.text());
            Dates.parse(raw).ifPresent(v -> b.datePublished(DateValue.of(raw, v)));
        }
        if (!c.id().isEmpty()) {
            b.id(c.id());
        }
        return Optional.of(b.build());
    }

    /** The text of a comment body, one line per paragraph. */
    private static String paragraphs(Element content) {
        Elements ps = content.select("p");
        if (ps.isEmpty()) {
            return Text.clean(content.text());
        }
        List<String> lines = new ArrayList<>();
        for (Element p : ps) {
            Text.cleanOpt(p.text()).ifPresent(lines::add);
        }
        return String.join("\n", lines);
    }

    private static Optional<Integer> statedCount(ExtractionContext ctx) {
        Element title = ctx.document().selectFirst(".comments-title, #comments-title, .comment-count, .comments-count");
        if (title == null) {
            return Optional.empty();
        }
        Matcher m = COUNT.matcher(Text.clean(title.text()));
        return m.find() ? Optional.of(Integer.parseInt(m.group(1))) : Optional.empty();
    }
}
