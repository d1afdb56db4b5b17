/**
 * schema.org JSON-LD, both ways. {@link io.github.articlemodel.schemaorg.SchemaOrg} writes an
 * {@link io.github.articlemodel.model.Article} as one {@code @graph} that is valid against the
 * schema.org vocabulary (release 30.0) and Google's article profile, embeds it in a
 * {@code <script>} element that no text can break out of, writes the OpenGraph and Twitter card
 * tags, and reads back what real pages publish, however broken, into a
 * {@link io.github.articlemodel.schemaorg.JsonLdRead} (the article and what could not be read).
 * {@link io.github.articlemodel.schemaorg.JsonLdGraph} is the tolerant reader underneath and
 * {@link io.github.articlemodel.schemaorg.JsonLdArticle} the one mapping of its article node to
 * the article's fields; the extractor's metadata stage reads through both, so the project has one
 * JSON-LD reader.
 *
 * <pre>{@code
 * Article article = new Article.Builder()
 *     .url("https://example.org/news/1")
 *     .type(ArticleType.NEWS_ARTICLE)
 *     .headline("NATO offers arms control talks to Russia")
 *     .addBylines(new Byline.Builder().name("Jane Doe").url("https://example.org/staff/jane").build())
 *     .datePublished(DateValue.of(OffsetDateTime.parse("2022-01-12T18:40:00+01:00")))
 *     .addBody(Paragraph.of("NATO made an offer to Russia on Wednesday."))
 *     .build();
 *
 * String head = SchemaOrg.toMetaTags(article) + SchemaOrg.toScriptTag(article);
 * // <meta property="og:type" content="article">
 * // <meta property="og:title" content="NATO offers arms control talks to Russia">
 * // ...
 * // <script type="application/ld+json">{"@context":"https://schema.org","@graph":[
 * //   {"@type":"WebPage","@id":"https://example.org/news/1#webpage",...},
 * //   {"@type":"NewsArticle","@id":"https://example.org/news/1#article",
 * //    "mainEntityOfPage":{"@id":"https://example.org/news/1#webpage"},"url":"https://example.org/news/1",
 * //    "headline":"NATO offers arms control talks to Russia","datePublished":"2022-01-12T18:40:00+01:00",
 * //    "author":[{"@type":"Person","@id":"https://example.org/news/1#author-1","name":"Jane Doe",
 * //               "url":"https://example.org/staff/jane"}],
 * //    "wordCount":8,"articleBody":"NATO made an offer to Russia on Wednesday."}]}</script>
 *
 * JsonLdRead read = SchemaOrg.fromHtml(pageHtml, "https://example.org/news/1");
 * Optional<Article> again = read.article();   // what the page's JSON-LD says
 * List<String> problems = read.problems();    // what it could not use, never an exception
 * }</pre>
 *
 * <p>See {@link io.github.articlemodel.schemaorg.SchemaOrg} for the shape written, the fields
 * schema.org cannot carry back, and what the reader tolerates.
 */
package io.github.articlemodel.schemaorg;
