package io.github.articlemodel;
final class Placeholder {}
