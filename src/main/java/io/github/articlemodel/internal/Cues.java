package io.github.articlemodel.internal;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * The cue tables: class and id words that mark boilerplate or content, and the labels of
 * cross-reference boxes and comment sections, in several languages. Shared by the stages so that
 * the body stage drops exactly the regions the cross-reference and comment stages take.
 */
public final class Cues {
    private Cues() {}

    /** Class/id words of regions that are almost never the article. */
    private static final Pattern UNLIKELY_CLASS = Pattern.compile(
            "(?:^|[-_ ])(?:ad|ads|advert\\w*|anzeige|werbung|banner|breadcrumbs?|combx|comments?|commentaires?|"
                    + "kommentare?|reacties|community|cookie\\w*|consent|disqus|footer|gdpr|legends|menu|"
                    + "masthead|modal|nav|navbar|navigation|newsletter|outbrain|pager|pagination|paywall|popup|"
                    + "promo|related|recommend\\w*|remark|replies|rss|share|sharing|shoutbox|sidebar|signup|"
                    + "skyscraper|social|sponsor\\w*|subscribe|subscription|supplemental|taboola|toolbar|"
                    + "trending|popular|most-read|meistgelesen|teilen|partage|widget|author-?box|author-?bio|"
                    + "author-?card|author-?profile|author-?dropdown|author-?about|author-?description|"
                    + "about-?the-?author|site-header|site-footer|header|jump|skip)(?:$|[-_ ])");

    /** Class/id words that keep a region even when an unlikely word also matches. */
    private static final Pattern MAYBE = Pattern.compile(
            "(?:^|[-_ ])(?:article|articlebody|body|column|content|entry|main|post|story|text|prose|"
                    + "artikel|inhalt|hentry|h-entry)(?:$|[-_ ])");

    private static final Pattern POSITIVE_CLASS = Pattern.compile(
            "(?:^|[-_ ])(?:article|articlebody|article-body|body|content|entry|hentry|h-entry|main|page|post|"
                    + "text|blog|story|prose|artikel|inhalt|beitrag|contenu|tekst)(?:$|[-_ ])");

    private static final Pattern NEGATIVE_CLASS = Pattern.compile(
            "(?:^|[-_ ])(?:ad|hidden|hid|banner|combx|comments?|com|contact|foot|footer|footnote|gdpr|masthead|"
                    + "media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|"
                    + "shopping|tags?|tool|widget|newsletter|byline|author|dateline|social|teaser|nav|menu|"
                    + "breadcrumbs?|copyright|credits?|caption)(?:$|[-_ ])");

    /** Elements the content root is probably inside or equal to. */
    private static final Pattern BODY_CONTAINER_CLASS = Pattern.compile(
            "(?:^|[ ])(?:entry-content|post-content|article-content|article-body|article__body|articlebody|"
                    + "story-body|story-content|post-body|postbody|blog-post-body|content-body|article-text|"
                    + "articletext|article__content|entry__content|c-entry-content|td-post-content|rich-text|"
                    + "field-name-body|field--name-body|node-content|main-content|news-content)(?:$|[ ])");

    /**
     * Labels of cross-reference boxes, in English, German, French, Dutch, Spanish, Italian and
     * Polish; each with the kind id of {@code CrossReferenceKind}.
     */
    private static final String[][] CROSS_REFERENCE_LABELS = {
        {"read-also", "read also|also read|read:|lesen sie auch|lies auch|auch interessant|à lire aussi|a lire aussi"
                + "|lire aussi|à lire|lees ook|lees ook:|lea también|lee también|lea más|lea:|lee:|leia também|leia mais"
                + "|auch interessant|schon gelesen\\?|ebenfalls interessant|leggi anche|czytaj też|czytaj także"
                + "|czytaj również|przeczytaj też|przeczytaj także"},
        {"see-also", "see also|siehe auch|voir aussi|zie ook|véase también|vea también|ver también|vedi anche"
                + "|zobacz też|zobacz także|zobacz również"},
        {"read-more", "read more|more on this story|more on this|more about|mehr zum thema|mehr dazu|weiterlesen"
                + "|en savoir plus|lees meer|meer over|leer más|más información|per saperne di più|leggi di più"
                + "|czytaj więcej|więcej"},
        {"source", "source:|sources:|quelle:|quellen:|quellenangaben:|fuente:|fuentes:|źródło:|bron:|bronnen:"
                + "|fonte:|fonti:"},
        {"related", "related|related articles|related stories|related posts|related content|you may also like"
                + "|you might also like|recommended|das könnte sie auch interessieren|verwandte artikel"
                + "|ähnliche artikel|sur le même sujet|articles liés|gerelateerd|gerelateerde artikelen"
                + "|relacionado|relacionados|noticias relacionadas|articoli correlati|correlati|powiązane"
                + "|podobne artykuły|ähnliche beiträge|verwandte beiträge|le puede interesar|te puede interesar"
                + "|también le puede interesar|también te puede interesar|puede interesarte|le podría interesar"
                + "|vous aimerez aussi|vous pourriez aimer|ti potrebbe interessare|potrebbe interessarti"
                + "|może cię zainteresować|to może cię zainteresować"},
    };

    private static final Pattern LABEL_PREFIX;

