package io.github.articlemodel.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The external ids of the enums: unique, round-tripping, and the documented names. */
class EnumsTest {
    private static <E extends Enum<E>> void idsRoundTrip(Class<E> type, Function<E, String> id,
            Function<String, E> fromId) {
        List<String> ids = Arrays.stream(type.getEnumConstants()).map(id).collect(Collectors.toList());
        assertEquals(ids.size(), ids.stream().distinct().count(), type + " ids are unique");
        for (E e : type.getEnumConstants()) {
            assertSame(e, fromId.apply(id.apply(e)));
        }
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> fromId.apply("no-such-id"));
        assertTrue(e.getMessage().startsWith("unknown " + type.getSimpleName() + " 'no-such-id', expected one of: "
                + ids.get(0)), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> fromId.apply(id.apply(type.getEnumConstants()[0]).toUpperCase()
                + "x"));
    }

    @Test
    void everyEnumRoundTripsItsIds() {
        idsRoundTrip(ArticleType.class, ArticleType::id, ArticleType::fromId);
        idsRoundTrip(AgentType.class, AgentType::id, AgentType::fromId);
        idsRoundTrip(BylineRole.class, BylineRole::id, BylineRole::fromId);
        idsRoundTrip(BlockType.class, BlockType::id, BlockType::fromId);
        idsRoundTrip(QuoteKind.class, QuoteKind::id, QuoteKind::fromId);
        idsRoundTrip(CrossReferenceKind.class, CrossReferenceKind::id, CrossReferenceKind::fromId);
        idsRoundTrip(Source.class, Source::id, Source::fromId);
    }

    @Test
    void idsAreCaseSensitive() {
        assertThrows(IllegalArgumentException.class, () -> ArticleType.fromId("newsarticle"));
        assertThrows(IllegalArgumentException.class, () -> BylineRole.fromId("Author"));
    }

    @Test
    void theDocumentedIds() {
        assertEquals("NewsArticle", ArticleType.NEWS_ARTICLE.id());
        assertEquals("BlogPosting", ArticleType.BLOG_POSTING.id());
        assertEquals(List.of("Person", "Organization", "Role"),
                Arrays.stream(AgentType.values()).map(AgentType::id).collect(Collectors.toList()));
        assertEquals("author", BylineRole.AUTHOR.id());
        assertEquals(List.of("heading", "paragraph", "list", "quote", "figure", "embed", "preformatted", "table"),
                Arrays.stream(BlockType.values()).map(BlockType::id).collect(Collectors.toList()));
        assertEquals(List.of("full", "partial", "block"),
                Arrays.stream(QuoteKind.values()).map(QuoteKind::id).collect(Collectors.toList()));
        assertEquals(List.of("read-also", "see-also", "read-more", "related", "inline-link", "source"),
                Arrays.stream(CrossReferenceKind.values()).map(CrossReferenceKind::id).collect(Collectors.toList()));
        assertEquals("json-ld", Source.JSON_LD.id());
        assertEquals("dublin-core", Source.DUBLIN_CORE.id());
    }
}
