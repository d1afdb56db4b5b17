package io.github.articlemodel.extract;

import io.github.articlemodel.internal.Cues;
import io.github.articlemodel.internal.Dom;
import io.github.articlemodel.internal.FoldedWords;
import io.github.articlemodel.internal.Names;
import io.github.articlemodel.internal.Regions;
import io.github.articlemodel.internal.Text;
import io.github.articlemodel.internal.Urls;
import io.github.articlemodel.internal.WordBoundary;
import io.github.articlemodel.model.AgentType;
import io.github.articlemodel.model.Source;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Stage 3a: the credited people and organisations. Candidates come from the metadata (JSON-LD,
 * microdata, meta tags) and from byline markup in the article ({@code rel=author}, {@code
 * itemprop=author}, hCard, byline classes, author links); names are cleaned ("By", dates, roles,
 * social links stripped) and split ("A, B and C"). Never from teasers, sidebars or comments. When
 * nothing names a person, a wire service's credit in the text ("Hamburg (dpa) –") or a signature
 * closing it is taken before a credit of the publisher alone.
 *
 * <p>The page is walked once: byline-marked elements are collected in page order, then judged
 * (scope, length) one by one; the first that gives names wins, the article's own before the
 * page's.
 */
final class BylineExtractor {
    /** A byline candidate group: the names one source gave, with where they came from. */
    record Found(List<Metadata.AuthorCandidate> names, Source source, String reason) {}

