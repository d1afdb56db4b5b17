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
import java.util.function.BiConsumer;
import java.util.function.Function;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.Version;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.module.SimpleDeserializers;
import tools.jackson.databind.module.SimpleSerializers;

/**
 * The Jackson 3 module that reads and writes the article model as plain JSON (the contract
 * described in the {@linkplain io.github.articlemodel.json package documentation}), with
 * hand-written serializers and deserializers: the model itself carries no Jackson annotations.
 *
 * <p>{@link ArticleJson#mapper()} is a mapper with this module and every relevant feature pinned.
 * Add the module to a mapper of your own to read or write model values inside your own types:
 *
 * <pre>{@code
 * JsonMapper mapper = JsonMapper.builder().addModule(new ArticleModule()).build();
 * String json = mapper.writeValueAsString(Map.of("article", article));
 * }</pre>
 *
 * <p>It covers {@link Article} and every type in it: {@link Byline}, {@link Agent},
 * {@link Organization}, {@link Image}, {@link Block} and its subclasses, {@link Link},
 * {@link Quote}, {@link CrossReference}, {@link Comment}, {@link FieldProvenance},
 * {@link Candidate}, and the enums (written as their {@code id()}). A
 * {@link io.github.articlemodel.model.DateValue} has no JSON form of its own: it is written as two
 * properties of the value that holds it ({@code datePublished} and {@code datePublishedRaw}).
 *
 * <p>On a mapper of your own, Jackson's own limits apply: by default (Jackson 3.3) it reads and
 * writes at most 500 levels of nesting, which is a comment thread about 249 comments deep; raise
 * them with {@code StreamReadConstraints} and {@code StreamWriteConstraints} as
 * {@link ArticleJson#mapper()} does. The module's readers and writers themselves do not recurse
 * into comment threads.
 *
 * <p>A read problem surfaces as a {@link tools.jackson.databind.DatabindException} whose message
 * starts with the JSON path of the problem; {@link ArticleJson} turns it into an
 * {@link ArticleJsonException}. Instances are immutable and thread-safe.
 */
public final class ArticleModule extends JacksonModule {
    /** A new module; all instances are equivalent. */
    public ArticleModule() {}

    @Override
    public String getModuleName() {
        return "io.github.articlemodel.json.ArticleModule";
    }

    @Override
    public Version version() {
        return Version.unknownVersion();
    }

