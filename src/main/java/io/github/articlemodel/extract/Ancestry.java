package io.github.articlemodel.extract;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * Whether a candidate element (a byline, a date line) belongs to the article, judged by its
 * ancestors, as the bylines and dates stages judge it: each ancestor gets a verdict ({@link #FINE},
 * {@link #EXCLUDED}, {@link #BOILERPLATE}) from the stage's own {@link Rule}, asked once per
 * ancestor and kept, since the candidates of a page share most of their ancestors; the candidate's
 * own verdict is asked anew ({@code self}: a mark on it says what it is, not that it is a box).
 * The holders, the two elements given and all their ancestors, hold the article: a rule may let
 * them pass whatever their class ("sidebar-wrapper" around the whole layout). One per page and
 * stage; not thread-safe.
 */
final class Ancestry {
    static final int FINE = 0;
    static final int EXCLUDED = 1;
    static final int BOILERPLATE = 2;

    /** A stage's verdict on one element at or above a candidate. */
    @FunctionalInterface
    interface Rule {
        /** {@code self}: the candidate itself; {@code holds}: the element is a holder ({@link #holds}). */
        int verdict(Element a, boolean self, boolean holds);
    }

    private final Rule rule;
    private final Set<Element> holders = Collections.newSetFromMap(new IdentityHashMap<>());
    private final Map<Element, Integer> verdicts = new IdentityHashMap<>();

    /** {@code first} and {@code second} (either may be null) and their ancestors are the holders. */
    Ancestry(Element first, Element second, Rule rule) {
        this.rule = rule;
        for (Element a = first; a != null; a = a.parent()) {
            holders.add(a);
        }
        for (Element a = second; a != null && holders.add(a); a = a.parent()) {
            // up to the first ancestor the two share: the rest are in already
        }
    }

    /** Whether {@code a} holds the article; a holder's ancestors are holders too. */
    boolean holds(Element a) {
        return holders.contains(a);
    }

    /** The verdict on {@code a}, kept unless {@code self} ({@code a} is the candidate). */
    int verdict(Element a, boolean self) {
        if (self) {
            return rule.verdict(a, true, holds(a));
        }
        Integer known = verdicts.get(a);
        if (known == null) {
            known = rule.verdict(a, false, holds(a));
            verdicts.put(a, known);
        }
        return known;
    }
}
