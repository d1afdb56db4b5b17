package io.github.articlemodel.json;

import io.github.articlemodel.model.Agent;
import io.github.articlemodel.model.AgentType;
import io.github.articlemodel.model.Article;
import io.github.articlemodel.model.ArticleType;
import io.github.articlemodel.model.Block;
import io.github.articlemodel.model.BlockType;
import io.github.articlemodel.model.Byline;
import io.github.articlemodel.model.BylineRole;
import io.github.articlemodel.model.Candidate;
import io.github.articlemodel.model.Comment;
import io.github.articlemodel.model.CrossReference;
import io.github.articlemodel.model.CrossReferenceKind;
import io.github.articlemodel.model.DateValue;
import io.github.articlemodel.model.Embed;
import io.github.articlemodel.model.FieldProvenance;
import io.github.articlemodel.model.Figure;
import io.github.articlemodel.model.Heading;
import io.github.articlemodel.model.Image;
import io.github.articlemodel.model.Link;
import io.github.articlemodel.model.ListBlock;
import io.github.articlemodel.model.Organization;
import io.github.articlemodel.model.Paragraph;
import io.github.articlemodel.model.Preformatted;
import io.github.articlemodel.model.Quote;
import io.github.articlemodel.model.QuoteBlock;
import io.github.articlemodel.model.QuoteKind;
import io.github.articlemodel.model.Source;
import io.github.articlemodel.model.Table;
import java.time.temporal.Temporal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamContext;

/**
 * Reads the model from a {@link JsonParser}, one method per type, and reports every problem as a
 * {@link ReadProblem} with the JSON path where it is.
 *
 * <p>Each method starts on the first token of its value and ends on its last token. Unknown
 * properties are skipped, and so are the derived {@code text} and {@code wordCount}. A {@code null}
 * value counts as an absent property. Comment threads are read with an explicit stack, so the depth
 * of a thread is bounded only by the parser's nesting limit, never by the call stack.
 *
 * <p>The model checks its own invariants when a value is built; its messages start with the name
 * of the field ({@code "byline.url must be ..."}), which this reader turns into the path of the
 * property.
 */
final class ModelReader {
    /** The field a model message starts with: {@code byline.url}, {@code quotes[].end}, {@code headline}. */
    private static final Pattern MESSAGE_FIELD =
            Pattern.compile("^(?:[A-Za-z]+\\.)?([A-Za-z]+)(\\[\\])?(?:\\.([A-Za-z]+))?");
    private static final Pattern SIMPLE_NAME = Pattern.compile("[A-Za-z_$][A-Za-z0-9_$]*");
    private static final String MISSING = "required property is missing";

    private static final Set<String> ARTICLE_FIELDS = Set.of("url", "canonicalUrl", "type", "headline",
            "alternativeHeadline", "description", "language", "siteName", "publisher", "sections", "tags",
            "bylines", "datePublished", "datePublishedRaw", "dateModified", "dateModifiedRaw", "images", "body",
            "quotes", "crossReferences", "comments", "commentCount", "isAccessibleForFree", "provenance");
    private static final Set<String> ORGANIZATION_FIELDS = Set.of("name", "url", "logo");
    private static final Set<String> BYLINE_FIELDS = Set.of("name", "url", "type", "role", "affiliation");
    private static final Set<String> AGENT_FIELDS = Set.of("name", "url", "type");
    private static final Set<String> IMAGE_FIELDS = Set.of("url", "alt", "caption", "credit", "width", "height");
    private static final Set<String> LINK_FIELDS = Set.of("text", "url", "start");
    private static final Set<String> QUOTE_FIELDS =
            Set.of("text", "speaker", "cue", "kind", "blockIndex", "start", "end");
    private static final Set<String> CROSS_REFERENCE_FIELDS = Set.of("label", "title", "url", "kind", "afterBlock");
    private static final Set<String> COMMENT_FIELDS =
            Set.of("id", "author", "datePublished", "datePublishedRaw", "text", "upvotes", "replies");
    private static final Set<String> PROVENANCE_FIELDS = Set.of("winner", "reason", "others");
    private static final Set<String> CANDIDATE_FIELDS = Set.of("source", "locator", "value");
    private static final Map<BlockType, Set<String>> BLOCK_FIELDS = new EnumMap<>(BlockType.class);

