package io.github.articlemodel.json; final class Placeholder {}
