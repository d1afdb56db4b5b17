package io.github.articlemodel.schemaorg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.articlemodel.model.Agent;
import io.github.articlemodel.model.Article;
import io.github.articlemodel.model.Byline;
import io.github.articlemodel.model.Comment;
import io.github.articlemodel.model.CrossReference;
import io.github.articlemodel.model.Embed;
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
import io.github.articlemodel.model.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Properties of the JSON-LD, {@link PropertyTries#count()} examples each (1000 unless
 * {@code -Darticlemodel.property.tries} says otherwise): valid, read back on every carried field,
 * and safe in a page whatever the text.
 */
final class SchemaOrgPropertiesTest {
    private static final Pattern SCRIPT_END = Pattern.compile("</script", Pattern.CASE_INSENSITIVE);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** Pieces of text that break naive embedding, mixed with arbitrary text. */
    private static final List<String> HOSTILE = List.of("</script>", "</SCRIPT >", "</ScRiPt", "</script\t",
            "<!--", "-->", "<script>", "<\\/script>", "]]>", "<![CDATA[", "\u2028", "\u2029", "&", "<", ">", "\"",
            "'", "\\", "\u0000", "\r\n", "\r", "</scr", "ipt>", "<!", "--", "&lt;/script&gt;", "&amp;", "\uD83D\uDE00",
            "\" onload=\"alert(1)", "'><img src=x onerror=alert(1)>", "<b>bold</b>", "\u0085", "\uFEFF");

    /** Arbitrary strings, rich in what could end a script element or open a comment; never blank. */
    static Gen<String> hostileTexts() {
        Gen<String> texts = ModelGenerators.texts(8);
        Gen<Integer> pieces = Generate.range(1, 6);
        Gen<Integer> which = Generate.range(0, HOSTILE.size() * 2 - 1);
        return in -> {
            StringBuilder sb = new StringBuilder();
            int n = pieces.generate(in);
            for (int i = 0; i < n; i++) {
                int w = which.generate(in);
                sb.append(w < HOSTILE.size() ? HOSTILE.get(w) : texts.generate(in));
            }
            return sb.toString().isBlank() ? sb + "x" : sb.toString();
        };
    }

    /**
     * Articles with an arbitrary string in every text field: the article's, its publisher's, bylines',
     * images' (and the logo's), every kind of body block, quotes and speakers, cross-references,
     * comments and their authors.
     */
    static Gen<Article> hostileArticles() {
        Gen<String> t = hostileTexts();
        Gen<String> urls = ModelGenerators.urls();
        Gen<Byline> bylines = ModelGenerators.bylines();
        Gen<Agent> agents = ModelGenerators.agents();
        return in -> {
            Byline b = bylines.generate(in);
            Byline byline = new Byline.Builder().name(t.generate(in)).url(b.url()).type(b.type()).role(b.role())
                    .affiliation(t.generate(in)).build();
            Agent a = agents.generate(in);
            Agent speaker = new Agent.Builder().name(t.generate(in)).url(a.url()).type(a.type()).build();
            Image image = new Image.Builder().url(urls.generate(in)).alt(t.generate(in)).caption(t.generate(in))
                    .credit(t.generate(in)).width(1).height(2).build();
            Comment reply = new Comment.Builder().id(t.generate(in)).text(t.generate(in))
                    .author(new Agent.Builder().name(t.generate(in)).type(a.type()).build()).build();
            return new Article.Builder()
                    .url(urls.generate(in))
                    .canonicalUrl(urls.generate(in))
                    .headline(t.generate(in))
                    .alternativeHeadline(t.generate(in))
                    .description(t.generate(in))
                    .language("en-GB")
                    .siteName(t.generate(in))
                    .publisher(new Organization.Builder().name(t.generate(in)).logo(image).build())
                    .addSections(t.generate(in), t.generate(in))
                    .addTags(t.generate(in), t.generate(in))
                    .addBylines(byline, Byline.person(t.generate(in)))
                    .addImages(image)
                    .addBody(Heading.of(2, t.generate(in)), Paragraph.of(t.generate(in)),
                            ListBlock.of(true, List.of(t.generate(in), t.generate(in))),
                            new QuoteBlock.Builder().text(t.generate(in)).attribution(t.generate(in)).build(),
                            new Preformatted.Builder().text(t.generate(in)).language(t.generate(in)).build(),
                            new Table.Builder().caption(t.generate(in))
                                    .addRows(List.of(t.generate(in), t.generate(in))).build(),
                            new Embed.Builder().kind(t.generate(in)).url(urls.generate(in)).title(t.generate(in)).build(),
                            Figure.of(image))
                    .addQuotes(new Quote.Builder().text(t.generate(in)).speaker(speaker).cue(t.generate(in))
                            .kind(QuoteKind.FULL).blockIndex(0).start(0).end(0).build())
                    .addCrossReferences(new CrossReference.Builder().title(t.generate(in)).url(urls.generate(in))
                            .label(t.generate(in)).kind(io.github.articlemodel.model.CrossReferenceKind.RELATED).build(),
                            new CrossReference.Builder().title(t.generate(in)).url(urls.generate(in))
                                    .kind(io.github.articlemodel.model.CrossReferenceKind.SOURCE).build())
                    .addComments(new Comment.Builder().id(t.generate(in)).text(t.generate(in))
                            .author(speaker).addReply(reply).build())
                    .isAccessibleForFree(false)
                    .build();
        };
    }

