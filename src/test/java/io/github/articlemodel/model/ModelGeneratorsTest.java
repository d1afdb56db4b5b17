package io.github.articlemodel.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The generators cover what they promise (with the default number of tries or more). */
class ModelGeneratorsTest {
    @Test
    void articlesCoverTheModel() {
        Set<String> seen = new HashSet<>();
        Set<ArticleType> types = EnumSet.noneOf(ArticleType.class);
        Set<BlockType> blocks = EnumSet.noneOf(BlockType.class);
        Set<Class<?>> precisions = new HashSet<>();
        PropertyTries.qt().forAll(ModelGenerators.articles()).checkAssert(a -> {
            types.add(a.type());
            a.body().forEach(b -> blocks.add(b.type()));
            a.datePublished().ifPresent(d -> precisions.add(d.value().getClass()));
            a.dateModified().ifPresent(d -> precisions.add(d.value().getClass()));
            if (!a.quotes().isEmpty()) {
                seen.add("quotes");
            }
            if (!a.crossReferences().isEmpty()) {
                seen.add("crossReferences");
            }
            if (a.comments().stream().anyMatch(c -> !c.replies().isEmpty())) {
                seen.add("replies");
            }
            if (a.provenance().size() > 1) {
                seen.add("provenance");
            }
            if (a.datePublished().isPresent() && a.dateModified().isPresent()) {
                seen.add("both dates");
            }
            if (a.body().stream().anyMatch(b -> b instanceof Paragraph && !((Paragraph) b).links().isEmpty())) {
                seen.add("links");
            }
            if (a.text().codePoints().anyMatch(Character::isSupplementaryCodePoint)) {
                seen.add("astral");
            }
            if (a.headline().isEmpty() && a.body().isEmpty()) {
                seen.add("sparse");
            }
        });
        assertEquals(EnumSet.allOf(ArticleType.class), types);
        assertEquals(EnumSet.allOf(BlockType.class), blocks);
        assertEquals(Set.of(Year.class, YearMonth.class, LocalDate.class, LocalDateTime.class, OffsetDateTime.class),
                precisions);
        assertEquals(Set.of("quotes", "crossReferences", "replies", "provenance", "both dates", "links", "astral",
                "sparse"), seen);
    }

    @Test
    void enumsAndOffsetsAreCovered() {
        Set<Object> seen = new HashSet<>();
        PropertyTries.qt().forAll(ModelGenerators.bylines(), ModelGenerators.agents(), ModelGenerators.quotes(),
                ModelGenerators.candidates()).checkAssert((b, a, q, c) -> {
                    seen.add(b.role());
                    seen.add(b.type());
                    seen.add(a.type());
                    seen.add(q.kind());
                    seen.add(c.source());
                });
        PropertyTries.qt().forAll(ModelGenerators.crossReferences()).checkAssert(r -> seen.add(r.kind()));
        for (Class<? extends Enum<?>> e : java.util.List.of(BylineRole.class, AgentType.class, QuoteKind.class,
                Source.class, CrossReferenceKind.class)) {
            for (Enum<?> constant : e.getEnumConstants()) {
                assertTrue(seen.contains(constant), constant::toString);
            }
        }
        Set<String> offsets = new HashSet<>();
        PropertyTries.qt().forAll(ModelGenerators.offsets()).checkAssert(o -> offsets.add(
                o.getTotalSeconds() == 0 ? "Z" : o.getTotalSeconds() % 3600 == 0 ? "hours"
                        : o.getTotalSeconds() % 60 == 0 ? "minutes" : "seconds"));
        assertEquals(Set.of("Z", "hours", "minutes", "seconds"), offsets);
    }
}
