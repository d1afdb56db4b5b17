package io.github.articlemodel.extract;

import io.github.articlemodel.internal.Cues;
import io.github.articlemodel.internal.Dates;
import io.github.articlemodel.internal.Dom;
import io.github.articlemodel.internal.Names;
import io.github.articlemodel.internal.Regions;
import io.github.articlemodel.internal.Text;
import io.github.articlemodel.internal.Urls;
import io.github.articlemodel.internal.WordBoundary;
import io.github.articlemodel.model.Agent;
import io.github.articlemodel.model.Comment;
import io.github.articlemodel.model.DateValue;
import io.github.articlemodel.schemaorg.JsonLdGraph;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.Temporal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attributes;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.QueryParser;
import tools.jackson.databind.JsonNode;

/**
 * Stage 4: reader comments as threads, from the comment sections of the whole page.
 *
 * <p>A comment section is what {@link Regions#isCommentRegion} accepts, so that the body stage
 * leaves out exactly what this stage reads: a block named so by its class or id ({@code #comments},
 * {@code ol.commentlist}, {@code .wp-block-comments}, {@code #disqus_thread}, Drupal's
 * {@code section.comments}, Blogger's {@code .comment-thread}, "leserKommentare", product reviews),
 * schema.org {@code Comment} items, or the blocks right after a heading such as "3 Comments" or
 * "Leserkommentare". Forms ({@code #respond}) and "Recent comments" boxes are not read.
 *
 * <p>Inside a section the comments are found by their markup rather than by one system's class
 * names: an element is a comment item when its id reads like {@code comment-42}, {@code c170} or
 * {@code post_7}, its class names one comment ({@code comment}, {@code wc-comment},
 * {@code commentEntry}, {@code leserbrief}, {@code mo-comment-card}), it carries
 * {@code data-comment-id} or schema.org {@code Comment} microdata. Without such items, definition
 * lists (a {@code dt} author before a {@code dd} text) and then repeated sibling blocks with a date
 * and text are read. Items that hold text of their own, outside the author, date, reply buttons,
 * votes and other meta parts, are the comments; wrappers without text are not, and neither are
 * teasers whose text is all a link to another page.
 *
 * <p>Threads follow the page: a comment inside another is a reply, and so is one in a block that
 * follows its parent and is not an item itself ({@code ul.children}, Drupal's {@code div.indented},
 * {@code div.comment-replies}); flat lists nest by their depth classes ({@code level-2}) or their
 * "in reply to" links. Replies deeper than {@link #MAX_NESTING} are kept, attached at the cap.
 * When the HTML has no comments, JSON-LD {@code comment} arrays are read.
 *
 * <p>Each comment gets the page's id ({@code comment-42} when an id holds its number), its author
 * (microdata, vcard, author or user classes, a profile link, "Posted by"), the date (microdata,
 * {@code time[datetime]}, ISO attributes, a date line among its meta parts), upvotes when shown, and
 * its text with one line per paragraph.
 *
 * <p>Everything here is iterative (a hostile page cannot make the stack deep), bounded by
 * {@code maxComments} and checks the time budget in its loops.
 */
final class CommentExtractor {
    /** Comments found, and the count the page states. */
    record Found(List<Comment> comments, Optional<Integer> statedCount) {}

    /** Replies nested deeper than this are attached at this depth: a hostile page costs no stack. */
    static final int MAX_NESTING = 100;

    /** A candidate with this much text of its own is a comment, not a wrapper (unless a teaser). */
    private static final int LONG_OWN_TEXT = 50;

    private CommentExtractor() {}

    // ---------------------------------------------------------------------------------------------
    // Vocabulary. Words are the lower-case parts of class names and ids (Cues.classWords).

    /** Words that name one comment ("comment", "wc-comment", "leserbrief", "jdgm-rev"). */
    private static final Names ITEM_WORDS = Names.of("comment", "kommentar", "leserbrief", "leserkommentar",
            "commentaire", "reactie", "komentarz", "comentario", "commento", "review", "rev", "pingback",
            "trackback", "reaction");
    /** Words that, after an item word, still name the item ("comment-item", "commentsCon"). */
    private static final Set<String> ITEM_SUFFIXES = Set.of("item", "entry", "card", "box", "single", "con",
            "container", "wrap", "wrapper", "default", "row", "li", "unit", "article", "node", "holder", "block",
            "inner", "outer", "main", "el", "element", "published");
    /** Plural item words that name an item only with a suffix ("commentsCon", not "comments"). */
    private static final Names PLURAL_ITEM_WORDS = Names.of("comments", "kommentare");
    /** The suffixes that make a plural word name one item ("comments-item", not "comments-container"). */
    private static final Set<String> PLURAL_ITEM_SUFFIXES = Set.of("con", "item", "entry", "card", "single", "row",
            "li", "unit");
    /** Words before an item word that make it something else ("recent-comment", "new_comment"). */
    private static final Names NOT_ITEM_PREFIXES = Names.of("recent", "latest", "new", "add", "post", "write",
            "leave", "no", "closed", "count", "top", "popular", "most", "last", "related", "your", "my", "form",
            "reply", "respond", "edit", "meta", "to", "login", "log", "logged", "signin", "sign", "must", "please",
            "submit", "load", "more", "show", "hide", "toggle", "open");
    private static final Names ITEM_TAGS = Names.of("li", "div", "article", "section", "dd", "dt", "tr",
            "table", "p", "aside", "blockquote");
    /** Ids of items: comment-42, li-comment-42, div-comment-42, c4265, wc-comm-42_0, bb_message_42, post_7, p123. */
    private static final Pattern ITEM_ID = Pattern.compile("(?i)^(?:[a-z]{1,12}[-_]){0,2}(?:comment|comm|kommentar"
            + "|cmt|c|reply|post|p|answer|message|msg|review|rev|reaction|beitrag|entry)[-_]?\\d+(?:[-_]\\d+)?$");
    private static final Pattern COMMENT_NUMBER_ID = Pattern.compile("(?i)comment[-_]?(\\d{1,20})$");

    /** Words of the parts of a comment that are not its text: author, date, buttons, votes. */
    private static final Names PART_WORDS = Names.of("author", "autor", "authors", "user", "username", "usr",
            "benutzer", "nutzer", "commenter", "poster", "nick", "nickname", "fn", "vcard", "avatar", "gravatar",
            "meta", "metadata", "commentmetadata", "metainfo", "date", "datum", "time", "timestamp", "datetime",
            "zeit", "posted", "published", "submitted", "header", "footer", "head", "actions", "action", "reply",
            "respond", "replyto", "permalink", "links", "toolbar", "tools", "vote", "votes", "voting", "like",
            "likes", "liked", "likers", "rating", "ratings", "stars", "star", "score", "karma", "share", "sharing",
            "social", "report", "flag", "moderation", "moderate", "awaiting", "edit", "badge", "badges", "label",
            "icon", "says", "number", "count", "counter", "info", "infos", "details", "byline", "screen", "sr",
            "visually", "btn", "button", "cta", "menu", "dropdown", "translate", "signature", "thumbs",
            "pagination", "pager", "paging", "navigation", "nav", "loadmore", "profile", "postprofile", "userinfo",
            "postinfo");
    /** Words of the element that holds a comment's text: such an element is never a meta part. */
    private static final Names CONTENT_WORDS = Names.of("content", "text", "body", "message", "copy", "texte",
            "tekst", "inhalt", "entry", "cooked", "postbody", "contenttext");
    /** Words of media and attachments inside a comment: never items themselves. */
    private static final Names MEDIA_WORDS = Names.of("image", "img", "images", "media", "photo", "photos",
            "gallery", "attachment", "attachments", "figure", "thumbnail", "video", "embed", "emoji", "smiley");
    private static final Names PART_TAGS = Names.of("time", "img", "picture", "svg", "button", "input",
            "select", "textarea", "label", "form", "nav", "header", "footer", "menu", "cite", "noscript", "script",
            "style", "iframe", "object", "embed", "video", "audio", "canvas", "template", "meta", "link");
    /** Words of a block that holds the replies to the comment before it. */
    private static final Names REPLIES_WORDS = Names.of("children", "replies", "reply", "thread", "threads",
            "sub", "subcomments", "indented", "antworten", "responses", "answers", "nested", "child", "level");
    private static final Names AUTHOR_WORDS = Names.of("author", "autor", "username", "user", "benutzer",
            "nutzer", "commenter", "poster", "nick", "nickname", "name", "fn");
    /** Words of labels beside a name ("Autor", "Gast", "Moderator") and of avatars. */
    private static final Names NOT_NAME_WORDS = Names.of("avatar", "label", "badge", "role", "rank", "title",
            "image", "img", "photo", "says");
    private static final Names VOTE_WORDS = Names.of("like", "likes", "vote", "votes", "upvote", "upvotes",
            "score", "points", "thumbs", "karma", "result");
    private static final String[] VOTE_ATTRIBUTES = {"data-like-count", "data-likes", "data-comment-score",
        "data-thumb-up-count", "data-upvotes", "data-vote-count", "data-votes", "data-score"};
    private static final Names DOWN_WORDS = Names.of("down", "dislike", "dislikes", "downvote", "downvotes",
            "minus", "negative", "contra");
    /** Blocks of a comment's text: a name or date inside them is part of the text. */
    private static final Names TEXT_BLOCKS = Names.of("p", "blockquote", "q", "pre", "li", "dd", "td", "h1",
            "h2", "h3", "h4", "h5", "h6", "code");
    /** Where a name may stand in a comment's header when nothing else marks it. */
    private static final Names SHORT_NAME_TAGS = Names.of("h2", "h3", "h4", "h5", "h6", "strong", "b");
    private static final Names BLOCKS = Names.of("p", "div", "li", "ul", "ol", "dl", "dt", "dd", "blockquote",
            "pre", "h1", "h2", "h3", "h4", "h5", "h6", "section", "article", "table", "tr", "td", "th", "hr",
            "figure", "figcaption", "header", "footer", "aside", "address", "center", "main", "details", "summary");

    /** Lines that are buttons and links around a comment, not its text (compared lower-case). */
    private static final Set<String> STOP_LINES = Set.of("reply", "antworten", "antwort", "répondre", "repondre",
            "beantwoorden", "reageer", "reageren", "odpowiedz", "responder", "responda", "rispondi", "quote",
            "zitieren", "citer", "citeren", "report", "melden", "signaler", "like", "gefällt mir", "j'aime", "share",
            "teilen", "partager", "delete", "löschen", "edit", "bearbeiten", "permalink", "translate", "show all",
            "original", "reply to this comment", "log in to reply", "login to reply", "zum antworten anmelden",
            "kommentar melden", "haut de page", "back to top", "nach oben", "cancel reply", "antworten abbrechen",
            "#", "¶", "–", "-", "|", "say:", "says:", "sagt:", "schreibt:", "schrieb:", "dit :", "dit:", "zegt:",
            "older comments", "newer comments", "previous comments", "next comments", "load more comments",
            "show more comments", "more comments", "ältere kommentare", "neuere kommentare", "weitere kommentare",
            "mehr kommentare", "mehr kommentare laden", "alle kommentare anzeigen", "commentaires plus anciens",
            "commentaires plus récents", "oudere reacties", "nieuwere reacties", "starsze komentarze",
            "nowsze komentarze");
    /** Moderation notices and comment-form boilerplate: never part of a comment (prefixes, lower-case). */
    private static final List<String> STOP_PREFIXES = List.of("your comment is awaiting moderation",
            "this comment is awaiting moderation", "comment awaiting moderation",
            "dein kommentar muss noch freigegeben werden", "ihr kommentar muss noch freigegeben werden",
            "dein kommentar wartet auf", "ihr kommentar wartet auf", "dein kommentar wird moderiert",
            "votre commentaire est en attente", "je reactie wacht op", "uw reactie wacht op",
            "tu comentario está esperando", "tu comentario está pendiente", "il tuo commento è in attesa",
            "twój komentarz oczekuje", "leave a reply", "leave a comment", "your email address will not be published",
            "required fields are marked", "schreibe einen kommentar", "deine e-mail-adresse wird nicht veröffentlicht",
            "ihre e-mail-adresse wird nicht veröffentlicht", "laisser un commentaire",
            "votre adresse e-mail ne sera pas publiée", "votre adresse de messagerie ne sera pas publiée");

