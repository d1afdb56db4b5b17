/**
 * The plain JSON form of the article model: {@link io.github.articlemodel.json.ArticleJson}
 * reads and writes it with a preconfigured Jackson 3 mapper, {@link
 * io.github.articlemodel.json.ArticleModule} adds the same serializers to a mapper of your own,
 * and {@link io.github.articlemodel.json.ArticleJson#schema()} gives its JSON Schema.
 *
 * <pre>{@code
 * Article article = new Article.Builder()
 *     .url("https://example.org/news/1")
 *     .headline("NATO offers arms control talks to Russia")
 *     .addBylines(Byline.person("Jane Doe"))
 *     .datePublished(DateValue.of("12.01.2022", LocalDate.of(2022, 1, 12)))
 *     .addBody(Paragraph.of("NATO made an offer to Russia on Wednesday."))
 *     .build();
 * String json = ArticleJson.write(article);
 * // {"url":"https://example.org/news/1","type":"Article","headline":"NATO offers arms control talks to Russia",
 * //  "bylines":[{"name":"Jane Doe","type":"Person","role":"author"}],"datePublished":"2022-01-12",
 * //  "datePublishedRaw":"12.01.2022",
 * //  "body":[{"type":"paragraph","text":"NATO made an offer to Russia on Wednesday."}],
 * //  "text":"NATO made an offer to Russia on Wednesday.","wordCount":8}
 * Article again = ArticleJson.read(json); // equals article
 * }</pre>
 *
 * <h2>The JSON contract</h2>
 * <p>Property names are part of the API and appear in this order. Absent values and empty lists
 * are left out; values with a default ({@code type}, a byline's {@code role}, a list's
 * {@code ordered}) are always written. Enums are written as their {@code id()}.
 * <ul>
 * <li>Article: {@code url}, {@code canonicalUrl}, {@code type} ("NewsArticle"), {@code headline},
 *     {@code alternativeHeadline}, {@code description}, {@code language}, {@code siteName},
 *     {@code publisher} {{@code name}, {@code url}, {@code logo} (an image)}, {@code sections},
 *     {@code tags}, {@code bylines}, {@code datePublished}, {@code datePublishedRaw},
 *     {@code dateModified}, {@code dateModifiedRaw}, {@code images}, {@code body}, {@code text}
 *     (derived; only when not empty), {@code wordCount} (derived; when the body is not empty),
 *     {@code quotes}, {@code crossReferences}, {@code comments}, {@code commentCount},
 *     {@code isAccessibleForFree}, {@code provenance} (field name to provenance, in insertion order).</li>
 * <li>Byline: {@code name}, {@code url}, {@code type} ("Person", "Organization"), {@code role}
 *     ("author", ...), {@code affiliation}. Agent (a quote's {@code speaker}, a comment's
 *     {@code author}): {@code name}, {@code url}, {@code type} ("Person", "Organization", "Role").</li>
 * <li>Image: {@code url}, {@code alt}, {@code caption}, {@code credit}, {@code width}, {@code height}.</li>
 * <li>Dates: {@code datePublished} is {@link io.github.articlemodel.model.DateValue#iso()}, ISO 8601
 *     at the precision the page gave ("2022-01-12", "2022-01-12T18:40+01:00");
 *     {@code datePublishedRaw} is what the page said. When reading, the raw text defaults to the
 *     ISO text.</li>
 * <li>Block, {@code type} first: heading {{@code level}, {@code text}}; paragraph {{@code text},
 *     {@code links} [{{@code text}, {@code url}, {@code start}}]}; list {{@code ordered},
 *     {@code items}}; quote {{@code text}, {@code attribution}}; figure {{@code image}}; embed
 *     {{@code kind}, {@code url}, {@code title}}; preformatted {{@code text}, {@code language}};
 *     table {{@code caption}, {@code rows} [[string]]}.</li>
 * <li>Quote: {@code text}, {@code speaker}, {@code cue}, {@code kind} ("full", "partial", "block"),
 *     {@code blockIndex}, {@code start}, {@code end}. Cross-reference: {@code label}, {@code title},
 *     {@code url}, {@code kind} ("read-also", ...), {@code afterBlock}.</li>
 * <li>Comment: {@code id}, {@code author}, {@code datePublished}, {@code datePublishedRaw},
 *     {@code text}, {@code upvotes}, {@code replies} [comment].</li>
 * <li>Provenance: {@code winner} {{@code source} ("json-ld", ...), {@code locator}, {@code value}},
 *     {@code reason}, {@code others} [candidate].</li>
 * </ul>
 *
 * <h2>Reading</h2>
 * <p>Unknown properties are ignored (the command line's JSON Lines add {@code source}), and so are
 * the derived {@code text} and {@code wordCount}; {@code null} counts as absent. Everything else
 * that is wrong throws an {@link io.github.articlemodel.json.ArticleJsonException} with the JSON
 * path of the problem.
 */
package io.github.articlemodel.json;
