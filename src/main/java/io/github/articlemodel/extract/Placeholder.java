package io.github.articlemodel.extract; final class Placeholder {}