    private static final Pattern NAME_SUFFIX = Pattern.compile("(?iu)\\s*(?:says|said|wrote|sagt|schreibt|schrieb|"
            + "meint|dit|a dit|écrit|a écrit|zegt|schreef|pisze|napisał|napisała|dice|scrive|escribe|escribió|"
            + "comments?|kommentiert)\\s*[:.…]*\\s*$");
    private static final Pattern NAME_PREFIX = Pattern.compile("(?iu)^(?:comment by|kommentar von|commentaire de|"
            + "reactie van|komentarz od|by|von|par|door|por|di|od)\\s+");
    /** "Daniel — 17.07, 2011 @ 13:10", "Muriel - Le 22/01/2020": the name is before the separator. */
    private static final Pattern NAME_WITH_DATE = Pattern.compile("\\s+[—–|@·•-]\\s+.*\\d.*$");
    /** "Luripu vor 1 Stunde", "Sam 3 days ago": a relative time glued to the name. */
    private static final Pattern RELATIVE_TIME = Pattern.compile("(?iu)\\s+(?:vor\\s+(?:\\d+|einer?|einem)\\s+\\p{L}+"
            + "|(?:\\d+|an?|one)\\s+(?:second|minute|hour|day|week|month|year)s?\\s+ago|il y a\\s+\\d+\\s+\\p{L}+"
            + "|\\d+\\s+(?:minuten|stunden|tagen|wochen|monaten|jahren)\\s+geleden)$");
    private static final Pattern DATE_EDGES = Pattern.compile("^[\\s/|·•,:;–—-]+|[\\s/|·•,:;–—-]+$");
    private static final Pattern NAME_EDGES = Pattern.compile("^[\\s\\-–—|:@»«›‹•·]+|[\\s\\-–—|:,»«›‹•·]+$");
    private static final Pattern LINE_END = Pattern.compile("[\\s↓↑→›»▼▲.!]+$");
    private static final Pattern COMMENT_TYPE = Pattern.compile("(?i)schema\\.org/comment$");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern NON_LETTERS = Pattern.compile("[^\\p{L}]+");
    private static final Pattern DIGITS = Pattern.compile("\\d+");
    /** The lead of a comment's byline: "Posted by", "Kommentar von", "Écrit par". */
    private static final Pattern BY_LEAD = Pattern.compile("(?iu)^(?:posted|written|comment|commented|submitted|"
            + "geschrieben|kommentar|verfasst|écrit|publié|posté|geplaatst|geschreven|napisane|dodane|publicado|"
            + "escrito|scritto|inviato)\\s+(?:by|von|par|door|przez|por|da)" + WordBoundary.END);
    /** "Posted by: Joost | March 4": a name written out after the lead. */
    private static final Pattern BY_LEAD_NAME = Pattern.compile("(?iu)^(?:posted|written|comment|commented|"
            + "submitted|geschrieben|kommentar|verfasst|écrit|publié|posté|geplaatst|geschreven|napisane|dodane|"
            + "publicado|escrito|scritto|inviato)\\s+(?:by|von|par|door|przez|por|da)\\s*:?\\s*(\\p{L}[^|·•—–]{0,59}?)"
            + "\\s*[|·•—–]");
    /** "#12", "12.", "Nr. 12": the number of a comment, shown as its permalink. */
    private static final Pattern COMMENT_NUMBER = Pattern.compile("(?i)^(?:#|nr\\.?\\s*|no\\.?\\s*)?\\d{1,6}\\.?$");
    /** "depth-2", "level_1", "comment-level-3", "indent-1": how far a comment in a flat list is indented. */
    private static final Pattern DEPTH_CLASS = Pattern.compile(
            "(?i)(?:^|[\\s_-])(?:depth|level|lvl|indent|nesting)[-_]?(\\d{1,2})(?![\\w-])");
    private static final Pattern ISO_START = Pattern.compile("^\\s*\\d{4}-\\d{2}-\\d{2}");
    /** A line that is only a number: a counter beside the comment (likes, posts, points), not its text. */
    private static final Pattern NUMBER_LINE = Pattern.compile("^[+\\-−]?\\d{1,7}$");
    private static final Pattern INTEGER = Pattern.compile("^\\+?(\\d{1,7})$");
    private static final Pattern PROFILE_PATH = Pattern.compile(
            "(?i)/(?:user|users|member|members|profile|profil|profiles|author|autor|benutzer|nutzer|people|u|"
                    + "community/user)(?:/|\\.|=|$)|[?&](?:u|user|uid|userid)=");
    private static final Pattern REPLY_TO_TEXT = Pattern.compile("(?iu)^(?:in reply to|reply to|replying to|"
            + "als antwort auf|antwort auf|en réponse à|in antwoord op|antwoord op|w odpowiedzi na|en respuesta a|"
            + "in risposta a)" + WordBoundary.END);
    private static final Pattern COUNT_HEADING = Pattern.compile("(?iu)^(\\d{1,6}|one|ein|eine|un|une|één|jeden)\\s+"
            + "(?:comments?|kommentare?|leserkommentare?|antworten|antwort|responses?|replies|reply|thoughts?|"
            + "réactions?|reactions?|commentaires?|reacties?|komentarz[ey]?|komentarzy|comentarios?|commenti|"
            + "commento|leserbriefe?)" + WordBoundary.END);
    private static final Pattern STATED = Pattern.compile("^(\\d{1,6})\\s+\\p{L}");
    private static final Pattern SHOW_COMMENT = Pattern.compile("[?&]showComment=(\\d{12,14})");

    // ---------------------------------------------------------------------------------------------

    static Found extract(ExtractionContext ctx) {
        Budget budget = new Budget(ctx.options().maxComments());
        Page page = scan(ctx);
        List<Element> sections = page.sections();
        List<Comment> comments = new ArrayList<>();
        int allowance = ctx.options().maxElements();
        for (List<Element> group : groups(sections)) {
            if (budget.full() || ctx.outOfTime()) {
                break;
            }
            Element root = group.size() == 1 ? group.get(0) : group.get(0).parent();
            allowance -= elementsUpTo(root, allowance + 1);
            if (allowance < 0) {
                ctx.warn("limit.elements", "the comments stage stopped after " + ctx.options().maxElements()
                        + " elements");
                break;
            }
            comments.addAll(new SectionReader(ctx, root, group, budget).read());
        }
        if (comments.isEmpty() && !budget.full() && !ctx.outOfTime()) {
            comments.addAll(jsonLd(ctx, page.jsonLdScripts(), budget));
        }
        if (budget.dropped) {
            ctx.warn("limit.comments", "only the first " + ctx.options().maxComments() + " comments were kept");
        }
        if (ctx.outOfTime()) {
            ctx.warn("limit.time-budget", "the time budget ran out while reading the comments");
        }
        return new Found(comments, statedCount(page));
    }

    /**
     * The number of elements under {@code root}, itself included, counting at most {@code max}: by
     * child index, which passes no text node.
     */
    static int elementsUpTo(Element root, int max) {
        int[] count = {1};
        if (count[0] < max) {
            Dom.walk(root, (e, depth) -> ++count[0] >= max ? Dom.STOP : Dom.DESCEND);
        }
        return count[0];
    }

    /** How many more comments may be kept, and whether any were dropped. */
    private static final class Budget {
        private int left;
        private boolean dropped;

        Budget(int max) {
            this.left = Math.max(0, max);
        }

        boolean take() {
            if (left <= 0) {
                dropped = true;
                return false;
            }
            left--;
            return true;
        }

        boolean full() {
            return left <= 0;
        }
    }

    // ---------------------------------------------------------------------------------------------
    // Sections

    /** The outermost comment regions of the page, in document order; forms and sidebar widgets left out. */
    static List<Element> sections(ExtractionContext ctx) {
        return scan(ctx).sections();
    }

    /** What the scan finds: the comment sections and what the fallbacks read. */
    private record Page(List<Element> sections, List<Element> jsonLdScripts, Element countTitle) {}

    /** {@link #scanCue}: the page walk keeps the element for {@link #scan}. */
    static final int CUE = 1;
    /** {@link #scanCue}: a kept element whose class or id may name comments ({@link #mayNameComments}). */
    static final int NAMED = 2;
    /** {@link #scanCue}: a kept element with an item type. */
    static final int ITEM = 4;

    /**
     * Whether the page walk ({@link PageIndex}) keeps the element for {@link #scan} ({@link #CUE}): a
     * heading, a form, a JSON-LD script, an element with an item type ({@link #ITEM}) or one whose
     * class or id may name comments ({@link #NAMED}). The scan reads these bits rather than the
     * attributes again, which are out of the cache by then. It runs on every element of every page,
     * most of which have no comments: one without attributes costs a name test. Attribute names are
     * looked up as written (the parser lower-cases them), which is cheaper than the case-blind lookups
     * of {@link Element#attr}.
     */
    static int scanCue(Element e) {
        String name = e.normalName();
        int kept = Dom.isHeading(name) || name.equals("form") ? CUE : 0;
        if (e.attributesSize() == 0) {
            return kept;
        }
        Attributes a = e.attributes();
        int item = a.hasKey("itemtype") ? CUE | ITEM : 0;
        if (mayNameComments(a.get("class")) || mayNameComments(a.get("id"))) {
            return CUE | NAMED | item;
        }
        return kept | item | (name.equals("script") && isLdJson(a.get("type")) ? CUE : 0);
    }

    /** Whether a script type names JSON-LD; most scripts' are shorter than the name, which then needs no matcher. */
    private static boolean isLdJson(String type) {
        return type.length() >= "application/ld+json".length() && LD_JSON.matcher(type).find();
    }

    /**
     * The comment sections, the JSON-LD scripts and the first comment-count title, from the elements
     * {@link PageIndex} kept by {@link #scanCue} rather than a walk of its own. A section is the
     * outermost element of the body (outside script, forms controls and the like) that has a class or
     * id of a comment section, is a comment form or item, or is a list block after a sibling that is
     * a comment-list heading; forms and sidebar widgets are then left out. A comment-list heading has
     * a heading at most two levels down ({@link Regions#isCommentListHeading}), so the headings kept
     * find every such sibling.
     */
    private static Page scan(ExtractionContext ctx) {
        Document doc = ctx.document();
        Element start = doc.body() != null ? doc.body() : doc;
        PageIndex index = ctx.pageIndex();
        List<Element> cues = index.commentCues;
        List<Element> scripts = new ArrayList<>();
        Element title = null;
        // The outermost sections by class, id, form or item type, in document order.
        List<Element> closed = new ArrayList<>();
        List<Element> headings = new ArrayList<>();
        Element last = null;
        for (int i = 0; i < cues.size(); i++) {
            if ((i & 255) == 255 && ctx.outOfTime()) {
                break;
            }
            Element e = cues.get(i);
            String name = e.normalName();
            int kind = index.commentCueKind(i);
            boolean named = (kind & NAMED) != 0;
            if (name.equals("script") && e.hasAttr("type") && isLdJson(e.attr("type"))) {
                scripts.add(e);
            }
            if (named && title == null && isCountTitle(e)) {
                title = e;
            }
            if (Dom.isHeading(name)) {
                headings.add(e);
            }
            if (last != null && isInside(e, last)) {
                continue;
            }
            if ((named && Cues.isCommentSection(e)
                    || (name.equals("form") || (kind & ITEM) != 0) && Regions.isCommentRegion(e))
                    && inContent(e, start)) {
                closed.add(e);
                last = e;
            }
        }
        List<Element> all = closed;
        List<Element> afterHeadings = listsAfterHeadings(ctx, headings, closed, start);
        if (!afterHeadings.isEmpty()) {
            all = new ArrayList<>(closed);
            all.addAll(afterHeadings);
            Set<Element> kept = Collections.newSetFromMap(new IdentityHashMap<>());
            kept.addAll(all);
            all.removeIf(e -> {
                for (Element a = e.parent(); a != null; a = a.parent()) {
                    if (kept.contains(a)) {
                        return true;
                    }
                }
                return false;
            });
            all.sort(CommentExtractor::documentOrder);
        }
        List<Element> out = new ArrayList<>();
        for (Element e : all) {
            if (!isFormArea(e) && !inWidget(e)) {
                out.add(e);
            }
        }
        return new Page(out, scripts, title);
    }

