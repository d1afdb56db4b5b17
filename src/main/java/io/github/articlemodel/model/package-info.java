/**
 * The article model: immutable value types with builders.
 *
 * <p>Every type here is immutable, never returns {@code null} (absent single values are
 * {@link java.util.Optional}, absent collections are empty lists) and checks its invariants when
 * built: a builder rejects blank names, URLs that are not absolute http(s) URLs and a modified date
 * before the published date with an {@link java.lang.IllegalArgumentException} naming the field.
 *
 * <pre>{@code
 * Article article = new Article.Builder()
 *     .url("https://example.org/news/1")
 *     .headline("A headline")
 *     .addBylines(Byline.person("Jane Doe"))
 *     .addBody(Paragraph.of("The first paragraph."))
 *     .build();
 * }</pre>
 */
@Value.Style(
        typeImmutable = "Immutable*",
        visibility = Value.Style.ImplementationVisibility.PACKAGE,
        overshadowImplementation = true,
        jdkOnly = true,
        defaults = @Value.Immutable(copy = false),
        strictBuilder = false,
        depluralize = true,
        depluralizeDictionary = {"body:body", "replies:reply", "crossReferences:crossReference",
                "bylines:byline", "others:other"})
package io.github.articlemodel.model;

import org.immutables.value.Value;