    static {
        BLOCK_FIELDS.put(BlockType.HEADING, Set.of("type", "level", "text"));
        BLOCK_FIELDS.put(BlockType.PARAGRAPH, Set.of("type", "text", "links"));
        BLOCK_FIELDS.put(BlockType.LIST, Set.of("type", "ordered", "items"));
        BLOCK_FIELDS.put(BlockType.QUOTE, Set.of("type", "text", "attribution"));
        BLOCK_FIELDS.put(BlockType.FIGURE, Set.of("type", "image"));
        BLOCK_FIELDS.put(BlockType.EMBED, Set.of("type", "kind", "url", "title"));
        BLOCK_FIELDS.put(BlockType.PREFORMATTED, Set.of("type", "text", "language"));
        BLOCK_FIELDS.put(BlockType.TABLE, Set.of("type", "caption", "rows"));
    }

    /** Finds, for a model message about {@code field[]} (and maybe {@code .sub}), the offending element. */
    private interface Locator {
        Locator NONE = (field, sub) -> "";

        /** The path to append after the field: {@code "[2]"}, {@code "[0].end"}, or {@code ""}. */
        String locate(String field, String sub);
    }

    private final JsonParser p;

    ModelReader(JsonParser parser) {
        this.p = parser;
    }

    // ---------------------------------------------------------------- article

    Article article() {
        expectObject("an article object");
        Article.Builder b = new Article.Builder();
        DateField published = new DateField("datePublished");
        DateField modified = new DateField("dateModified");
        List<String> sections = List.of();
        List<String> tags = List.of();
        List<Block> body = List.of();
        List<Quote> quotes = List.of();
        List<CrossReference> references = List.of();
        Map<String, FieldProvenance> provenance = Map.of();
        for (String name; (name = p.nextName()) != null; ) {
            if (p.nextToken() == JsonToken.VALUE_NULL) {
                continue;
            }
            switch (name) {
                case "url" -> b.url(string());
                case "canonicalUrl" -> b.canonicalUrl(string());
                case "type" -> b.type(enumId(ArticleType::fromId));
                case "headline" -> b.headline(string());
                case "alternativeHeadline" -> b.alternativeHeadline(string());
                case "description" -> b.description(string());
                case "language" -> b.language(string());
                case "siteName" -> b.siteName(string());
                case "publisher" -> b.publisher(organization());
                case "sections" -> b.sections(sections = list(this::string));
                case "tags" -> b.tags(tags = list(this::string));
                case "bylines" -> b.bylines(list(this::byline));
                case "datePublished" -> published.readIso();
                case "datePublishedRaw" -> published.readRaw();
                case "dateModified" -> modified.readIso();
                case "dateModifiedRaw" -> modified.readRaw();
                case "images" -> b.images(list(this::image));
                case "body" -> b.body(body = list(this::block));
                case "quotes" -> b.quotes(quotes = list(this::quote));
                case "crossReferences" -> b.crossReferences(references = list(this::crossReference));
                case "comments" -> b.comments(threads(true));
                case "commentCount" -> b.commentCount(integer());
                case "isAccessibleForFree" -> b.isAccessibleForFree(bool());
                case "provenance" -> b.provenance(provenance = provenance());
                default -> p.skipChildren(); // unknown, or derived (text, wordCount)
            }
        }
        published.build().ifPresent(b::datePublished);
        modified.build().ifPresent(b::dateModified);
        List<String> finalSections = sections;
        List<String> finalTags = tags;
        List<Block> finalBody = body;
        List<Quote> finalQuotes = quotes;
        List<CrossReference> finalReferences = references;
        Map<String, FieldProvenance> finalProvenance = provenance;
        Locator locator = (field, sub) -> switch (field) {
            case "sections" -> index(finalSections, String::isBlank);
            case "tags" -> index(finalTags, String::isBlank);
            case "quotes" -> {
                int textLength = new Article.Builder().body(finalBody).build().text().length();
                Predicate<Quote> bad = "blockIndex".equals(sub) ? q -> q.blockIndex() >= finalBody.size()
                        : q -> q.end() > textLength;
                yield index(finalQuotes, bad) + (sub == null ? "" : "." + sub);
            }
            case "crossReferences" -> index(finalReferences,
                    r -> r.afterBlock().isPresent() && r.afterBlock().getAsInt() >= finalBody.size())
                    + (sub == null ? "" : "." + sub);
            case "provenance" -> finalProvenance.keySet().stream().filter(String::isBlank).findFirst()
                    .map(ModelReader::segment).orElse("");
            default -> "";
        };
        return build(b::build, ARTICLE_FIELDS, locator);
    }