    /** What a credit line credits: "Text", "Fotos", "Text und Fotos". */
    private static final String CREDITED = "(?:text|words|photos?|fotos?|bilder|pictures)"
            + "(?:\\s*(?:und|and|et|en|y|&|\\+|/)\\s*(?:text|words|photos?|fotos?|bilder|pictures|video))?";
    /** Kinds of pieces named before "von"/"by" ("Eine Analyse von", "A review by"): only with that word they are a label. */
    private static final String GENRE = "(?:(?:ein|eine|a|an|un|une|een)\\s+)?(?:analyse|analysis|essay|kolumne|column"
            + "|reportage|rezension|review|interview|gastbeitrag|gastkommentar|kommentar|commentary|commentaire)"
            + "\\s+(?=(?:by|von|vom|par|door|por|di|da|de)\\s)";
    /** Words before the names: "Written by", "Von", "Text:", "Alle Artikel von". */
    static final Pattern PREFIX = Pattern.compile(
            "^(?:" + GENRE + "|(?:written|posted|published|reported|" + CREDITED + "|story|edited|veröffentlicht|publiziert|erschienen|geschrieben"
                    + "|verfasst|ein beitrag|(?:blog[- ]?|gast)?beitrag|ein artikel|artikel|publié|écrit|geschreven"
                    + "|escrito|publicado|scritto|napisane|opublikowane|a post|a story|an article"
                    + "|eingestellt|gepostet|geplaatst|gepubliceerd|(?:ein |gast)?kommentar|pressemitteilung"
                    + "|(?:view |see |read |show |zeige |alle )?(?:all|more|alle?s?|mehr)"
                    + "(?: posts| articles| stories| beiträge| artikel| texte)?)(?:\\s*:\\s*|\\s+))?"
                    + "(?:(?:by|von|vom|par|door|por|di|da|de|av|af|przez|from"
                    + "|autor(?:in|en|innen)?|authors?|auteurs?|autores?|autori|texte?|tekst|interview|reportage|作者|记者|記者|责任编辑|責任編輯|编辑|編輯|撰文|文)"
                    + "(?:\\s*[:\\-–：]\\s*|\\s+)"
                    + "|redaktion\\s*[:\\-–]\\s*|(?:quelle|source|fonte|fuente|bron)\\s*:\\s*)?",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /**
     * The starts of the words {@link #PREFIX} may start with; most names start with none and skip
     * the pattern.
     */
    private static final List<String> PREFIX_STARTS = List.of("a", "beitrag", "bilder", "blog", "bron", "by",
            "column", "comment", "da", "de", "di", "door", "edited", "een", "ein", "erschienen", "escrito", "essay",
            "fonte", "foto", "from", "fuente", "gast", "geplaatst", "gepostet", "gepubliceerd", "geschr", "interview",
            "kolumne", "kommentar", "mehr", "more", "napisane", "opublikowane", "par", "photo", "pictures", "por",
            "posted", "pressemitteilung", "przez", "publi", "quelle", "re", "scritto", "see", "show", "source", "story",
            "tekst", "text", "un", "ver", "view", "vom", "von", "words", "written", "zeige", "écrit", "作者", "记者",
            "記者", "责任编辑", "責任編輯", "编辑", "編輯", "撰文", "文");
    /** {@link #PREFIX_STARTS}, for {@link #mayStartWithPrefix}. */
    private static final FoldedWords PREFIX_START_TABLE = FoldedWords.of(PREFIX_STARTS);

    /** {@code s} without the label {@link #PREFIX} matches at its start; a name no label starts with as it is. */
    static String withoutPrefix(String s) {
        return mayStartWithPrefix(s) ? PREFIX.matcher(s).replaceFirst("") : s;
    }

    /**
     * False only when {@link #PREFIX} matches nothing at the start of {@code s}: it starts with none
     * of {@link #PREFIX_STARTS} in any case ("İnterview" folds to one).
     */
    static boolean mayStartWithPrefix(String s) {
        return PREFIX_START_TABLE.mayStart(s);
    }

    /** Labels that markup glues to the name without a space: "ByJane Doe". */
    private static final List<String> GLUED_LABELS = List.of("By", "Von", "Par", "Door", "Por");
    private static final Pattern GLUED_PREFIX = Pattern.compile(
            "^(?:" + String.join("|", GLUED_LABELS) + ")(?=\\p{Lu}\\p{Ll})");
    /** The first letters of {@link #GLUED_LABELS}: a name starting otherwise skips the pattern. */
    private static final String GLUED_FIRST_LETTERS = GLUED_LABELS.stream().map(l -> l.substring(0, 1))
            .collect(java.util.stream.Collectors.joining());
    /**
     * Between names, with the serial comma ("A, B, and C"). A slash is not: "dpa/lno", "APA/AP" are
     * one credit as the page writes it.
     */
    private static final Pattern SPLIT = Pattern.compile(
            "\\s*(?:,(?!\\s*(?:jr|sr|inc|ltd|llc)" + WordBoundary.END + ")(?:\\s*(?:and|und|et|en|och|og|ve|és)\\s)?|;|&(?!\\s*co" + WordBoundary.END + ")|\\||\\s(?:and|und|et|en|y|e|i|och|og|a|ve|és)\\s)\\s*",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern LATE_BY = Pattern.compile(
            "^(?:posted|published|updated|veröffentlicht|publiziert|erstellt|geschrieben|eingestellt|gepostet|publié"
                    + "|gepubliceerd|geplaatst|publicado"
                    + "|am|on|le|\\d+)" + WordBoundary.END + ".{0,60}?"
                    + WordBoundary.START + "(?:by|von|par|door|por|di)\\s+(\\p{Lu}.*)$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** Degrees and titles written after a name, split off by its comma ("Grant Tinsley, PhD"). */
    private static final Pattern CREDENTIAL = Pattern.compile(
            "(?:ph\\.?d\\.?|m\\.?d\\.?|m\\.?a\\.?|m\\.?s\\.?|b\\.?a\\.?|r\\.?d\\.?|r\\.?n\\.?|mba|mph|msc|bsc|jr\\.?|sr\\.?"
                    + "|dr\\.?|prof\\.?|esq\\.?|cfa|cpa|llm|dipl\\.?.*|mag\\.?|ing\\.?)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern AFFILIATION = Pattern.compile("\\s+(?:for|für|pour|voor|para|per|dla)\\s+(.+)$",
            Pattern.CASE_INSENSITIVE);
    /**
     * Words that end a name by themselves, what follows them included: weekdays ("Thursday", "am
     * Samstag"), "Updated", social and profile links ("Twitter", "Follow"); lower case.
     */
    private static final List<String> TAIL_WORDS = List.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "montag", "dienstag", "donnerstag", "freitag", "sonntag", "mittwoch", "samstag",
            "sonnabend", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "maandag", "dinsdag",
            "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag", "lunes", "martes", "miércoles", "jueves", "viernes",
            "sábado", "domingo", "updated", "aktualisiert", "published", "veröffentlicht", "publiziert", "erschienen",
            "posted", "mis à jour", "publié", "gepubliceerd", "publicado", "pubblicato", "follow", "folgen", "suivre",
            "volgen", "seguir", "facebook", "twitter", "flipboard", "whatsapp", "linkedin", "instagram", "pinterest",
            "xing", "e-mail", "email", "mail", "rss", "more by", "mehr von", "contact", "kontakt", "read more",
            "weiterlesen", "min read");
    /** Chinese "posted in/at" and "published at", which end a name without a space before them. */
    private static final List<String> TAIL_MARKS = List.of("發表在", "發表於", "发表在", "发表于", "發佈於", "发布于");
    /**
     * Where a name ends and what the line says next begins: a date or time ("Thursday", "am
     * Samstag", "March 25", "18:52"), a social or profile link ("Twitter", "Follow"), "Updated".
     * Besides {@link #TAIL_WORDS} and {@link #TAIL_MARKS}, each way it starts needs a digit or a "|".
     */
    static final Pattern TAIL = Pattern.compile(
            "(?:^|\\s+|(?<=\\p{Ll})(?=\\p{Lu}\\p{Ll}+" + WordBoundary.END + "))(?:(?:am|on|le|el|il|op|den|at|um|à|a las)\\s+)?"
                    + "(?:\\d|" + String.join("|", TAIL_WORDS.stream().map(w -> w + WordBoundary.END).toList())
                    + "|(?:mo|di|mi|do|fr|sa|so|mon|tue|wed|thu|fri|sat|sun)\\.?,?\\s+\\d|(?:vor|hace|il y a)\\s+\\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov"
                    + "|dec|januar|februar|märz|mai|juni|juli|oktober|dezember|janvier|février|mars|avril|juin|juillet"
                    + "|août|septembre|octobre|novembre|décembre)\\w*\\.?\\s+\\d"
                    + "|\\||" + String.join("|", TAIL_MARKS) + ").*$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** {@link #TAIL_WORDS} and {@link #TAIL_MARKS}, for {@link #mayHaveTail}. */
    private static final FoldedWords TAIL_WORD_TABLE = FoldedWords.of(
            java.util.stream.Stream.concat(TAIL_WORDS.stream(), TAIL_MARKS.stream()).toList());

    /**
     * Whether {@link #TAIL} may match: false only for text with no digit, no "|" and none of
     * {@link #TAIL_WORDS} or {@link #TAIL_MARKS} in any case, which no way of starting a tail can
     * match. Most names ("Jane Doe", "Sylvia Torres-Guillén") are such text, read here word by word
     * rather than by the pattern at every position.
     */
    static boolean mayHaveTail(String s) {
        for (int i = 0, n = s.length(); i < n; i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9' || c == '|') {
                return true;
            }
        }
        return TAIL_WORD_TABLE.mayHold(s, 0);
    }

    /** {@code s} without its {@link #TAIL}. */
    static String withoutTail(String s) {
        return mayHaveTail(s) ? TAIL.matcher(s).replaceFirst("") : s;
    }

    /** Job titles and roles, also as the end of a compound ("Chefredakteurin", "Netzphilosophin"). */
    private static final Pattern ROLE_WORD = Pattern.compile(
            "\\p{L}*(?:redakteur|redaktor|journalist|korrespondent|correspondent|corresponsal|reporter|reporterin"
                    + "|philosoph|fotograf|photographer|sprecher|spokes(?:man|woman|person)|leiter|editor|writer|columnist"
                    + "|kolumnist|berater|experte|expertin|expert|volontär|praktikant|referent|chef|director|direktor"
                    + "|manager|moderator|moderatorin|contributor|analyst|rédacteur|rédactrice|journaliste|envoyé|envoyée"
                    + "|verslaggever|periodista|giornalista|dziennikarz|student|studentin|anwalt|anwält|attorney|lawyer|avocat)(?:in|innen|en|e|s)?",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** Short job titles that are no surnames ("Jane Doe Reporter"), unlike "Leiter" or "Chef". */
    private static final Pattern TITLE_WORD = Pattern.compile("(?:reporter|editor|writer|fotograf)(?:in)?",
            Pattern.CASE_INSENSITIVE);
    /** Lower-case words that belong inside names ("Jan de Vries", "Ludwig van Beethoven"). */
    private static final Set<String> PARTICLES = Set.of("von", "van", "der", "den", "de", "da", "di", "du", "del",
            "della", "des", "dos", "das", "do", "la", "le", "lo", "ten", "ter", "zu", "zum", "zur", "y", "e", "bin",
            "ibn", "al", "el", "af", "av", "v.", "vd", "st.", "mc", "med.", "rer.", "nat.", "phil.", "h.c.");
    /** Words of a sentence that no name holds. */
    private static final Set<String> FUNCTION_WORDS = Set.of("in", "of", "the", "at", "on", "for", "from", "with",
            "is", "to", "im", "mit", "bei", "für", "auf", "aus", "ist", "sind", "hat", "wird", "sur", "dans", "avec",
            "pour", "est", "au", "aux", "het", "een", "voor", "met", "con", "per", "los", "las", "il", "w", "z", "na");
    /** Words that are left alone when a byline's markup splits the label from the name ("Posted", "By"). */
    private static final Set<String> STOP = Set.of("by", "von", "vom", "par", "door", "por", "am", "on", "at", "um",
            "le", "posted", "published", "written", "geschrieben", "veröffentlicht", "publiziert", "erstellt",
            "publié", "author", "authors", "autor", "autoren", "autorin", "auteur", "auteurs", "notes",
            "text", "foto", "fotos", "photo", "photos", "bild", "bilder", "more", "mehr", "profile", "profil",
            "about", "über", "bio", "avatar", "artikel", "article", "articles", "posts", "beiträge", "stories",
            "alle artikel", "all posts", "all articles", "alle beiträge");
    private static final Pattern JUNK = Pattern.compile(
            "\\d|@|\\uFFFD|https?:|www\\.|" + WordBoundary.START + "(?:ago|hours?|minutes?|updated|published|share|follow|home|menu|comments?|"
                    + "read more|min read|subscribe|login|sign in|image|photo|foto|bild|picture|credit|quelle|source"
                    + "|copyright|all rights|rechte)" + WordBoundary.END,
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ORGANIZATION = Pattern.compile(
            "^(?:ap|afp|apa|dpa|epd|kna|reuters|bloomberg|anp|belga|efe|ansa|pap|sda|upi|associated press|"
                    + "agence france-presse|press association|pa media|staff|staff writers?|editorial staff|"
                    + "redaktion|die redaktion|rédaction|la rédaction|redactie|de redactie|redacción|redazione|"
                    + "redakcja|newsroom|news desk|web desk|online desk|agencies|agenturen|agences)$",
            Pattern.CASE_INSENSITIVE);
    /** A newsroom credit by its form: "Redaktion Example", "Example-Redaktion", "Example Team", "dpa/lno". */
    private static final Pattern ORGANIZATION_FORM = Pattern.compile(
            "^(?:(?:die |la |de )?(?:redaktion|rédaction|redactie|redacción|redazione|redakcja|newsroom)\\s.+"
                    + "|.+[-\\s](?:redaktion|team|staff|desk|newsroom|agency|agentur)|\\S+\\s*/\\s*\\S+"
                    + "|.+\\s(?:gmbh|ag|kg|se|e\\.\\s?v\\.|inc\\.?|ltd\\.?|llc|plc|s\\.a\\.|sa|sarl|bv|nv|ab|as|oy))$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /**
     * Punctuation and symbols around a name ("» ", " |", "©"); a full stop after a word stays
     * ("Jr."), one standing alone goes, and so does a bracket that closes nothing.
     */
    private static final Pattern EDGE_PUNCTUATION = Pattern.compile(
            "^[\\p{P}\\p{S}\\s]+|\\s+\\.$|[\\p{P}\\p{S}\\s&&[^.)]]+$");
    /** A user name with digits ("delta201", "Marianne1"): one word, letters first. */
    private static final Pattern USER_NAME = Pattern.compile("\\p{L}[\\p{L}._-]*\\p{L}\\d{1,4}|\\p{L}\\d{1,4}");
    private static final Pattern SPACE = Pattern.compile("\\s+");
    /** "@handle" after a name. */
    private static final Pattern HANDLE = Pattern.compile("\\s*@[\\w.]+");

    /** Path segments of author profile links. */
    private static final String[] AUTHOR_PATHS = {"/author/", "/authors/", "/autor/", "/autoren/", "/auteur/",
        "/auteurs/", "/redakteur/", "/redaktion/", "/writer/", "/writers/", "/profile/", "/journalist/",
        "/journalisten/", "/byline/", "/reporter/"};
    /** At most this many byline-marked elements are judged. */
    private static final int MAX_MARKED = 300;
    /** A byline is short: a marked element with more text than this is a box around it. */
    private static final int MAX_BYLINE_TEXT = 200;

    private BylineExtractor() {}

    static Optional<Found> extract(ExtractionContext ctx, Metadata meta, Optional<Element> bodyRoot) {
        Optional<Element> container = Scope.articleContainer(bodyRoot);
        Judge judge = new Judge(container.orElse(null), bodyRoot.orElse(null));
        // Structured sources first, in their trust order. A credit of only the publisher gives way to any
        // source that names a person, and to a wire service's credit in the text.
        List<String> site = siteNames(meta);
        Found publisherOnly = null;
        Found dom = null;
        // The bylines marked in the article: read once, for the structured names and for the page's byline.
        List<Metadata.AuthorCandidate> inArticle = null;
        for (Source source : List.of(Source.JSON_LD, Source.MICRODATA, Source.DUBLIN_CORE)) {
            List<Metadata.AuthorCandidate> names = clean(meta.authors(), source, site);
            if (names.isEmpty()) {
                continue;
            }
            if (inArticle == null) {
                inArticle = container.isPresent() ? first(ctx, marked(container.get(), null, judge), judge) : List.of();
            }
            if (!onlyThePublisher(names, site)) {
                // The page's byline only lends its profile links here: the article's own markup suffices.
                if (outvoted(names, inArticle, meta.authors())) {
                    return Optional.of(new Found(inArticle, Source.DOM,
                            "the article's byline, which other tags confirm, names others than " + source.id()));
                }
                List<Metadata.AuthorCandidate> shown = withDomUrls(displayed(names, inArticle, meta.authors()), inArticle);
                List<Metadata.AuthorCandidate> coAuthors = coAuthors(shown, inArticle, site);
                if (!coAuthors.isEmpty()) {
                    List<Metadata.AuthorCandidate> all = new ArrayList<>(shown);
                    all.addAll(coAuthors);
                    return Optional.of(new Found(all, source, source.id() + " names the authors, the article's byline more"));
                }
                return Optional.of(new Found(shown, source, source.id() + " names the authors"));
            }
            if (dom == null) {
                dom = dom(ctx, container, judge, inArticle);
            }
            if (dom.names().stream().anyMatch(d -> d.type() == AgentType.PERSON)) {
                return Optional.of(new Found(dom.names(), Source.DOM,
                        "the page names a person where " + source.id() + " names only the publisher"));
            }
            if (publisherOnly == null) {
                publisherOnly = new Found(withDomUrls(names, dom.names()), source, source.id() + " names the authors");
            }
        }
        if (dom == null) {
            dom = dom(ctx, container, judge, inArticle);
        }
        if (publisherOnly == null && !dom.names().isEmpty()) {
            return Optional.of(dom);
        }
        // A tag that names only the site ("article:author" = the site) gives way to one that names a person.
        for (Source source : List.of(Source.OPENGRAPH, Source.META)) {
            List<Metadata.AuthorCandidate> names = clean(meta.authors(), source, site);
            if (names.isEmpty()) {
                continue;
            }
            Found found = new Found(names, source, source.id() + " names the authors");
            if (!onlyThePublisher(names, site)) {
                return Optional.of(found);
            }
            if (publisherOnly == null) {
                publisherOnly = found;
            }
        }
        if (bodyRoot.isPresent()) {
            Elements paragraphs = bodyRoot.get().getElementsByTag("p");
            Optional<Found> inText = wireCredit(paragraphs).or(() -> signature(paragraphs));
            if (inText.isPresent()) {
                return inText;
            }
        }
        if (publisherOnly != null) {
            return Optional.of(publisherOnly);
        }
        return twitterLabel(ctx).or(() -> footerCopyright(ctx, site));
    }

    /** "Hamburg (dpa/lno) – …": a dateline's wire-service credit at the start of the text. */
    private static final Pattern DATELINE_CREDIT = Pattern.compile(
            "^\\p{Lu}[\\p{L}/. -]{1,40}?\\s\\(([^()]{2,30})\\)\\s*[-–—]\\s");
    /** "… (FR mit dpa)": the credit closing the text. */
    static final Pattern CLOSING_CREDIT = Pattern.compile("\\(([^()]{2,30})\\)\\.?$");
    /** A wire service's short name inside a credit ("dpa/lno", "FR mit dpa", "AFP"). */
    private static final Pattern WIRE = Pattern.compile(
            "(?:^|[^\\p{L}])(?:dpa|afp|ap|apa|reuters|kna|epd|sda|ats|ansa|efe|pap|anp|belga|upi)(?:$|[^\\p{L}])",
            Pattern.CASE_INSENSITIVE);

    /**
     * A wire service credited in the text itself, where news agencies' copy carries it: in the
     * dateline that opens the first paragraph, or in brackets closing the last one.
     */
    private static Optional<Found> wireCredit(Elements paragraphs) {
        // The first and last few long paragraphs: a caption may come first, a note on the site last.
        int n = paragraphs.size();
        for (int i = 0, seen = 0; i < n && seen < 3; i++) {
            if (!shortText(paragraphs.get(i), 60)) {
                seen++;
                Optional<Found> f = credit(DATELINE_CREDIT, paragraphs.get(i));
                if (f.isPresent()) {
                    return f;
                }
            }
        }
        for (int i = n - 1, seen = 0; i >= 0 && seen < 3; i--) {
            if (!shortText(paragraphs.get(i), 60)) {
                seen++;
                Optional<Found> f = credit(CLOSING_CREDIT, paragraphs.get(i));
                if (f.isPresent()) {
                    return f;
                }
            }
        }
        return Optional.empty();
    }

    /**
     * A signature closing the text: one of its last paragraphs, set right as letters are signed,
     * that holds one name and nothing else ("Jane Doe", "Quelle: Example Press"), or the text's
     * copyright line ("© 2019 Jane Doe").
     */
    private static Optional<Found> signature(Elements paragraphs) {
        int checked = 0;
        for (int i = paragraphs.size() - 1; i >= 0 && checked < 3; i--) {
            Element p = paragraphs.get(i);
            if (!p.hasText()) {
                continue;
            }
            checked++;
            if (!shortText(p, 60)) {
                continue;
            }
            String style = p.attr("style");
            boolean right = p.attr("align").equalsIgnoreCase("right")
                    || containsIgnoreCase(style, "text-align:right") || containsIgnoreCase(style, "text-align: right");
            String text = spacedText(p, 61);
            Matcher copyright = right ? null : COPYRIGHT_LINE.matcher(text);
            if (copyright != null && !copyright.matches()) {
                continue;
            }
            List<String> names = names(copyright == null ? text : copyright.group(1));
            if (names.size() == 1 && signed(names.get(0))) {
                return Optional.of(new Found(List.of(candidate(names.get(0), Optional.empty(), Dom.cssPath(p))),
                        Source.DOM, "a signature closing the text"));
            }
        }
        return Optional.empty();
    }

    /** "Copyright (c) 2012- Jane Doe. All rights reserved.": the holder's name, up to a stop or the end. */
    static final Pattern COPYRIGHT_HOLDER = Pattern.compile(
            "(?:©|\\(c\\)|copyright)(?:\\s*(?:©|\\(c\\)))?\\s*(?:\\d{4}(?:\\s*[-–]\\s*(?:\\d{4})?)?)?\\s*(?:by\\s+)?"
                    + "(\\p{Lu}[\\p{L}'-]*(?:\\s+(?:\\p{Lu}\\.|\\p{Lu}[\\p{L}'-]*|von|van|de|der|den|da|di|du|la|le)){1,3})"
                    + "\\s*(?:[.,|·•]|all rights|alle rechte|tous droits|$)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** At most this many footers are read. */
    private static final int MAX_FOOTERS = 6;

    /**
     * The last resort: the page footer's copyright line, when it names the person a personal site is
     * named after ("© 2012 Jane Doe" on "Jane Doe's Blog").
     */
    private static Optional<Found> footerCopyright(ExtractionContext ctx, List<String> site) {
        Element body = ctx.document().body();
        if (body == null) {
            return Optional.empty();
        }
        List<Element> footers = new ArrayList<>();
        footers(body, 0, footers);
        for (Element footer : footers) {
            // The footer and all its elements in page order, as getAllElements lists them, with no list made.
            Found[] found = {ownerCredit(ctx, footer, site)};
            if (found[0] == null) {
                Dom.walk(footer, (p, depth) -> (found[0] = ownerCredit(ctx, p, site)) == null ? Dom.DESCEND : Dom.STOP);
            }
            if (found[0] != null) {
                return Optional.of(found[0]);
            }
        }
        return Optional.empty();
    }

    /** The person a footer element's copyright line names when the site is theirs ({@link #footerCopyright}), else null. */
    private static Found ownerCredit(ExtractionContext ctx, Element p, List<String> site) {
        if (!hasOwnText(p) || !shortText(p, MAX_BYLINE_TEXT)) {
            return null;
        }
        String text = spacedText(p, MAX_BYLINE_TEXT);
        Matcher m = mayHoldCopyright(text) ? COPYRIGHT_HOLDER.matcher(text) : null;
        if (m == null || !m.find()) {
            return null;
        }
        String name = m.group(1).trim();
        // The cheap test first: most copyrights name a company, no site is named after.
        if (ownersSite(Text.letters(name), site, ctx.document().title())
                && typeOf(name) == AgentType.PERSON && names(name).equals(List.of(name))
                && personLike(candidate(name, Optional.empty(), ""), List.of())) {
            return new Found(List.of(candidate(name, Optional.empty(), Dom.cssPath(p))),
                    Source.DOM, "the footer's copyright names a person");
        }
        return null;
    }

    /** The words {@link #COPYRIGHT_HOLDER} may start with besides "(c)", for {@link #mayHoldCopyright}. */
    private static final FoldedWords COPYRIGHT_WORD = FoldedWords.of(List.of("copyright", "©"));

    /**
     * False only when {@link #COPYRIGHT_HOLDER} finds nothing in {@code text}: no "(", no "©" and no
     * "copyright" in any case.
     */
    static boolean mayHoldCopyright(String text) {
        return text.indexOf('(') >= 0 || COPYRIGHT_WORD.mayHold(text, 0);
    }

    /**
     * Whether {@code p}'s own text ({@link Element#ownText()}) is not empty: no string is made for
     * an element whose own texts hold only white space and controls, which trimming would leave empty.
     */
    static boolean hasOwnText(Element p) {
        for (int i = 0, n = p.childNodeSize(); i < n; i++) {
            Node c = p.childNode(i);
            if (c instanceof TextNode && !blank(((TextNode) c).getWholeText())) {
                return !p.ownText().isEmpty();
            }
        }
        return false;
    }

    /** Whether every character is one {@link String#trim()} removes. */
    private static boolean blank(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) > ' ') {
                return false;
            }
        }
        return true;
    }

    /** A page's footer lies near the top of its tree: the walk goes this deep, not into the content. */
    private static final int FOOTER_DEPTH = 6;

    /** The footers ({@code footer}, a "footer" class or id) among the top levels of the page, outermost only. */
    private static void footers(Element e, int depth, List<Element> out) {
        for (Element c = e.firstElementChild(); c != null && out.size() < MAX_FOOTERS; c = c.nextElementSibling()) {
            if (c.nameIs("footer") || c.attributesSize() > 0
                    && (containsIgnoreCase(c.id(), "footer") || containsIgnoreCase(c.className(), "footer"))) {
                out.add(c);
            } else if (depth < FOOTER_DEPTH) {
                footers(c, depth + 1, out);
            }
        }
    }

    /**
     * Whether the site is named after the person, and says more than the name ("Jane Doe's Blog",
     * "Dr. Jane Doe"): a personal site, whose owner writes it. A company's copyright ("© Example
     * Media") names no site so, and a site named just so ("Example Forum") is no person's.
     */
    private static boolean ownersSite(String person, List<String> site, String title) {
        if (person.length() < 5) {
            return false;
        }
        List<String> names = new ArrayList<>(site);
        if (site.isEmpty()) {
            // The title's site part: "Jane Doe's Blog | A post" or "A post – Jane Doe's Blog".
            for (String part : TITLE_PARTS.split(title)) {
                names.add(Text.letters(part));
            }
        }
        return names.stream().anyMatch(x -> x.length() > person.length() && x.contains(person));
    }

    private static final Pattern TITLE_PARTS = Pattern.compile("\\s[|–—-]\\s|:\\s");

    /** "© 2019 Jane Doe", "Copyright Jane Doe": the text's own copyright line names who wrote it. */
    private static final Pattern COPYRIGHT_LINE = Pattern.compile(
            "(?:©|\\(c\\)|copyright)(?:\\s*(?:©|\\(c\\)))?\\s*(?:\\d{4}(?:\\s*[-–]\\s*\\d{4})?)?\\s*(?:by\\s+)?(\\p{L}.*)",
            Pattern.CASE_INSENSITIVE);

    /** A signature is a name alone: one word, or up to four capitalised ones and particles ("Jan de Vries"). */
    private static boolean signed(String name) {
        String[] words = SPACE.split(name);
        if (words.length > 4) {
            return false;
        }
        for (String w : words) {
            if (words.length > 1 && Character.isLowerCase(w.codePointAt(0)) && !PARTICLES.contains(w.toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }

    private static Optional<Found> credit(Pattern where, Element p) {
        if (where == CLOSING_CREDIT && !mayCloseWithCredit(p)) {
            return Optional.empty(); // most paragraphs end with a word's full stop: no text made for them
        }
        // A dateline is read from the paragraph's first characters; a closing credit needs its end.
        Matcher m = where.matcher(where == DATELINE_CREDIT ? spacedText(p, 120) : Text.clean(p.text()));
        if (!m.find() || !WIRE.matcher(m.group(1)).find()) {
            return Optional.empty();
        }
        return Optional.of(new Found(List.of(new Metadata.AuthorCandidate(Text.clean(m.group(1)), Optional.empty(),
                AgentType.ORGANIZATION, Source.DOM, Dom.cssPath(p))), Source.DOM, "a wire service's credit in the text"));
    }

    /**
     * False only when {@link #CLOSING_CREDIT} finds nothing in the paragraph's text: read backwards
     * from its last text, its last visible character is plain ASCII other than ")" and ".", or a "."
     * follows such a one. Plain ASCII survives the text's clean-up, which only white space and
     * characters beyond it may not.
     */
    static boolean mayCloseWithCredit(Element p) {
        boolean stop = false; // a "." closes the text: the character before it decides
        Node node = p.childNodeSize() > 0 ? p.childNode(p.childNodeSize() - 1) : null;
        while (node != null) {
            if (node instanceof TextNode) {
                String t = ((TextNode) node).getWholeText();
                for (int i = t.length() - 1; i >= 0; i--) {
                    char c = t.charAt(i);
                    boolean plain = c > ' ' && c < 0x7F;
                    if (stop) {
                        return !plain || c == ')';
                    }
                    if (plain && c == '.') {
                        stop = true;
                    } else if (c > ' ') {
                        return !plain || c == ')';
                    }
                }
            }
            // Backwards through the tree: the last child first, then the previous siblings, up to p.
            if (node.childNodeSize() > 0) {
                node = node.childNode(node.childNodeSize() - 1);
                continue;
            }
            while (node != p && node.previousSibling() == null) {
                node = node.parentNode();
            }
            node = node == p ? null : node.previousSibling();
        }
        return false; // no visible character, or a "." alone
    }

    /** Whether the structured authors are only organisations, or only the site or publisher itself. */
    private static boolean onlyThePublisher(List<Metadata.AuthorCandidate> names, List<String> site) {
        for (Metadata.AuthorCandidate n : names) {
            if (n.type() != AgentType.ORGANIZATION && !isSite(n.name(), site)) {
                return false;
            }
        }
        return true;
    }

    private static List<String> siteNames(Metadata meta) {
        List<String> site = new ArrayList<>();
        meta.get("siteName").forEach(c -> site.add(Text.letters(c.value())));
        meta.get("publisherName").forEach(c -> site.add(Text.letters(c.value())));
        return site;
    }

    /**
     * Whether a credit names the site: compared by letters and digits alone, since a site writes its
     * name many ways ("El Example", "www.elexample.com", "ElExample.com").
     */
    private static boolean isSite(String name, List<String> site) {
        if (HOST.matcher(name).matches()) {
            return true; // "example.at": a credit that is an address names the site
        }
        String k = Text.letters(name);
        // A short site name inside a longer credit may be chance ("orf" in "Andorfer").
        return k.length() >= 3 && site.stream().anyMatch(x -> x.contains(k) || x.length() >= 5 && k.contains(x));
    }

    /** A host name ("example.at", "www.Example.com"): its top-level domain is written in lower case. */
    private static final Pattern HOST = Pattern.compile("(?:www\\.)?[\\p{L}\\d-]+\\.[a-z]{2,3}");

    /** The "Written by" label some pages give in their Twitter card ({@code twitter:label1}/{@code data1}). */
    private static Optional<Found> twitterLabel(ExtractionContext ctx) {
        Element head = ctx.document().head();
        if (head == null) {
            return Optional.empty();
        }
        Map<String, String> labels = new LinkedHashMap<>();
        // The head's meta elements in page order, as getElementsByTag lists them, with no list made.
        Dom.walk(head, (m, depth) -> {
            if (m.nameIs("meta")) {
                String name = m.attr("name");
                if (name.startsWith("twitter:label") || name.startsWith("twitter:data")) {
                    labels.put(name, m.attr("content"));
                }
            }
            return Dom.DESCEND;
        });
        for (Map.Entry<String, String> e : labels.entrySet()) {
            if (!e.getKey().startsWith("twitter:label") || !BY_LABEL.matcher(Text.clean(e.getValue())).matches()) {
                continue;
            }
            String data = labels.getOrDefault("twitter:data" + e.getKey().substring("twitter:label".length()), "");
            List<Metadata.AuthorCandidate> out = new ArrayList<>();
            for (String n : names(data, false)) {
                out.add(new Metadata.AuthorCandidate(n, Optional.empty(), typeOf(n), Source.META,
                        "meta[name=" + e.getKey() + "]"));
            }
            if (!out.isEmpty()) {
                return Optional.of(new Found(out, Source.META, "the Twitter card labels the author"));
            }
        }
        return Optional.empty();
    }

    private static final Pattern BY_LABEL = Pattern.compile(
            "(?:written by|author|authors|by|geschrieben von|verfasst von|autor|autorin|von|écrit par|auteur|par"
                    + "|geschreven door|auteur|escrito por|autor|scritto da|autore|napisane przez)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** A line that starts like a byline ("By ...", "Von ...", "Text: ..."). */
    private static final Pattern BYLINE_LINE = Pattern.compile(
            "^(?:(?:by|von|par|door|por|przez|written by|posted by|geschrieben von|eingestellt von|gepostet von|geplaatst door"
                    + "|(?:ein |blog[- ]?|gast)?beitrag von"
                    + "|ein artikel von|verfasst von|escrito por|scritto da|napisał|napisała|a post by)\\s*:?\\s+\\p{L}"
                    // Labels that are also common nouns ("Text des Gesetzes") need a colon or a capital after them.
                    + "|(?:text|texte|tekst|autor|autorin|autoren|author|authors|auteur|auteurs|interview)"
                    + "(?:\\s*:\\s*\\p{L}|\\s+(?-i:\\p{Lu}))|redaktion\\s*:\\s*\\p{L})",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** A byline label alone ("Von:", "By"), its name on the next line. */
    private static final Pattern BARE_LABEL = Pattern.compile(
            "(?:by|von|par|door|por|przez|text|texte|tekst|autor|autorin|autoren|author|authors|auteur|auteurs"
                    + "|written by|geschrieben von|verfasst von|redaktion)\\s*:?",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** A date, time or separator a byline line may start with ("05.02.2020 - Redaktion: ..."). */
    private static final Pattern LINE_LEAD = Pattern.compile(
            "^(?:[\\d./:,\\s]+(?:uhr|h)?\\s*)?[-–—|·•]?\\s*");
    private static final Names LINE_TAGS = Names.of("p", "span", "div", "li", "small", "em", "strong", "a",
            "address", "b", "i", "h4", "h5", "h6");

    /**
     * When no element is marked as a byline: a short line in the article that reads like one,
     * near its top or bottom ("Von Sara Zinnecker", "Text: Kathrin Führes", "… | By Jane Doe | …").
     */
    private static List<Metadata.AuthorCandidate> bylineLine(ExtractionContext ctx, Element container, Judge judge) {
        List<Metadata.AuthorCandidate> out = linesIn(ctx, container, judge, 300, 100);
        // The headline and its byline are often a header just before the article element.
        Element prev = container.previousElementSibling();
        for (int k = 0; k < 3 && prev != null && out.isEmpty(); k++, prev = prev.previousElementSibling()) {
            out = linesIn(ctx, prev, judge, 100, 0);
        }
        return out;
    }

    /**
     * The first byline line among the first {@code head} and last {@code tail} texts under {@code
     * root}. Only a text that starts like a byline (a cue word, a date) is read further, with the
     * widest short element around it as its line: most texts cost a glance at their first characters.
     */
    private static List<Metadata.AuthorCandidate> linesIn(ExtractionContext ctx, Element root, Judge judge, int head,
            int tail) {
        List<TextNode> texts = new ArrayList<>();
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof TextNode) {
                    if (!((TextNode) node).isBlank()) {
                        texts.add((TextNode) node);
                    }
                    return FilterResult.CONTINUE;
                }
                return node != root && node instanceof Element && Dom.NON_CONTENT.contains(((Element) node).normalName())
                        ? FilterResult.SKIP_ENTIRELY : FilterResult.CONTINUE;
            }
        }, root);
        int n = texts.size();
        Set<Element> seen = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        // Whether each element asked is a short line: the texts of a table or list share their ancestors.
        Map<Element, Boolean> short80 = new IdentityHashMap<>();
        for (int i = 0; i < n && i < 4000; i++) {
            if (i >= head && i < n - tail) {
                i = n - tail - 1;
                continue;
            }
            TextNode t = texts.get(i);
            String w = t.getWholeText();
            if (!startsLine(w)) {
                continue;
            }
            // The widest short line first ("By Jane Doe | 3 May"), then the narrower ones inside it.
            List<Element> lines = shortLines(t, root, short80);
            for (Element line : lines) {
                if (!seen.add(line)) {
                    continue;
                }
                List<Metadata.AuthorCandidate> out = line(ctx, line, judge, i < head);
                if (!out.isEmpty()) {
                    return out;
                }
            }
            if (lines.isEmpty()) {
                List<Metadata.AuthorCandidate> out = brLine(ctx, t, judge, i < head);
                if (!out.isEmpty()) {
                    return out;
                }
            }
        }
        return List.of();
    }

    /**
     * A glance at the first visible characters: a digit, a separator, or the first two letters of a
     * cue word of {@link #LINE_START}; most texts of a page fail it and skip the pattern. It is false
     * only for texts the pattern would not match: a character beyond ASCII may fold to a cue's letter
     * ("İnterview", "ſcritto"), so there the pattern decides.
     */
    static boolean mayStartLine(String w) {
        for (int i = 0; i < w.length() && i < 40; i++) {
            char c = w.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00a0') {
                continue;
            }
            if (c >= '0' && c <= '9' || c == '|' || c == '·' || c == '•' || c == '-' || c == '–' || c == '—') {
                return true;
            }
            if (c >= 0x80) {
                return true;
            }
            char lower = (char) (c | 0x20);
            if (LINE_CUE_FIRSTS.indexOf(lower) < 0 || i + 1 >= w.length()) {
                return false;
            }
            char next = w.charAt(i + 1);
            if (next >= 0x80) {
                return true;
            }
            char nextLower = next >= 'A' && next <= 'Z' ? (char) (next | 0x20) : next;
            for (String cue : LINE_CUES) { // a few dozen: cheaper than a string made per text for a set
                if (cue.charAt(0) == lower && cue.charAt(1) == nextLower) {
                    return true;
                }
            }
            return false;
        }
        return false;
    }

    /**
     * Whether a text starts like a byline line: {@link #LINE_START} in its first 40 characters. In
     * ASCII, the separators, a digit and the cue words are read in place, without the pattern.
     */
    static boolean startsLine(String w) {
        if (!mayStartLine(w)) {
            return false;
        }
        int end = Math.min(w.length(), 40);
        boolean ascii = true;
        for (int i = 0; i < end && ascii; i++) {
            ascii = w.charAt(i) < 0x80;
        }
        if (!ascii) {
            // Beyond ASCII a letter may fold to a cue's ("İnterview"): the pattern decides. The region's
            // end is the text's end for it, as a cut copy's would be.
            return LINE_START.matcher(w).region(0, end).lookingAt();
        }
        int i = 0;
        while (i < end && (w.charAt(i) == ' ' || w.charAt(i) >= '\t' && w.charAt(i) <= '\r' || w.charAt(i) == '|'
                || w.charAt(i) == '-')) {
            i++; // the pattern's separators in ASCII: \s, "|" and "-"
        }
        if (i < end && w.charAt(i) >= '0' && w.charAt(i) <= '9') {
            return true;
        }
        for (String cue : LINE_CUES) {
            int j = i + cue.length();
            if (j <= end && w.regionMatches(true, i, cue, 0, cue.length()) && (j == end || !isAsciiLetter(w.charAt(j)))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    /** The words a byline line may start with ("Von Jane Doe", "Text: ...", "a post by ..."), lower case. */
    private static final List<String> LINE_CUES = List.of("by", "von", "par", "door", "por", "przez", "text",
            "texte", "tekst", "autor", "autorin", "autoren", "author", "authors", "auteur", "auteurs", "written",
            "geschrieben", "ein", "blog-beitrag", "blog beitrag", "blogbeitrag", "gastbeitrag", "beitrag", "verfasst",
            "redaktion", "interview", "escrito", "scritto", "napisał", "napisała", "a post");
    /** How a byline line may start: separators, then a cue word or a date. */
    static final Pattern LINE_START = Pattern.compile("[\\s|·•\\-–—]*(?:\\d|(?:" + String.join("|", LINE_CUES)
            + ")(?![\\p{L}]))", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** The first letters of {@link #LINE_CUES}, for {@link #mayStartLine}. */
    private static final String LINE_CUE_FIRSTS = LINE_CUES.stream().map(w -> w.substring(0, 1)).distinct()
            .collect(java.util.stream.Collectors.joining());

    /**
     * The elements around a text (up to {@code root}, a few levels) whose text is still a short line,
     * widest first. {@code known}: the answers of {@code shortText(e, 80)} so far, filled in.
     */
    private static List<Element> shortLines(TextNode t, Element root, Map<Element, Boolean> known) {
        List<Element> out = new ArrayList<>(4);
        Element e = t.parent() instanceof Element ? (Element) t.parent() : null;
        for (int k = 0; e != null && k < 5 && known.computeIfAbsent(e, x -> shortText(x, 80)); k++) {
            if (e.nameIs("h1") || e.nameIs("h2") || e.nameIs("h3")) {
                break; // a headline is no byline, though a byline may sit inside it
            }
            if (LINE_TAGS.contains(e.normalName())) {
                out.add(0, e);
            }
            if (e == root) {
                break;
            }
            e = e.parent();
        }
        return out;
    }

    /** The names of one line when it reads like a byline; {@code top}: near the headline, where a dated name counts. */
    private static List<Metadata.AuthorCandidate> line(ExtractionContext ctx, Element e, Judge judge, boolean top) {
        List<String> names = lineNames(spacedText(e, 81, true), e, judge, top);
        // The line's link is looked for once it names someone: most lines name nobody.
        return names.isEmpty() ? List.of() : lineCandidates(ctx, names, e, firstLink(e));
    }

    /**
     * The names of a line that is only part of a longer block, between two line breaks ("…<br>Autor:
     * <a>Dr.</a> Jane Doe<br>…"); none when the text's block has no line break around it.
     */
    private static List<Metadata.AuthorCandidate> brLine(ExtractionContext ctx, TextNode t, Judge judge, boolean top) {
        Node first = t;
        while (first.previousSibling() != null && !isBreak(first.previousSibling())) {
            first = first.previousSibling();
        }
        Node last = t;
        while (last.nextSibling() != null && !isBreak(last.nextSibling())) {
            last = last.nextSibling();
        }
        if (first.previousSibling() == null && last.nextSibling() == null || !(t.parent() instanceof Element)) {
            return List.of();
        }
        StringBuilder sb = new StringBuilder();
        Element link = null;
        for (Node n = first; n != null && sb.length() <= 81; n = n == last ? null : n.nextSibling()) {
            if (n instanceof TextNode) {
                sb.append(((TextNode) n).getWholeText());
            } else if (n instanceof Element) {
                Element el = (Element) n;
                sb.append(' ').append(spacedText(el, 81, true)).append(' ');
                if (link == null) {
                    link = firstLink(el);
                }
            }
        }
        Element parent = (Element) t.parent();
        List<String> names = lineNames(Text.clean(sb.toString()), parent, judge, top);
        return names.isEmpty() ? List.of() : lineCandidates(ctx, names, parent, link);
    }

    private static boolean isBreak(Node n) {
        return n instanceof Element && ((Element) n).nameIs("br");
    }

    /** The names a line's text {@code own} gives when it reads like a byline, {@code e} its element. */
    private static List<String> lineNames(String own, Element e, Judge judge, boolean top) {
        if (own.isEmpty() || own.length() > 80) {
            return List.of();
        }
        List<String> names = List.of();
        Matcher dated = top && mayBeDateline(own) ? DATE_THEN_NAME.matcher(own) : null;
        if (dated != null && dated.matches() && judge.belongs(e, false)) {
            names = judge.names(dated.group(1));
        }
        // Most lines hold no label word: they skip the segment patterns.
        for (String s : mayHoldLineLabel(own) ? bylineSegments(own) : List.<String>of()) {
            if (!names.isEmpty()) {
                break;
            }
            if (judge.belongs(e, false)) {
                names = judge.names(s);
            }
        }
        return names;
    }

    /**
     * The segments of a line that read like a byline ({@link #BYLINE_LINE}), each without its lead
     * ("12.03.2023 | Von Jane Doe"); a bare label is joined to the next segment ("Von:", "Jane Doe").
     */
    static List<String> bylineSegments(String own) {
        List<String> out = new ArrayList<>(1);
        String[] segments = LINE_SEGMENTS.split(own);
        for (int k = 0; k < segments.length; k++) {
            String s = LINE_LEAD.matcher(segments[k].trim()).replaceFirst("");
            if (BARE_LABEL.matcher(s).matches()) {
                // "Von:<br><br>Jane Doe": the label on a line of its own, the name on the next.
                while (k + 1 < segments.length && LINE_LEAD.matcher(segments[k + 1].trim()).replaceFirst("").isEmpty()) {
                    k++;
                }
                if (k + 1 < segments.length) {
                    s = s + " " + LINE_LEAD.matcher(segments[++k].trim()).replaceFirst("");
                }
            }
            if (BYLINE_LINE.matcher(s).find()) {
                out.add(s);
            }
        }
        return out;
    }

    /**
     * The first words of {@link #BYLINE_LINE}'s labels (of {@link #BARE_LABEL}'s too), or their
     * starts: a segment that reads like a byline starts with one.
     */
    private static final FoldedWords LINE_LABEL_WORDS = FoldedWords.of(List.of("by", "von", "par", "door", "por",
            "przez", "written", "posted", "geschrieben", "eingestellt", "gepostet", "geplaatst", "ein", "blog", "gast",
            "beitrag", "verfasst", "escrito", "scritto", "napisa", "a post", "text", "tekst", "autor", "author",
            "auteur", "interview", "redaktion"));

    /**
     * False only when no segment of the line reads like a byline ({@link #bylineSegments}): it holds
     * no label word of {@link #LINE_LABEL_WORDS} in any case, which such a segment starts with.
     */
    static boolean mayHoldLineLabel(String own) {
        return LINE_LABEL_WORDS.mayHold(own, 0);
    }

    /** False only when the line is no dateline ({@link #DATE_THEN_NAME}): it does not start with a digit. */
    static boolean mayBeDateline(String own) {
        return !own.isEmpty() && own.charAt(0) >= '0' && own.charAt(0) <= '9';
    }

    /** The candidates of a line that names {@code names}; {@code link}: its first link, or null. */
    private static List<Metadata.AuthorCandidate> lineCandidates(ExtractionContext ctx, List<String> names, Element e,
            Element link) {
        // The line's link is the person's only when it is an author link or shows the name ("Autor: <a>Anwalt</a> Jane Doe").
        Optional<String> url = link == null || names.size() != 1
                || !isAuthorLink(link) && !spacedText(link, MAX_BYLINE_TEXT).contains(names.get(0)) ? Optional.empty()
                : Urls.resolve(ctx.baseUrl(), link.attr("href"));
        List<Metadata.AuthorCandidate> out = new ArrayList<>();
        String loc = Dom.cssPath(e);
        names.forEach(name -> out.add(candidate(name, url, loc)));
        return out;
    }

    /** "25.10.2022 - Jane Doe", "04.02.2022 | 13:10 Uhr | Jane Doe": a dateline that ends with a name. */
    static final Pattern DATE_THEN_NAME = Pattern.compile(
            "\\d{1,2}[./]\\d{1,2}[./]\\d{2,4}(?:\\s*[|,–-]\\s*\\d{1,2}[:.]\\d{2}(?:\\s*uhr)?)?\\s*[|–—-]\\s*"
                    + "(\\p{Lu}[\\p{L}'.-]+(?:\\s\\p{Lu}[\\p{L}'.-]+){1,2})",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private static final Pattern LINE_SEGMENTS = Pattern.compile("\\s[|·•]\\s");

    private static List<Metadata.AuthorCandidate> clean(List<Metadata.AuthorCandidate> all, Source source,
            List<String> site) {
        Map<String, Metadata.AuthorCandidate> out = new LinkedHashMap<>();
        for (Metadata.AuthorCandidate c : all) {
            if (c.source() != source) {
                continue;
            }
            for (String name : names(c.name(), false)) {
                AgentType type = c.type() == AgentType.ORGANIZATION ? AgentType.ORGANIZATION : typeOf(name);
                out.putIfAbsent(name.toLowerCase(Locale.ROOT),
                        new Metadata.AuthorCandidate(name, c.url(), type, c.source(), c.locator()));
            }
        }
        // Dublin Core written both ways: the RDFa property is the vocabulary's own spelling, the name a copy of it.
        if (source == Source.DUBLIN_CORE && out.values().stream().anyMatch(n -> n.locator().startsWith("meta[property="))) {
            out.values().removeIf(n -> n.locator().startsWith("meta[name="));
        }
        // "Jane Doe, Example News": the publisher credited beside a person is the person's affiliation.
        if (out.size() > 1 && out.values().stream().anyMatch(n -> !isSite(n.name(), site))) {
            out.values().removeIf(n -> isSite(n.name(), site));
        }
        return new ArrayList<>(out.values());
    }

    private static AgentType typeOf(String name) {
        return ORGANIZATION.matcher(name).matches() || ORGANIZATION_FORM.matcher(name).matches()
                || NUMBERED_BRAND.matcher(name).matches() || HOST.matcher(name).matches()
                ? AgentType.ORGANIZATION : AgentType.PERSON;
    }

    /** The names in a byline string: prefix, dates, roles and links stripped, lists split. */
    static List<String> names(String raw) {
        return names(raw, true);
    }

    /**
     * The names in a byline string. {@code strict} for text from the page, which may be any phrase;
     * metadata names a person or organisation by definition ("Contributors to Example").
     */
    static List<String> names(String raw, boolean strict) {
        String s = Text.clean(raw);
        List<String> out = new ArrayList<>();
        if (s.isEmpty() || s.length() > 300) {
            return out;
        }
        if (s.indexOf('(') >= 0 && COUNTER.matcher(s).matches()) {
            return out; // "Views (23925)", "Kommentare (4)": a counter's label
        }
        // "Posted on September 21, 2020 by Adi Tzlil": the name follows the last "by".
        Matcher late = LATE_BY.matcher(s);
        boolean labelled = late.find();
        if (labelled) {
            s = late.group(1);
        }
        // "(Pressesprecher des EJW)" before a separator or the end: a role. Inside a name it is part of it.
        s = withoutRoles(s);
        // Literal tests before the patterns that need that character: most names have neither.
        if (s.indexOf('@') >= 0) {
            s = HANDLE.matcher(s).replaceAll("");
        }
        String unlabelled = withoutPrefix(withoutGluedPrefix(s));
        labelled |= unlabelled.length() < s.length();
        s = unlabelled;
        s = withoutTail(s); // "Lisa Doe Mi, 12.10.2022": what follows the date is not a name either
        if (labelled && s.indexOf(':') >= 0) {
            // "Text: Jane Doe Fotos: John Smith": the pictures' credit is no authorship. Unlabelled, such a
            // line is a caption ("Harbour - Foto: Jane Doe"), which the credit's words keep from being a name.
            s = PICTURES_CREDIT.matcher(s).replaceFirst("");
        }
        if (labelled) {
            // "Written by Jane Doe<br>Edited by John Smith": the next credit is someone else's part.
            s = OTHER_CREDIT.matcher(s).replaceFirst("");
        }
        // "Jane Doe, Reuters": an organisation after a comma is the person's affiliation, not a co-author.
        int comma = s.lastIndexOf(',');
        if (comma > 0 && !ORGANIZATION.matcher(s.substring(0, comma).trim()).matches()
                && (ORGANIZATION.matcher(s.substring(comma + 1).trim()).matches() || branded(s, comma))) {
            s = s.substring(0, comma);
        }
        // "Jane Doe / Reuters" likewise; "dpa/lno" is one credit.
        int slash = s.lastIndexOf(" / ");
        if (slash > 0 && ORGANIZATION.matcher(s.substring(slash + 3).trim()).matches()
                && !ORGANIZATION.matcher(s.substring(0, slash).trim()).matches() && s.substring(0, slash).indexOf(' ') > 0) {
            s = s.substring(0, slash);
        }
        s = withoutPlace(s, strict, labelled);
        Matcher inverted = strict ? null : INVERTED.matcher(s);
        if (inverted != null && inverted.matches() && !ORGANIZATION.matcher(inverted.group(1)).matches()
                && !ORGANIZATION.matcher(inverted.group(2)).matches()) {
            s = inverted.group(2) + " " + inverted.group(1); // "Doe, Jane": a catalogue's order, one person
        }
        String[] parts = SPLIT.split(s);
        for (String part : parts) {
            // A single part is the whole line, its label and tail already gone; each of several may have its own.
            String name = parts.length == 1 ? cleanName(part, strict) : name(part, strict);
            if (!name.isEmpty() && !out.contains(name)) {
                out.add(name);
            }
        }
        return out;
    }

    /** Without a glued "ByJane": the pattern only when the first letter may start a label. */
    private static String withoutGluedPrefix(String s) {
        if (s.isEmpty() || GLUED_FIRST_LETTERS.indexOf(s.charAt(0)) < 0) {
            return s;
        }
        return GLUED_PREFIX.matcher(s).replaceFirst("");
    }

    /** "Doe, Jane", "Doe, Jane M.": a surname, a comma and the given names, as catalogues write a name. */
    private static final Pattern INVERTED = Pattern.compile(
            "(\\p{Lu}\\p{Ll}[\\p{L}'-]*),\\s*(\\p{Lu}\\p{Ll}[\\p{L}'-]*(?:\\s\\p{Lu}\\.)?)");

    /** A word of three to six capitals ("CNN", "BBC"; "JD" may be initials), not a Roman numeral ("III"). */
    private static final Pattern ACRONYM = Pattern.compile("(?:^|\\s)(?![IVXLC]+(?:\\s|$))\\p{Lu}{3,6}(?:\\s|$)");

    /**
     * "Jane Doe, CNN Business": after the last comma, words with a brand in capitals name the
     * person's employer, in a line not written all in capitals.
     */
    private static boolean branded(String s, int comma) {
        String tail = s.substring(comma + 1);
        if (!ACRONYM.matcher(tail).find()) {
            return false;
        }
        for (int i = 0; i < comma; i++) {
            if (Character.isLowerCase(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** One capitalised word, hyphens allowed ("Berlin", "Aix-en-Provence", "NEW-YORK"): a dateline's place. */
    private static final Pattern PLACE = Pattern.compile("\\p{Lu}\\p{L}+(?:-\\p{L}+)*");
    private static final Pattern TRAILING_COMMAS = Pattern.compile("[\\s,]+$");

    /** " in Kyiv", " aus Berlin", " from New York": where the reporter writes from, closing a byline. */
    private static final Pattern IN_PLACE = Pattern.compile(
            "\\s+(?:in|aus|from|à)\\s+\\p{Lu}[\\p{L}'-]*(?:\\s+\\p{Lu}[\\p{L}'-]*){0,2}$");

    /**
     * Without the place a dateline-style byline ends with ("Von Jane Doe, Berlin", "By Jane Doe and
     * John Smith, London", "By Jane Doe in Kyiv"): one capitalised word after the last comma, or up
     * to three after "in" in a labelled byline, behind names that all have a first and a last name.
     * A list of people ("By Jane Doe, John Smith and Kim Berger") keeps its last name, and so does
     * "Doe, Jane" (the part before the comma is one word).
     */
    private static String withoutPlace(String s, boolean strict, boolean labelled) {
        String t = TRAILING_COMMAS.matcher(s).replaceFirst("");
        int comma = t.lastIndexOf(',');
        if (comma > 0 && PLACE.matcher(t.substring(comma + 1).trim()).matches() && fullNames(t.substring(0, comma), strict)) {
            return t.substring(0, comma);
        }
        // Unlabelled, "Weitere Nachrichten aus Berlin" reads the same.
        Matcher in = strict && labelled ? IN_PLACE.matcher(t) : null;
        if (in != null && in.find() && fullNames(t.substring(0, in.start()), strict)) {
            return t.substring(0, in.start());
        }
        return s;
    }

    /** Whether every name of a list has a first and a last name. */
    private static boolean fullNames(String list, boolean strict) {
        for (String part : SPLIT.split(list)) {
            String name = name(part, strict);
            if (name.isEmpty() || SPACE.split(name).length < 2) {
                return false;
            }
        }
        return true;
    }

    /** A credit for the pictures after the names: "Fotos: John Smith". */
    private static final Pattern PICTURES_CREDIT = Pattern.compile(
            "[\\s,;|]+(?:fotos?|photos?|bilder|illustrations?|grafik(?:en)?|videos?)\\s*:.*$",
            Pattern.CASE_INSENSITIVE);
    /** A credit for another part than the writing after the names: "Edited by John Smith", "übersetzt von …". */
    private static final Pattern OTHER_CREDIT = Pattern.compile(
            "[\\s,;|]+(?:edited|photos?|photographs?|pictures?|illustrations?|illustrated|translated|translation"
                    + "|fact[- ]checked|reviewed|bearbeitet|redigiert|übersetzt|fotos?|bilder|traduit|traducido)"
                    + "\\s+(?:by|von|par|door|por)\\s.*$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** A word or two and a number in brackets: a counter ("Views (123)"). */
    private static final Pattern COUNTER = Pattern.compile("\\S+(?:\\s\\S+)?\\s*\\(\\s*\\d[\\d.,]*\\s*\\)");
    private static final Pattern PARENTHESIS = Pattern.compile("\\s*\\(([^)]{0,80})\\)");
    private static final Pattern NAME_WORDS = Pattern.compile("(?:\\p{Lu}[\\p{L}.'-]*\\s?){1,3}");

    /**
     * Without parenthesised roles and notes ("(Pressesprecher des EJW)", "(avec Jane Doe)"); a
     * parenthesis of capitalised words inside a name is part of it ("Bruno (Henrique Zecchin) Rodrigues").
     */
    private static String withoutRoles(String s) {
        if (s.indexOf('(') < 0) {
            return s;
        }
        Matcher m = PARENTHESIS.matcher(s);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            boolean inside = m.end() < s.length() && Character.isLetter(s.charAt(Math.min(s.length() - 1, m.end() + 1)))
                    && NAME_WORDS.matcher(m.group(1).trim()).matches();
            m.appendReplacement(sb, inside ? Matcher.quoteReplacement(m.group()) : "");
        }
        m.appendTail(sb);
        return sb.toString();
    }

    /** One name of a list, cleaned; empty when the part is not a name. */
    private static String name(String part, boolean strict) {
        String name = withoutGluedPrefix(Text.clean(part));
        name = withoutPrefix(name);
        return cleanName(withoutTail(name), strict);
    }

    /** {@link #name}, for a part without its label and its tail. */
    private static String cleanName(String part, boolean strict) {
        String name = AFFILIATION.matcher(Text.clean(part)).replaceFirst("");
        name = EDGE_PUNCTUATION.matcher(name).replaceAll("").trim();
        if (name.endsWith(")") && name.indexOf('(') < 0) {
            name = name.substring(0, name.length() - 1).trim();
        }
        String[] words = SPACE.split(name);
        if (onlyRoles(words)) {
            return ""; // "Jane Doe, Senior Editor": the title after the comma is no second person
        }
        // Job titles before the name go ("Netzphilosophin Leena Simon"); after it they may be a surname.
        int from = 0;
        for (int k = 0; k < words.length - 1; k++) {
            if (ROLE_WORD.matcher(words[k]).matches()) {
                from = k + 1; // "Senior Editor Jane Doe": qualifiers go with the title they lead to
            } else if (!ROLE_QUALIFIERS.contains(words[k].toLowerCase(Locale.ROOT))) {
                break;
            }
        }
        if (from > 0) {
            words = java.util.Arrays.copyOfRange(words, from, words.length);
            name = String.join(" ", words);
        }
        // "Christoph Hein Chefredakteur", "Jane Doe Journaliste au Monde", "Jane Doe Staff Writer": a long
        // or qualified job title after the name ends it (a short one alone may be a surname). Not after a
        // phrase's words: "Letters to the Editor" is a column's name.
        for (int k = 1; k < words.length && !FUNCTION_WORDS.contains(words[k - 1].toLowerCase(Locale.ROOT)); k++) {
            if (k >= 2 && ((words[k].length() >= 9 || TITLE_WORD.matcher(words[k]).matches()) && ROLE_WORD.matcher(words[k]).matches()
                    || ROLE_QUALIFIERS.contains(words[k].toLowerCase(Locale.ROOT))
                            && onlyRoles(java.util.Arrays.copyOfRange(words, k, words.length)))) {
                words = java.util.Arrays.copyOf(words, k);
                name = String.join(" ", words);
                break;
            }
        }
        if (!plausible(name, words, strict) || CREDENTIAL.matcher(name).matches() || ADMIN.matcher(name).matches()
                || STOP.contains(name.toLowerCase(Locale.ROOT))) {
            return "";
        }
        return name;
    }

    /** A content system's administrator account ("admin", "wpadmin", "Administrator"): nobody's name. */
    private static final Pattern ADMIN = Pattern.compile("(?:site|web|wp|wordpress|blog)?[-_ ]?admin(?:istrator)?\\d*",
            Pattern.CASE_INSENSITIVE);

    /** Words that qualify a job title ("Senior Editor", "Leitende Redakteurin"). */
    private static final Set<String> ROLE_QUALIFIERS = Set.of("senior", "chief", "staff", "contributing", "managing",
            "deputy", "executive", "associate", "assistant", "political", "foreign", "freelance", "special", "local",
            "business", "science", "sports", "news", "digital", "online", "leitender", "leitende", "stellvertretender",
            "stellvertretende", "freier", "freie", "grand", "envoyé", "spécial", "spéciale");

    /** Whether the words are a job title alone: role words and their qualifiers, two or more. */
    private static boolean onlyRoles(String[] words) {
        if (words.length < 2) {
            return false;
        }
        boolean role = false;
        for (String w : words) {
            boolean r = ROLE_WORD.matcher(w).matches();
            if (!r && !ROLE_QUALIFIERS.contains(w.toLowerCase(Locale.ROOT))) {
                return false;
            }
            role |= r;
        }
        return role;
    }

    private static boolean plausible(String name, String[] words, boolean strict) {
        if (name.length() < 2 || name.length() > 60 || !Character.isLetter(name.codePointAt(0))
                || JUNK.matcher(name).find() && !(words.length == 1 && USER_NAME.matcher(name).matches())) {
            return false;
        }
        // Particles do not count: "Les Membres du Choeur de Radio France" is one credit.
        int named = 0;
        for (String w : words) {
            named += PARTICLES.contains(w.toLowerCase(Locale.ROOT)) ? 0 : 1;
        }
        if (named > 6 || words.length > 9) {
            return false;
        }
        if (words.length == 1) {
            return !ROLE_WORD.matcher(name).matches(); // "Redakteurin" alone names nobody; a user name does
        }
        if (!strict) {
            return true;
        }
        // A phrase, not a name: it starts with a lower-case word other than a particle while others are
        // capitalised ("anderen Anbietern"; a name written all in lower case is still a name), holds a
        // function word ("der HSS in Tunesien"), ends with a particle ("Autorenseite von"), or ends
        // with a sentence's full stop ("Jr." and "Ph.D." are abbreviations).
        boolean capital = false;
        for (String w : words) {
            capital |= !Character.isLowerCase(w.codePointAt(0));
            if (FUNCTION_WORDS.contains(w.toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        String first = words[0];
        if (capital && Character.isLowerCase(first.codePointAt(0))
                && !PARTICLES.contains(first.toLowerCase(Locale.ROOT))) {
            return false;
        }
        String last = words[words.length - 1];
        if (PARTICLES.contains(last)) {
            return false;
        }
        return !(last.endsWith(".") && last.length() > 3 && last.indexOf('.') == last.length() - 1);
    }

    // ---- byline markup -----------------------------------------------------------------------

    /**
     * The byline the page shows: marked in the article, else marked elsewhere on the page (some
     * themes put it in a page header outside the article element), else a line that reads like one.
     * {@code inArticle}: the bylines marked in the article when already read, else null.
     */
    private static Found dom(ExtractionContext ctx, Optional<Element> container, Judge judge,
            List<Metadata.AuthorCandidate> inArticle) {
        List<Metadata.AuthorCandidate> names = inArticle;
        if (names == null) {
            names = container.isPresent() ? first(ctx, marked(container.get(), null, judge), judge) : List.of();
        }
        if (names.isEmpty()) {
            List<Element> outside = marked(ctx.document(), container.orElse(null), judge);
            if (container.isPresent() && outside.size() > 1) {
                // The byline nearest the article first: the one that shares the deepest ancestor with it.
                outside.sort(java.util.Comparator.comparingInt(judge::sharedDepth).reversed());
            }
            names = first(ctx, outside, judge);
        }
        if (names.isEmpty() && container.isPresent()) {
            return new Found(bylineLine(ctx, container.get(), judge), Source.DOM, "a byline line in the article");
        }
        return new Found(names, Source.DOM, "byline markup in the article");
    }

    /** The names of the first marked element that gives any. */
    private static List<Metadata.AuthorCandidate> first(ExtractionContext ctx, List<Element> marked, Judge judge) {
        for (Element e : marked) {
            List<Metadata.AuthorCandidate> names = fromMarked(ctx, e, judge);
            if (!names.isEmpty()) {
                return names;
            }
        }
        return List.of();
    }

    /** The byline-marked elements under {@code root} (without {@code skip}'s subtree) in page order, in one walk. */
    private static List<Element> marked(Element root, Element skip, Judge judge) {
        Marks marks = new Marks(skip, judge, root == judge.container);
        if (isMarked(root, root.previousElementSibling())) {
            marks.out.add(root);
        }
        // Elements only (Dom.walk passes no text node): this touches every element of the page.
        Dom.walk(root, marks);
        return marks.out;
    }

    /** The walk of {@link #marked}: each element's mark read with its previous sibling, kept from the walk. */
    private static final class Marks implements Dom.Step {
        final List<Element> out = new ArrayList<>();
        private final Element skip;
        private final Judge judge;
        /** Whether the walk is the article container's; else it passes only the container's ancestors. */
        private final boolean inContainer;
        /** The element last seen at each depth: the previous sibling of the next one there, if theirs is the same parent. */
        private Element[] last = new Element[32];

        Marks(Element skip, Judge judge, boolean inContainer) {
            this.skip = skip;
            this.judge = judge;
            this.inContainer = inContainer;
        }

        @Override
        public int after(Element e, int depth) {
            if (depth >= last.length) {
                last = java.util.Arrays.copyOf(last, depth * 2);
            }
            Element previous = last[depth];
            last[depth] = e;
            // Navigation and sidebars never hold the article's byline: not worth walking.
            if (e == skip || Dom.NON_CONTENT.contains(e.normalName()) || e.nameIs("nav") || e.nameIs("aside")) {
                return Dom.SKIP;
            }
            if (isMarked(e, previous != null && previous.parent() == e.parent() ? previous : null)) {
                out.add(e);
            }
            if (out.size() >= MAX_MARKED) {
                return Dom.STOP;
            }
            return e.childNodeSize() > 0 && excludesBelow(e) ? Dom.SKIP : Dom.DESCEND;
        }

        /**
         * Whether nothing below {@code e} can belong to the article ({@link Judge#belongs}): a tag the
         * judge excludes as an ancestor (a figure, a teaser article, a link to another page, the page's
         * footer), and no holder of the article. Its marks are not worth collecting.
         */
        private boolean excludesBelow(Element e) {
            boolean excluded;
            if (e.nameIs("a")) {
                excluded = e.firstElementChild() != null && !isAuthorLink(e);
            } else if (e.nameIs("figure") || e.nameIs("figcaption")) {
                excluded = true;
            } else if (e.nameIs("footer")) {
                excluded = !inContainer;
            } else if (e.nameIs("article")) {
                // Inside an article container every article is another's teaser; else the judge counts them,
                // a walk of the container not worth making here.
                excluded = !inContainer || judge.container.nameIs("article");
            } else {
                return false;
            }
            return excluded && !judge.ancestry.holds(e);
        }
    }

    /** Whether an element's markup says it holds a byline; attribute tests only, no text. {@code previous}: its previous sibling. */
    private static boolean isMarked(Element e, Element previous) {
        int size = e.attributesSize();
        if (size == 0) {
            return false;
        }
        // The parser lower-cases attribute names: exact look-ups suffice.
        org.jsoup.nodes.Attributes a = e.attributes();
        String cls = a.get("class");
        String id = a.get("id");
        if (hasMarkWord(cls) || hasMarkWord(id)) {
            return true;
        }
        // The attributes not read yet, at least (an empty one counts as not read): most elements have a class alone.
        int unread = size - (cls.isEmpty() ? 0 : 1) - (id.isEmpty() ? 0 : 1);
        if (e.nameIs("a")) {
            String href = a.get("href");
            if (pathSegment(href, AUTHOR_PATHS, USER_PATHS) || isAvatar(previous)) {
                return true;
            }
            unread -= href.isEmpty() ? 0 : 1;
        }
        return unread > 0 && (containsIgnoreCase(a.get("rel"), "author") || containsIgnoreCase(a.get("itemprop"), "author")
                || hasMarkWord(a.get("data-testid")) || hasMarkWord(a.get("data-component")));
    }

    /** A link whose only byline mark is where it points ("/profile/..."). */
    private static boolean markedOnlyByHref(Element e) {
        return e.nameIs("a") && !containsIgnoreCase(e.attr("rel"), "author")
                && !hasMarkWord(e.className()) && !containsIgnoreCase(e.attr("itemprop"), "author");
    }

    /** A block with more visible characters than this around a link is running text, not a byline line. */
    private static final int RUNNING_TEXT = 100;

    /** Whether a link stands in a paragraph of running text, where it names a person the article is about. */
    private static boolean inRunningText(Element a) {
        Element block = a.parent();
        while (block != null && (block.nameIs("span") || block.nameIs("a") || isInline(block) || block.nameIs("font"))) {
            block = block.parent();
        }
        return block != null && !shortText(block, RUNNING_TEXT);
    }

    /**
     * Whether a class, id or test id holds a byline word anywhere ("post-author__name", "Byline"):
     * "byline", "author", "autor", "auteur", "verfasser", in one pass.
     */
    private static boolean hasMarkWord(String s) {
        int max = Math.min(s.length(), MAX_SCAN) - 5;
        for (int i = 0; i <= max; i++) {
            char c = (char) (s.charAt(i) | 0x20);
            // The second and third letters first: most class names have no "aut", "byl" or "ver" at all.
            if (c == 'a' && (s.charAt(i + 1) | 0x20) == 'u' && (s.charAt(i + 2) | 0x20) == 't'
                    && (s.regionMatches(true, i, "autor", 0, 5) && !followedBy(s, i + 5, 'i')
                            || s.regionMatches(true, i, "author", 0, 6) && !followedBy(s, i + 6, 'i')
                            || s.regionMatches(true, i, "auteur", 0, 6))
                    || c == 'b' && (s.charAt(i + 1) | 0x20) == 'y' && (s.charAt(i + 2) | 0x20) == 'l'
                            && s.regionMatches(true, i, "byline", 0, 6)
                    || c == 'v' && (s.charAt(i + 1) | 0x20) == 'e' && (s.charAt(i + 2) | 0x20) == 'r'
                            && s.regionMatches(true, i, "verfasser", 0, 9)) {
                return true;
            }
        }
        return false;
    }

    /** "authority", "autorisierung": a word that only starts like "author". */
    private static boolean followedBy(String s, int i, char c) {
        return i < s.length() && (s.charAt(i) | 0x20) == c;
    }

    private static boolean isAuthorLink(Element a) {
        return containsIgnoreCase(a.attr("rel"), "author") || isAuthorHref(a.attr("href"));
    }

    /**
     * A member's profile link ("/user/jane"): a site's users write posts, but also comments and
     * menus ("/user/login"), so such a link names an author only after a byline's "von"/"by".
     */
    private static boolean isUserHref(String href) {
        return pathSegment(href, USER_PATHS, null);
    }

    private static final String[] USER_PATHS = {"/user/", "/users/", "/member/", "/members/", "/benutzer/",
        "/mitglied/", "/membre/", "/usuario/", "/utente/"};

    /** A link right after an avatar picture ("<img class=avatar> <a>Jane</a>"): the poster's name. */
    private static boolean afterAvatar(Element a) {
        return isAvatar(a.previousElementSibling());
    }

    /** An avatar picture ("<img class=avatar>"); false for null. */
    private static boolean isAvatar(Element img) {
        return img != null && img.nameIs("img") && containsIgnoreCase(img.className(), "avatar");
    }

    /** A byline's label closing a text: "von", "by", "Posted by", "Autor:". */
    private static final Pattern LABEL_END = Pattern.compile(
            "(?:^|[\\s|·•])(?:by|von|par|door|por|di|da|av|przez|autor|autorin|author|auteur)\\s*:?$",
            Pattern.CASE_INSENSITIVE);

    /** Whether the text just before a link, in its line, ends with a byline's label ("von <a>Jane</a>"). */
    private static boolean labelledBefore(Element a) {
        Element n = a;
        for (int depth = 0; depth < 4; depth++) {
            for (Node p = n.previousSibling(); p != null; p = p.previousSibling()) {
                String t = p instanceof TextNode ? Text.clean(((TextNode) p).getWholeText())
                        : p instanceof Element ? spacedText((Element) p, 80) : "";
                if (!t.isEmpty()) {
                    return LABEL_END.matcher(t).find();
                }
            }
            n = n.parent();
            if (n == null || !(n.nameIs("span") || isInline(n))) {
                return false; // the line's start: no label
            }
        }
        return false;
    }

    private static boolean isAuthorHref(String href) {
        return pathSegment(href, AUTHOR_PATHS, null);
    }

    /** Whether a path segment of the link is one of {@code paths} or of {@code more} (may be null). */
    private static boolean pathSegment(String href, String[] paths, String[] more) {
        // Only where a path segment starts: this runs for every link of the page.
        int max = Math.min(href.length(), MAX_SCAN);
        int i = href.indexOf('/');
        while (i >= 0 && i < max) {
            int j = href.indexOf('/', i + 1);
            if (j < 0) {
                return false;
            }
            int len = j - i + 1; // the segment with both slashes
            if (segmentIn(href, i, len, paths) || more != null && segmentIn(href, i, len, more)) {
                return true;
            }
            i = j;
        }
        return false;
    }

    private static boolean segmentIn(String href, int i, int len, String[] paths) {
        for (String p : paths) {
            if (p.length() == len && href.regionMatches(true, i, p, 0, len)) {
                return true;
            }
        }
        return false;
    }

    /** Attribute values are read this far: a byline mark is never buried in a longer one. */
    private static final int MAX_SCAN = 500;

    /** Case-insensitive {@code contains} without allocating; {@code needle} is lower-case ASCII. */
    private static boolean containsIgnoreCase(String s, String needle) {
        int n = needle.length();
        int max = Math.min(s.length(), MAX_SCAN) - n;
        char first = needle.charAt(0);
        for (int i = 0; i <= max; i++) {
            char c = s.charAt(i);
            if ((c | 0x20) == first && s.regionMatches(true, i, needle, 0, n)) {
                return true;
            }
        }
        return false;
    }

    /** The names one byline-marked element gives, or none when it is out of scope or not a byline. */
    private static List<Metadata.AuthorCandidate> fromMarked(ExtractionContext ctx, Element e, Judge judge) {
        String text = spacedText(e, MAX_BYLINE_TEXT + 1);
        if (text.isEmpty() || text.length() > MAX_BYLINE_TEXT || !judge.belongs(e, true)
                || markedOnlyByHref(e) && (inRunningText(e) || !isAuthorLink(e) && !labelledBefore(e) && !afterAvatar(e))) {
            return List.of();
        }
        // Name and link first; the locator (a path up the tree) only once the element gives names.
        Map<String, Map.Entry<String, Optional<String>>> out = new LinkedHashMap<>();
        // Author links name the people more cleanly than the line around them.
        List<Element> links = new ArrayList<>();
        Element line = e.nameIs("a") && isAuthorLink(e) ? lineOf(e) : null;
        if (line != null) {
            // "By <a>Jane Doe</a> and <a>John Smith</a>" with no mark on the line: its other author links too.
            for (Element a : line.getElementsByTag("a")) {
                if (a == e || isAuthorLink(a)) {
                    links.add(a);
                }
            }
        } else if (e.nameIs("a")) {
            links.add(e);
        } else {
            for (Element a : e.getElementsByTag("a")) {
                if (isAuthorLink(a)) {
                    links.add(a);
                }
            }
        }
        for (Element a : links) {
            Optional<String> url = Urls.resolve(ctx.baseUrl(), a.attr("href"));
            String shown = spacedText(a, MAX_BYLINE_TEXT);
            List<String> names = judge.names(shown);
            if (names.isEmpty() && isAuthorLink(a) && NUMBERED_BRAND.matcher(shown).matches()) {
                names = List.of(shown); // an author link is a credit: "7 News Example" is a newsroom, not a date
            }
            for (String n : names) {
                out.putIfAbsent(n.toLowerCase(Locale.ROOT), Map.entry(n, url));
            }
        }
        if (out.isEmpty()) {
            // A byline line often wraps the name in its own element ("von<span class=author>...").
            Element inner = innerName(e);
            List<String> names = inner == null ? List.of() : judge.names(spacedText(inner, MAX_BYLINE_TEXT));
            if (names.isEmpty() && !judge.prose(text)) {
                names = judge.names(text); // the inner element was only the label ("<span class=author-label>Author:</span>")
            }
            Element link = firstLink(e);
            Optional<String> url = link == null || names.size() != 1 ? Optional.empty()
                    : Urls.resolve(ctx.baseUrl(), link.attr("href"));
            for (String n : names) {
                out.putIfAbsent(n.toLowerCase(Locale.ROOT), Map.entry(n, url));
            }
        }
        if (out.isEmpty()) {
            return List.of();
        }
        String loc = Dom.cssPath(e);
        List<Metadata.AuthorCandidate> found = new ArrayList<>(out.size());
        out.values().forEach(n -> found.add(candidate(n.getKey(), n.getValue(), loc)));
        return found;
    }

    /** The short line around a link: its nearest block (past inline wrappers), when that is short. */
    private static Element lineOf(Element a) {
        Element line = a.parent();
        while (line != null && (line.nameIs("span") || line.nameIs("font") || isInline(line))) {
            line = line.parent();
        }
        return line != null && !line.nameIs("body") && shortText(line, MAX_BYLINE_TEXT) ? line : null;
    }

    /** A brand led by a number ("7 News Example"): a number, then capitalised words ("2 Fictions" counts something). */
    private static final Pattern NUMBERED_BRAND = Pattern.compile("\\d{1,3}\\s(?:\\p{Lu}[\\p{L}&.-]*\\s?){2,4}");

    /**
     * More words than a byline line has, up to where the line turns to dates or links ("Jane Doe
     * Follow …"): an author's bio or a teaser, whose capitalised words are no names.
     */
    private static boolean prose(String text) {
        int words = 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == ' ' && ++words > 12) {
                return true;
            }
        }
        return false;
    }

    /** The element inside a byline that holds just the name ({@code itemprop=name}, {@code .fn}, an author class). */
    private static Element innerName(Element e) {
        Element best = null;
        int rank = Integer.MAX_VALUE;
        int length = Integer.MAX_VALUE;
        for (Element d : e.getAllElements()) {
            if (d == e) {
                continue;
            }
            int r = d.attr("itemprop").equalsIgnoreCase("name") ? 0 : d.hasClass("fn") ? 1
                    : containsIgnoreCase(d.attr("class"), "author") ? 2
                    : containsIgnoreCase(d.attr("rel"), "author") ? 3 : Integer.MAX_VALUE;
            if (r > rank || r == Integer.MAX_VALUE) {
                continue;
            }
            // Of equal marks the shortest: an author box's "author-title" holds the name, its "author-info" the bio.
            int n = spacedText(d, MAX_BYLINE_TEXT).length();
            if (n > 0 && (r < rank || n < length)) {
                best = d;
                rank = r;
                length = n;
            }
        }
        return best;
    }

    private static Element firstLink(Element e) {
        if (e.nameIs("a") && e.hasAttr("href")) {
            return e;
        }
        for (Element a : e.getElementsByTag("a")) {
            if (a.hasAttr("href")) {
                return a;
            }
        }
        return null;
    }

    /**
     * The element's text up to {@code max} characters, with a space wherever an element starts or
     * ends: markup that glues "By" to a name, or a name to "Follow", separates them on screen.
     */
    static String spacedText(Element root, int max) {
        return spacedText(root, max, false);
    }

    /** {@link #spacedText(Element, int)}; with {@code breaks}, a line break reads as a separator ("Jane Doe | Kenia"). */
    private static String spacedText(Element root, int max, boolean breaks) {
        StringBuilder sb = new StringBuilder();
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (sb.length() > max + 16) {
                    return FilterResult.STOP;
                }
                if (node instanceof TextNode) {
                    String t = ((TextNode) node).getWholeText();
                    sb.append(t, 0, Math.min(t.length(), max + 32));
                } else if (node instanceof Element && node != root) {
                    if (Dom.NON_CONTENT.contains(((Element) node).normalName())) {
                        return FilterResult.SKIP_ENTIRELY;
                    }
                    if (breaks && ((Element) node).nameIs("br")) {
                        sb.append(" | ");
                    } else if (!isInline((Element) node)) {
                        sb.append(' ');
                    }
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                if (node instanceof Element && node != root && !isInline((Element) node)) {
                    sb.append(' ');
                }
                return FilterResult.CONTINUE;
            }
        }, root);
        String t = Text.clean(sb.toString());
        return t.length() > max ? t.substring(0, max) : t;
    }

    /** Whether the element's text has at most {@code max} visible characters; stops reading past that. */
    private static boolean shortText(Element root, int max) {
        int[] count = {0};
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof TextNode) {
                    String t = ((TextNode) node).getWholeText();
                    for (int i = 0; i < t.length() && count[0] <= max; i++) {
                        if (!Character.isWhitespace(t.charAt(i))) {
                            count[0]++;
                        }
                    }
                    return count[0] > max ? FilterResult.STOP : FilterResult.CONTINUE;
                }
                return node != root && node instanceof Element && Dom.NON_CONTENT.contains(((Element) node).normalName())
                        ? FilterResult.SKIP_ENTIRELY : FilterResult.CONTINUE;
            }
        }, root);
        return count[0] <= max && count[0] > 0;
    }

    /** Inline formatting that may split a word ("Jo<b>hn</b>"); other elements separate words. */
    private static boolean isInline(Element e) {
        String n = e.normalName();
        return n.equals("b") || n.equals("i") || n.equals("em") || n.equals("strong") || n.equals("u")
                || n.equals("sup") || n.equals("sub") || n.equals("small") || n.equals("mark") || n.equals("abbr");
    }

    /**
     * Whether a byline element belongs to the article: the answer for each ancestor is kept, so
     * judging many candidates walks each ancestor once.
     */
    private static final class Judge {
        final Element container;
        /**
         * The verdicts on the ancestors, with the container, the body's root and all their ancestors as
         * holders: they hold the article, so they never disqualify it, whatever their class
         * ("sidebar-wrapper" or a "widget" around the whole post). A walk up stops at the first.
         */
        private final Ancestry ancestry;

        Judge(Element container, Element bodyRoot) {
            this.container = container;
            this.ancestry = new Ancestry(container, bodyRoot, (a, self, holds) -> verdict(a, self));
        }

        /** {@link #names(String)} per text: the bylines of a page's teasers repeat the same few texts. */
        private final Map<String, List<String>> names = new java.util.HashMap<>();

        /** {@link BylineExtractor#names(String)}, read once per text (the list may not be changed). */
        List<String> names(String raw) {
            List<String> known = names.get(raw);
            if (known == null) {
                known = List.copyOf(BylineExtractor.names(raw));
                names.put(raw, known);
            }
            return known;
        }

        /** Whether a text without its tail is prose, per text. */
        private final Map<String, Boolean> prose = new java.util.HashMap<>();

        /** Whether {@code text}, without a date or the like at its end ({@link #TAIL}), is prose, not a name. */
        boolean prose(String text) {
            return prose.computeIfAbsent(text, t -> BylineExtractor.prose(withoutTail(t)));
        }

        private int articles = -1;
        /** {@link #linksAHeadline} per list: every item of a long list asks about the same one. */
        private final Map<Element, Boolean> headlineLists = new IdentityHashMap<>();

        private boolean listsHeadlines(Element list) {
            return headlineLists.computeIfAbsent(list, BylineExtractor::linksAHeadline);
        }

        private boolean severalArticles() {
            if (articles < 0) {
                articles = container == null ? 2 : container.getElementsByTag("article").size();
            }
            return articles > 1 || container != null && container.nameIs("article");
        }

        /** How deep the nearest ancestor {@code e} shares with the article lies (0: the root). */
        int sharedDepth(Element e) {
            Element a = e;
            while (a != null && !ancestry.holds(a)) {
                a = a.parent();
            }
            int depth = 0;
            for (; a != null; a = a.parent()) {
                depth++;
            }
            return depth;
        }

        boolean inContainer(Element e) {
            return container != null && Dom.contains(container, e);
        }

        /**
         * No element between {@code e} and the article (or the page) is a comment, an aside, a figure,
         * a teaser, a cross-reference box, or a block whose class marks boilerplate. {@code marked}:
         * {@code e} is marked as a byline, which a labelled one may be in such a block of the article.
         */
        boolean belongs(Element e, boolean marked) {
            int labelled = -1;
            for (Element a = e; a != null && !ancestry.holds(a); a = a.parent()) {
                int v = ancestry.verdict(a, a == e);
                if (v == Ancestry.EXCLUDED) {
                    return false;
                }
                if (v == Ancestry.BOILERPLATE) {
                    // Inside the article, a byline element that says "By ..." is its byline whatever the
                    // block's class ("news-nav-buttons" around the author and a back link). Unmarked lines
                    // are not trusted so: "Von der Quelle zur Dosis" may be a heading in any box.
                    if (labelled < 0) {
                        labelled = marked && inContainer(e) && BYLINE_LINE.matcher(spacedText(e, 80)).find() ? 1 : 0;
                    }
                    if (labelled == 0 || !inContainer(a)) {
                        return false;
                    }
                }
            }
            return true;
        }

        /** The verdict on one element between a byline and the article; {@code self}: the byline element itself. */
        private int verdict(Element a, boolean self) {
            // Tag tests first, then the class tables (only for elements with a class or id).
            if (a.nameIs("aside") || a.nameIs("nav") || a.nameIs("figure") || a.nameIs("figcaption")) {
                return Ancestry.EXCLUDED; // a figure's "author" is its photographer
            }
            // A footer inside the article is the article's own ("Posted by ... at 18:52"); the page's is not.
            if (a.nameIs("footer") && !inContainer(a)) {
                return Ancestry.EXCLUDED;
            }
            if (!self) {
                if (a.nameIs("article") && (!inContainer(a) || severalArticles())) {
                    return Ancestry.EXCLUDED; // a teaser of another article (when the article is the only one, it is the article)
                }
                if (a.nameIs("a") && !isAuthorLink(a)) {
                    return Ancestry.EXCLUDED; // a byline inside a link is a card that links to another article
                }
                if (a.nameIs("li") && !inContainer(a) && a.parent() != null && listsHeadlines(a.parent())) {
                    return Ancestry.EXCLUDED; // a list beside the article that links headlines: a list of teasers
                }
            }
            String cls = Cues.classAndId(a);
            if (!cls.isEmpty() && (!self && cls.contains("teaser") || Cues.hasCrossReferenceClass(a))) {
                return Ancestry.EXCLUDED;
            }
            if (Regions.isCommentRegion(a)) {
                return Ancestry.EXCLUDED;
            }
            return !cls.isEmpty() && Scope.isBoilerplateBlock(a, false) ? Ancestry.BOILERPLATE : Ancestry.FINE;
        }
    }

    /** A link whose text reads like a headline rather than a name or a label. */
    private static final int HEADLINE_LINK = 25;

    /** Whether a block holds a link, other than an author link, with a headline's length of text. */
    private static boolean linksAHeadline(Element block) {
        for (Element a : block.getElementsByTag("a")) {
            if (a.hasAttr("href") && !isAuthorLink(a) && !shortText(a, HEADLINE_LINK)) {
                return true;
            }
        }
        return false;
    }

    private static Metadata.AuthorCandidate candidate(String name, Optional<String> url, String locator) {
        return new Metadata.AuthorCandidate(name, url, typeOf(name), Source.DOM, locator);
    }

    /**
     * The people the article's byline names beside all the structured names ("By Jane Doe and John
     * Smith" where the markup names only Jane Doe): none when the byline misses one of them.
     */
    private static List<Metadata.AuthorCandidate> coAuthors(List<Metadata.AuthorCandidate> names,
            List<Metadata.AuthorCandidate> dom, List<String> site) {
        if (dom.size() <= names.size()) {
            return List.of();
        }
        List<String> keys = new ArrayList<>();
        for (Metadata.AuthorCandidate n : names) {
            keys.add(Text.letters(n.name()));
        }
        List<Metadata.AuthorCandidate> more = new ArrayList<>();
        int found = 0;
        for (Metadata.AuthorCandidate d : dom) {
            if (keys.contains(Text.letters(d.name()))) {
                found++;
            } else if (personLike(d, site)) {
                more.add(d);
            } else {
                return List.of(); // a byline with a desk or a programme beside the names is no list of people
            }
        }
        return found == names.size() ? more : List.of();
    }

    /** A person's name by its form: two to four capitalised words (particles aside), no brand in capitals, not the site. */
    private static boolean personLike(Metadata.AuthorCandidate c, List<String> site) {
        String[] words = SPACE.split(c.name());
        if (c.type() != AgentType.PERSON || words.length < 2 || words.length > 4 || ACRONYM.matcher(c.name()).find()
                || isSite(c.name(), site)) {
            return false;
        }
        for (String w : words) {
            if (!Character.isUpperCase(w.codePointAt(0)) && !PARTICLES.contains(w.toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the article's byline outvotes the structured names: it names none of them, and
     * another tag of the page (microdata, meta) names its people too. A content system's record of
     * who posted the page differs from the credit the article shows.
     */
    private static boolean outvoted(List<Metadata.AuthorCandidate> names, List<Metadata.AuthorCandidate> dom,
            List<Metadata.AuthorCandidate> tags) {
        if (dom.isEmpty()) {
            return false;
        }
        Source source = names.get(0).source();
        for (Metadata.AuthorCandidate d : dom) {
            String k = Text.letters(d.name());
            if (names.stream().anyMatch(n -> Text.letters(n.name()).equals(k))) {
                return false;
            }
        }
        for (Metadata.AuthorCandidate d : dom) {
            String k = Text.letters(d.name());
            if (d.type() == AgentType.PERSON && tags.stream().anyMatch(t -> t.source() != source && Text.letters(t.name()).contains(k))) {
                return true;
            }
        }
        return false;
    }

    /** A login rather than a name: lower-case words joined by dots, underscores or hyphens ("jane.doe", "jane-doe"). */
    private static final Pattern LOGIN = Pattern.compile("\\p{Ll}[\\p{Ll}\\d]*(?:[._-]\\p{Ll}[\\p{Ll}\\d]*)+");
    /** A login whose words may be capitalised: letters joined by dots, not a host name ("example.at"). */
    private static final Pattern DOTTED_LOGIN = Pattern.compile("\\p{Ll}{2,}(?:\\.\\p{Ll}{2,})*\\.\\p{Ll}{4,}");
    private static final Pattern DOT = Pattern.compile("\\.");

    /**
     * Structured names written as logins ("jane.doe") in the spelling the page shows ("Jane Doe"):
     * a byline or another tag with the same letters, else, for a dotted login, its words capitalised
     * (hyphens join double names too, underscores join anything: "web_team").
     */
    private static List<Metadata.AuthorCandidate> displayed(List<Metadata.AuthorCandidate> names,
            List<Metadata.AuthorCandidate> dom, List<Metadata.AuthorCandidate> tags) {
        List<Metadata.AuthorCandidate> out = new ArrayList<>(names.size());
        for (Metadata.AuthorCandidate n : names) {
            String name = n.name();
            if (LOGIN.matcher(name).matches()) {
                String k = Text.letters(name);
                String shown = null;
                for (List<Metadata.AuthorCandidate> list : List.of(dom, tags)) {
                    for (Metadata.AuthorCandidate c : list) {
                        if (shown == null && !c.name().equals(name) && Text.letters(c.name()).equals(k)) {
                            shown = Text.clean(c.name());
                        }
                    }
                }
                if (shown == null && DOTTED_LOGIN.matcher(name).matches()) {
                    StringBuilder sb = new StringBuilder();
                    for (String w : DOT.split(name)) {
                        sb.append(sb.length() == 0 ? "" : " ").append(Character.toUpperCase(w.charAt(0))).append(w, 1, w.length());
                    }
                    shown = sb.toString();
                }
                if (shown != null) {
                    name = shown;
                }
            }
            out.add(name.equals(n.name()) ? n : new Metadata.AuthorCandidate(name, n.url(), n.type(), n.source(), n.locator()));
        }
        return out;
    }

    /** Adds the profile link the page shows to structured names that lack one. */
    private static List<Metadata.AuthorCandidate> withDomUrls(List<Metadata.AuthorCandidate> names,
            List<Metadata.AuthorCandidate> dom) {
        List<Metadata.AuthorCandidate> out = new ArrayList<>();
        for (Metadata.AuthorCandidate n : names) {
            Optional<String> url = n.url();
            if (url.isEmpty()) {
                url = dom.stream().filter(d -> d.name().equalsIgnoreCase(n.name())).findFirst()
                        .flatMap(Metadata.AuthorCandidate::url);
            }
            out.add(new Metadata.AuthorCandidate(n.name(), url, n.type(), n.source(), n.locator()));
        }
        return out;
    }
}
