package io.github.articlemodel.model;

import java.util.List;
import org.quicktheories.QuickTheory;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * How hard the property tests try: {@link #count()} examples each, from the system property
 * {@value #TRIES_PROPERTY} (default {@value #DEFAULT_TRIES}; the pom passes it to Surefire), and a
 * fixed seed that {@value #SEED_PROPERTY} overrides, so a failure can be replayed.
 *
 * <pre>{@code
 * PropertyTries.qt().forAll(ModelGenerators.articles()).checkAssert(a -> ...);
 * }</pre>
 *
 * <p>Run more with {@code mvn test -Darticlemodel.property.tries=100000}.
 */
// "exports": the tests are patched into the module io.github.articlemodel, while QuickTheories is
// on the class path, so javac notes that its types appear in this public API; only tests use it.
@SuppressWarnings("exports")
public final class PropertyTries {
    /** The system property with the number of examples per property. */
    public static final String TRIES_PROPERTY = "articlemodel.property.tries";
    /** The system property with the seed (a long). */
    public static final String SEED_PROPERTY = "articlemodel.property.seed";
    /** The number of examples when the system property is not set. */
    public static final int DEFAULT_TRIES = 1000;
    /** The seed when the system property is not set. */
    public static final long DEFAULT_SEED = 20_220_112L;

    private PropertyTries() {}

    /** The number of examples per property. */
    public static int count() {
        String value = System.getProperty(TRIES_PROPERTY, "").trim();
        if (value.isEmpty()) {
            return DEFAULT_TRIES;
        }
        int n = Integer.parseInt(value);
        if (n < 1) {
            throw new IllegalArgumentException(TRIES_PROPERTY + " must be at least 1: " + n);
        }
        return n;
    }

    /** The seed of the pseudo-random source. */
    public static long seed() {
        String value = System.getProperty(SEED_PROPERTY, "").trim();
        return value.isEmpty() ? DEFAULT_SEED : Long.parseLong(value);
    }

    /** A QuickTheories runner with {@link #count()} examples and the {@link #seed()}. */
    public static QuickTheory qt() {
        return QuickTheory.qt().withExamples(count()).withFixedSeed(seed());
    }

    /**
     * Checks a necessary pre-test: on every generated text in which {@code pattern} finds a match,
     * {@code preTest} lets the text through.
     */
    public static void assertLetsThrough(Gen<String> texts, java.util.regex.Pattern pattern,
            java.util.function.Predicate<String> preTest) {
        qt().forAll(texts).checkAssert(t -> {
            if (pattern.matcher(t).find() && !preTest.test(t)) {
                throw new AssertionError("the pre-test turned away a text the pattern matches: '" + t + "'");
            }
        });
    }

    /** Texts of {@code min} to {@code max} pieces picked from {@code pieces} and glued together. */
    public static Gen<String> joined(List<String> pieces, int min, int max) {
        Gen<String> piece = Generate.pick(pieces);
        return in -> {
            StringBuilder sb = new StringBuilder();
            int n = Generate.range(min, max).generate(in);
            for (int i = 0; i < n; i++) {
                sb.append(piece.generate(in));
            }
            return sb.toString();
        };
    }
}