    // ---------------------------------------------------------------- parties and images

    Organization organization() {
        expectObject("an organization object");
        Organization.Builder b = new Organization.Builder();
        boolean hasName = false;
        for (String name; (name = p.nextName()) != null; ) {
            if (p.nextToken() == JsonToken.VALUE_NULL) {
                continue;
            }
            switch (name) {
                case "name" -> {
                    b.name(string());
                    hasName = true;
                }
                case "url" -> b.url(string());
                case "logo" -> b.logo(image());
                default -> p.skipChildren();
            }
        }
        require(hasName, "name");
        return build(b::build, ORGANIZATION_FIELDS, Locator.NONE);
    }

    Byline byline() {
        expectObject("a byline object");
        Byline.Builder b = new Byline.Builder();
        boolean hasName = false;
        for (String name; (name = p.nextName()) != null; ) {
            if (p.nextToken() == JsonToken.VALUE_NULL) {
                continue;
            }
            switch (name) {
                case "name" -> {
                    b.name(string());
                    hasName = true;
                }
                case "url" -> b.url(string());
                case "type" -> b.type(enumId(AgentType::fromId));
                case "role" -> b.role(enumId(BylineRole::fromId));
                case "affiliation" -> b.affiliation(string());
                default -> p.skipChildren();
            }
        }
        require(hasName, "name");
        return build(b::build, BYLINE_FIELDS, Locator.NONE);
    }

    Agent agent() {
        expectObject("an agent object");
        Agent.Builder b = new Agent.Builder();
        boolean hasName = false;
        for (String name; (name = p.nextName()) != null; ) {
            if (p.nextToken() == JsonToken.VALUE_NULL) {
                continue;
            }
            switch (name) {
                case "name" -> {
                    b.name(string());
                    hasName = true;
                }
                case "url" -> b.url(string());
                case "type" -> b.type(enumId(AgentType::fromId));
                default -> p.skipChildren();
            }
        }
        require(hasName, "name");
        return build(b::build, AGENT_FIELDS, Locator.NONE);
    }

    Image image() {
        expectObject("an image object");
        Image.Builder b = new Image.Builder();
        boolean hasUrl = false;
        for (String name; (name = p.nextName()) != null; ) {
            if (p.nextToken() == JsonToken.VALUE_NULL) {
                continue;
            }
            switch (name) {
                case "url" -> {
                    b.url(string());
                    hasUrl = true;
                }
                case "alt" -> b.alt(string());
                case "caption" -> b.caption(string());
                case "credit" -> b.credit(string());
                case "width" -> b.width(integer());
                case "height" -> b.height(integer());
                default -> p.skipChildren();
            }
        }
        require(hasUrl, "url");
        return build(b::build, IMAGE_FIELDS, Locator.NONE);
    }

    // ---------------------------------------------------------------- body