    @Override
    public void setupModule(SetupContext context) {
        SimpleSerializers ser = new SimpleSerializers();
        SimpleDeserializers deser = new SimpleDeserializers();

        ser.addSerializer(Article.class, new Writer<>(Article.class, ModelWriter::article));
        deser.addDeserializer(Article.class, new Reader<>(Article.class, ModelReader::article));
        ser.addSerializer(Organization.class, new Writer<>(Organization.class, ModelWriter::organization));
        deser.addDeserializer(Organization.class, new Reader<>(Organization.class, ModelReader::organization));
        ser.addSerializer(Byline.class, new Writer<>(Byline.class, ModelWriter::byline));
        deser.addDeserializer(Byline.class, new Reader<>(Byline.class, ModelReader::byline));
        ser.addSerializer(Agent.class, new Writer<>(Agent.class, ModelWriter::agent));
        deser.addDeserializer(Agent.class, new Reader<>(Agent.class, ModelReader::agent));
        ser.addSerializer(Image.class, new Writer<>(Image.class, ModelWriter::image));
        deser.addDeserializer(Image.class, new Reader<>(Image.class, ModelReader::image));
        ser.addSerializer(Link.class, new Writer<>(Link.class, ModelWriter::link));
        deser.addDeserializer(Link.class, new Reader<>(Link.class, ModelReader::link));
        ser.addSerializer(Quote.class, new Writer<>(Quote.class, ModelWriter::quote));
        deser.addDeserializer(Quote.class, new Reader<>(Quote.class, ModelReader::quote));
        ser.addSerializer(CrossReference.class, new Writer<>(CrossReference.class, ModelWriter::crossReference));
        deser.addDeserializer(CrossReference.class, new Reader<>(CrossReference.class, ModelReader::crossReference));
        ser.addSerializer(Comment.class, new Writer<>(Comment.class, ModelWriter::comment));
        deser.addDeserializer(Comment.class, new Reader<>(Comment.class, ModelReader::comment));
        ser.addSerializer(FieldProvenance.class, new Writer<>(FieldProvenance.class, ModelWriter::fieldProvenance));
        deser.addDeserializer(FieldProvenance.class,
                new Reader<>(FieldProvenance.class, ModelReader::fieldProvenance));
        ser.addSerializer(Candidate.class, new Writer<>(Candidate.class, ModelWriter::candidate));
        deser.addDeserializer(Candidate.class, new Reader<>(Candidate.class, ModelReader::candidate));

        // Blocks: one serializer for all (it writes the type), a reader per class that checks the type.
        ser.addSerializer(Block.class, new Writer<>(Block.class, ModelWriter::block));
        deser.addDeserializer(Block.class, new Reader<>(Block.class, ModelReader::block));
        block(deser, Heading.class, BlockType.HEADING);
        block(deser, Paragraph.class, BlockType.PARAGRAPH);
        block(deser, ListBlock.class, BlockType.LIST);
        block(deser, QuoteBlock.class, BlockType.QUOTE);
        block(deser, Figure.class, BlockType.FIGURE);
        block(deser, Embed.class, BlockType.EMBED);
        block(deser, Preformatted.class, BlockType.PREFORMATTED);
        block(deser, Table.class, BlockType.TABLE);

        idEnum(ser, deser, ArticleType.class, ArticleType::id, ArticleType::fromId);
        idEnum(ser, deser, AgentType.class, AgentType::id, AgentType::fromId);
        idEnum(ser, deser, BylineRole.class, BylineRole::id, BylineRole::fromId);
        idEnum(ser, deser, BlockType.class, BlockType::id, BlockType::fromId);
        idEnum(ser, deser, QuoteKind.class, QuoteKind::id, QuoteKind::fromId);
        idEnum(ser, deser, CrossReferenceKind.class, CrossReferenceKind::id, CrossReferenceKind::fromId);
        idEnum(ser, deser, Source.class, Source::id, Source::fromId);

        context.addSerializers(ser);
        context.addDeserializers(deser);
    }

    private static <T extends Block> void block(SimpleDeserializers deser, Class<T> type, BlockType blockType) {
        deser.addDeserializer(type, new Reader<>(type, r -> r.block(type, blockType)));
    }

    private static <E extends Enum<E>> void idEnum(SimpleSerializers ser, SimpleDeserializers deser,
            Class<E> type, Function<E, String> id, Function<String, E> fromId) {
        ser.addSerializer(type, new Writer<>(type, (g, e) -> g.writeString(id.apply(e))));
        deser.addDeserializer(type, new Reader<>(type, r -> r.enumValue(fromId)));
    }

    /** A serializer that delegates to a {@link ModelWriter} method. */
    private static final class Writer<T> extends ValueSerializer<T> {
        private final Class<T> type;
        private final BiConsumer<JsonGenerator, T> write;

        Writer(Class<T> type, BiConsumer<JsonGenerator, T> write) {
            this.type = type;
            this.write = write;
        }

        @Override
        public void serialize(T value, JsonGenerator g, SerializationContext context) {
            write.accept(g, value);
        }

        @Override
        public Class<?> handledType() {
            return type;
        }
    }

    /** A deserializer that delegates to a {@link ModelReader} method. */
    private static final class Reader<T> extends ValueDeserializer<T> {
        private final Class<T> type;
        private final Function<ModelReader, T> read;

        Reader(Class<T> type, Function<ModelReader, T> read) {
            this.type = type;
            this.read = read;
        }

        @Override
        public T deserialize(JsonParser p, DeserializationContext context) {
            return read.apply(new ModelReader(p));
        }

        @Override
        public Class<?> handledType() {
            return type;
        }

        @Override
        public boolean isCachable() {
            return true;
        }
    }
}