    @Test
    void everyWrittenGraphPassesTheValidator() {
        PropertyTries.qt().forAll(ModelGenerators.articles())
                .checkAssert(a -> assertEquals(List.of(), SchemaValidator.errors(SchemaOrg.toJsonLdTree(a)),
                        () -> SchemaOrg.toJsonLdPretty(a)));
    }

    @Test
    void everyGraphOfArbitraryTextPassesTheValidator() {
        PropertyTries.qt().forAll(hostileArticles())
                .checkAssert(a -> assertEquals(List.of(), SchemaValidator.errors(SchemaOrg.toJsonLdTree(a))));
    }

    /**
     * Reading the JSON-LD back gives the article on every field schema.org carries (see
     * {@link Projection}), for every article whose text holds nothing the reader would take for
     * HTML (a tag of a text element or a character reference: rare in generated text).
     */
    @Test
    void readingBackGivesTheArticleOnEveryCarriedField() {
        AtomicInteger checked = new AtomicInteger();
        PropertyTries.qt().forAll(ModelGenerators.articles())
                .assuming(a -> !Projection.hasMarkup(a))
                .checkAssert(a -> {
                    JsonLdRead read = SchemaOrg.fromJsonLd(SchemaOrg.toJsonLd(a));
                    Article back = read.article().orElseThrow(() -> new AssertionError(read.problems()));
                    assertEquals(Projection.of(a), Projection.of(back), () -> SchemaOrg.toJsonLdPretty(a));
                    List<String> problems = read.problems().stream()
                            .filter(p -> !p.equals("a Quotation, but no articleBody to place it in; left out"))
                            .collect(Collectors.toList());
                    assertEquals(List.of(), problems, "only quotes of a body without text are left out");
                    checked.incrementAndGet();
                });
        assertTrue(checked.get() >= PropertyTries.count(), "checked " + checked.get());
    }

    @Test
    void theScriptTagHoldsItsOwnEndOnlyAndNoComment() {
        PropertyTries.qt().forAll(hostileArticles()).checkAssert(a -> {
            String tag = SchemaOrg.toScriptTag(a);
            Matcher m = SCRIPT_END.matcher(tag);
            int ends = 0;
            int last = -1;
            while (m.find()) {
                ends++;
                last = m.start();
            }
            assertEquals(1, ends, tag);
            assertEquals(tag.length() - "</script>".length(), last, "the one end is its own");
            assertFalse(tag.contains("<!--"), tag);
            String content = tag.substring("<script type=\"application/ld+json\">".length(), last);
            assertFalse(content.contains("<") || content.contains(">") || content.contains("&")
                    || content.contains("\u2028") || content.contains("\u2029"), content);
            // A browser's parser sees one script element, whose text is the same JSON-LD.
            Document doc = Jsoup.parse("<!doctype html><html><head>" + tag + "</head><body><p>after</p></body></html>");
            Elements scripts = doc.select("script");
            assertEquals(1, scripts.size());
            assertEquals(SchemaOrg.toJsonLdTree(a), JSON.readTree(scripts.get(0).data()));
            assertEquals("after", doc.body().text());
        });
    }

    @Test
    void theMetaTagsKeepEveryValueInItsAttribute() {
        PropertyTries.qt().forAll(hostileArticles()).checkAssert(a -> {
            String tags = SchemaOrg.toMetaTags(a);
            Document doc = Jsoup.parse("<!doctype html><html><head>" + tags + "</head><body><p>after</p></body></html>");
            Elements metas = doc.select("meta");
            // Each value escapes its '<', so every "<meta " starts an element of its own.
            assertEquals(tags.split("<meta ", -1).length - 1, metas.size(), tags);
            assertEquals(metas.size(), doc.head().children().size(), "nothing but the meta elements");
            assertEquals("after", doc.body().text());
            List<String> tagValues = new ArrayList<>();
            for (Element meta : metas) {
                assertEquals(2, meta.attributesSize(), meta.outerHtml());
                if (meta.attr("property").equals("article:tag")) {
                    tagValues.add(meta.attr("content"));
                }
            }
            assertEquals(parsed(a.headline().get()), doc.selectFirst("meta[property=og:title]").attr("content"));
            assertEquals(parsed(a.description().get()), doc.selectFirst("meta[name=twitter:description]").attr("content"));
            assertEquals(parsed(a.siteName().get()), doc.selectFirst("meta[property=og:site_name]").attr("content"));
            assertEquals(a.tags().stream().map(SchemaOrgPropertiesTest::parsed).collect(Collectors.toList()), tagValues);
            assertEquals(a.canonicalUrl().get(), doc.selectFirst("meta[property=og:url]").attr("content"));
            assertEquals(parsed(a.images().get(0).alt().get()),
                    doc.selectFirst("meta[property=og:image:alt]").attr("content"));
        });
    }