    /**
     * A block. Its {@code type} may stand anywhere in the object; once it is known, the properties
     * of other block types are skipped like any unknown property.
     */
    Block block() {
        expectObject("a block object");
        BlockType type = null;
        Integer level = null;
        Boolean ordered = null;
        String text = null;
        String attribution = null;
        String kind = null;
        String url = null;
        String title = null;
        String language = null;
        String caption = null;
        List<Link> links = List.of();
        List<String> items = List.of();
        List<List<String>> rows = null;
        Image image = null;
        for (String name; (name = p.nextName()) != null; ) {
            if (p.nextToken() == JsonToken.VALUE_NULL) {
                continue;
            }
            if (name.equals("type")) {
                type = enumId(BlockType::fromId);
                continue;
            }
            if (type != null && !BLOCK_FIELDS.get(type).contains(name)) {
                p.skipChildren();
                continue;
            }
            switch (name) {
                case "level" -> level = integer();
                case "text" -> text = string();
                case "links" -> links = list(this::link);
                case "ordered" -> ordered = bool();
                case "items" -> items = list(this::string);
                case "attribution" -> attribution = string();
                case "image" -> image = image();
                case "kind" -> kind = string();
                case "url" -> url = string();
                case "title" -> title = string();
                case "language" -> language = string();
                case "caption" -> caption = string();
                case "rows" -> rows = list(() -> list(this::string));
                default -> p.skipChildren();
            }
        }
        require(type != null, "type");
        Set<String> fields = BLOCK_FIELDS.get(type);
        switch (type) {
            case HEADING -> {
                require(level != null, "level");
                require(text != null, "text");
                return build(new Heading.Builder().level(level).text(text)::build, fields, Locator.NONE);
            }
            case PARAGRAPH -> {
                require(text != null, "text");
                Paragraph.Builder b = new Paragraph.Builder().text(text).links(links);
                String paragraphText = text;
                List<Link> paragraphLinks = links;
                return build(b::build, fields, (field, sub) -> !field.equals("links") ? "" : index(paragraphLinks,
                        l -> l.end() > paragraphText.length() || !paragraphText.startsWith(l.text(), l.start())));
            }
            case LIST -> {
                ListBlock.Builder b = new ListBlock.Builder().items(items);
                if (ordered != null) {
                    b.ordered(ordered);
                }
                List<String> listItems = items;
                return build(b::build, fields,
                        (field, sub) -> field.equals("items") ? index(listItems, String::isBlank) : "");
            }
            case QUOTE -> {
                require(text != null, "text");
                QuoteBlock.Builder b = new QuoteBlock.Builder().text(text);
                if (attribution != null) {
                    b.attribution(attribution);
                }
                return build(b::build, fields, Locator.NONE);
            }
            case FIGURE -> {
                require(image != null, "image");
                return build(new Figure.Builder().image(image)::build, fields, Locator.NONE);
            }
            case EMBED -> {
                require(kind != null, "kind");
                require(url != null, "url");
                Embed.Builder b = new Embed.Builder().kind(kind).url(url);
                if (title != null) {
                    b.title(title);
                }
                return build(b::build, fields, Locator.NONE);
            }
            case PREFORMATTED -> {
                require(text != null, "text");
                Preformatted.Builder b = new Preformatted.Builder().text(text);
                if (language != null) {
                    b.language(language);
                }
                return build(b::build, fields, Locator.NONE);
            }
            case TABLE -> {
                require(rows != null, "rows");
                Table.Builder b = new Table.Builder().rows(rows);
                if (caption != null) {
                    b.caption(caption);
                }
                return build(b::build, fields, Locator.NONE);
            }
            default -> throw new IllegalStateException("block type without a reader: " + type);
        }
    }

    /** A block that must be of the given class (for the deserializers of the block subclasses). */
    <T extends Block> T block(Class<T> type, BlockType expected) {
        Block block = block();
        if (!type.isInstance(block)) {
            throw problem(here(), "expected a block of type '" + expected.id() + "', found '"
                    + block.type().id() + "'", null);
        }
        return type.cast(block);
    }

    Link link() {
        expectObject("a link object");
        Link.Builder b = new Link.Builder();
        boolean hasText = false;
        boolean hasUrl = false;
        boolean hasStart = false;
        for (String name; (name = p.nextName()) != null; ) {
            if (p.nextToken() == JsonToken.VALUE_NULL) {
                continue;
            }
            switch (name) {
                case "text" -> {
                    b.text(string());
                    hasText = true;
                }
                case "url" -> {
                    b.url(string());
                    hasUrl = true;
                }
                case "start" -> {
                    b.start(integer());
                    hasStart = true;
                }
                default -> p.skipChildren();
            }
        }
        require(hasText, "text");
        require(hasUrl, "url");
        require(hasStart, "start");
        return build(b::build, LINK_FIELDS, Locator.NONE);
    }

    // ---------------------------------------------------------------- quotes and references