    /**
     * The list blocks ({@link Regions#isCommentListTag}) of the body that follow a sibling that is a
     * comment-list heading and are comment regions, outside the {@code closed} sections. The siblings
     * that may be one are a heading, its parent and its grandparent; they come in page order among the
     * children of one parent (the headings do), so the first of a parent's that is such a heading and
     * is followed by a list block is found first: the list blocks after it are read, and no later
     * sibling under that parent is asked. A sibling is asked only when a list block follows it, and no
     * parent's children before it are read.
     */
    private static List<Element> listsAfterHeadings(ExtractionContext ctx, List<Element> headings,
            List<Element> closed, Element start) {
        if (headings.isEmpty()) {
            return List.of();
        }
        Set<Element> shut = Collections.newSetFromMap(new IdentityHashMap<>());
        shut.addAll(closed);
        Set<Element> asked = Collections.newSetFromMap(new IdentityHashMap<>());
        Set<Element> done = Collections.newSetFromMap(new IdentityHashMap<>()); // parents whose lists are read
        List<Element> out = new ArrayList<>();
        for (Element h : headings) {
            if (ctx.outOfTime()) {
                break;
            }
            Element s = h;
            for (int up = 0; up < 3 && s != null && s != start; up++, s = s.parent()) {
                Element parent = s.parent();
                if (parent == null || !asked.add(s) || done.contains(parent) || insideAny(s, shut)) {
                    continue;
                }
                Element list = s.nextElementSibling();
                while (list != null && !Regions.isCommentListTag(list.normalName())) {
                    list = list.nextElementSibling();
                }
                if (list == null || !Regions.isCommentListHeading(s)) {
                    continue;
                }
                done.add(parent);
                for (Element c = list; c != null; c = c.nextElementSibling()) {
                    if (Regions.isCommentListTag(c.normalName()) && !shut.contains(c) && Regions.isCommentRegion(c)
                            && inContent(c, start)) {
                        out.add(c);
                    }
                }
            }
        }
        return out;
    }

