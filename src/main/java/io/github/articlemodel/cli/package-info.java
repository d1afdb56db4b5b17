/**
 * The command line: reads HTML files and folders of them into {@link io.github.articlemodel.model.Article}s
 * and writes them as JSON, JSON Lines, plain text, schema.org JSON-LD or the head tags of a page.
 *
 * <pre>
 * java -jar article-model-VERSION-cli.jar page.html                    # one article, indented JSON
 * java -jar article-model-VERSION-cli.jar --url https://example.org/news/1 page.html.gz
 * java -jar article-model-VERSION-cli.jar --threads 8 --output pages.jsonl pages/   # JSON Lines
 * java -jar article-model-VERSION-cli.jar --format text page.html     # headline and text
 * java -jar article-model-VERSION-cli.jar --format jsonld page.html   # schema.org JSON-LD
 * java -jar article-model-VERSION-cli.jar --format html page.html     # meta tags and script tag
 * </pre>
 *
 * <p>{@link io.github.articlemodel.cli.Main} is the entry point; its {@code run} method does the work
 * without exiting the JVM, so the command line can be called from code and tests. A folder is read
 * recursively in name order; pages are extracted on a pool of threads but written in input order,
 * with a bounded number in flight. A page that cannot be read is reported on standard error and the
 * batch goes on; the exit status is 0 when all pages were read, 1 when some failed and 2 on bad usage.
 *
 * <p>The output formats are defined in one place, the package-private {@code OutputFormat} enum.
 */
package io.github.articlemodel.cli;
