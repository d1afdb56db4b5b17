package io.github.articlemodel.model;

import java.util.Arrays;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Lookup of enum constants by their external id, with a message listing the allowed ids. */
final class Enums {
    private Enums() {}

    static <E extends Enum<E>> E fromId(Class<E> type, String id, Function<E, String> idOf) {
        for (E e : type.getEnumConstants()) {
            if (idOf.apply(e).equals(id)) {
                return e;
            }
        }
        String allowed = Arrays.stream(type.getEnumConstants()).map(idOf).collect(Collectors.joining(", "));
        throw new IllegalArgumentException(
                "unknown " + type.getSimpleName() + " '" + id + "', expected one of: " + allowed);
    }
}
