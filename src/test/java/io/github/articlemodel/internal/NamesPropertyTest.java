package io.github.articlemodel.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.articlemodel.model.PropertyTries;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/** {@link Names} answers as a {@code Set} of the same strings does, whatever the strings and their hashes. */
final class NamesPropertyTest {
    /** Tag names, words that collide in their hash ("Aa", "BB"), empty and non-ASCII strings. */
    private static final List<String> PIECES = List.of("p", "div", "a", "h1", "Aa", "BB", "AaAa", "BBBB", "AaBB",
            "", "ü", "😀", "section", "li", "x", "-", "1");

    private static Gen<String> strings() {
        return PropertyTries.joined(PIECES, 0, 3);
    }

    @Test
    void answersAsASetOfTheSameStrings() {
        PropertyTries.qt().forAll(SourceDSL.lists().of(strings()).ofSizeBetween(0, 40), strings())
                .checkAssert((members, asked) -> {
                    Names names = Names.of(members.toArray(new String[0]));
                    Set<String> set = new HashSet<>(members);
                    assertEquals(set.contains(asked), names.contains(asked), () -> members + " " + asked);
                    assertEquals(set.size(), names.size());
                    for (String m : members) {
                        // An equal string that is not the stored one: found by equals, not only by identity.
                        assertTrue(names.contains(new String(m.toCharArray())), m);
                    }
                });
    }

    @Test
    void nullIsNoNameAndNoMember() {
        assertFalse(Names.of("p", "div").contains(null));
        assertFalse(Names.of().contains("p"));
        assertThrows(NullPointerException.class, () -> Names.of("p", null));
    }
}