    Quote quote() {
        expectObject("a quote object");
        Quote.Builder b = new Quote.Builder();
        boolean hasText = false;
        boolean hasKind = false;
        boolean hasBlockIndex = false;
        boolean hasStart = false;
        boolean hasEnd = false;
        for (String name; (name = p.nextName()) != null; ) {
            if (p.nextToken() == JsonToken.VALUE_NULL) {
                continue;
            }
            switch (name) {
                case "text" -> {
                    b.text(string());
                    hasText = true;
                }
                case "speaker" -> b.speaker(agent());
                case "cue" -> b.cue(string());
                case "kind" -> {
                    b.kind(enumId(QuoteKind::fromId));
                    hasKind = true;
                }
                case "blockIndex" -> {
                    b.blockIndex(integer());
                    hasBlockIndex = true;
                }
                case "start" -> {
                    b.start(integer());
                    hasStart = true;
                }
                case "end" -> {
                    b.end(integer());
                    hasEnd = true;
                }
                default -> p.skipChildren();
            }
        }
        require(hasText, "text");
        require(hasKind, "kind");
        require(hasBlockIndex, "blockIndex");
        require(hasStart, "start");
        require(hasEnd, "end");
        return build(b::build, QUOTE_FIELDS, Locator.NONE);
    }

    CrossReference crossReference() {
        expectObject("a cross-reference object");
        CrossReference.Builder b = new CrossReference.Builder();
        boolean hasTitle = false;
        boolean hasUrl = false;
        boolean hasKind = false;
        for (String name; (name = p.nextName()) != null; ) {
            if (p.nextToken() == JsonToken.VALUE_NULL) {
                continue;
            }
            switch (name) {
                case "label" -> b.label(string());
                case "title" -> {
                    b.title(string());
                    hasTitle = true;
                }
                case "url" -> {
                    b.url(string());
                    hasUrl = true;
                }
                case "kind" -> {
                    b.kind(enumId(CrossReferenceKind::fromId));
                    hasKind = true;
                }
                case "afterBlock" -> b.afterBlock(integer());
                default -> p.skipChildren();
            }
        }
        require(hasTitle, "title");
        require(hasUrl, "url");
        require(hasKind, "kind");
        return build(b::build, CROSS_REFERENCE_FIELDS, Locator.NONE);
    }

    // ---------------------------------------------------------------- comments

    /** One comment with its replies. */
    Comment comment() {
        return threads(false).get(0);
    }

    /** The comments being read, one frame per open comment object. */
    private final class CommentFrame {
        final Comment.Builder builder = new Comment.Builder();
        final DateField date = new DateField("datePublished");
        boolean hasText;

        Comment build() {
            require(hasText, "text");
            date.build().ifPresent(builder::datePublished);
            return ModelReader.this.build(builder::build, COMMENT_FIELDS, Locator.NONE);
        }
    }

    /**
     * Reads an array of comment threads ({@code inArray}) or a single comment, depth first, with an
     * explicit stack of the comment objects still open: the call stack stays flat for any depth.
     */
    private List<Comment> threads(boolean startsWithArray) {
        List<Comment> top = new ArrayList<>();
        Deque<CommentFrame> open = new ArrayDeque<>();
        boolean inArray;
        if (startsWithArray) {
            expectArray("an array of comments");
            inArray = true;
        } else {
            expectObject("a comment object");
            open.push(new CommentFrame());
            inArray = false;
        }
        while (true) {
            if (inArray) {
                if (p.nextToken() == JsonToken.END_ARRAY) {
                    if (open.isEmpty()) {
                        return top;
                    }
                    inArray = false; // back to the comment these replies belong to
                    continue;
                }
                expectObject("a comment object");
                open.push(new CommentFrame());
                inArray = false;
                continue;
            }
            CommentFrame frame = open.peek();
            String name = p.nextName();
            if (name == null) { // the end of the comment object
                Comment comment = frame.build();
                open.pop();
                if (open.isEmpty()) {
                    top.add(comment);
                    if (!startsWithArray) {
                        return top;
                    }
                } else {
                    open.peek().builder.addReply(comment);
                }
                inArray = true;
                continue;
            }
            if (p.nextToken() == JsonToken.VALUE_NULL) {
                continue;
            }
            switch (name) {
                case "id" -> frame.builder.id(string());
                case "author" -> frame.builder.author(agent());
                case "datePublished" -> frame.date.readIso();
                case "datePublishedRaw" -> frame.date.readRaw();
                case "text" -> {
                    frame.builder.text(string());
                    frame.hasText = true;
                }
                case "upvotes" -> frame.builder.upvotes(integer());
                case "replies" -> {
                    expectArray("an array of comments");
                    inArray = true;
                }
                default -> p.skipChildren();
            }
        }
    }

