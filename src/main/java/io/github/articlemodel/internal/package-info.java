/**
 * Internal helpers: text normalisation, date parsing, URL rules and the language cue tables.
 * Not part of the API: do not depend on it; it is not exported by the module.
 */
package io.github.articlemodel.internal;
