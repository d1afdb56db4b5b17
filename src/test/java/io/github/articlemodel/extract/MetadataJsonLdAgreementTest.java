package io.github.articlemodel.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.articlemodel.internal.Dates;
import io.github.articlemodel.internal.Text;
import io.github.articlemodel.model.Article;
import io.github.articlemodel.model.Byline;
import io.github.articlemodel.model.BylineRole;
import io.github.articlemodel.model.Candidate;
import io.github.articlemodel.model.DateValue;
import io.github.articlemodel.model.Image;
import io.github.articlemodel.model.ModelGenerators;
import io.github.articlemodel.model.PropertyTries;
import io.github.articlemodel.model.Source;
import io.github.articlemodel.schemaorg.JsonLdRead;
import io.github.articlemodel.schemaorg.SchemaOrg;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoField;
import java.time.temporal.Temporal;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The metadata stage and {@link SchemaOrg#fromJsonLd(String, String)} read JSON-LD through one
 * mapping, so on the same JSON-LD they agree on every field both take from it.
 */
final class MetadataJsonLdAgreementTest {
    private static final String URL = "https://www.harbour-herald.example/news/2023/03/04/harbour-reopens/";

    /** What real sites publish that only a tolerant reader reads, one case each. */
    @ParameterizedTest
    @ValueSource(strings = {
        // an author as a plain string, HTML in a name, an entity in the headline
        "{'@context':'https://schema.org','@type':'NewsArticle','headline':'Quay &amp; piers &#8217;repaired&#8217;',"
                + "'author':['Tom Berg',{'@type':'Person','name':'<a href=/maria>Maria <b>Jansen</b></a>'}]}",
        // booleans and numbers as strings, a property name in the wrong case
        "{'@type':'Article','headline':'Paywall','isAccessibleForFree':'True','wordcount':'812','CommentCount':'4'}",
        "{'@type':'Article','headline':'Free','isAccessibleForFree':'http://schema.org/False'}",
        // an http context with full property IRIs, and a @vocab
        "{'@context':'http://schema.org','@type':'http://schema.org/BlogPosting',"
                + "'http://schema.org/headline':'Notes from the quay','schema:datePublished':'2023-03-04'}",
        "{'@context':{'@vocab':'https://schema.org/'},'@type':'NewsArticle','headline':'Vocab',"
                + "'inLanguage':{'@type':'Language','name':'English','alternateName':'en_GB'}}",
        // dates in forms other than ISO 8601
        "{'@type':'NewsArticle','headline':'RFC','datePublished':'Wed, 12 Jan 2022 18:40:00 +0100',"
                + "'dateModified':'2022-01-13 09:15:00'}",
        "{'@type':'NewsArticle','headline':'Words','datePublished':'January 12, 2022',"
                + "'dateModified':'2018-11-28CET12:22:00+0100'}",
        "{'@type':'NewsArticle','headline':'Epoch','datePublished':'1641998400'}",
        // @list keywords and sections; one keywords string split at commas
        "{'@type':'NewsArticle','headline':'Lists','keywords':{'@list':['storm','harbour, west']},"
                + "'articleSection':{'@list':['Coast','Weather']}}",
        "{'@type':'NewsArticle','headline':'Tags','keywords':'storm, harbour ,  Westport,'}",
        // the article among several: the page's main entity, not the first article
        "{'@context':'https://schema.org','@graph':[{'@type':'NewsArticle','@id':'#teaser','headline':'Teaser'},"
                + "{'@type':'WebPage','@id':'" + URL + "','url':'" + URL + "','mainEntity':{'@id':'#main'},"
                + "'isPartOf':{'@id':'#site'}},"
                + "{'@type':'WebSite','@id':'#site','name':'Harbour Herald'},"
                + "{'@type':['Article','ReportageNewsArticle'],'@id':'#main','headline':'Main story',"
                + "'author':{'@id':'#p1'},'publisher':{'@type':'Organization','name':'Herald Media',"
                + "'logo':{'@type':'ImageObject','url':'/logo.png'}},'image':[{'@type':'ImageObject',"
                + "'contentUrl':'/quay.jpg'},'https://cdn.example/b.jpg']},"
                + "{'@type':'Person','@id':'#p1','name':'Ana Lima','url':'/authors/ana'}]}",
        // an author through the Role pattern, an organisation as author, editors not authors
        "{'@type':'NewsArticle','headline':'Roles','author':[{'@type':'Role','roleName':'author',"
                + "'author':{'@type':'Person','name':'Jo Park'}},"
                + "{'@type':'NewsMediaOrganization','name':'Coast Wire'}],"
                + "'editor':{'@type':'Person','name':'Ed Itor'}}",
        // mainEntityOfPage as a URL, and the whole block CDATA-wrapped
        "//<![CDATA[\n{'@type':'NewsArticle','headline':'Canonical','mainEntityOfPage':'" + URL + "',"
                + "'url':'/news/short','description':'<p>The <em>first</em> ferries</p>'}\n//]]>",
    })
    void extractorAndReaderAgreeOnTolerantJsonLd(String json) {
        String quoted = json.replace('\'', '"');
        assertAgree(quoted, "<html><head><script type=\"application/ld+json\">" + quoted + "</script></head></html>");
    }

    @Test
    void theTolerancesReachTheExtractor() {
        Metadata m = extract("<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"H\","
                + "\"author\":{\"@type\":\"Person\",\"name\":\"<a href='/x'>Maria Jansen</a>\"},"
                + "\"isAccessibleForFree\":\"True\",\"datePublished\":\"Wed, 12 Jan 2022 18:40:00 +0100\"}</script>");
        assertEquals("Maria Jansen", m.authors().get(0).name());
        assertEquals("true", m.best("isAccessibleForFree").orElseThrow().value());
        assertEquals(Optional.of(OffsetDateTime.parse("2022-01-12T18:40:00+01:00")),
                Dates.parse(m.best("datePublished").orElseThrow().value()));
    }

    /** Whatever article the writer puts in a script tag, the extractor reads from it what the reader reads. */
    @Test
    void extractorAndReaderAgreeOnWrittenArticles() {
        AtomicInteger checked = new AtomicInteger();
        PropertyTries.qt().forAll(ModelGenerators.articles()).checkAssert(a -> {
            assertAgree(SchemaOrg.toJsonLd(a), "<html><head>" + SchemaOrg.toScriptTag(a) + "</head></html>");
            checked.incrementAndGet();
        });
        assertTrue(checked.get() >= PropertyTries.count(), "checked " + checked.get());
    }

    private static Metadata extract(String html) {
        return MetadataExtractor.extract(Pages.context(html, URL));
    }

    private static void assertAgree(String json, String html) {
        JsonLdRead read = SchemaOrg.fromJsonLd(json, URL);
        Article r = read.article().orElseThrow(() -> new AssertionError("reader: " + read.problems()));
        Metadata m = extract(html);
        String why = json;
        assertEquals(cleaned(r.headline()), first(m, "headline"), why);
        assertEquals(cleaned(r.alternativeHeadline()), first(m, "alternativeHeadline"), why);
        assertEquals(cleaned(r.description()), first(m, "description"), why);
        assertEquals(r.language(), first(m, "language"), why);
        assertEquals(cleaned(r.siteName()), first(m, "siteName"), why);
        assertEquals(cleaned(r.publisher().map(p -> p.name())), first(m, "publisherName"), why);
        assertEquals(Optional.of(r.type().id()), first(m, "type"), why);
        assertEquals(r.isAccessibleForFree().map(String::valueOf), first(m, "isAccessibleForFree"), why);
        assertEquals(read.wordCount().isPresent() ? Optional.of(String.valueOf(read.wordCount().getAsInt()))
                : Optional.empty(), first(m, "wordCount"), why);
        assertEquals(r.commentCount().isPresent() ? Optional.of(String.valueOf(r.commentCount().getAsInt()))
                : Optional.empty(), first(m, "commentCount"), why);
        assertEquals(r.sections().stream().map(MetadataJsonLdAgreementTest::clean).filter(t -> !t.isEmpty())
                .collect(Collectors.toList()),
                all(m, "sections"), why);
        assertEquals(r.tags().stream().map(MetadataJsonLdAgreementTest::clean).filter(t -> !t.isEmpty())
                .collect(Collectors.toList()),
                all(m, "tags"), why);
        assertEquals(r.images().stream().map(i -> clean(i.url())).filter(t -> !t.isEmpty())
                .collect(Collectors.toList()), all(m, "images"), why);
        r.canonicalUrl().ifPresent(u -> assertEquals(Optional.of(clean(u)), first(m, "url"), why));
        List<Byline> authors = r.bylines().stream().filter(b -> b.role() == BylineRole.AUTHOR)
                .collect(Collectors.toList());
        List<Metadata.AuthorCandidate> found = m.authors().stream().filter(c -> c.source() == Source.JSON_LD)
                .filter(c -> !Text.clean(c.name()).isEmpty()).collect(Collectors.toList());
        authors.removeIf(b -> clean(b.name()).isEmpty());
        assertEquals(authors.stream().map(b -> clean(b.name())).collect(Collectors.toList()),
                found.stream().map(c -> Text.clean(c.name())).collect(Collectors.toList()), why);
        for (int i = 0; i < authors.size(); i++) {
            assertEquals(authors.get(i).type(), found.get(i).type(), why);
            if (authors.get(i).url().isPresent()) {
                assertEquals(authors.get(i).url(), found.get(i).url(), why);
            }
        }
        assertSameDate(r.datePublished(), first(m, "datePublished").or(() -> first(m, "dateCreated")), why);
        r.dateModified().ifPresent(d -> assertSameDate(Optional.of(d), first(m, "dateModified"), why));
    }

    /** The extractor's date stage reads the candidate with the page's parser: it must mean what the reader read. */
    private static void assertSameDate(Optional<DateValue> reader, Optional<String> candidate, String why) {
        if (reader.isEmpty()) {
            return;
        }
        Temporal t = reader.get().value();
        // Year and year-month dates are read by the reader only; the page's parser wants a day of a
        // plausible year, and keeps whole seconds.
        int year = reader.get().date().map(LocalDate::getYear).orElse(0);
        if (year < 1900 || year > 2200) {
            return;
        }
        // A zero Unix timestamp's day is a CMS's placeholder to the page's parser: no date at all.
        LocalDate day = reader.get().date().orElseThrow();
        if (day.equals(LocalDate.ofEpochDay(0)) || day.equals(LocalDate.ofEpochDay(-1))) {
            assertEquals(Optional.empty(), candidate.flatMap(Dates::parse), why);
            return;
        }
        if (t instanceof LocalDate) {
            assertEquals(Optional.of(t), candidate.flatMap(Dates::parse), why);
        } else if (t instanceof LocalDateTime || t instanceof OffsetDateTime) {
            assertEquals(Optional.of(t.with(ChronoField.NANO_OF_SECOND, 0)),
                    candidate.flatMap(Dates::parse).map(p -> p.with(ChronoField.NANO_OF_SECOND, 0)), why);
        }
    }

    private static Optional<String> first(Metadata m, String field) {
        return m.get(field).stream().filter(c -> c.source() == Source.JSON_LD).findFirst().map(Candidate::value);
    }

    private static List<String> all(Metadata m, String field) {
        return m.get(field).stream().filter(c -> c.source() == Source.JSON_LD).map(Candidate::value)
                .collect(Collectors.toList());
    }

    private static Optional<String> cleaned(Optional<String> s) {
        return s.map(MetadataJsonLdAgreementTest::clean).filter(t -> !t.isEmpty());
    }

    /** The extractor cleans text and decodes entities once more (pages that encode them twice). */
    private static String clean(String s) {
        return Text.clean(s.indexOf('&') >= 0 ? Parser.unescapeEntities(s, false) : s);
    }
}
