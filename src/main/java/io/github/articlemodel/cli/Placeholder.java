package io.github.articlemodel.cli; final class Placeholder {}