    static {
        // Longest labels first, and never ending inside a word: "Related articles" is not "Related".
        StringBuilder sb = new StringBuilder("^[^\\p{L}\\p{N}]{0,3}(");
        for (int i = 0; i < CROSS_REFERENCE_LABELS.length; i++) {
            if (i > 0) {
                sb.append('|');
            }
            String alternatives = java.util.Arrays.stream(CROSS_REFERENCE_LABELS[i][1].split("\\|"))
                    .sorted(java.util.Comparator.comparingInt(String::length).reversed())
                    .collect(java.util.stream.Collectors.joining("|"));
            sb.append("(?<k").append(i).append(">(?:").append(alternatives).append(")(?![\\p{L}]))");
        }
        sb.append(")\\s*[:：»›>\\-–—|]*\\s*");
        LABEL_PREFIX = Pattern.compile(sb.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** Class/id words of cross-reference boxes that have no visible label. */
    private static final Pattern CROSS_REFERENCE_CLASS = Pattern.compile(
            "(?:^|[-_ ])(?:related|read-?also|see-?also|read-?more|more-?on|also-?read|inline-?related|"
                    + "related-?posts?|related-?articles?|embedded-?content|crosslink|cross-?ref\\w*|teaser-?inline)"
                    + "(?:$|[-_ ])");

    /** Class/id words of the byline and date line around an article. */
    private static final Pattern ARTICLE_META_CLASS = Pattern.compile(
            "(?:^|[-_ ])(?:byline|bylines|dateline|entry-meta|post-meta|article-meta|meta-info|postmeta|postmetadata|posted-on"
                    + "|post-date|entry-date|article-date|publish-date|author-info|author-name|article-author"
                    + "|post-author|entry-author|autor|autorin|date-published|timestamp)(?:$|[-_ ])");

    /**
     * Class/id words of a lede (standfirst), in several languages: the summary paragraph that pages
     * set apart from the body, above it. Compound names written in camel case count word by word
     * ("articleIntro"); a lead image is no lede.
     */
    private static final Pattern LEDE_CLASS = Pattern.compile(
            "(?:^|[-_ ])(?:lead(?![-_ ]?(?:asset|image|img|media|photo|picture|video|art|figure|story|item))"
                    + "|lede|leadtext|intro|introtext|excerpt|teaser|chapo|chapeau|bajada|entradilla|vorspann"
                    + "|einleitung|perex|sumario|sommario|standfirst|summary|abstract|preface|deck|dek|subtitle"
                    + "|subheadline|description)(?:$|[-_ ])");

    /** Class/id words of comment sections. */
    private static final Pattern COMMENT_SECTION_CLASS = Pattern.compile(
            "(?:^|[-_ ])(?:comments|comment-?list|commentlist|comments-?area|comment-?section|comments-?section|"
                    + "discussion|disqus_thread|respond|comment-respond|comment-?form|reactions|reacties|"
                    + "kommentare|commentaires|komentarze|user-?comments)(?:$|[-_ ])");

    /** The lower-cased class names and id of an element, separated by spaces. */
    public static String classAndId(Element e) {
        return classAndId(e.className(), e.id());
    }

    private static String classAndId(String cls, String id) {
        return cls.isEmpty() && id.isEmpty() ? "" : (cls + " " + id).toLowerCase(Locale.ROOT);
    }

    /** Whether the element's class or id names a lede ({@code intro}, {@code lead}, {@code teaser-text}, …). */
    public static boolean isLede(Element e) {
        return ClassVerdicts.test(e, ClassVerdicts.LEDE);
    }

    private static final Pattern CAMEL = Pattern.compile("(\\p{Ll})(\\p{Lu})");

    /** Whether the element's class or id marks it as boilerplate (and nothing marks it as content). */
    public static boolean isUnlikely(Element e) {
        return ClassVerdicts.test(e, ClassVerdicts.UNLIKELY);
    }

    /** -25, 0, +25 or 0 (both): the class weight of readability-style scoring. */
    public static int classWeight(Element e) {
        return (ClassVerdicts.test(e, ClassVerdicts.POSITIVE) ? 25 : 0)
                - (ClassVerdicts.test(e, ClassVerdicts.NEGATIVE) ? 25 : 0);
    }

    /** Whether the element is a known article-body container ({@code itemprop=articleBody}, {@code entry-content}). */
    public static boolean isBodyContainer(Element e) {
        return e.attr("itemprop").equalsIgnoreCase("articleBody") || ClassVerdicts.test(e, ClassVerdicts.BODY_CONTAINER);
    }

    /**
     * Whether a class attribute (as {@link Element#className()} gives it, or untrimmed) names an
     * article-body container. Asked of every element with attributes, so it reads the class in place:
     * a container class is a whole space-separated name, and each name lower-cases by itself (never
     * to fewer characters), an ASCII one letter by letter.
     */
    public static boolean isBodyContainerClass(String cls) {
        int lo = 0;
        int hi = cls.length();
        while (lo < hi && cls.charAt(lo) <= ' ') { // as String.trim() does
            lo++;
        }
        while (hi > lo && cls.charAt(hi - 1) <= ' ') {
            hi--;
        }
        for (int start = lo; start < hi; ) {
            int end = cls.indexOf(' ', start);
            if (end < 0 || end > hi) {
                end = hi;
            }
            if (BodyContainerWords.isWord(cls, start, end)) {
                return true;
            }
            start = end + 1;
        }
        return false;
    }

    /** Held apart so that the matcher is made after the pattern it reads. */
    private static final class BodyContainerWords {
        /** The pattern's words, lower case: {@code (?:^|[ ])(?:word|word)(?:$|[ ])}. */
        static final Set<String> SET;
        static final int MIN;
        static final int MAX;

        static {
            String source = BODY_CONTAINER_CLASS.pattern();
            String opening = "(?:^|[ ])(?:";
            String closing = ")(?:$|[ ])";
            if (!source.startsWith(opening) || !source.endsWith(closing)) {
                throw new IllegalStateException("not a whole-name pattern: " + source);
            }
            SET = Set.of(source.substring(opening.length(), source.length() - closing.length()).split("\\|"));
            int min = Integer.MAX_VALUE;
            int max = 0;
            for (String w : SET) {
                if (!w.matches("[a-z0-9_-]+")) {
                    throw new IllegalStateException("not a plain word: " + w);
                }
                min = Math.min(min, w.length());
                max = Math.max(max, w.length());
            }
            MIN = min;
            MAX = max;
        }

        /** Whether the name {@code cls[start, end)}, lower-cased, is one of the words. */
        static boolean isWord(String cls, int start, int end) {
            int len = end - start;
            if (len < MIN || len > MAX) {
                return false;
            }
            char[] lower = new char[len];
            for (int i = 0; i < len; i++) {
                char c = cls.charAt(start + i);
                if (c >= 128) {
                    return SET.contains(cls.substring(start, end).toLowerCase(Locale.ROOT));
                }
                lower[i] = c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
            }
            return SET.contains(new String(lower));
        }
    }

    /** The class-word patterns, for the test that checks each is answered exactly without the regex engine. */
    static java.util.List<Pattern> classWordPatterns() {
        return java.util.List.of(UNLIKELY_CLASS, MAYBE, NEGATIVE_CLASS, POSITIVE_CLASS, BODY_CONTAINER_CLASS,
                ARTICLE_META_CLASS, COMMENT_SECTION_CLASS, CROSS_REFERENCE_CLASS, CREDIT_CLASS);
    }

    /** Whether the class or id marks the article's byline or date line. */
    public static boolean isArticleMeta(Element e) {
        return ClassVerdicts.test(e, ClassVerdicts.ARTICLE_META);
    }

    /** Whether the class or id marks a comment section or the comment form. */
    public static boolean isCommentSection(Element e) {
        return isCommentSection(e, e.className(), e.id());
    }

    /** {@link #isCommentSection(Element)} with the element's class ({@link Element#className()}) and id read. */
    public static boolean isCommentSection(Element e, String cls, String id) {
        return isCommentSection(e, ClassVerdicts.of(cls, id));
    }

    /**
     * The class-and-id tests above, each answered once per distinct class and id and thread: pages
     * repeat a few class names on thousands of elements, and each test runs long alternations. The
     * answers depend on the two strings only, so they are exact; the memo is cleared when it holds
     * more than {@value #LIMIT} class-and-id pairs.
     */
    private static final class ClassVerdicts {
        static final int UNLIKELY = 0;
        static final int NEGATIVE = 1;
        static final int POSITIVE = 2;
        static final int BODY_CONTAINER = 3;
        static final int ARTICLE_META = 4;
        static final int COMMENT_SECTION = 5;
        static final int CROSS_REFERENCE = 6;
        static final int CREDIT = 7;
        static final int LEDE = 8;
        private static final int LIMIT = 8192;
        private static final ThreadLocal<Memo> MEMO = ThreadLocal.withInitial(Memo::new);

        private static final class Memo {
            final java.util.HashMap<String, ClassPart> byClass = new java.util.HashMap<>();
            int entries;
        }

        /**
         * What a class alone decides, shared by the verdicts of its ids: no class word reaches across
         * the space between class and id (each pattern's words start and end at a separator, and
         * hold no space), so the words of both are those of each, found apart.
         */
        static final class ClassPart {
            final java.util.HashMap<String, Verdicts> byId = new java.util.HashMap<>(4);
            private final String cls;
            private String lower;
            private int words = -1;

            ClassPart(String cls) {
                this.cls = cls;
            }

            String lower() {
                if (lower == null) {
                    lower = cls.toLowerCase(Locale.ROOT);
                }
                return lower;
            }

            int words() {
                if (words < 0) {
                    words = cls.isEmpty() ? 0 : WORDS.findAll(lower());
                }
                return words;
            }
        }

        static boolean test(Element e, int test) {
            // The body-container test reads the class only: pages give many elements a unique id.
            return test(e.className(), test == BODY_CONTAINER ? "" : e.id(), test);
        }

        static boolean test(String cls, String id, int test) {
            return of(cls, id).test(test);
        }

        /** The memo entry of a class and id (keyed by class, then id, so that no key is built). */
        static Verdicts of(String cls, String id) {
            if (cls.isEmpty() && id.isEmpty()) {
                return Verdicts.NONE;
            }
            Memo memo = MEMO.get();
            ClassPart part = memo.byClass.get(cls);
            Verdicts v = part == null ? null : part.byId.get(id);
            if (v == null) {
                if (++memo.entries > LIMIT) {
                    memo.byClass.clear();
                    memo.entries = 1;
                    part = null;
                }
                if (part == null) {
                    part = new ClassPart(cls);
                    memo.byClass.put(cls, part);
                }
                v = new Verdicts(part, id);
                part.byId.put(id, v);
            }
            return v;
        }

        // Each test answered without the regex engine (ClassWords reads the words from the pattern).
        private static final ClassWords UNLIKELY_WORDS = ClassWords.of(UNLIKELY_CLASS);
        private static final ClassWords MAYBE_WORDS = ClassWords.of(MAYBE);
        private static final ClassWords NEGATIVE_WORDS = ClassWords.of(NEGATIVE_CLASS);
        private static final ClassWords POSITIVE_WORDS = ClassWords.of(POSITIVE_CLASS);
        private static final ClassWords ARTICLE_META_WORDS = ClassWords.of(ARTICLE_META_CLASS);
        private static final ClassWords COMMENT_SECTION_WORDS = ClassWords.of(COMMENT_SECTION_CLASS);
        private static final ClassWords CROSS_REFERENCE_WORDS = ClassWords.of(CROSS_REFERENCE_CLASS);
        private static final ClassWords CREDIT_WORDS = ClassWords.of(CREDIT_CLASS);
        /** The class-word tests on the lower-cased class and id, found together in one pass: bit i for entry i. */
        private static final ClassWords.Group WORDS = new ClassWords.Group(UNLIKELY_WORDS, MAYBE_WORDS, NEGATIVE_WORDS,
                POSITIVE_WORDS, ARTICLE_META_WORDS, COMMENT_SECTION_WORDS, CROSS_REFERENCE_WORDS, CREDIT_WORDS);
        private static final int W_UNLIKELY = 1;
        private static final int W_MAYBE = 1 << 1;
        private static final int W_NEGATIVE = 1 << 2;
        private static final int W_POSITIVE = 1 << 3;
        private static final int W_ARTICLE_META = 1 << 4;
        private static final int W_COMMENT_SECTION = 1 << 5;
        private static final int W_CROSS_REFERENCE = 1 << 6;
        private static final int W_CREDIT = 1 << 7;

        private static boolean answer(int test, Verdicts v) {
            String cls = v.cls;
            String id = v.id;
            if (test == BODY_CONTAINER) {
                return isBodyContainerClass(cls);
            }
            switch (test) {
                case UNLIKELY: return (v.words() & (W_UNLIKELY | W_MAYBE)) == W_UNLIKELY;
                case NEGATIVE: return (v.words() & W_NEGATIVE) != 0;
                case POSITIVE: return (v.words() & W_POSITIVE) != 0;
                case ARTICLE_META: return (v.words() & W_ARTICLE_META) != 0;
                case COMMENT_SECTION:
                    return v.hasCommentHint() && (v.words() & W_MAYBE) == 0
                            && ((v.words() & W_COMMENT_SECTION) != 0 || namesCommentArea(words(cls + " " + id)));
                case CROSS_REFERENCE: return (v.words() & W_CROSS_REFERENCE) != 0;
                case CREDIT: return (v.words() & W_CREDIT) != 0;
                case LEDE:
                    // camel case split before lower-casing: "articleIntro" is "article-intro"; the split
                    // only adds hyphens, so the pattern's words are in the plain lower-cased string too.
                    return v.containsAny(LEDE_WORDS) && LEDE_CLASS.matcher(CAMEL.matcher(cls + " " + id).replaceAll("$1-$2").toLowerCase(Locale.ROOT))
                            .find();
                default: throw new IllegalArgumentException("no class test " + test);
            }
        }
    }

    /** Text that every match of {@link #LEDE_CLASS} holds (the camel-case split aside). */
    private static final String[] LEDE_WORDS = {"lead", "lede", "intro", "excerpt", "teaser", "chapo", "chapeau",
        "bajada", "entradilla", "vorspann", "einleitung", "perex", "sumario", "sommario", "standfirst", "summary",
        "abstract", "preface", "deck", "dek", "subtitle", "subheadline", "description"};

    private static boolean containsAny(String s, String[] words) {
        for (String w : words) {
            if (s.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The class-and-id tests of one class and id, each answered at most once: for a caller that
     * asks several of them about one element (the body stage asks five of most elements). Held in
     * the per-thread memo of {@link ClassVerdicts}.
     */
    public static final class Verdicts {
        /** No class and no id: every test says no. */
        static final Verdicts NONE = new Verdicts(new ClassVerdicts.ClassPart(""), "", 0xFFFF);
        private final ClassVerdicts.ClassPart part;
        private final String cls;
        private final String id;
        /** Bits 0-15: answered, bits 16-31: the answer. */
        private int bits;
        /** The lower-cased id, made at the first test that reads it. */
        private String lowerId;
        /** {@link ClassVerdicts#WORDS} found, bit by bit; -1 until a test reads them. */
        private int words = -1;

        private Verdicts(ClassVerdicts.ClassPart part, String id) {
            this(part, id, 0);
        }

        private Verdicts(ClassVerdicts.ClassPart part, String id, int bits) {
            this.part = part;
            this.cls = part.cls;
            this.id = id;
            this.bits = bits;
        }

        boolean test(int test) {
            if ((bits & 1 << test) == 0) {
                bits |= 1 << test | (ClassVerdicts.answer(test, this) ? 1 << (test + 16) : 0);
            }
            return (bits & 1 << (test + 16)) != 0;
        }

        private String lowerId() {
            if (lowerId == null) {
                lowerId = id.toLowerCase(Locale.ROOT);
            }
            return lowerId;
        }

        /**
         * The class-word tests found in the lower-cased class and id ({@link #classAndId(String, String)}),
         * made at the first test that reads them: the class's, found once per class, and the id's.
         */
        int words() {
            if (words < 0) {
                words = part.words() | (id.isEmpty() ? 0 : ClassVerdicts.WORDS.findAll(lowerId()));
            }
            return words;
        }

        /** {@link Cues#hasCommentHint} of the lower-cased class and id: no hint holds a space. */
        boolean hasCommentHint() {
            return Cues.hasCommentHint(part.lower()) || Cues.hasCommentHint(lowerId());
        }

        /** Whether the lower-cased class and id hold one of {@code words} (none holds a space). */
        boolean containsAny(String[] words) {
            return Cues.containsAny(part.lower(), words) || Cues.containsAny(lowerId(), words);
        }

        /** The class ({@link Element#className()}) these verdicts are about. */
        public String className() {
            return cls;
        }

        /** The id these verdicts are about. */
        public String id() {
            return id;
        }

        /** {@link Cues#isUnlikely}. */
        public boolean unlikely() {
            return test(ClassVerdicts.UNLIKELY);
        }

        /** {@link Cues#isArticleMeta}. */
        public boolean articleMeta() {
            return test(ClassVerdicts.ARTICLE_META);
        }

        /** {@link Cues#isCreditClass}. */
        public boolean credit() {
            return test(ClassVerdicts.CREDIT);
        }

        /** {@link Cues#hasCrossReferenceClass}. */
        public boolean crossReference() {
            return test(ClassVerdicts.CROSS_REFERENCE);
        }

        /** The class-and-id part of {@link Cues#isCommentSection}. */
        boolean commentSection() {
            return test(ClassVerdicts.COMMENT_SECTION);
        }

        /** {@link Cues#classWeight}. */
        public int classWeight() {
            return (test(ClassVerdicts.POSITIVE) ? 25 : 0) - (test(ClassVerdicts.NEGATIVE) ? 25 : 0);
        }

        /** Whether the class names an article-body container ({@link Cues#isBodyContainerClass}). */
        public boolean bodyContainerClass() {
            return test(ClassVerdicts.BODY_CONTAINER);
        }
    }

    /** The class-and-id verdicts of a class ({@link Element#className()}) and id, memoised per thread. */
    public static Verdicts verdicts(String cls, String id) {
        return ClassVerdicts.of(cls, id);
    }

    /** {@link #isCommentSection(Element)} with the element's class-and-id verdicts read. */
    public static boolean isCommentSection(Element e, Verdicts v) {
        return v.commentSection() || e.nameIs("ol") && (e.hasClass("commentlist") || e.hasClass("comment-list"));
    }

    /** Every name of a comment section contains one of these (lower case). */
    private static final String[] COMMENT_HINTS = {"comment", "kommentar", "komentar", "coment", "discussion",
        "diskussion", "disqus", "respond", "reacti", "leser", "review", "bewertung", "rezension", "avis"};

    /**
     * The lower-case words one of which every class or id of a comment section holds: a name
     * without any of them is no comment section, so a walk may skip it before asking
     * {@link #isCommentSection}.
     */
    public static java.util.List<String> commentHints() {
        return java.util.List.of(COMMENT_HINTS);
    }

    private static boolean hasCommentHint(String lowerClassAndId) {
        if (lowerClassAndId.isEmpty()) {
            return false;
        }
        for (String hint : COMMENT_HINTS) {
            if (lowerClassAndId.contains(hint)) {
                return true;
            }
        }
        return false;
    }

    /** Words that name a comment area by themselves, also inside compound names ("leserKommentare"). */
    private static final java.util.Set<String> COMMENT_AREA_WORDS = java.util.Set.of("comments", "kommentare",
            "leserkommentare", "leserbriefe", "leserpost", "commentaires", "reacties", "komentarze", "comentarios",
            "commenti", "diskussion");
    /** A comment word followed by one of these names the area ("kommentarModul", "comment-thread"). */
    private static final java.util.Set<String> COMMENT_WORDS = java.util.Set.of("comment", "kommentar",
            "commentaire", "reactie", "komentarz", "comentario", "commento", "comments", "kommentare");
    private static final java.util.Set<String> AREA_WORDS = java.util.Set.of("list", "area", "section", "module",
            "modul", "bereich", "thread", "threads", "items", "entries", "stream", "listing");
    /** Words that make a named comment area only a link or a counter to it. */
    private static final java.util.Set<String> NOT_AREA_WORDS = java.util.Set.of("link", "links", "count", "counter",
            "number", "icon", "btn", "button", "toggle", "bubble", "meta", "recent", "latest", "popular");

    /** After a plural, these name one comment of the list ("commentsItem", "commentsCon"), not the area. */
    private static final java.util.Set<String> ONE_ITEM_WORDS = java.util.Set.of("con", "item", "entry", "card",
            "single", "row", "li", "unit");
    /** Readers' reviews of a product are their comments on it ("product-reviews", "customerReviews"). */
    private static final java.util.Set<String> REVIEWERS = java.util.Set.of("product", "customer", "customers",
            "user", "users", "kunden", "reader", "leser");
    private static final java.util.Set<String> REVIEWS = java.util.Set.of("reviews", "bewertungen", "rezensionen",
            "avis");

    private static boolean namesCommentArea(java.util.List<String> words) {
        boolean area = false;
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            if (NOT_AREA_WORDS.contains(w)) {
                return false;
            }
            boolean next = i + 1 < words.size();
            if ((COMMENT_AREA_WORDS.contains(w) && !(next && ONE_ITEM_WORDS.contains(words.get(i + 1))))
                    || (COMMENT_WORDS.contains(w) && next && AREA_WORDS.contains(words.get(i + 1)))
                    || (REVIEWERS.contains(w) && next && REVIEWS.contains(words.get(i + 1)))) {
                area = true;
            }
        }
        return area;
    }

    /**
     * The lower-case words of an element's class names and id, split at hyphens, underscores and
     * camelCase humps: {@code "kommentarModul c-comment__body"} gives kommentar, modul, c, comment, body.
     */
    public static java.util.List<String> classWords(Element e) {
        String cls = e.className();
        String id = e.id();
        if (cls.isEmpty() && id.isEmpty()) {
            return java.util.List.of();
        }
        return words(cls + " " + id);
    }

    /** The lower-case words of class names or ids, as {@link #classWords(Element)} splits them. */
    public static java.util.List<String> words(String s) {
        java.util.List<String> out = new java.util.ArrayList<>();
        StringBuilder w = new StringBuilder();
        char prev = ' ';
        for (int i = 0; i < s.length() && i < 400; i++) {
            char c = s.charAt(i);
            boolean hump = Character.isUpperCase(c) && Character.isLowerCase(prev);
            if (!Character.isLetterOrDigit(c) || hump) {
                if (w.length() > 0) {
                    out.add(w.toString().toLowerCase(Locale.ROOT));
                    w.setLength(0);
                }
            }
            if (Character.isLetterOrDigit(c)) {
                w.append(c);
            }
            prev = c;
        }
        if (w.length() > 0) {
            out.add(w.toString().toLowerCase(Locale.ROOT));
        }
        return out;
    }

    /** The counts a comment-list heading may write out ("One comment"). */
    private static final java.util.List<String> COMMENT_COUNT_WORDS =
            java.util.List.of("one", "ein", "eine", "un", "une", "één", "jeden");
    /** The words of a comment-list heading, each form written out. */
    private static final java.util.List<String> COMMENT_LIST_WORDS = java.util.List.of("reader comments",
            "user comments", "comments", "comment", "leserkommentare", "leserkommentar", "leserbriefe", "leserbrief", "leserpost", "kommentare",
            "kommentar", "antworten", "antwort", "réactions", "réaction", "reactions", "reaction", "commentaires",
            "commentaire", "reacties", "reactie", "komentarze", "komentarzy", "komentarz", "comentarios", "comentario",
            "commenti", "commento", "diskussion", "discussion", "responses", "response", "replies", "reply", "thoughts",
            "thought");
    /** Headings over a list of comments: "Comments", "3 Kommentare", "4 thoughts on “…”", "Leserkommentare (12)". */
    private static final Pattern COMMENT_LIST_HEADING = Pattern.compile(
            "^(?:(?<count>\\d{1,6}|" + String.join("|", COMMENT_COUNT_WORDS) + ")\\s+)?(?<word>"
                    + String.join("|", COMMENT_LIST_WORDS) + ")"
                    + "(?:\\s+(?:on|to|auf|zu|zum|sur|à|op|do|a|su|en|para)\\s.*|\\s*[:(\\[]?\\s*\\d{0,6}\\s*[)\\]]?)$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /**
     * The first words of {@link #COMMENT_LIST_HEADING}: its counts written out, and the first run
     * of letters of each heading word, folded (a leading count of digits is let through).
     */
    static final FirstWords COMMENT_LIST_HEADING_STARTS = new FirstWords(java.util.stream.Stream.concat(
            COMMENT_COUNT_WORDS.stream(), COMMENT_LIST_WORDS.stream().map(w -> w.split(" ")[0])).map(Cues::fold)
            .collect(java.util.stream.Collectors.toSet()), 0, true);
    private static final java.util.Set<String> LIST_WORDS_WITHOUT_COUNT = java.util.Set.of("reader comments",
            "user comments", "comments", "leserkommentare", "leserbriefe", "leserpost", "kommentare", "réactions",
            "commentaires", "reacties", "komentarze", "komentarzy", "comentarios", "commenti", "diskussion",
            "discussion");

    /**
     * Whether a heading's text stands over a list of comments (not over the comment form, and not a
     * singular "Kommentar" that may head an opinion piece): a plural name or a count.
     */
    public static boolean isCommentListHeading(String text) {
        if (text.length() > 120) {
            return false;
        }
        Matcher m = COMMENT_LIST_HEADING.matcher(text.trim());
        if (!m.matches()) {
            return false;
        }
        return m.group("count") != null || LIST_WORDS_WITHOUT_COUNT.contains(m.group("word").toLowerCase(Locale.ROOT));
    }

    /** A cross-reference label found at the start of a text. */
    public static final class Label {
        private final String text;
        private final String kind;
        private final int end;

        Label(String text, String kind, int end) {
            this.text = text;
            this.kind = kind;
            this.end = end;
        }

        /** The label as shown, without the colon ("Read also"). */
        public String text() {
            return text;
        }

        /** The kind id ("read-also", "see-also", "read-more", "related"). */
        public String kind() {
            return kind;
        }

        /** Where the text after the label starts. */
        public int end() {
            return end;
        }
    }

    /** The cross-reference label at the start of {@code text}, if there is one. */
    public static Optional<Label> crossReferenceLabel(String text) {
        if (text.isEmpty()) {
            return Optional.empty();
        }
        Matcher m = LABEL_PREFIX.matcher(text.length() > 200 ? text.substring(0, 200) : text);
        if (!m.lookingAt()) {
            return Optional.empty();
        }
        for (int i = 0; i < CROSS_REFERENCE_LABELS.length; i++) {
            String g = m.group("k" + i);
            if (g != null) {
                String label = g.endsWith(":") ? g.substring(0, g.length() - 1) : g;
                return Optional.of(new Label(label.trim(), CROSS_REFERENCE_LABELS[i][0], m.end()));
            }
        }
        return Optional.empty();
    }

    /** Folded as the label pattern's case-insensitive (Unicode) match folds each character. */
    private static String fold(String s) {
        char[] cs = s.toCharArray();
        for (int i = 0; i < cs.length; i++) {
            cs[i] = fold(cs[i]);
        }
        return new String(cs);
    }

    /** The first word (run of letters) of each label, folded. */
    private static final Set<String> LABEL_FIRST_WORDS = java.util.Arrays.stream(CROSS_REFERENCE_LABELS)
            .flatMap(kind -> java.util.Arrays.stream(kind[1].split("\\|")))
            .map(label -> {
                int end = 0;
                while (end < label.length() && Character.isLetter(label.charAt(end))) {
                    end++;
                }
                return fold(label.substring(0, end));
            })
            .collect(java.util.stream.Collectors.toUnmodifiableSet());
    /** The first words of the labels, for the pre-test read in place ({@link Regions#mayStartWithLabel}). */
    static final FirstWords LABEL_STARTS = new FirstWords(LABEL_FIRST_WORDS, 3, false);

    /**
     * The first words a text must start with for a pattern to match it, as a necessary pre-test
     * that reads an element's text in place ({@link Regions}): a run of letters, folded as
     * {@link #fold(char)} folds, whose hash is one of the words', after at most {@code maxBefore}
     * other visible characters (a run of spaces counted once; a digit never among them). A leading
     * ASCII digit answers {@code asciiDigit}. Hash collisions only let more through.
     */
    static final class FirstWords {
        private final int[] hashes;
        /** One bit per hash, by its low and high bits mixed: most words read answer no without the search. */
        private final long[] filter = new long[64];
        private final int longest;
        final int maxBefore;
        final boolean asciiDigit;

        FirstWords(java.util.Collection<String> foldedWords, int maxBefore, boolean asciiDigit) {
            this.hashes = foldedWords.stream().mapToInt(String::hashCode).sorted().toArray();
            for (int h : hashes) {
                int bit = filterBit(h);
                filter[bit >>> 6] |= 1L << bit;
            }
            this.longest = foldedWords.stream().mapToInt(String::length).max().orElse(0);
            this.maxBefore = maxBefore;
            this.asciiDigit = asciiDigit;
        }

        /** Whether a run of letters, folded, with this {@link String#hashCode()} may be one of the words. */
        boolean mayBe(int foldedHash) {
            int bit = filterBit(foldedHash);
            return (filter[bit >>> 6] & 1L << bit) != 0 && java.util.Arrays.binarySearch(hashes, foldedHash) >= 0;
        }

        private static int filterBit(int hash) {
            return (hash ^ hash >>> 12 ^ hash >>> 24) & 4095;
        }

        int longest() {
            return longest;
        }
    }

    /** One character folded as the label pattern's case-insensitive (Unicode) match folds it. */
    static char fold(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c < 128 ? c : Character.toLowerCase(Character.toUpperCase(c));
    }

    /**
     * Whether {@code text} holds one of {@code fragments} (lower-case ASCII, each starting with a
     * character from '@' to DEL, such as a letter) where a word starts (not right after a letter, a
     * digit or an underscore), each character compared as a case-insensitive (Unicode) pattern
     * compares it: a necessary test, cheap and regex-free, for a pattern every match of which holds
     * one of the fragments as literal text at a word boundary ({@code \\b}, or after a space).
     */
    public static boolean containsWordFolded(String text, String... fragments) {
        long firsts = 0; // the fragments' first characters, as bits of (c - 64): letters and more
        for (String f : fragments) {
            firsts |= 1L << (f.charAt(0) - 64);
        }
        boolean afterWord = false;
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            boolean wordStart = !afterWord;
            afterWord = c < 128 ? c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_'
                    : Character.isLetterOrDigit(c);
            if (!wordStart) {
                continue;
            }
            if (c >= 'A' && c <= 'Z' || c >= 128) {
                c = fold(c);
            }
            if (c < 64 || c >= 128 || (firsts & 1L << (c - 64)) == 0) {
                continue;
            }
            for (String f : fragments) {
                if (f.charAt(0) == c && f.length() <= n - i && foldedAt(text, i, f)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean foldedAt(String text, int at, String fragment) {
        for (int j = 1; j < fragment.length(); j++) {
            if (fold(text.charAt(at + j)) != fragment.charAt(j)) {
                return false;
            }
        }
        return true;
    }

    /** Class/id words of a photo credit or copyright line. */
    private static final Pattern CREDIT_CLASS = Pattern.compile(
            "(?:^|[-_ ])(?:credit|credits|copyright|photo-?credit|image-?credit|bildnachweis|bildquelle|fotocredit"
                    + "|caption-source|caption--source|caption__source|image-source|img-source|photo-source)"
                    + "(?:$|[-_ ])");

    /** The labels of a photo credit ("Foto:", "Image:", "Crédits photos :", "©"), in several languages. */
    private static final String CREDIT_LABEL = "(?:©\\s*)?(?:fotos?|photos?|bild|bilder|bildquelle|bildnachweis|titelbild"
            + "|beitragsbild|images?|credits?|crédits?(?: photos?)?|photo credits?|quelle|fuente|zdjęcie|fot\\.|copyright)";

    /** A line that is only a photo credit: "Foto: dpa", "Crédits photos : Bestimage", "© Reuters". */
    private static final Pattern CREDIT_LINE = Pattern.compile("^(?:" + CREDIT_LABEL + "\\s*:|©)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /**
     * A photo credit at the end of a caption: "(Quelle: Agentur)", "(REUTERS/Jane Doe)", "Bild: Agentur",
     * "| © Agentur". Whatever comes before it is the caption.
     */
    private static final Pattern CREDIT_SUFFIX = Pattern.compile(
            "(?:^|\\s*[|]\\s*|\\s+)(?:\\((?:" + CREDIT_LABEL + "\\s*:[^()]*|[^()/\\s]+(?: [^()/\\s]+){0,2} ?/ ?[^()]*)\\)"
                    + "|(?:©|" + CREDIT_LABEL + "\\s*:)(?:[^.!?()]|\\.(?=\\S)){1,80})$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** Whether the class or id marks a photo credit or copyright line. */
    public static boolean isCreditClass(Element e) {
        return ClassVerdicts.test(e, ClassVerdicts.CREDIT);
    }

    /**
     * Whether a short line is a photo credit and nothing else: "Foto: dpa", "© Reuters", "Photo by
     * Jane Doe", or names and agencies between slashes ("Jane Doe / AFP / Getty Images").
     */
    public static boolean isCreditLine(String text) {
        return text.length() <= 120 && (CREDIT_LINE.matcher(text).find() || CREDIT_BY.matcher(text).matches()
                || agencyCredit(text));
    }

    /** A word of a person's name: capitalised ("Jane", "O'Neil", "J."), or a particle ("van", "de"). */
    private static final String NAME_WORD = "(?:\\p{Lu}[\\p{L}'’-]*\\.?|van|von|de|der|den|da|di|du|la|le|del|dos|ten|ter)";

    /** "Photo by Jane Doe", "Illustration by John Roe": the maker of a picture, named alone. */
    private static final Pattern CREDIT_BY = Pattern.compile(
            "\\s*(?i:photos?|photograph(?:y|s)?|pictures?|images?|illustrations?|graphics?|video)\\s+(?i:by)\\s+"
                    + NAME_WORD + "(?:\\s+" + NAME_WORD + "){0,4}\\s*");

    /** Picture agencies, as credits name them after a slash. */
    private static final Set<String> AGENCIES = Set.of("getty images", "getty", "afp", "ap",
            "ap photo", "reuters", "epa", "dpa", "picture alliance", "picture-alliance", "istock", "istockphoto",
            "shutterstock", "imago", "imago images", "keystone", "bloomberg", "corbis", "alamy", "sipa", "anp",
            "belga", "efe", "ansa", "xinhua", "apa", "zuma press", "rex features", "pa", "pa images");

    /** Names between slashes, one of them a picture agency, and no sentence: "Jane Doe / AFP / Getty Images". */
    private static boolean agencyCredit(String text) {
        if (text.indexOf('/') < 0 || text.length() > 80) {
            return false;
        }
        String[] parts = text.split("/", -1);
        if (parts.length > 4) {
            return false;
        }
        boolean agency = false;
        for (String part : parts) {
            String p = part.strip();
            if (p.isEmpty() || p.split("\\s+").length > 4 || p.endsWith(".")) {
                return false;
            }
            agency |= AGENCIES.contains(p.toLowerCase(Locale.ROOT));
        }
        return agency;
    }

    /** Where a photo credit at the end of a caption starts, or -1. */
    public static int creditSuffixStart(String caption) {
        if (caption.length() > 600) {
            return -1;
        }
        Matcher m = CREDIT_SUFFIX.matcher(caption);
        return m.find() ? m.start() : -1;
    }

    /** Whether the class or id names a cross-reference box ("related-posts", "read-also"). */
    public static boolean hasCrossReferenceClass(Element e) {
        return ClassVerdicts.test(e, ClassVerdicts.CROSS_REFERENCE);
    }

    /** {@link #hasCrossReferenceClass(Element)} with the element's class and id read. */
    public static boolean hasCrossReferenceClass(String cls, String id) {
        return ClassVerdicts.test(cls, id, ClassVerdicts.CROSS_REFERENCE);
    }
}
