package io.github.articlemodel.internal;

import java.util.Arrays;
import java.util.Objects;

/**
 * A fixed set of strings (tag names, cue words) asked about for every element of a page. It
 * answers {@code contains} as {@code Set.of(...).contains} does, at about a third of the cost:
 * the table's size is a power of two, so the string's cached hash picks the slot with a mask,
 * where {@code Set.of} divides; tag names are mostly the very strings stored, so identity
 * answers before {@code equals}.
 */
public final class Names {
    private final String[] table;
    private final int mask;
    private final int size;

    private Names(String[] names) {
        int capacity = Integer.highestOneBit(Math.max(4, names.length * 4) - 1) << 1;
        table = new String[capacity];
        mask = capacity - 1;
        int n = 0;
        for (String s : names) {
            Objects.requireNonNull(s, "name");
            int i = slot(s);
            while (table[i] != null && !table[i].equals(s)) {
                i = (i + 1) & mask;
            }
            if (table[i] == null) {
                table[i] = s;
                n++;
            }
        }
        size = n;
    }

    /** The set of the given strings; repeats count once. */
    public static Names of(String... names) {
        return new Names(names);
    }

    /** Whether {@code s} is one of the names; false for null. */
    public boolean contains(String s) {
        if (s == null) {
            return false;
        }
        for (int i = slot(s); ; i = (i + 1) & mask) {
            String t = table[i];
            if (t == null) {
                return false;
            }
            if (t == s || t.equals(s)) {
                return true;
            }
        }
    }

    /** How many names the set holds. */
    public int size() {
        return size;
    }

    private int slot(String s) {
        int h = s.hashCode();
        return (h ^ (h >>> 16)) & mask;
    }

    @Override
    public String toString() {
        return Arrays.toString(Arrays.stream(table).filter(Objects::nonNull).sorted().toArray());
    }
}
