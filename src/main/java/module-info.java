/**
 * article-model: reads the HTML of a news or blog page into an immutable article model.
 */
module io.github.articlemodel {
    requires transitive org.jsoup;
    requires transitive tools.jackson.databind;
    requires static transitive org.immutables.value;

    exports io.github.articlemodel;
    exports io.github.articlemodel.model;
    exports io.github.articlemodel.json;
    exports io.github.articlemodel.extract;
    exports io.github.articlemodel.schemaorg;
    exports io.github.articlemodel.cli;
}