    /** What an HTML parser makes of a character in an attribute: a NUL becomes U+FFFD. */
    private static String parsed(String value) {
        return value.replace('\u0000', '\uFFFD');
    }

    /** Values a broken page might have anywhere. */
    private static final List<String> ODD_VALUES = List.of("null", "true", "0", "-1", "1.5", "1e300", "\"\"", "\" \"",
            "\"x\"", "\"2022-13-45\"", "\"javascript:alert(1)\"", "\"/relative\"", "{\"@id\":\"#nowhere\"}", "[]",
            "{}", "[null]", "[[1]]", "{\"@list\":\"x\"}", "{\"@value\":{}}", "{\"@type\":5}", "{\"@type\":[null]}",
            "{\"@id\":5}", "\"True\"", "{\"@type\":\"Role\"}", "{\"@type\":\"Person\"}", "\"<b>\"", "\"&amp;\"");

    /** JSON-LD of an article with one to three of its values (any, at any depth) replaced by odd ones. */
    static Gen<String> mangledJsonLd() {
        Gen<Article> articles = ModelGenerators.articles();
        Gen<Integer> counts = Generate.range(1, 3);
        Gen<Integer> picks = Generate.range(0, Integer.MAX_VALUE - 1);
        return in -> {
            tools.jackson.databind.node.ObjectNode doc = SchemaOrg.toJsonLdTree(articles.generate(in));
            int n = counts.generate(in);
            for (int i = 0; i < n; i++) {
                List<Object[]> slots = new ArrayList<>();
                java.util.ArrayDeque<tools.jackson.databind.JsonNode> todo = new java.util.ArrayDeque<>();
                todo.push(doc);
                while (!todo.isEmpty()) {
                    tools.jackson.databind.JsonNode node = todo.pop();
                    if (node.isObject()) {
                        for (String key : List.copyOf(node.propertyNames())) {
                            slots.add(new Object[] {node, key});
                            todo.push(node.get(key));
                        }
                    } else if (node.isArray()) {
                        for (int j = 0; j < node.size(); j++) {
                            slots.add(new Object[] {node, j});
                            todo.push(node.get(j));
                        }
                    }
                }
                Object[] slot = slots.get(picks.generate(in) % slots.size());
                tools.jackson.databind.JsonNode odd = JSON.readTree(ODD_VALUES.get(picks.generate(in) % ODD_VALUES.size()));
                if (slot[1] instanceof String key) {
                    ((tools.jackson.databind.node.ObjectNode) slot[0]).set(key, odd);
                } else {
                    ((tools.jackson.databind.node.ArrayNode) slot[0]).set((Integer) slot[1], odd);
                }
            }
            return doc.toString();
        };
    }

    @Test
    void readingMangledJsonLdNeverThrows() {
        PropertyTries.qt().forAll(mangledJsonLd()).checkAssert(json -> {
            JsonLdRead read = SchemaOrg.fromJsonLd(json);
            read.article().ifPresent(a -> assertEquals(List.of(), SchemaValidator.errors(SchemaOrg.toJsonLdTree(a))));
        });
    }

    @Test
    void readingArbitraryTextNeverThrows() {
        Gen<String> texts = ModelGenerators.texts(200);
        PropertyTries.qt().forAll(texts, hostileTexts()).checkAssert((text, hostile) -> {
            assertFalse(SchemaOrg.fromJsonLd(text).problems().isEmpty() && SchemaOrg.fromJsonLd(text).article().isEmpty());
            SchemaOrg.fromJsonLd("{\"@type\":\"Article\",\"headline\":" + hostile.length() + "," + text + "}");
            SchemaOrg.fromHtml("<script type=application/ld+json>" + hostile + text + "</script>" + text);
        });
    }

    @Test
    void hostileTextsAreHostile() {
        // The generator does produce what the two properties above guard against.
        AtomicInteger ends = new AtomicInteger();
        AtomicInteger comments = new AtomicInteger();
        PropertyTries.qt().forAll(hostileTexts()).checkAssert(s -> {
            if (s.toLowerCase(Locale.ROOT).contains("</script")) {
                ends.incrementAndGet();
            }
            if (s.contains("<!--")) {
                comments.incrementAndGet();
            }
        });
        assertTrue(ends.get() > PropertyTries.count() / 10, "texts with </script: " + ends);
        assertTrue(comments.get() > PropertyTries.count() / 40, "texts with <!--: " + comments);
    }
}
