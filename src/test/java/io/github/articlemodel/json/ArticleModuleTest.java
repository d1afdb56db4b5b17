package io.github.articlemodel.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.articlemodel.model.Agent;
import io.github.articlemodel.model.Article;
import io.github.articlemodel.model.ArticleType;
import io.github.articlemodel.model.Block;
import io.github.articlemodel.model.BlockType;
import io.github.articlemodel.model.Byline;
import io.github.articlemodel.model.Candidate;
import io.github.articlemodel.model.Comment;
import io.github.articlemodel.model.CrossReference;
import io.github.articlemodel.model.CrossReferenceKind;
import io.github.articlemodel.model.Embed;
import io.github.articlemodel.model.FieldProvenance;
import io.github.articlemodel.model.Figure;
import io.github.articlemodel.model.Heading;
import io.github.articlemodel.model.Image;
import io.github.articlemodel.model.ListBlock;
import io.github.articlemodel.model.ModelGenerators;
import io.github.articlemodel.model.Organization;
import io.github.articlemodel.model.Paragraph;
import io.github.articlemodel.model.Preformatted;
import io.github.articlemodel.model.PropertyTries;
import io.github.articlemodel.model.Quote;
import io.github.articlemodel.model.QuoteBlock;
import io.github.articlemodel.model.QuoteKind;
import io.github.articlemodel.model.Source;
import io.github.articlemodel.model.Table;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.json.JsonMapper;

/** {@link ArticleModule} on a mapper of the user's own, for every model type. */
class ArticleModuleTest {
    private static final JsonMapper OWN = JsonMapper.builder().addModule(new ArticleModule()).build();

    private static <T> void roundTrips(Gen<T> values, Class<T> type) {
        PropertyTries.qt().forAll(values).checkAssert(v -> {
            String json = OWN.writeValueAsString(v);
            assertEquals(v, OWN.readValue(json, type), json);
            assertEquals(json, ArticleJson.mapper().writeValueAsString(v));
        });
    }

    @Test
    void everyTypeRoundTripsOnItsOwn() {
        roundTrips(ModelGenerators.bylines(), Byline.class);
        roundTrips(ModelGenerators.agents(), Agent.class);
        roundTrips(ModelGenerators.organizations(), Organization.class);
        roundTrips(ModelGenerators.images(), Image.class);
        roundTrips(ModelGenerators.blocks(), Block.class);
        roundTrips(ModelGenerators.quotes(), Quote.class);
        roundTrips(ModelGenerators.crossReferences(), CrossReference.class);
        roundTrips(ModelGenerators.comments(), Comment.class);
        roundTrips(ModelGenerators.fieldProvenances(), FieldProvenance.class);
        roundTrips(ModelGenerators.candidates(), Candidate.class);
    }

    @Test
    void eachBlockClassHasItsReader() {
        roundTrips(ModelGenerators.headings(), Heading.class);
        roundTrips(ModelGenerators.paragraphs(), Paragraph.class);
        roundTrips(ModelGenerators.listBlocks(), ListBlock.class);
        roundTrips(ModelGenerators.quoteBlocks(), QuoteBlock.class);
        roundTrips(ModelGenerators.figures(), Figure.class);
        roundTrips(ModelGenerators.embeds(), Embed.class);
        roundTrips(ModelGenerators.preformatted(), Preformatted.class);
        roundTrips(ModelGenerators.tables(), Table.class);
    }

    @Test
    void aBlockReaderChecksTheType() {
        DatabindException e = assertThrows(DatabindException.class,
                () -> OWN.readValue("{\"type\":\"paragraph\",\"text\":\"x\"}", Heading.class));
        assertTrue(e.getMessage().startsWith("$: expected a block of type 'heading', found 'paragraph'"),
                e.getMessage());
    }

    @Test
    void enumsAreWrittenAndReadAsTheirIds() {
        assertEquals("[\"NewsArticle\",\"read-also\",\"json-ld\",\"partial\",\"quote\"]",
                OWN.writeValueAsString(List.of(ArticleType.NEWS_ARTICLE, CrossReferenceKind.READ_ALSO,
                        Source.JSON_LD, QuoteKind.PARTIAL, BlockType.QUOTE)));
        assertEquals(ArticleType.NEWS_ARTICLE, OWN.readValue("\"NewsArticle\"", ArticleType.class));
        assertEquals(CrossReferenceKind.SEE_ALSO, OWN.readValue("\"see-also\"", CrossReferenceKind.class));
        DatabindException e = assertThrows(DatabindException.class,
                () -> OWN.readValue("\"NEWS_ARTICLE\"", ArticleType.class));
        assertTrue(e.getMessage().startsWith("$: unknown ArticleType 'NEWS_ARTICLE'"), e.getMessage());
    }

    @Test
    void articlesInsideOtherValues() {
        Article a = new Article.Builder().headline("H").addBody(Paragraph.of("P")).build();
        String json = OWN.writeValueAsString(Map.of("article", a));
        assertEquals("{\"article\":{\"type\":\"Article\",\"headline\":\"H\",\"body\":[{\"type\":\"paragraph\","
                + "\"text\":\"P\"}],\"text\":\"P\",\"wordCount\":1}}", json);
        assertEquals(Map.of("article", a), OWN.readValue(json, new TypeReference<Map<String, Article>>() {}));
    }

    @Test
    void problemsInsideOtherValuesCarryTheFullPath() {
        DatabindException e = assertThrows(DatabindException.class, () -> OWN.readValue(
                "{\"batch\":[{\"headline\":\"ok\"},{\"bylines\":[{\"name\":\"\"}]}]}",
                new TypeReference<Map<String, List<Article>>>() {}));
        assertTrue(e.getMessage().startsWith("$.batch[1].bylines[0].name: byline.name must not be blank"),
                e.getMessage());
    }
}
