package io.github.articlemodel.robustness;

import static io.github.articlemodel.robustness.Hostile.URL;
import static io.github.articlemodel.robustness.Hostile.assertSound;

import io.github.articlemodel.Articles;
import io.github.articlemodel.internal.Cues;
import io.github.articlemodel.internal.Dates;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Inputs that make naive regular expressions backtrack, one or more for every pattern in
 * {@code internal/} and {@code extract/} (reviewed: Dates, Cues, BodyExtractor, BylineExtractor,
 * QuoteExtractor, ArticleAssembler, CommentExtractor, DateExtractor; Regions and Dom have none).
 * Each runs whole pages through the parser (or the helper directly) under a bound of {@link #BOUND}:
 * a quadratic pattern over these inputs takes minutes, a linear one well under a second.
 */
final class RegexBacktrackingTest {
    private static final Duration BOUND = Duration.ofSeconds(60);
    private static final int N = 200_000;

    private static Arguments page(String pattern, Supplier<String> html) {
        return Arguments.of(pattern, (Runnable) () -> assertSound(Articles.parser().extract(html.get(), URL)));
    }

    private static Arguments call(String pattern, Runnable run) {
        return Arguments.of(pattern, run);
    }

    private static Element div(String cls) {
        return Jsoup.parse("<div class=\"" + cls + "\" id=\"" + cls + "\"></div>").selectFirst("div");
    }

    static Stream<Arguments> cases() {
        String digits = "1".repeat(N);
        String spaces = " ".repeat(N);
        List<String> dateInputs = List.of(digits, digits + "x", "1-".repeat(N), "1.".repeat(N), "1/".repeat(N),
                "12 " + "a".repeat(N), "a".repeat(N) + " 12, 2022", "12:" .repeat(N), "2022-01-01T" + "1".repeat(N),
                "de ".repeat(N) + "2022", "1st ".repeat(N));
        return Stream.of(
                // internal/Dates: every pattern is reached through parse, parseVisible and fromUrl.
                call("Dates ISO, COMPACT, DMY_NUMERIC, YMD_SLASH, DAY_MONTH_YEAR, MONTH_DAY_YEAR, TIME", () -> {
                    for (String s : dateInputs) {
                        Dates.parse(s);
                        Dates.parseVisible(s);
                        Dates.parse(s.substring(0, 199));
                        Dates.parseVisible(s.substring(0, 199));
                    }
                }),
                call("Dates URL_DATE", () -> {
                    Dates.fromUrl("https://x.example" + "/2022".repeat(800));
                    Dates.fromUrl("https://x.example/" + "1".repeat(4000));
                }),
                // internal/Cues: class and id words, labels, comment headings.
                call("Cues UNLIKELY, MAYBE, POSITIVE, NEGATIVE, BODY_CONTAINER, CROSS_REFERENCE_CLASS, COMMENT_SECTION",
                        () -> {
                            for (String cls : List.of("_cookie".repeat(N / 7) + "!", "-advert" + "a".repeat(N) + "!",
                                    "a-".repeat(N), "-_".repeat(N), "entry-content".repeat(N / 13) + "x",
                                    "related-".repeat(N / 8) + "!", "comment-".repeat(N / 8) + "x")) {
                                Element e = div(cls);
                                Cues.isUnlikely(e);
                                Cues.classWeight(e);
                                Cues.isBodyContainer(e);
                                Cues.isCommentSection(e);
                                Cues.hasCrossReferenceClass(e);
                            }
                        }),
                call("Cues LABEL_PREFIX, COMMENT_LIST_HEADING", () -> {
                    for (String t : List.of("read ".repeat(N), "!!!".repeat(N), "related".repeat(N), "12 ".repeat(N),
                            "comments".repeat(N))) {
                        Cues.crossReferenceLabel(t);
                        Cues.isCommentListHeading(t);
                        Cues.isCommentListHeading(t.substring(0, 119));
                    }
                }),
                // extract/BodyExtractor: HIDDEN_STYLE, LANGUAGE_CLASS, the <pre> trim, the sibling sentence test.
                page("Body HIDDEN_STYLE", () -> "<body><div style=\"" + "display :".repeat(N / 9) + "\"><p>t.</p></div>"),
                page("Body LANGUAGE_CLASS", () -> "<body><pre class=\"" + "lang-".repeat(N / 5) + "\">x</pre>"),
                page("Body <pre> trim (was \\s+$)", () -> "<body><pre>a" + spaces + "b" + "\n".repeat(N) + "c</pre>"),
                page("Body sibling sentence .*\\.( |$).*", () -> "<body><div><p>" + "The harbour, the ferries, the storm."
                        .repeat(10) + "</p></div>" + "<p>a.a.a.a</p>".repeat(20_000)),
                page("Body srcset split", () -> "<body><article><p>Text, text.</p><img srcset=\"" + " ,".repeat(N) + "\">"),
                // extract/BylineExtractor: PREFIX, SPLIT, AFFILIATION, JUNK, ORGANIZATION, the punctuation trim.
                page("Bylines PREFIX, SPLIT, AFFILIATION, JUNK, ORGANIZATION", () -> "<body>"
                        + ("<span class=\"byline\">By " + "by ".repeat(60) + "</span><span class=\"byline\">"
                                + " and ".repeat(40) + "</span><span class=\"byline\">A " + "for ".repeat(50)
                                + "</span><span class=\"byline\">" + ",;&|/".repeat(40) + "!</span>"
                                + "<span class=\"byline\">" + "!".repeat(150) + "a" + "!".repeat(140) + "</span>")
                                .repeat(100)
                        + "<meta name=\"author\" content=\"" + "Jane Doe, ".repeat(N / 10) + "\">"),
                // extract/QuoteExtractor: PERSON (was quadratic), AFTER, BEFORE, the sentence-end test, attribution trim.
                page("Quotes PERSON (hyphenated words)", () -> "<body><p>" + "Aa-".repeat(N) + "</p>"),
                page("Quotes PERSON (apostrophes)", () -> "<body><p>" + "Aa'".repeat(N) + "</p>"),
                page("Quotes PERSON (capitalised words)", () -> "<body><p>" + "Aa ".repeat(N) + "</p>"),
                page("Quotes BEFORE (roles without a cue)", () -> "<body><p>" + ("the " + "a ".repeat(100) + "“Yes, it is.” ")
                        .repeat(2000) + "</p>"),
                page("Quotes AFTER (names without a cue)", () -> "<body><p>" + ("“Yes, it is,” " + "Jens ".repeat(40))
                        .repeat(2000) + "</p>"),
                page("Quotes sentence end and split", () -> "<body><p>“" + "word ".repeat(599) + "”</p>"),
                page("Quotes attribution trim", () -> "<body><blockquote><p>“Yes.”</p><footer>—" + ",".repeat(N)
                        + "</footer></blockquote>"),
                // extract/ArticleAssembler: TITLE_SEPARATOR, LANGUAGE.
                page("Assembler TITLE_SEPARATOR", () -> "<title>" + "a | ".repeat(N / 4) + "</title><body><p>x</p>"),
                page("Assembler LANGUAGE", () -> "<html lang=\"" + "aa-".repeat(N / 3) + "!\"><body><p>x</p>"),
                // extract/CommentExtractor: COUNT, the numeric id (was quadratic), the "says" suffix.
                page("Comments numeric id (was (\\d+)$)", () -> "<body><ol class=\"comment-list\"><li class=\"comment\" id=\"c"
                        + digits + "x\"><div class=\"comment-body\"><div class=\"comment-content\"><p>Hi</p></div></div>"
                        + "</li></ol>"),
                page("Comments COUNT and says", () -> "<body><h2 class=\"comments-title\">" + "1 ".repeat(N)
                        + "</h2><ol class=\"comment-list\"><li class=\"comment\"><div class=\"comment-body\"><div class=\""
                        + "comment-author\">" + "says ".repeat(N / 5) + "x</div><div class=\"comment-content\"><p>Hi</p>"
                        + "</div></div></li></ol>"),
                // extract/DateExtractor: DATE_IN_TEXT over the article's first 3000 characters.
                page("Dates DATE_IN_TEXT", () -> "<body><p>" + "12. 12. 12 January ".repeat(N / 19) + "</p>"),
                page("Dates DATE_IN_TEXT (letters)", () -> "<body><p>" + "Januar ".repeat(N / 7) + "</p>"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void finishesWithinTheBound(String pattern, Runnable run) {
        Hostile.bounded("regex", pattern, BOUND, () -> {
            run.run();
            return null;
        });
    }
}