    // ---------------------------------------------------------------- provenance

    private Map<String, FieldProvenance> provenance() {
        expectObject("an object of field provenances");
        Map<String, FieldProvenance> map = new LinkedHashMap<>();
        for (String name; (name = p.nextName()) != null; ) {
            if (p.nextToken() == JsonToken.VALUE_NULL) {
                continue;
            }
            map.put(name, fieldProvenance());
        }
        return map;
    }

    FieldProvenance fieldProvenance() {
        expectObject("a field provenance object");
        FieldProvenance.Builder b = new FieldProvenance.Builder();
        boolean hasWinner = false;
        for (String name; (name = p.nextName()) != null; ) {
            if (p.nextToken() == JsonToken.VALUE_NULL) {
                continue;
            }
            switch (name) {
                case "winner" -> {
                    b.winner(candidate());
                    hasWinner = true;
                }
                case "reason" -> b.reason(string());
                case "others" -> b.others(list(this::candidate));
                default -> p.skipChildren();
            }
        }
        require(hasWinner, "winner");
        return build(b::build, PROVENANCE_FIELDS, Locator.NONE);
    }

    Candidate candidate() {
        expectObject("a candidate object");
        Source source = null;
        String locator = null;
        String value = null;
        for (String name; (name = p.nextName()) != null; ) {
            if (p.nextToken() == JsonToken.VALUE_NULL) {
                continue;
            }
            switch (name) {
                case "source" -> source = enumId(Source::fromId);
                case "locator" -> locator = string();
                case "value" -> value = string();
                default -> p.skipChildren();
            }
        }
        require(source != null, "source");
        require(locator != null, "locator");
        require(value != null, "value");
        Source s = source;
        String l = locator;
        String v = value;
        return build(() -> Candidate.of(s, l, v), CANDIDATE_FIELDS, Locator.NONE);
    }

    // ---------------------------------------------------------------- dates

    /** The two properties of one date, {@code name} (ISO 8601) and {@code nameRaw}, as read so far. */
    private final class DateField {
        private final String name;
        private String iso;
        private Temporal value;
        private String raw;

        DateField(String name) {
            this.name = name;
        }

        void readIso() {
            iso = string();
            try {
                value = DateValue.parseIso(iso);
            } catch (IllegalArgumentException e) {
                throw problem(here(), e.getMessage(), e);
            }
        }

        void readRaw() {
            raw = string();
        }

        /** Called at the end of the enclosing object; the raw text defaults to the ISO form. */
        java.util.Optional<DateValue> build() {
            if (value == null) {
                if (raw != null) {
                    throw problem(at(name + "Raw"), name + "Raw needs " + name, null);
                }
                return java.util.Optional.empty();
            }
            try {
                return java.util.Optional.of(DateValue.of(raw != null ? raw : iso, value));
            } catch (IllegalArgumentException | NullPointerException | IllegalStateException e) {
                throw problem(at(raw != null ? name + "Raw" : name), message(e), e);
            }
        }
    }

    // ---------------------------------------------------------------- scalars and lists

    private String string() {
        if (p.currentToken() != JsonToken.VALUE_STRING) {
            throw typeProblem("a string");
        }
        return p.getString();
    }

    private int integer() {
        JsonToken t = p.currentToken();
        if (t != JsonToken.VALUE_NUMBER_INT) {
            throw typeProblem("an integer");
        }
        if (p.getNumberType() != JsonParser.NumberType.INT) {
            throw problem(here(), "expected an integer from " + Integer.MIN_VALUE + " to " + Integer.MAX_VALUE
                    + ", found " + p.getString(), null);
        }
        return p.getIntValue();
    }

