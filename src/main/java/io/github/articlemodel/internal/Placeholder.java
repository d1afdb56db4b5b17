package io.github.articlemodel.internal; final class Placeholder {}