    /** Whether {@code e} is under (not at) one of {@code elements}. */
    private static boolean insideAny(Element e, Set<Element> elements) {
        if (elements.isEmpty()) {
            return false;
        }
        for (Element a = e.parent(); a != null; a = a.parent()) {
            if (elements.contains(a)) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code e} is under (not at) {@code ancestor}. */
    private static boolean isInside(Element e, Element ancestor) {
        for (Element a = e.parent(); a != null; a = a.parent()) {
            if (a == ancestor) {
                return true;
            }
        }
        return false;
    }

    /** Whether the element is under {@code start} and neither is nor is inside script, style, a form control or the like. */
    private static boolean inContent(Element e, Element start) {
        for (Element a = e; a != null; a = a.parent()) {
            if (a == start) {
                return a != e;
            }
            if (Dom.NON_CONTENT.contains(a.normalName())) {
                return false;
            }
        }
        return false;
    }

    /** Orders two elements of one document as they stand in it. */
    private static int documentOrder(Element a, Element b) {
        List<Element> pa = lineage(a);
        List<Element> pb = lineage(b);
        int i = 0;
        while (i < pa.size() && i < pb.size() && pa.get(i) == pb.get(i)) {
            i++;
        }
        if (i == pa.size() || i == pb.size()) {
            return Integer.compare(pa.size(), pb.size()); // one holds the other: the holder first
        }
        return Integer.compare(pa.get(i).siblingIndex(), pb.get(i).siblingIndex());
    }

    /** The element and its ancestors, the root first. */
    private static List<Element> lineage(Element e) {
        List<Element> out = new ArrayList<>();
        for (Element a = e; a != null; a = a.parent()) {
            out.add(a);
        }
        Collections.reverse(out);
        return out;
    }

    /**
     * Whether a class or id holds one of {@link Cues#commentHints} in any case, without copying it. With
     * letters beyond ASCII, whose cases the tests compare otherwise, it may: they decide.
     */
    static boolean mayNameComments(String s) {
        // It runs on the classes of every element. Every hint is four letters at least: a window of four
        // characters is tried only where its last two may end the first four of a hint, and a pair
        // that cannot says how far the next window may start (Wu-Manber), so most characters go unread.
        // A character beyond ASCII read on the way says "may": one can fold to a hint's letter.
        int n = s.length();
        int end = MIN_HINT - 1;
        while (end < n) {
            char a = s.charAt(end - 1);
            char b = s.charAt(end);
            if ((a | b) >= 0x80) {
                return true;
            }
            int shift = PAIR_SHIFTS[LETTERS[a] * 27 + LETTERS[b]];
            if (shift == 0) {
                if (hintAt(s, end - (MIN_HINT - 1))) {
                    return true;
                }
                shift = 1;
            }
            end += shift;
        }
        return false;
    }

    /**
     * Whether a hint of {@link Cues#commentHints} stands in {@code s} at {@code from} in any ASCII case,
     * or may, a character beyond ASCII standing in its way.
     */
    private static boolean hintAt(String s, int from) {
        char c0 = s.charAt(from);
        char c1 = s.charAt(from + 1);
        if ((c0 | c1) >= 0x80) {
            return true;
        }
        int l0 = LETTERS[c0];
        int l1 = LETTERS[c1];
        int l2 = LETTERS[s.charAt(from + 2)]; // ASCII: the pair that led here was read
        if (l0 == 26 || l1 == 26 || l2 == 26) {
            return false;
        }
        int triple = (l0 * 26 + l1) * 26 + l2;
        if ((HINT_STARTS[triple >>> 6] & 1L << triple) == 0) {
            return false;
        }
        for (String hint : HINTS_BY_START[triple]) {
            if (from + hint.length() <= s.length()) {
                int j = 3;
                while (j < hint.length()) {
                    char c = s.charAt(from + j);
                    if (c >= 0x80) {
                        return true;
                    }
                    if ((c | 0x20) != hint.charAt(j)) {
                        break;
                    }
                    j++;
                }
                if (j == hint.length()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether {@code s} holds the lower-case ASCII {@code word} in any ASCII case. */
    private static boolean containsAsciiIgnoreCase(String s, String word) {
        char first = word.charAt(0);
        for (int i = 0, last = s.length() - word.length(); i <= last; i++) {
            if ((s.charAt(i) | 0x20) == first && startsWithAsciiIgnoreCase(s, i, word)) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code s} holds the lower-case ASCII {@code word} at {@code from}, in any ASCII case. */
    private static boolean startsWithAsciiIgnoreCase(String s, int from, String word) {
        if (from + word.length() > s.length()) {
            return false;
        }
        for (int j = 0; j < word.length(); j++) {
            if ((s.charAt(from + j) | 0x20) != word.charAt(j)) {
                return false;
            }
        }
        return true;
    }

    /** {@link Cues#commentHints} by their first three letters, as {@link #hintAt} keys them. */
    private static final String[][] HINTS_BY_START = new String[26 * 26 * 26][];
    /** The triples that start a hint, one bit each: small enough to stay in the cache. */
    private static final long[] HINT_STARTS = new long[(26 * 26 * 26 + 63) / 64];
    /** The length of the shortest hint, the window of {@link #mayNameComments}. */
    private static final int MIN_HINT = 4;
    /** Each ASCII character's letter index in any case, 26 for one that is no letter. */
    private static final byte[] LETTERS = new byte[128];
    /**
     * For each pair of {@link #LETTERS} (27 x 27) ending a window of {@link #MIN_HINT} characters,
     * how far the window may move before it may hold the first four letters of a hint: 0 where it may now.
     */
    private static final byte[] PAIR_SHIFTS = new byte[27 * 27];

    static {
        for (String hint : Cues.commentHints()) {
            if (hint.length() < MIN_HINT || !hint.chars().allMatch(c -> c >= 'a' && c <= 'z')) {
                throw new IllegalStateException("a comment hint of fewer than four letters or not a-z: " + hint);
            }
            int key = ((hint.charAt(0) - 'a') * 26 + hint.charAt(1) - 'a') * 26 + hint.charAt(2) - 'a';
            String[] old = HINTS_BY_START[key];
            String[] grown = old == null ? new String[1] : java.util.Arrays.copyOf(old, old.length + 1);
            grown[grown.length - 1] = hint;
            HINTS_BY_START[key] = grown;
            HINT_STARTS[key >>> 6] |= 1L << key;
        }
        for (int c = 0; c < 128; c++) {
            int lower = (c | 0x20) - 'a';
            LETTERS[c] = (byte) (lower >= 0 && lower < 26 ? lower : 26);
        }
        // The least shift after which the pair (a, b), read at the window's end, may stand where a
        // hint's first four letters do: at 3 and 4 (shift 0), 2 and 3, 1 and 2, or b first (shift 3).
        for (int a = 0; a < 27; a++) {
            for (int b = 0; b < 27; b++) {
                int shift = MIN_HINT;
                for (String hint : Cues.commentHints()) {
                    for (int s = 0; s < shift; s++) {
                        int at = MIN_HINT - 1 - s; // where b stands in the hint's first four
                        boolean fits = hint.charAt(at) - 'a' == b && (at == 0 || hint.charAt(at - 1) - 'a' == a);
                        if (fits) {
                            shift = s;
                        }
                    }
                }
                PAIR_SHIFTS[a * 27 + b] = (byte) shift;
            }
        }
    }

    private static final Pattern LD_JSON = Pattern.compile("(?i)application/ld\\+json");
    // Selectors parsed once: a query string given to select() is parsed again on each call.
    private static final Evaluator DL = QueryParser.parse("dl");
    private static final Evaluator FORM_CONTROLS = QueryParser.parse("input, textarea, select, button");
    private static final Evaluator FRAGMENT_LINKS = QueryParser.parse("a[href^=#]");
    private static final Evaluator ITEMPROP_NAME = QueryParser.parse("[itemprop=name]");
    private static final Evaluator LINKS = QueryParser.parse("a[href]");
    private static final Evaluator QUOTES = QueryParser.parse("blockquote, q");

    /** A comment-count title: {@code .comments-title, #comments-title, .comment-count, .comments-count}. */
    private static boolean isCountTitle(Element e) {
        if (!containsAsciiIgnoreCase(e.className(), "comment")) {
            return e.id().equals("comments-title"); // the fast way out: every class named has "comment"
        }
        return e.hasClass("comments-title") || e.id().equals("comments-title") || e.hasClass("comment-count")
                || e.hasClass("comments-count");
    }


    /**
     * Sections that follow each other as siblings ("h2 Comments, div.c, div.c") are read together,
     * so that their comments can be told apart and threaded as one list.
     */
    private static List<List<Element>> groups(List<Element> sections) {
        List<List<Element>> out = new ArrayList<>();
        for (Element s : sections) {
            List<Element> last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && s.parent() != null && last.get(last.size() - 1) == s.previousElementSibling()
                    && !isFormArea(s)) {
                last.add(s);
            } else {
                out.add(new ArrayList<>(List.of(s)));
            }
        }
        return out;
    }

    /** The comment form and its wrapper ({@code #respond}): never comments. */
    private static boolean isFormArea(Element e) {
        if (e.nameIs("form") || e.nameIs("textarea")) {
            return true;
        }
        // Neither word is in the class or id: no copy of them (other letters never lower-case to these).
        String cls = e.className();
        String id = e.id();
        if (!containsAsciiIgnoreCase(cls, "form") && !containsAsciiIgnoreCase(id, "form")
                && !containsAsciiIgnoreCase(cls, "respond") && !containsAsciiIgnoreCase(id, "respond")) {
            return false;
        }
        List<String> w = classWords(e);
        if (w.contains("respond") || w.contains("commentform") || w.contains("replyform")) {
            return true;
        }
        for (int i = 0; i + 1 < w.size(); i++) {
            String a = w.get(i);
            String b = w.get(i + 1);
            if (((a.equals("comment") || a.equals("reply")) && b.equals("form"))
                    || (a.equals("form") && (b.equals("comment") || b.equals("reply")))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Sidebar widgets list other pages' comments ("Recent comments"); their items are also left out
     * one by one as teasers (see {@code SectionReader#teaser}).
     */
    private static boolean inWidget(Element e) {
        List<String> own = classWords(e);
        return own.contains("recent") || own.contains("recentcomments") || own.contains("latest");
    }

    // ---------------------------------------------------------------------------------------------
    // One section

    /** Reads the comments of one section. One instance per section; not shared. */
    private static final class SectionReader {
        private final ExtractionContext ctx;
        /** The section, or the parent of sibling sections read together. */
        private final Element root;
        /** The sections read: the root itself, or some of its children. */
        private final List<Element> members;
        private final Budget budget;
        private final Set<Element> candidates = Collections.newSetFromMap(new IdentityHashMap<>());
        /** For every ancestor of a comment (up to the root): the first and last comment index inside it. */
        private final Map<Element, int[]> ranges = new IdentityHashMap<>();
        private final List<Element> items = new ArrayList<>();

        SectionReader(ExtractionContext ctx, Element root, List<Element> members, Budget budget) {
            this.ctx = ctx;
            this.root = root;
            this.members = members;
            this.budget = budget;
        }

        List<Comment> read() {
            List<Element> found = findCandidates();
            if (found.isEmpty()) {
                found = definitionLists();
            }
            if (found.isEmpty()) {
                found = repeatedBlocks();
            }
            candidates.addAll(found);
            for (Element c : found) {
                if (ctx.outOfTime()) {
                    break;
                }
                if (isComment(c)) {
                    if (!budget.take()) {
                        break;
                    }
                    items.add(c);
                }
            }
            int n = items.size();
            if (n == 0) {
                return List.of();
            }
            for (int i = 0; i < n; i++) {
                for (Element a = items.get(i); a != null; a = a.parent()) {
                    int[] r = ranges.get(a);
                    if (r == null) {
                        ranges.put(a, new int[] {i, i});
                    } else {
                        r[1] = i;
                    }
                    if (a == root) {
                        break;
                    }
                }
            }
            int[] parent = thread();
            depthClasses(parent);
            replyToLinks(parent);
            int[] last = lastDescendant(parent);
            List<Entry> entries = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                if (ctx.outOfTime() || linkNotice(items.get(i))) {
                    entries.add(null); // left out; replies, if any, move up
                    continue;
                }
                entries.add(entry(i, scope(i, last[i])));
            }
            return build(parent, entries);
        }

        /**
         * A WordPress pingback or trackback: the notice that another page links to the article,
         * listed among the comments but written by no reader. It still marks the list as comments.
         */
        private static boolean linkNotice(Element item) {
            return item.hasClass("pingback") || item.hasClass("trackback");
        }

        // -- candidates ----------------------------------------------------------------------------

        private List<Element> findCandidates() {
            List<Element> out = new ArrayList<>();
            int[] seen = {0};
            Map<String, Boolean> itemClasses = new HashMap<>();
            NodeFilter filter = new NodeFilter() {
                @Override
                public FilterResult head(Node node, int depth) {
                    if (!(node instanceof Element)) {
                        return FilterResult.CONTINUE;
                    }
                    if ((++seen[0] & 1023) == 0 && ctx.outOfTime()) {
                        return FilterResult.STOP;
                    }
                    Element e = (Element) node;
                    if (Dom.NON_CONTENT.contains(e.normalName()) || (e != root && isFormArea(e))) {
                        return FilterResult.SKIP_ENTIRELY;
                    }
                    if (isCandidate(e, itemClasses)) {
                        out.add(e);
                    }
                    return FilterResult.CONTINUE;
                }
            };
            for (Element m : members) {
                NodeTraversor.filter(filter, m);
            }
            return out;
        }

        /**
         * Comments as definition lists (classic Blogger templates, Thesis): each {@code dt} holds
         * the author, the first {@code dd} after it with text of its own is the comment, and later
         * {@code dd}s carry its date.
         */
        private List<Element> definitionLists() {
            List<Element> out = new ArrayList<>();
            List<Element> lists = new ArrayList<>();
            for (Element m : members) {
                lists.addAll(m.select(DL));
            }
            for (Element dl : lists) {
                if (out.size() > 100_000 || ctx.outOfTime()) {
                    break;
                }
                if (inForm(dl) || dl.selectFirst(FORM_CONTROLS) != null) {
                    continue; // a form laid out as a definition list
                }
                boolean afterDt = false;
                for (Element c : dl.children()) {
                    if (c.nameIs("dt")) {
                        afterDt = true;
                    } else if (c.nameIs("dd") && afterDt
                            && rendersText(c, e -> e != c && isPart(e, c))) {
                        out.add(c);
                        afterDt = false;
                    }
                }
            }
            return out;
        }

        private boolean inForm(Element e) {
            for (Element a = e; a != null && a != root; a = a.parent()) {
                if (isFormArea(a)) {
                    return true;
                }
            }
            return false;
        }

        /**
         * Without item markup: the largest group of like siblings (same tag and first class) of
         * which most hold a date and some text, as the generic pattern of a comment list.
         */
        private List<Element> repeatedBlocks() {
            List<Element> best = List.of();
            Deque<Element> todo = new ArrayDeque<>(members);
            if (members.size() > 1) {
                // Sibling sections after a heading are themselves the repeated blocks.
                List<Element> dated = new ArrayList<>();
                for (Element m : members) {
                    if (Dom.textPrefix(m, 16).length() >= 15 && hasDate(m)) {
                        dated.add(m);
                    }
                }
                if (dated.size() >= 2 && dated.size() * 3 >= members.size() * 2) {
                    best = dated;
                }
            }
            int visited = 0;
            while (!todo.isEmpty() && visited++ < 5000 && !ctx.outOfTime()) {
                Element p = todo.poll();
                Map<String, List<Element>> groups = new LinkedHashMap<>();
                for (int j = 0, n = p.childrenSize(); j < n; j++) {
                    Element c = p.child(j);
                    if (Dom.NON_CONTENT.contains(c.normalName()) || isFormArea(c)) {
                        continue;
                    }
                    todo.add(c);
                    if (ITEM_TAGS.contains(c.normalName())) {
                        groups.computeIfAbsent(shape(c), k -> new ArrayList<>()).add(c);
                    }
                }
                for (List<Element> g : groups.values()) {
                    if (g.size() < 2 || g.size() <= best.size()) {
                        continue;
                    }
                    List<Element> dated = new ArrayList<>();
                    for (Element c : g) {
                        if (Dom.textPrefix(c, 16).length() >= 15 && hasDate(c)) {
                            dated.add(c);
                        }
                    }
                    if (dated.size() >= 2 && dated.size() * 3 >= g.size() * 2 && dated.size() > best.size()) {
                        best = dated;
                    }
                }
            }
            return best;
        }

        /** Whether a block shows a date of its own: a {@code time}, microdata, or a short date line. */
        private boolean hasDate(Element block) {
            boolean[] found = {false};
            int[] seen = {0};
            NodeTraversor.filter(new NodeFilter() {
                @Override
                public FilterResult head(Node node, int depth) {
                    if (!(node instanceof Element)) {
                        return FilterResult.CONTINUE;
                    }
                    if (++seen[0] > 300) {
                        return FilterResult.STOP;
                    }
                    Element e = (Element) node;
                    String prop = e.attr("itemprop");
                    String own = e.ownText();
                    if (e.nameIs("time") || prop.equalsIgnoreCase("dateCreated") || prop.equalsIgnoreCase("datePublished")
                            || (own.length() >= 6 && own.length() <= 80 && Dates.parseVisible(own).isPresent())) {
                        found[0] = true;
                        return FilterResult.STOP;
                    }
                    return FilterResult.CONTINUE;
                }
            }, block);
            return found[0];
        }

        /** A candidate is a comment when it has text of its own and is not a mere wrapper of one. */
        private boolean isComment(Element c) {
            Predicate<Element> skip = e -> e != c && (candidates.contains(e) || isPart(e, c));
            // Only the first lines, up to what makes it long enough; all of it only for a teaser.
            String own = render(c, skip, LONG_OWN_TEXT);
            if (own.isEmpty()) {
                return false;
            }
            int linked = linkedText(c);
            if (own.length() >= LONG_OWN_TEXT) {
                return linked == 0 || !teaser(linked, render(c, skip));
            }
            if (teaser(linked, own)) {
                return false;
            }
            // A short own text (a name) around an inner item that is not in a list of replies: the
            // inner item is the comment, this is its wrapper.
            Element inner = firstInner(c);
            return inner == null || inRepliesBlock(inner, c) || shape(inner).equals(shape(c))
                    || inner.attr("itemprop").equalsIgnoreCase("comment");
        }

        /**
         * A teaser of a comment on another page ("Recent comments" boxes): all its text is a link
         * away from this page ({@code linked} chars of its own text {@code own}).
         */
        private boolean teaser(int linked, String own) {
            return linked > 0 && linked >= 0.9 * own.length();
        }

        /** The length of the candidate's own link texts that point away from this page (not the author's). */
        private int linkedText(Element c) {
            int linked = 0;
            for (Element a : ownElements(c)) {
                if (!a.nameIs("a") || !a.hasAttr("href") || inPart(a, c)) {
                    continue; // the author's link is no teaser
                }
                Optional<String> url = Urls.resolve(ctx.baseUrl(), a.attr("href"));
                if (url.isPresent() && !ctx.baseUrl().isEmpty()
                        && !Urls.withoutFragment(url.get()).equals(Urls.withoutFragment(ctx.baseUrl()))) {
                    linked += Text.clean(a.text()).length();
                }
            }
            return linked;
        }

        /** The elements inside a candidate that are its own: nested candidates and their content left out. */
        private List<Element> ownElements(Element c) {
            List<Element> out = new ArrayList<>();
            NodeTraversor.filter(new NodeFilter() {
                @Override
                public FilterResult head(Node node, int depth) {
                    if (node == c || !(node instanceof Element)) {
                        return FilterResult.CONTINUE;
                    }
                    Element e = (Element) node;
                    if (candidates.contains(e) || Dom.NON_CONTENT.contains(e.normalName())) {
                        return FilterResult.SKIP_ENTIRELY;
                    }
                    out.add(e);
                    return FilterResult.CONTINUE;
                }
            }, c);
            return out;
        }

        /** The first candidate inside {@code c}, found without walking past it. */
        private Element firstInner(Element c) {
            Element[] found = {null};
            NodeTraversor.filter(new NodeFilter() {
                @Override
                public FilterResult head(Node node, int depth) {
                    if (node != c && node instanceof Element && candidates.contains(node)) {
                        found[0] = (Element) node;
                        return FilterResult.STOP;
                    }
                    return FilterResult.CONTINUE;
                }
            }, c);
            return found[0];
        }

        private boolean inRepliesBlock(Element inner, Element outer) {
            for (Element a = inner.parent(); a != null && a != outer; a = a.parent()) {
                if (a.nameIs("ul") || a.nameIs("ol") || a.nameIs("dl")) {
                    return true;
                }
                for (String w : classWords(a)) {
                    if (REPLIES_WORDS.contains(w)) {
                        return true;
                    }
                }
            }
            return false;
        }

        // -- threads -------------------------------------------------------------------------------

        /** The parent of each comment (-1 for top level), as the page nests them. */
        private int[] thread() {
            int n = items.size();
            int[] parent = new int[n];
            Deque<Integer> stack = new ArrayDeque<>();
            for (int i = 0; i < n; i++) {
                parent[i] = -1;
                while (!stack.isEmpty()) {
                    int p = stack.peek();
                    if (isReply(p, i)) {
                        parent[i] = p;
                        break;
                    }
                    stack.pop();
                }
                stack.push(i);
            }
            return parent;
        }

        /** Whether comment {@code t} is in the thread of the earlier comment {@code p}. */
        private boolean isReply(int p, int t) {
            Element pe = items.get(p);
            Element te = items.get(t);
            Map<Element, Element> towardP = new IdentityHashMap<>();
            Element prev = null;
            for (Element a = pe; a != null; prev = a, a = a.parent()) {
                towardP.put(a, prev);
                if (a == root) {
                    break;
                }
            }
            Element prevT = null;
            for (Element a = te; a != null; prevT = a, a = a.parent()) {
                if (towardP.containsKey(a)) {
                    if (a == pe) {
                        return true; // nested inside the parent comment
                    }
                    Element branchP = towardP.get(a);
                    Element branchT = prevT;
                    if (like(branchP, branchT)) {
                        return false;
                    }
                    if (candidates.contains(a) && first(a) == p) {
                        return true; // inside the parent's own item (li.comment > ol.children)
                    }
                    // A block after the parent's item that is not an item itself holds its replies.
                    return !candidates.contains(branchT) && first(branchP) == p;
                }
                if (a == root) {
                    break;
                }
            }
            return false;
        }

        private int first(Element e) {
            int[] r = ranges.get(e);
            return r == null ? -1 : r[0];
        }

        /** Two blocks of the same kind: same tag, same first class or ids that differ only in their numbers. */
        private boolean like(Element a, Element b) {
            if (!a.normalName().equals(b.normalName()) || candidates.contains(a) != candidates.contains(b)) {
                return false;
            }
            if (firstClass(a).equals(firstClass(b))) {
                return true;
            }
            String ia = DIGITS.matcher(a.id()).replaceAll("");
            return !ia.isEmpty() && !ia.equals(a.id()) && ia.equals(DIGITS.matcher(b.id()).replaceAll(""));
        }

        /**
         * Flat lists indented by class ("comment depth-2", "level-1", "indent-3"): a comment one
         * level deeper than an earlier one is its reply. Only where the markup itself does not nest.
         */
        private void depthClasses(int[] parent) {
            int n = items.size();
            int[] level = new int[n];
            int min = Integer.MAX_VALUE;
            int max = -1;
            for (int i = 0; i < n; i++) {
                level[i] = parent[i] >= 0 ? -1 : depthClass(i);
                if (level[i] >= 0) {
                    min = Math.min(min, level[i]);
                    max = Math.max(max, level[i]);
                }
            }
            if (max <= min) {
                return; // no comment is indented deeper than another
            }
            Deque<Integer> open = new ArrayDeque<>(); // earlier flat comments, deepest on top
            for (int i = 0; i < n; i++) {
                if (level[i] < 0) {
                    continue;
                }
                while (!open.isEmpty() && level[open.peek()] >= level[i]) {
                    open.pop();
                }
                if (!open.isEmpty()) {
                    parent[i] = open.peek();
                }
                open.push(i);
            }
        }

        /** The level a class names on the comment or the blocks around it that are its own, else -1. */
        private int depthClass(int i) {
            for (Element a = items.get(i); a != null && a != root; a = a.parent()) {
                int[] r = ranges.get(a);
                if (r == null || r[0] != i || r[1] != i) {
                    break;
                }
                Matcher m = DEPTH_CLASS.matcher(a.className());
                if (m.find()) {
                    return Integer.parseInt(m.group(1));
                }
            }
            return -1;
        }

        /** Flat lists: a top-level comment whose "in reply to" link names an earlier comment is its reply. */
        private void replyToLinks(int[] parent) {
            Map<String, Integer> byId = null;
            for (int i = 1; i < items.size(); i++) {
                if (parent[i] >= 0) {
                    continue;
                }
                for (Element a : items.get(i).select(FRAGMENT_LINKS)) {
                    if (!isReplyToLink(a)) {
                        continue;
                    }
                    if (byId == null) {
                        byId = idsOfComments();
                    }
                    Integer target = byId.get(a.attr("href").substring(1));
                    if (target != null && target < i && nearest(a) == i) {
                        parent[i] = target;
                        break;
                    }
                }
            }
        }

        private boolean isReplyToLink(Element a) {
            List<String> w = classWords(a);
            if (w.contains("replyto") || w.contains("inreplyto") || w.contains("parent")
                    || (w.contains("reply") && w.contains("to") && !w.contains("link"))) {
                return true;
            }
            Element block = a.parent();
            String before = block == null ? "" : Text.clean(block.ownText());
            return REPLY_TO_TEXT.matcher(before).find() || REPLY_TO_TEXT.matcher(Text.clean(a.text())).find();
        }

        private Map<String, Integer> idsOfComments() {
            Map<String, Integer> out = new java.util.HashMap<>();
            for (int i = 0; i < items.size(); i++) {
                for (Element a = items.get(i); a != null && a != root; a = a.parent()) {
                    int[] r = ranges.get(a);
                    if (r == null || r[0] != i) {
                        break;
                    }
                    if (!a.id().isEmpty()) {
                        out.putIfAbsent(a.id(), i);
                    }
                }
            }
            return out;
        }

        /** The index of the comment whose text holds this element (the innermost one). */
        private int nearest(Element e) {
            for (Element a = e; a != null; a = a.parent()) {
                if (candidates.contains(a)) {
                    int k = items.indexOf(a);
                    if (k >= 0) {
                        return k;
                    }
                }
                if (a == root) {
                    break;
                }
            }
            return -1;
        }

        private int[] lastDescendant(int[] parent) {
            int n = parent.length;
            int[] last = new int[n];
            for (int i = 0; i < n; i++) {
                last[i] = i;
            }
            for (int i = n - 1; i >= 0; i--) {
                if (parent[i] >= 0 && last[i] > last[parent[i]]) {
                    last[parent[i]] = last[i];
                }
            }
            return last;
        }

        /** The outermost element that belongs to comment {@code i} alone (with its replies). */
        private Element scope(int i, int lastDesc) {
            Element s = items.get(i);
            while (s != root && s.parent() != null && s.parent() != root) {
                int[] r = ranges.get(s.parent());
                if (r == null || r[0] != i || r[1] > lastDesc) {
                    break;
                }
                s = s.parent();
            }
            return s;
        }

        // -- one comment ---------------------------------------------------------------------------

        private Entry entry(int i, Element scope) {
            Element item = items.get(i);
            List<Element> area = new ArrayList<>();
            List<Boolean> meta = new ArrayList<>();
            Element header = headerSibling(scope);
            if (header != null) {
                collect(header, item, i, area, meta, true);
            }
            collect(scope, item, i, area, meta, false);
            for (Element footer : footerSiblings(scope)) {
                collect(footer, item, i, area, meta, true);
            }
            Entry entry = new Entry();
            Element authorEl = author(area, meta, entry, item);
            Element dateEl = date(area, meta, entry, item);
            entry.upvotes = upvotes(area, meta);
            entry.id = id(item, scope, header);
            Element textRoot = ownTextElement(item);
            entry.text = render(textRoot, e -> e != textRoot && (e == authorEl || e == dateEl || isOther(e, i)
                    || isPart(e, item)));
            if (textRoot != item) {
                String title = title(item, textRoot, i);
                if (!title.isEmpty() && !entry.text.startsWith(title)) {
                    entry.text = entry.text.isEmpty() ? title : title + "\n" + entry.text;
                }
            }
            return entry;
        }

        /** A block right before the comment that carries only its author and date (Thesis' dt before dd). */
        private Element headerSibling(Element scope) {
            Element prev = scope.previousElementSibling();
            if (prev == null || ranges.containsKey(prev)) {
                return null;
            }
            if (prev.nameIs("dt") && scope.nameIs("dd")) {
                return prev;
            }
            if (!candidates.contains(prev)) {
                return null;
            }
            // Only author, date and buttons: a header, not a comment of its own.
            return rendersText(prev, e -> e != prev && isPart(e, prev)) ? null : prev;
        }

        /** Blocks right after the comment with only its meta parts (a {@code dd} footer with the date). */
        private List<Element> footerSiblings(Element scope) {
            List<Element> out = new ArrayList<>();
            Element next = scope.nextElementSibling();
            for (int k = 0; next != null && k < 3; k++, next = next.nextElementSibling()) {
                Element block = next;
                if (ranges.containsKey(block) || candidates.contains(block) || block.nameIs("dt")
                        || !(block.nameIs("dd") || block.nameIs("footer") || hasAny(classWords(block), PART_WORDS))
                        || rendersText(block, e -> e != block && isPart(e, block))) {
                    break;
                }
                out.add(block);
            }
            return out;
        }

        /** Whether the element holds only other comments (and their parts). */
        private boolean isOther(Element e, int i) {
            int[] r = ranges.get(e);
            return r != null && (r[0] > i || r[1] < i);
        }

        /**
         * The elements of the comment's scope in document order (other comments left out), and
         * whether each is meta: outside the comment's item or inside one of its meta parts.
         */
        private void collect(Element scope, Element item, int i, List<Element> area, List<Boolean> meta,
                boolean allMeta) {
            Deque<Element> todo = new ArrayDeque<>();
            Deque<int[]> flags = new ArrayDeque<>(); // {inMeta, insideItem}
            todo.push(scope);
            flags.push(new int[] {allMeta ? 1 : 0, scope == item ? 1 : 0});
            while (!todo.isEmpty()) {
                Element e = todo.pop();
                int[] f = flags.pop();
                if (e != scope && isOther(e, i)) {
                    continue;
                }
                if ((Dom.NON_CONTENT.contains(e.normalName()) && !e.nameIs("meta")) || isFormArea(e)) {
                    continue;
                }
                boolean inside = f[1] == 1 || e == item;
                boolean part = f[0] == 1 || (inside && e != item && isPart(e, item));
                area.add(e);
                meta.add(part || !inside);
                // By child node, last first: the element children list would be built for each.
                for (int k = e.childNodeSize() - 1; k >= 0; k--) {
                    if (e.childNode(k) instanceof Element c) {
                        todo.push(c);
                        flags.push(new int[] {part ? 1 : 0, inside ? 1 : 0});
                    }
                }
            }
        }

        /** The author: microdata, vcard, author/user class names, cite, a profile link. */
        private Element author(List<Element> area, List<Boolean> meta, Entry entry, Element item) {
            for (int pass = 0; pass < 8; pass++) {
                for (int k = 0; k < area.size(); k++) {
                    Element e = area.get(k);
                    if (containsComment(e)) {
                        continue;
                    }
                    boolean hit;
                    switch (pass) {
                        case 0: hit = e.attr("itemprop").equalsIgnoreCase("author")
                                || e.attr("itemprop").equalsIgnoreCase("creator"); break;
                        case 1: hit = e.hasClass("fn"); break;
                        case 2: {
                            List<String> w = classWords(e);
                            hit = !e.nameIs("img") && hasAny(w, AUTHOR_WORDS) && !hasAny(w, NOT_NAME_WORDS);
                            break;
                        }
                        case 3: hit = e.nameIs("a") && e.hasClass("url"); break;
                        case 4: hit = e.nameIs("cite") && e.closest(QUOTES) == null; break;
                        case 5: hit = e.nameIs("a") && PROFILE_PATH.matcher(e.attr("href")).find()
                                && (meta.get(k) || !inTextBlock(e, item)) && Dom.textPrefix(e, 61).length() <= 60;
                            break;
                        case 6: {
                            // "Posted by: <a>Name</a> | March 4, 2023": the element after the lead,
                            // or the name in the lead's own text.
                            Element lead = e.parent();
                            hit = meta.get(k) && lead != null && e.elementSiblingIndex() == 0
                                    && BY_LEAD.matcher(Text.clean(lead.ownText())).lookingAt()
                                    && Dom.textPrefix(e, 61).length() <= 60
                                    && !BY_LEAD_NAME.matcher(Text.clean(lead.ownText())).lookingAt();
                            if (!hit && meta.get(k)) {
                                Matcher m = BY_LEAD_NAME.matcher(Text.clean(e.ownText()));
                                Optional<String> n = m.lookingAt() ? cleanName(m.group(1)) : Optional.empty();
                                if (n.isPresent()) {
                                    entry.author = Agent.person(n.get());
                                    return e;
                                }
                            }
                            break;
                        }
                        default: {
                            // A short bold name or heading leading the comment, as plain markup writes it.
                            String t = SHORT_NAME_TAGS.contains(e.normalName()) ? Dom.textPrefix(e, 41) : "";
                            hit = !t.isEmpty() && t.length() <= 40 && !t.endsWith(":") && !t.contains(". ")
                                    && (meta.get(k) || !inTextBlock(e, item));
                        }
                    }
                    if (!hit) {
                        continue;
                    }
                    Element nameEl = pass == 0 ? Optional.ofNullable(e.selectFirst(ITEMPROP_NAME)).orElse(e)
                            : pass == 2 ? innermostAuthor(e) : e;
                    String raw = nameEl.hasAttr("content") && nameEl.text().isEmpty() ? nameEl.attr("content")
                            : authorText(nameEl);
                    Optional<String> name = cleanName(raw);
                    if (name.isEmpty()) {
                        continue;
                    }
                    Agent.Builder b = new Agent.Builder().name(name.get());
                    authorUrl(e).ifPresent(b::url);
                    entry.author = b.build();
                    return e;
                }
            }
            return null;
        }

        /** "p.author" around "a.username": the inner element holds the name alone. */
        private Element innermostAuthor(Element e) {
            for (Element d : e.getAllElements()) {
                if (d != e && !d.nameIs("img") && hasAny(classWords(d), AUTHOR_WORDS)
                        && !hasAny(classWords(d), NOT_NAME_WORDS) && cleanName(authorText(d)).isPresent()) {
                    return d;
                }
            }
            return e;
        }

        /** Whether the element stands inside a paragraph, quote or list of the comment's text. */
        private boolean inTextBlock(Element e, Element item) {
            for (Element a = e.parent(); a != null && a != item && a != root; a = a.parent()) {
                if (TEXT_BLOCKS.contains(a.normalName())) {
                    return true;
                }
            }
            return false;
        }

        private boolean containsComment(Element e) {
            int[] r = ranges.get(e);
            return r != null;
        }

        /** An element's text without "says:" and the like, which sit in their own spans. */
        private String authorText(Element e) {
            return render(e, x -> x != e && (x.hasClass("says") || classWords(x).contains("screen")
                    || x.nameIs("time") || x.nameIs("img"))).replace('\n', ' ');
        }

        private Optional<String> authorUrl(Element e) {
            Element link = e.nameIs("a") ? e : e.selectFirst(LINKS);
            if (link == null && e.parent() != null && e.parent().nameIs("a")) {
                link = e.parent();
            }
            if (link == null) {
                return Optional.empty();
            }
            String href = link.attr("href").trim();
            if (href.isEmpty() || href.startsWith("#") || href.toLowerCase(Locale.ROOT).startsWith("javascript:")) {
                return Optional.empty();
            }
            Optional<String> url = Urls.resolve(ctx.baseUrl(), href);
            if (url.isPresent() && !ctx.baseUrl().isEmpty()
                    && Urls.withoutFragment(url.get()).equals(Urls.withoutFragment(ctx.baseUrl()))) {
                return Optional.empty();
            }
            return url;
        }

        /** The date: microdata, {@code time[datetime]}, ISO attributes, then a date line among the meta parts. */
        private Element date(List<Element> area, List<Boolean> meta, Entry entry, Element item) {
            for (int pass = 0; pass < 5; pass++) {
                for (int k = 0; k < area.size(); k++) {
                    Element e = area.get(k);
                    if (containsComment(e)) {
                        continue;
                    }
                    String raw = null;
                    Optional<Temporal> value = Optional.empty();
                    switch (pass) {
                        case 0: {
                            String prop = e.attr("itemprop").toLowerCase(Locale.ROOT);
                            if (prop.equals("datecreated") || prop.equals("datepublished") || prop.equals("commenttime")) {
                                raw = e.hasAttr("datetime") ? e.attr("datetime")
                                        : e.hasAttr("content") ? e.attr("content") : Text.clean(e.text());
                                value = Dates.parse(raw);
                            }
                            break;
                        }
                        case 1:
                            if (e.nameIs("time") && e.hasAttr("datetime")) {
                                raw = e.attr("datetime");
                                value = Dates.parse(raw);
                            }
                            break;
                        case 2:
                            for (String attr : new String[] {"datetime", "title", "data-content", "data-date",
                                "data-time", "data-created", "content"}) {
                                String v = e.attr(attr);
                                if (!v.isEmpty() && ISO_START.matcher(v).find()) {
                                    int comma = v.indexOf(", ");
                                    raw = (comma > 0 ? v.substring(0, comma) : v).trim();
                                    value = Dates.parse(raw);
                                    break;
                                }
                            }
                            break;
                        case 3:
                            if (meta.get(k) || e.nameIs("time")) {
                                raw = Text.clean(e.ownText());
                                if (raw.length() >= 6 && raw.length() <= 150) {
                                    value = Dates.parse(raw);
                                }
                                String title = Text.clean(e.attr("title"));
                                if (value.isEmpty() && title.length() >= 6 && title.length() <= 80) {
                                    raw = title; // "2 days ago" shown, the date in its tooltip
                                    value = Dates.parse(raw);
                                }
                            } else if (!inTextBlock(e, item) && !TEXT_BLOCKS.contains(e.normalName())
                                    && e.childrenSize() == 0) {
                                // A bare date line ("12.03.2023, 14:05") in markup without classes.
                                raw = Text.clean(e.ownText());
                                if (raw.length() >= 6 && raw.length() <= 60 && dateLike(raw)) {
                                    value = Dates.parse(raw);
                                }
                            }
                            break;
                        default: {
                            Matcher m = SHOW_COMMENT.matcher(e.attr("href"));
                            if (e.nameIs("a") && m.find()) {
                                raw = m.group(1);
                                long millis = Long.parseLong(raw);
                                value = Optional.of(Instant.ofEpochMilli(millis).atOffset(ZoneOffset.UTC)
                                        .truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
                            }
                        }
                    }
                    if (value.isPresent() && raw != null && !raw.isBlank()) {
                        String shown = DATE_EDGES.matcher(Text.clean(raw)).replaceAll("");
                        try {
                            entry.date = DateValue.of(shown.isEmpty() ? Text.clean(raw) : shown, value.get());
                            return e;
                        } catch (IllegalArgumentException ignored) {
                            // a year outside 0000-9999: not a date of this comment
                        }
                    }
                }
            }
            return null;
        }

        private Integer upvotes(List<Element> area, List<Boolean> meta) {
            for (Element e : area) {
                if (containsComment(e) && !candidates.contains(e)) {
                    continue;
                }
                if (e.attributesSize() == 0) {
                    continue;
                }
                for (String attr : VOTE_ATTRIBUTES) {
                    String v = e.attr(attr);
                    if (v.isEmpty()) {
                        continue;
                    }
                    Matcher m = INTEGER.matcher(v.trim());
                    if (m.matches()) {
                        return Integer.valueOf(m.group(1));
                    }
                }
            }
            for (int k = 0; k < area.size(); k++) {
                Element e = area.get(k);
                if (containsComment(e)) {
                    continue;
                }
                if (e.attr("itemprop").equalsIgnoreCase("upvoteCount")) {
                    Matcher m = INTEGER.matcher((e.hasAttr("content") ? e.attr("content") : Text.clean(e.text())));
                    if (m.matches()) {
                        return Integer.valueOf(m.group(1));
                    }
                }
                if (!meta.get(k)) {
                    continue;
                }
                List<String> w = classWords(e);
                if (hasAny(w, VOTE_WORDS) && !hasAny(w, DOWN_WORDS)) {
                    Matcher m = INTEGER.matcher(Text.clean(e.text()));
                    if (m.matches()) {
                        return Integer.valueOf(m.group(1));
                    }
                }
            }
            return null;
        }

        /** "comment-42" when an id names the comment's number, else the item's own id. */
        private String id(Element item, Element scope, Element header) {
            List<Element> chain = new ArrayList<>();
            for (Element a = item; a != null; a = a.parent()) {
                chain.add(a);
                if (a == scope || a == root) {
                    break;
                }
            }
            if (header != null) {
                chain.add(header);
            }
            for (int k = 0, n = chain.size(); k < n; k++) {
                Element anchor = chain.get(k).previousElementSibling();
                if (anchor != null && anchor.nameIs("a") && anchor.text().isEmpty() && !anchor.id().isEmpty()) {
                    chain.add(anchor); // Drupal: <a id="comment-42"></a> before the comment
                }
            }
            for (Element e : chain) {
                Matcher m = COMMENT_NUMBER_ID.matcher(e.id());
                if (m.find()) {
                    return "comment-" + m.group(1);
                }
            }
            for (Element e : chain) {
                if (!e.id().isEmpty() && ITEM_ID.matcher(e.id()).matches()) {
                    return e.id();
                }
            }
            for (Element e : chain) {
                String v = e.attr("data-comment-id").trim();
                if (!v.isEmpty() && v.length() <= 20 && v.chars().allMatch(Character::isDigit)) {
                    return "comment-" + v;
                }
            }
            for (Element e : chain) {
                if (!e.id().isEmpty() && e.id().length() <= 100) {
                    return e.id();
                }
            }
            return null;
        }

        /** The element holding the comment's text: its microdata text when marked, else the item. */
        private Element ownTextElement(Element item) {
            for (Element e : ownElements(item)) {
                String prop = e.attr("itemprop");
                if (prop.equalsIgnoreCase("text") || prop.equalsIgnoreCase("commentText")
                        || prop.equalsIgnoreCase("reviewBody")) {
                    return e;
                }
            }
            return item;
        }

        /** A heading of the comment ("Great recipe!") outside its text element. */
        private String title(Element item, Element textRoot, int i) {
            for (Element h : ownElements(item)) {
                boolean heading = Dom.isHeading(h.normalName()) || h.attr("itemprop").equalsIgnoreCase("headline");
                if (heading && !Dom.contains(textRoot, h) && !inPart(h, item)) {
                    return Text.clean(h.text());
                }
            }
            return "";
        }

        private Element nearestCandidate(Element e) {
            for (Element a = e.parent(); a != null; a = a.parent()) {
                if (candidates.contains(a)) {
                    return a;
                }
                if (a == root) {
                    break;
                }
            }
            return null;
        }

        // -- building ------------------------------------------------------------------------------

        private List<Comment> build(int[] parent, List<Entry> entries) {
            int n = entries.size();
            List<Item> list = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                Entry e = entries.get(i);
                list.add(new Item(parent[i], e));
            }
            return CommentExtractor.build(list);
        }
    }

    // ---------------------------------------------------------------------------------------------
    // Shared helpers

    /** What was read for one comment. */
    private static final class Entry {
        String id;
        Agent author;
        DateValue date;
        String text = "";
        Integer upvotes;
    }

    /** One comment and the index of its parent (-1 for top level); parents come before their replies. */
    private record Item(int parent, Entry entry) {}

    /**
     * Builds the threads bottom-up, without recursion: comments without text are dropped (their
     * replies move up), and replies deeper than {@link #MAX_NESTING} are attached at the cap.
     */
    private static List<Comment> build(List<Item> items) {
        int n = items.size();
        boolean[] keep = new boolean[n];
        int[] parent = new int[n];
        int[] level = new int[n];
        for (int i = 0; i < n; i++) {
            Entry e = items.get(i).entry();
            keep[i] = e != null && !e.text.isBlank();
            int p = items.get(i).parent();
            while (p >= 0 && !keep[p]) {
                p = parent[p];
            }
            while (p >= 0 && level[p] >= MAX_NESTING - 1) {
                p = parent[p];
            }
            parent[i] = p;
            level[i] = p < 0 ? 0 : level[p] + 1;
        }
        List<List<Comment>> replies = new ArrayList<>(Collections.nCopies(n, null));
        Comment[] built = new Comment[n];
        for (int i = n - 1; i >= 0; i--) {
            if (!keep[i]) {
                continue;
            }
            Entry e = items.get(i).entry();
            Comment.Builder b = new Comment.Builder().text(e.text);
            if (e.id != null && !e.id.isBlank()) {
                b.id(e.id);
            }
            if (e.author != null) {
                b.author(e.author);
            }
            if (e.date != null) {
                b.datePublished(e.date);
            }
            if (e.upvotes != null) {
                b.upvotes(e.upvotes);
            }
            List<Comment> mine = replies.get(i);
            if (mine != null) {
                Collections.reverse(mine);
                b.addAllReplies(mine);
            }
            built[i] = b.build();
            if (parent[i] >= 0) {
                if (replies.get(parent[i]) == null) {
                    replies.set(parent[i], new ArrayList<>());
                }
                replies.get(parent[i]).add(built[i]);
            }
        }
        List<Comment> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (keep[i] && parent[i] < 0) {
                out.add(built[i]);
            }
        }
        return out;
    }

    /**
     * Whether the element is a comment item: schema.org {@code Comment} microdata, an id such as
     * {@code comment-42}, {@code data-comment-id}, or a class that names one comment; what each class
     * attribute says is kept in {@code itemClasses}.
     */
    private static boolean isCandidate(Element e, Map<String, Boolean> itemClasses) {
        if (!ITEM_TAGS.contains(e.normalName())) {
            return false;
        }
        String type = e.attr("itemtype");
        if (!type.isEmpty() && COMMENT_TYPE.matcher(type).find()) {
            return true;
        }
        if (e.attr("itemprop").equalsIgnoreCase("comment")) {
            return true;
        }
        boolean strongId = !e.id().isEmpty() && COMMENT_NUMBER_ID.matcher(e.id()).find();
        if (!strongId && Cues.isCommentSection(e)) {
            return false; // a list or area of comments ("comment-list comment-box"), not one
        }
        // The items of a comment list share their classes: each is read once.
        if (itemClasses.computeIfAbsent(e.className(), CommentExtractor::namesItem)) {
            return true;
        }
        if (e.id().isEmpty() && !e.hasAttr("data-comment-id")) {
            return false;
        }
        // An id or data attribute alone: not on the parts, the text or the images of a comment.
        List<String> words = classWords(e);
        if (hasAny(words, PART_WORDS) || hasAny(words, CONTENT_WORDS) || hasAny(words, MEDIA_WORDS)) {
            return false;
        }
        return (!e.id().isEmpty() && ITEM_ID.matcher(e.id()).matches()) || e.hasAttr("data-comment-id");
    }

    /** Whether a class attribute has a token that names one comment ({@link #isItemClass}). */
    private static boolean namesItem(String cls) {
        if (!cls.isEmpty() && hasItemHint(cls.toLowerCase(Locale.ROOT))) {
            for (String token : SPACES.split(cls.trim())) {
                if (token.length() <= 60 && isItemClass(token)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Every item class contains one of these (lower case): a cheap first test. */
    private static final String[] ITEM_HINTS = {"comment", "kommentar", "leserbrief", "reacti", "review", "rev",
        "komentarz", "coment", "pingback", "trackback"};

    private static boolean hasItemHint(String lowerClass) {
        for (String hint : ITEM_HINTS) {
            if (lowerClass.contains(hint)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isItemClass(String token) {
        List<String> words = Cues.words(token);
        for (int k = 0; k < words.size(); k++) {
            String w = words.get(k);
            boolean plural = PLURAL_ITEM_WORDS.contains(w);
            if (!ITEM_WORDS.contains(w) && !plural) {
                continue;
            }
            if (k > 0 && NOT_ITEM_PREFIXES.contains(words.get(k - 1))) {
                return false;
            }
            if (k == words.size() - 1) {
                return !plural;
            }
            boolean suffixes = true;
            Set<String> allowed = plural ? PLURAL_ITEM_SUFFIXES : ITEM_SUFFIXES;
            for (int j = k + 1; j < words.size(); j++) {
                if (!allowed.contains(words.get(j)) && !words.get(j).chars().allMatch(Character::isDigit)) {
                    suffixes = false;
                    break;
                }
            }
            return suffixes;
        }
        return false;
    }

    /** Whether the element, inside the comment {@code item}, is a meta part: author, date, buttons, votes. */
    private static boolean isPart(Element e, Element item) {
        String name = e.normalName();
        if (PART_TAGS.contains(name)) {
            if (name.equals("cite")) {
                for (Element a = e.parent(); a != null && a != item; a = a.parent()) {
                    if (a.nameIs("blockquote") || a.nameIs("q")) {
                        return false;
                    }
                }
            }
            if ((name.equals("header") || name.equals("footer")) && contentish(e)) {
                return false;
            }
            return true;
        }
        if (name.equals("a") && e.attr("href").indexOf('#') >= 0) {
            // Permalinks and numbers that point at a comment: "#", "#12", "¶", a date, "Permalink".
            String t = Text.clean(e.text());
            if (t.isEmpty() || t.length() <= 2 || COMMENT_NUMBER.matcher(t).matches()
                    || (e.attr("href").startsWith("#") && (Dates.parseVisible(t).isPresent()
                    || t.equalsIgnoreCase("permalink") || hasAny(classWords(e), PART_WORDS)))) {
                return true;
            }
        }
        String prop = e.attr("itemprop").toLowerCase(Locale.ROOT);
        if (!prop.isEmpty() && (prop.equals("author") || prop.equals("creator") || prop.equals("datecreated")
                || prop.equals("datepublished") || prop.equals("commenttime") || prop.equals("upvotecount")
                || prop.equals("image"))) {
            return true;
        }
        String style = e.attr("style");
        if (!style.isEmpty() && style.replace(" ", "").toLowerCase(Locale.ROOT).contains("display:none")) {
            return true;
        }
        List<String> words = classWords(e);
        return !words.isEmpty() && hasAny(words, PART_WORDS) && !hasAny(words, CONTENT_WORDS) && !contentish(e);
    }

    /**
     * Whether a line is a date and little else: besides digits and its longest word (the month)
     * at most a few letters ("um", "Uhr", "at", "pm", "Le", "à").
     */
    private static boolean dateLike(String line) {
        if (Dates.parseVisible(line).isEmpty()) {
            return false;
        }
        int letters = 0;
        int longest = 0;
        for (String w : NON_LETTERS.split(line)) {
            letters += w.length();
            longest = Math.max(longest, w.length());
        }
        return letters - longest <= 6;
    }

    /** Whether the element or one of its ancestors inside {@code item} is a meta part. */
    private static boolean inPart(Element e, Element item) {
        for (Element a = e; a != null && a != item; a = a.parent()) {
            if (isPart(a, item)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a block holds comment text: paragraphs of some length, or a lot of text. */
    private static boolean contentish(Element e) {
        if (Dom.textPrefix(e, 301).length() > 300) {
            return true;
        }
        boolean[] found = {false};
        int[] seen = {0};
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (++seen[0] > 400) {
                    return FilterResult.STOP;
                }
                if (node instanceof Element && node != e && (((Element) node).nameIs("p")
                        || ((Element) node).attr("itemprop").equalsIgnoreCase("text"))) {
                    String own = Dom.textPrefix((Element) node, 40);
                    if (own.length() >= 20 && Dates.parseVisible(own).isEmpty()) {
                        found[0] = true;
                        return FilterResult.STOP;
                    }
                }
                return FilterResult.CONTINUE;
            }
        }, e);
        return found[0];
    }

    /**
     * {@link Cues#classWords}, split once per class and id and thread: the meta-part tests ask it for
     * every element of a comment several times. The words depend on the two strings only; the memo
     * is cleared when it holds more than {@value #WORDS_LIMIT} pairs.
     */
    private static List<String> classWords(Element e) {
        String cls = e.className();
        String id = e.id();
        if (cls.isEmpty() && id.isEmpty()) {
            return List.of();
        }
        WordsMemo memo = WORDS.get();
        Map<String, List<String>> byId = memo.byClass.get(cls);
        List<String> words = byId == null ? null : byId.get(id);
        if (words == null) {
            if (++memo.entries > WORDS_LIMIT) {
                memo.byClass.clear();
                memo.entries = 1;
            }
            words = List.copyOf(Cues.classWords(e));
            memo.byClass.computeIfAbsent(cls, k -> new java.util.HashMap<>()).put(id, words);
        }
        return words;
    }

    private static final int WORDS_LIMIT = 8192;
    private static final ThreadLocal<WordsMemo> WORDS = ThreadLocal.withInitial(WordsMemo::new);

    private static final class WordsMemo {
        final Map<String, Map<String, List<String>>> byClass = new java.util.HashMap<>();
        int entries;
    }

    private static boolean hasAny(List<String> words, Names set) {
        for (String w : words) {
            if (set.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** The first class name that says what an element is, not its state ("even", "odd", "first"), digits left out. */
    private static String firstClass(Element e) {
        String cls = e.className().trim();
        if (cls.isEmpty()) {
            return "";
        }
        for (String token : SPACES.split(cls)) {
            String t = DIGITS.matcher(token.toLowerCase(Locale.ROOT)).replaceAll("");
            if (!STATE_CLASSES.contains(t)) {
                return t;
            }
        }
        return "";
    }

    /** Classes that alternate or mark a state between like items of one list. */
    private static final Names STATE_CLASSES = Names.of("even", "odd", "alt", "first", "last", "parent",
            "clearfix", "thread-even", "thread-odd", "thread-alt", "byuser", "bypostauthor", "active", "new",
            "highlighted", "selected", "open", "closed", "row-even", "row-odd");

    private static String shape(Element e) {
        return e.normalName() + "." + firstClass(e);
    }

    private static Optional<String> cleanName(String raw) {
        String s = Text.clean(raw);
        s = NAME_WITH_DATE.matcher(s).replaceFirst("");
        s = RELATIVE_TIME.matcher(s).replaceFirst("");
        for (int i = 0; i < 2; i++) {
            s = NAME_SUFFIX.matcher(s).replaceFirst("");
            s = NAME_PREFIX.matcher(s).replaceFirst("");
            s = NAME_EDGES.matcher(s).replaceAll("");
        }
        if (s.isEmpty() || s.length() > 80 || s.codePoints().noneMatch(Character::isLetter)) {
            return Optional.empty();
        }
        if (Dates.parseVisible(s).isPresent() && s.length() > 5) {
            return Optional.empty();
        }
        return Optional.of(s);
    }

    /**
     * The text of an element, one line per block and per {@code <br>}, skipping what {@code skip}
     * accepts; button labels, moderation notices and form boilerplate are dropped.
     */
    private static String render(Element root, Predicate<Element> skip) {
        return render(root, skip, Integer.MAX_VALUE);
    }

    /** Whether {@link #render} gives any text: the walk stops at the first line kept. */
    private static boolean rendersText(Element root, Predicate<Element> skip) {
        return !render(root, skip, 1).isEmpty();
    }

    /**
     * {@link #render}, stopping once the lines kept come to {@code limit} chars: a shorter text is
     * the whole text, a longer one its start.
     */
    private static String render(Element root, Predicate<Element> skip, int limit) {
        Lines lines = new Lines(limit);
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof TextNode) {
                    return lines.append(((TextNode) node).getWholeText());
                }
                if (!(node instanceof Element)) {
                    return FilterResult.CONTINUE;
                }
                Element e = (Element) node;
                if (e.nameIs("br")) {
                    return lines.newLine();
                }
                if (e != root && (Dom.NON_CONTENT.contains(e.normalName()) || skip.test(e))) {
                    if (BLOCKS.contains(e.normalName())) {
                        return lines.newLine() == FilterResult.STOP ? FilterResult.STOP : FilterResult.SKIP_ENTIRELY;
                    }
                    lines.sb.append(' ');
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (BLOCKS.contains(e.normalName())) {
                    return lines.newLine();
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                if (node instanceof Element && BLOCKS.contains(((Element) node).normalName())) {
                    return lines.newLine();
                }
                return FilterResult.CONTINUE;
            }
        }, root);
        return lines.text();
    }

    /** The lines of {@link #render}: raw text in, clean lines kept as each one ends. */
    private static final class Lines {
        final StringBuilder sb = new StringBuilder();
        private final List<String> kept = new ArrayList<>();
        private final int limit;
        /** Where the line being written starts in {@code sb}, and how far it was searched for its end. */
        private int start;
        private int searched;
        /** The length of the kept lines joined. */
        private int length = -1;

        Lines(int limit) {
            this.limit = limit;
        }

        NodeFilter.FilterResult append(String text) {
            sb.append(text);
            return text.indexOf('\n') >= 0 ? ended() : NodeFilter.FilterResult.CONTINUE;
        }

        NodeFilter.FilterResult newLine() {
            sb.append('\n');
            return ended();
        }

        /** Keeps the lines ended so far; stops the walk once they reach the limit. */
        private NodeFilter.FilterResult ended() {
            if (limit == Integer.MAX_VALUE) {
                return NodeFilter.FilterResult.CONTINUE; // the whole text: lines are kept at the end
            }
            for (int end = sb.indexOf("\n", searched); end >= 0; end = sb.indexOf("\n", start)) {
                keep(start, end);
                start = end + 1;
                if (length >= limit) {
                    return NodeFilter.FilterResult.STOP;
                }
            }
            searched = sb.length();
            return NodeFilter.FilterResult.CONTINUE;
        }

        private void keep(int from, int to) {
            String t = Text.clean(sb.substring(from, to));
            if (t.isEmpty() || isStopLine(t) || NUMBER_LINE.matcher(t).matches()) {
                return;
            }
            kept.add(t);
            length += t.length() + 1;
        }

        String text() {
            if (length < limit) {
                for (int end = sb.indexOf("\n", start); end >= 0; end = sb.indexOf("\n", start)) {
                    keep(start, end);
                    start = end + 1;
                }
                keep(start, sb.length());
            }
            return String.join("\n", kept);
        }
    }

    /** Plain text, one line per line, as {@link #render} gives it. */
    private static String lines(String text) {
        List<String> out = new ArrayList<>();
        for (String line : text.split("\n")) {
            String t = Text.clean(line);
            if (!t.isEmpty() && !isStopLine(t)) {
                out.add(t);
            }
        }
        return String.join("\n", out);
    }

    private static boolean isStopLine(String line) {
        // Most lines are comment text, far longer than any stop line: only their start is lower-cased
        // (lower-casing never shortens a string nor makes or unmakes a line-end sign).
        int end = line.length();
        while (end > 0 && isLineEnd(line.charAt(end - 1))) {
            end--;
        }
        String l;
        if (end <= MAX_STOP_LINE) {
            l = line.toLowerCase(Locale.ROOT);
            String bare = LINE_END.matcher(l).replaceAll("");
            if (STOP_LINES.contains(l) || STOP_LINES.contains(bare)) {
                return true;
            }
        } else {
            l = (line.length() > MAX_STOP_PREFIX ? line.substring(0, MAX_STOP_PREFIX) : line).toLowerCase(Locale.ROOT);
        }
        for (String p : STOP_PREFIXES) {
            if (l.startsWith(p)) {
                return true;
            }
        }
        return false;
    }

    /** The signs {@link #LINE_END} strips. */
    private static boolean isLineEnd(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r' || c == '↓' || c == '↑'
                || c == '→' || c == '›' || c == '»' || c == '▼' || c == '▲' || c == '.' || c == '!';
    }

    private static final int MAX_STOP_LINE = STOP_LINES.stream().mapToInt(String::length).max().orElse(0);
    private static final int MAX_STOP_PREFIX = STOP_PREFIXES.stream().mapToInt(String::length).max().orElse(0);

    // ---------------------------------------------------------------------------------------------
    // JSON-LD

    /** Comments published only as JSON-LD: the {@code comment} arrays of the page's nodes. */
    private static List<Comment> jsonLd(ExtractionContext ctx, List<Element> ldScripts, Budget budget) {
        List<String> scripts = new ArrayList<>();
        for (Element s : ldScripts) {
            scripts.add(s.data());
        }
        if (scripts.stream().noneMatch(t -> t.contains("omment"))) {
            return List.of(); // no "comment" or "Comment" in any block: nothing to read twice
        }
        // The metadata stage's graph when it read these very texts: the same read, done once.
        JsonLdGraph graph = ctx.jsonLdOf(ldScripts);
        if (graph == null) {
            graph = JsonLdGraph.read(scripts, ctx.options().maxJsonLdBytes(), ctx.options().maxJsonLdDepth());
        }
        List<JsonNode> roots = new ArrayList<>();
        for (JsonLdGraph.Node n : graph.nodes()) {
            if (n.isA("Comment")) {
                continue;
            }
            for (JsonNode c : JsonLdGraph.values(n.get("comment").orElse(null))) {
                graph.resolve(c).filter(JsonNode::isObject).ifPresent(roots::add);
            }
        }
        if (roots.isEmpty()) {
            List<String> paths = new ArrayList<>();
            for (JsonLdGraph.Node n : graph.nodes()) {
                if (n.isA("Comment") && paths.stream().noneMatch(p -> n.path().startsWith(p))) {
                    paths.add(n.path());
                    roots.add(n.json());
                }
            }
        }
        List<Item> items = new ArrayList<>();
        Set<JsonNode> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Object[]> todo = new ArrayDeque<>();
        for (int i = roots.size() - 1; i >= 0; i--) {
            todo.push(new Object[] {roots.get(i), -1});
        }
        while (!todo.isEmpty() && !ctx.outOfTime()) {
            Object[] next = todo.pop();
            JsonNode c = (JsonNode) next[0];
            if (!seen.add(c)) {
                continue;
            }
            Entry e = jsonEntry(ctx, c);
            if (e.text.isEmpty()) {
                continue;
            }
            if (!budget.take()) {
                break;
            }
            int index = items.size();
            items.add(new Item((Integer) next[1], e));
            List<JsonNode> replies = JsonLdGraph.values(JsonLdGraph.get(c, "comment").orElse(null));
            for (int i = replies.size() - 1; i >= 0; i--) {
                Optional<JsonNode> r = graph.resolve(replies.get(i));
                if (r.isPresent() && r.get().isObject()) {
                    todo.push(new Object[] {r.get(), index});
                }
            }
        }
        return build(items);
    }

    private static Entry jsonEntry(ExtractionContext ctx, JsonNode c) {
        Entry e = new Entry();
        String html = JsonLdGraph.get(c, "text").flatMap(JsonLdGraph::text)
                .or(() -> JsonLdGraph.get(c, "commentText").flatMap(JsonLdGraph::text)).orElse("");
        if (html.length() > ctx.options().maxTextLength()) {
            html = Text.truncate(html, ctx.options().maxTextLength());
        }
        e.text = html.indexOf('<') >= 0 ? render(Jsoup.parseBodyFragment(html).body(), x -> false) : lines(html);
        Optional<JsonNode> author = JsonLdGraph.get(c, "author").or(() -> JsonLdGraph.get(c, "creator"));
        if (author.isPresent()) {
            JsonNode a = author.get().isArray() && !author.get().isEmpty() ? author.get().get(0) : author.get();
            Optional<String> name = JsonLdGraph.text(a).flatMap(CommentExtractor::cleanName);
            if (name.isPresent()) {
                Agent.Builder b = new Agent.Builder().name(name.get());
                JsonLdGraph.get(a, "url").flatMap(JsonLdGraph::text)
                        .flatMap(u -> Urls.resolve(ctx.baseUrl(), u)).ifPresent(b::url);
                e.author = b.build();
            }
        }
        for (String prop : new String[] {"dateCreated", "datePublished", "commentTime"}) {
            Optional<String> raw = JsonLdGraph.get(c, prop).flatMap(JsonLdGraph::text);
            if (raw.isPresent()) {
                Optional<Temporal> t = Dates.parse(raw.get());
                if (t.isPresent()) {
                    try {
                        e.date = DateValue.of(Text.clean(raw.get()), t.get());
                        break;
                    } catch (IllegalArgumentException ignored) {
                        // out of range: no date
                    }
                }
            }
        }
        JsonLdGraph.get(c, "upvoteCount").flatMap(JsonLdGraph::text).map(String::trim)
                .filter(v -> INTEGER.matcher(v).matches()).ifPresent(v -> e.upvotes = Integer.valueOf(v.replace("+", "")));
        Optional<String> id = JsonLdGraph.get(c, "@id").flatMap(JsonLdGraph::text)
                .or(() -> JsonLdGraph.get(c, "identifier").flatMap(JsonLdGraph::text))
                .or(() -> JsonLdGraph.get(c, "url").flatMap(JsonLdGraph::text));
        id.ifPresent(v -> {
            int hash = v.indexOf('#');
            String s = hash >= 0 ? v.substring(hash + 1) : v;
            Matcher m = COMMENT_NUMBER_ID.matcher(s);
            e.id = m.find() ? "comment-" + m.group(1) : s.isBlank() || s.length() > 100 ? null : s.trim();
        });
        return e;
    }

    // ---------------------------------------------------------------------------------------------
    // The stated count

    private static Optional<Integer> statedCount(Page page) {
        Element title = page.countTitle();
        if (title != null && !inWidget(title)) {
            Matcher m = STATED.matcher(Text.clean(title.text()));
            if (m.find()) {
                return Optional.of(Integer.parseInt(m.group(1)));
            }
        }
        for (Element s : page.sections()) {
            // The heading before the section, then its own headings in page order (itself first), the
            // first that states a count deciding: a walk that stops there, as a section may be long.
            Element before = s.previousElementSibling();
            Optional<Integer> n = before != null && Regions.isCommentListHeading(before) ? count(before)
                    : Optional.empty();
            if (n.isEmpty() && Dom.isHeading(s.normalName())) {
                n = count(s);
            }
            if (n.isEmpty()) {
                Integer[] found = {null};
                Dom.walk(s, (e, depth) -> {
                    if (Dom.isHeading(e.normalName())) {
                        found[0] = count(e).orElse(null);
                    }
                    return found[0] != null ? Dom.STOP : Dom.DESCEND;
                });
                n = Optional.ofNullable(found[0]);
            }
            if (n.isPresent()) {
                return n;
            }
        }
        return Optional.empty();
    }

    /** The count a comment-list heading states ("12 Kommentare", "One reply"), if any. */
    private static Optional<Integer> count(Element h) {
        Matcher m = COUNT_HEADING.matcher(Dom.textPrefix(h, 200));
        if (m.find()) {
            String n = m.group(1).toLowerCase(Locale.ROOT);
            return Optional.of(Character.isDigit(n.charAt(0)) ? Integer.parseInt(n) : 1);
        }
        return Optional.empty();
    }
}