    private boolean bool() {
        JsonToken t = p.currentToken();
        if (t != JsonToken.VALUE_TRUE && t != JsonToken.VALUE_FALSE) {
            throw typeProblem("a boolean");
        }
        return t == JsonToken.VALUE_TRUE;
    }

    /** An enum constant from its external id (for the enum deserializers). */
    <E extends Enum<E>> E enumValue(Function<String, E> fromId) {
        return enumId(fromId);
    }

    private <E extends Enum<E>> E enumId(Function<String, E> fromId) {
        String id = string();
        try {
            return fromId.apply(id);
        } catch (IllegalArgumentException e) {
            throw problem(here(), e.getMessage(), e);
        }
    }

    /** The elements of a JSON array; a {@code null} element is a type error of the element. */
    private <T> List<T> list(Supplier<T> element) {
        expectArray("an array");
        List<T> list = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) {
            list.add(element.get());
        }
        return list;
    }

    private void expectObject(String what) {
        if (p.currentToken() != JsonToken.START_OBJECT) {
            throw typeProblem(what);
        }
    }

    private void expectArray(String what) {
        if (p.currentToken() != JsonToken.START_ARRAY) {
            throw typeProblem(what);
        }
    }

    // ---------------------------------------------------------------- problems and paths

    /** Builds a value, turning a rejection by the model into a problem at the field it names. */
    private <T> T build(Supplier<T> build, Set<String> fields, Locator locator) {
        try {
            return build.get();
        } catch (IllegalArgumentException | NullPointerException | IllegalStateException e) {
            String message = message(e);
            String path = here();
            Matcher m = MESSAGE_FIELD.matcher(message);
            if (m.lookingAt() && fields.contains(m.group(1))) {
                path = path + segment(m.group(1)) + locator.locate(m.group(1), m.group(3));
            }
            throw problem(path, message, e);
        }
    }

    private void require(boolean present, String field) {
        if (!present) {
            throw problem(at(field), MISSING, null);
        }
    }

    ReadProblem typeProblem(String expected) {
        return problem(here(), "expected " + expected + ", found " + describe(p.currentToken()), null);
    }

    ReadProblem problem(String path, String problem, Throwable cause) {
        return new ReadProblem(p, path, problem, cause);
    }

    /** The path of the current value (inside an object, after its end: the path of the object). */
    String here() {
        return path(p.streamReadContext());
    }

    /** The path of a property of the object that just ended. */
    private String at(String field) {
        return here() + segment(field);
    }

    /** The JSON path of a parser position: {@code $}, {@code $.body[2].links[0].url}. */
    static String path(TokenStreamContext context) {
        List<TokenStreamContext> chain = new ArrayList<>();
        for (TokenStreamContext c = context; c != null; c = c.getParent()) {
            chain.add(c);
        }
        StringBuilder sb = new StringBuilder("$");
        for (int i = chain.size() - 1; i >= 0; i--) {
            TokenStreamContext c = chain.get(i);
            if (c.inArray() && c.hasCurrentIndex()) {
                sb.append('[').append(c.getCurrentIndex()).append(']');
            } else if (c.inObject() && c.currentName() != null) {
                sb.append(segment(c.currentName()));
            }
        }
        return sb.toString();
    }

    /** {@code .name} for a plain name, else {@code ['name']} with {@code '} and {@code \} escaped. */
    static String segment(String name) {
        if (SIMPLE_NAME.matcher(name).matches()) {
            return "." + name;
        }
        return "['" + name.replace("\\", "\\\\").replace("'", "\\'") + "']";
    }

    private static <T> String index(List<T> list, Predicate<? super T> bad) {
        for (int i = 0; i < list.size(); i++) {
            if (bad.test(list.get(i))) {
                return "[" + i + "]";
            }
        }
        return "";
    }

    private static String message(RuntimeException e) {
        return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }

    static String describe(JsonToken t) {
        if (t == null) {
            return "the end of the input";
        }
        return switch (t) {
            case START_OBJECT -> "an object";
            case START_ARRAY -> "an array";
            case VALUE_STRING -> "a string";
            case VALUE_NUMBER_INT -> "an integer";
            case VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "a boolean";
            case VALUE_NULL -> "null";
            default -> t.toString();
        };
    }
}
