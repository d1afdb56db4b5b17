/**
 * schema.org JSON-LD: the tolerant reader of the JSON-LD blocks real pages carry (used by the
 * extractor's metadata stage, so the project has one JSON-LD reader).
 */
package io.github.articlemodel.schemaorg;
