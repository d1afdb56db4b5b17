package io.github.articlemodel.internal;

/**
 * Word boundaries for regular expressions that mean the same on every JDK. A bare {@code \b} reads
 * letters beyond ASCII up to JDK 18 and only ASCII from JDK 19 on (without {@code
 * UNICODE_CHARACTER_CLASS}): there "publié\b" never matches "publié le 3 mai", nor "\büber" the word
 * "über". These two say what JDK 17's {@code \b} says, written out: a word is letters, decimal
 * digits and "_", and non-spacing marks after a letter or digit belong to it.
 */
public final class WordBoundary {
    private WordBoundary() {}

    /**
     * Where a word starts, before a letter or digit: not after a letter, a decimal digit or "_", nor
     * after non-spacing marks (up to 20) on a letter or digit, the marks and their letter read in the
     * Basic Multilingual Plane only, as JDK 17 reads them.
     */
    public static final String START =
            "(?<![\\p{L}\\p{Nd}_]|[\\p{L}\\p{Nd}&&[\\x{0}-\\x{FFFF}]][\\p{Mn}&&[\\x{0}-\\x{FFFF}]]{1,20})";

    /**
     * Where a word ends, after a letter or digit: no letter, decimal digit or "_" next, nor a
     * non-spacing mark that rests on a letter or digit (through other marks), read in the Basic
     * Multilingual Plane as JDK 17 reads it: a mark after "_" or after a letter beyond it ends the word.
     */
    public static final String END = "(?![\\p{L}\\p{Nd}_]"
            + "|(?<=[\\p{L}\\p{Nd}&&[\\x{0}-\\x{FFFF}]][\\p{Mn}&&[\\x{0}-\\x{FFFF}]]{0,20})\\p{Mn})";
}
