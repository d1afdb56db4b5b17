package io.github.articlemodel.extract;

import io.github.articlemodel.internal.Dates;
import io.github.articlemodel.internal.Text;
import io.github.articlemodel.internal.Urls;
import io.github.articlemodel.model.Agent;
import io.github.articlemodel.model.Comment;
import io.github.articlemodel.model.DateValue;
import java.time.temporal.Temporal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.Elements;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.QueryParser;

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
    private static final Pattern REPLY = Pattern.compile("(?i)schema.org/Comment$");
    // Child selectors, tried on the children only: "li.selectFirst(\"> ol\")" would walk the whole thread below.
    private static final Evaluator OWN_BODY = QueryParser.parse(".comment-body, article");
    private static final Evaluator OWN_BODY_OR_DIV = QueryParser.parse(".comment-body, article, div");
    private static final Evaluator REPLY_LIST = QueryParser.parse("ol.children, ul.children, ol, ul");

    private CommentExtractor() {}

    static Found extract(ExtractionContext ctx) {
        Element list = ctx.document().selectFirst(LIST);
        List<Comment> comments = new ArrayList<>();
        int[] budget = {ctx.options().maxComments()};
        if (list != null) {
            int seen = 0;
            for (Element li : list.children()) {
                if (++seen > ctx.options().maxElements()) {
                    ctx.warn("limit.elements", "the comments stage read only the first " + ctx.options().maxElements()
                            + " items of the comment list");
                    break;
                }
                readItem(ctx, li, 0, budget).ifPresent(comments::add);
            }
        } else {
            for (Element c : ctx.document().select("[itemtype~=(?i)schema.org/(User)?Comments?$]")) {
                if (c.parents().stream().anyMatch(p -> p.attr("itemtype").toLowerCase().contains("comment"))) {
                    continue;
                }
                microdata(ctx, c, budget, 0).ifPresent(comments::add);
            }
        }
        if (budget[0] < 0) {
            ctx.warn("limit.comments", "only the first " + ctx.options().maxComments() + " comments were kept");
        }
        return new Found(comments, statedCount(ctx));
    }

    private static Optional<Comment> readItem(ExtractionContext ctx, Element li, int depth, int[] budget) {
        return readItem(ctx, li, depth, budget, true);
    }

    /** Reads one comment at {@code depth} (0 for the top level); its replies too when asked. */
    private static Optional<Comment> readItem(ExtractionContext ctx, Element li, int depth, int[] budget,
            boolean withReplies) {
        if (!(li.hasClass("comment") || li.hasClass("pingback") || li.hasClass("trackback")
                || li.id().startsWith("comment-") || child(li, OWN_BODY) != null)) {
            return Optional.empty();
        }
        if (ctx.outOfTime()) {
            ctx.warn("limit.time-budget", "the comments stage stopped when the time budget ran out");
            return Optional.empty();
        }
        if (--budget[0] < 0) {
            return Optional.empty();
        }
        Element body = child(li, OWN_BODY_OR_DIV);
        if (body == null) {
            body = li;
        }
        Comment.Builder b = new Comment.Builder();
        String id = li.id().isEmpty() ? body.id() : li.id();
        if (!id.isEmpty()) {
            // The trailing digits, by hand: "(\\d+)$" backtracks quadratically over a long run of digits.
            int digits = id.length();
            while (digits > 0 && id.charAt(digits - 1) >= '0' && id.charAt(digits - 1) <= '9') {
                digits--;
            }
            b.id(digits < id.length() ? "comment-" + id.substring(digits) : id);
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
        Element time = body.selectFirst("time[datetime]");
        if (time == null) {
            time = body.selectFirst(".comment-metadata, .comment-meta, .wp-block-comment-date, time");
        }
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
        Element children = child(li, REPLY_LIST);
        if (children != null && withReplies) {
            if (depth + 2 >= MAX_NESTING) {
                // At the cap the rest of the thread is kept, flattened, as replies at this depth.
                Deque<Element> todo = new ArrayDeque<>(children.children());
                while (!todo.isEmpty()) {
                    Element child = todo.pollFirst();
                    Optional<Comment> flat = readFlat(ctx, child, budget);
                    flat.ifPresent(b::addReply);
                    Element deeper = child(child, REPLY_LIST);
                    if (deeper != null) {
                        List<Element> kids = new ArrayList<>(deeper.children());
                        for (int i = kids.size() - 1; i >= 0; i--) {
                            todo.addFirst(kids.get(i));
                        }
                    }
                }
            } else {
                for (Element child : children.children()) {
                    readItem(ctx, child, depth + 1, budget).ifPresent(b::addReply);
                }
            }
        }
        return Optional.of(b.build());
    }

    /** A comment without its replies (they are read by the caller). */
    private static Optional<Comment> readFlat(ExtractionContext ctx, Element li, int[] budget) {
        return readItem(ctx, li, MAX_NESTING, budget, false);
    }

    private static Optional<Comment> microdata(ExtractionContext ctx, Element c, int[] budget, int depth) {
        if (ctx.outOfTime()) {
            ctx.warn("limit.time-budget", "the comments stage stopped when the time budget ran out");
            return Optional.empty();
        }
        if (--budget[0] < 0) {
            return Optional.empty();
        }
        Element textEl = first(c, "[itemprop=text], [itemprop=commentText]");
        String text = textEl == null ? "" : paragraphs(textEl);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        Comment.Builder b = new Comment.Builder().text(text);
        Element author = first(c, "[itemprop=author] [itemprop=name], [itemprop=author], [itemprop=creator]");
        if (author != null) {
            Text.cleanOpt(author.hasAttr("content") ? author.attr("content") : author.text())
                    .ifPresent(n -> b.author(Agent.person(n)));
        }
        Element date = first(c, "[itemprop=dateCreated], [itemprop=datePublished], [itemprop=commentTime]");
        if (date != null) {
            String raw = date.hasAttr("datetime") ? date.attr("datetime")
                    : date.hasAttr("content") ? date.attr("content") : Text.clean(date.text());
            Dates.parse(raw).ifPresent(v -> b.datePublished(DateValue.of(raw, v)));
        }
        if (!c.id().isEmpty()) {
            b.id(c.id());
        }
        boolean flatten = depth + 2 >= MAX_NESTING;
        if (flatten && depth < MAX_NESTING) {
            // At the cap the rest of the thread is kept, flattened, as replies at this depth.
            for (Element reply : c.select("[itemtype~=(?i)schema.org/Comment$]")) {
                if (reply != c) {
                    microdata(ctx, reply, budget, MAX_NESTING).ifPresent(b::addReply);
                }
            }
        } else if (!flatten) {
            for (Element reply : replies(c)) {
                microdata(ctx, reply, budget, depth + 1).ifPresent(b::addReply);
            }
        }
        return Optional.of(b.build());
    }

    /**
     * The first match that belongs to this comment, not to a reply nested in it. Replies are not
     * walked into, so a thread costs one walk of the page whatever its depth.
     */
    private static Element first(Element comment, String css) {
        Evaluator ev = QueryParser.parse(css);
        Element[] found = {null};
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node == comment || !(node instanceof Element)) {
                    return FilterResult.CONTINUE;
                }
                Element e = (Element) node;
                if (ev.matches(comment, e)) {
                    found[0] = e;
                    return FilterResult.STOP;
                }
                return isCommentScope(e) ? FilterResult.SKIP_ENTIRELY : FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                return FilterResult.CONTINUE;
            }
        }, comment);
        return found[0];
    }

    /** The comments whose nearest enclosing comment scope is {@code comment}, in page order. */
    private static List<Element> replies(Element comment) {
        List<Element> out = new ArrayList<>();
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node == comment || !(node instanceof Element)) {
                    return FilterResult.CONTINUE;
                }
                Element e = (Element) node;
                if (REPLY.matcher(e.attr("itemtype")).find()) {
                    out.add(e);
                }
                return isCommentScope(e) ? FilterResult.SKIP_ENTIRELY : FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                return FilterResult.CONTINUE;
            }
        }, comment);
        return out;
    }

    /** The first child of {@code e} that matches, in page order. */
    private static Element child(Element e, Evaluator ev) {
        for (Element c : e.children()) {
            if (c.is(ev)) {
                return c;
            }
        }
        return null;
    }

    private static boolean isCommentScope(Element e) {
        return e.attr("itemtype").toLowerCase(java.util.Locale.ROOT).contains("comment");
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
