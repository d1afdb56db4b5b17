package io.github.articlemodel.schemaorg; final class Placeholder {}
