package io.github.articlemodel.schemaorg;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The schema.org vocabulary facts of the table {@link VocabularyTable#RESOURCE}: classes, properties, members. */
final class Vocabulary {
    /** A property with the classes of its domainIncludes and rangeIncludes. */
    record Property(String name, Set<String> domains, Set<String> ranges, Set<String> supersededBy) {}

    private static Vocabulary instance;

    private final Map<String, Set<String>> superclasses = new HashMap<>();
    private final Set<String> declaredDataTypes = new HashSet<>();
    private final Map<String, Property> properties = new HashMap<>();
    private final Map<String, Set<String>> members = new HashMap<>();
    private final Map<String, Set<String>> ancestors = new HashMap<>();

    /** The vocabulary of the table on the class path, read once. */
    static synchronized Vocabulary load() {
        if (instance == null) {
            try (InputStream in = Vocabulary.class.getResourceAsStream(VocabularyTable.RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("missing resource " + VocabularyTable.RESOURCE);
                }
                instance = parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return instance;
    }

    static Vocabulary parse(String table) {
        Vocabulary v = new Vocabulary();
        for (String line : table.split("\n")) {
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            switch (f[0]) {
                case "C" -> {
                    v.superclasses.put(f[1], set(f[2]));
                    if (f.length > 3 && f[3].equals("D")) {
                        v.declaredDataTypes.add(f[1]);
                    }
                }
                case "P" -> v.properties.put(f[1], new Property(f[1], set(f[2]), set(f[3]),
                        f.length > 4 ? set(f[4]) : Set.of()));
                case "E" -> v.members.put(f[1], set(f[2]));
                default -> throw new IllegalArgumentException("bad line in the vocabulary table: " + line);
            }
        }
        return v;
    }

    private static Set<String> set(String commaSeparated) {
        if (commaSeparated.isEmpty()) {
            return Set.of();
        }
        return Collections.unmodifiableSet(new LinkedHashSet<>(Arrays.asList(commaSeparated.split(","))));
    }

    boolean isClass(String name) {
        return superclasses.containsKey(name);
    }

    /** Whether the class is a data type (Text, URL, Date, Integer, ...): declared so, or below one. */
    boolean isDataType(String name) {
        for (String a : ancestorsOf(name)) {
            if (declaredDataTypes.contains(a)) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code sub} is {@code sup} or below it. */
    boolean isSubclassOf(String sub, String sup) {
        return ancestorsOf(sub).contains(sup);
    }

    /** The class and all classes above it. */
    synchronized Set<String> ancestorsOf(String name) {
        Set<String> known = ancestors.get(name);
        if (known != null) {
            return known;
        }
        Set<String> out = new LinkedHashSet<>();
        Deque<String> todo = new ArrayDeque<>();
        todo.push(name);
        while (!todo.isEmpty()) {
            String c = todo.pop();
            if (out.add(c)) {
                superclasses.getOrDefault(c, Set.of()).forEach(todo::push);
            }
        }
        Set<String> result = Collections.unmodifiableSet(out);
        ancestors.put(name, result);
        return result;
    }

    Optional<Property> property(String name) {
        return Optional.ofNullable(properties.get(name));
    }

    /** The property whose name equals {@code name} ignoring case ("wordcount": "wordCount"). */
    Optional<String> propertyIgnoringCase(String name) {
        return properties.keySet().stream().filter(p -> p.equalsIgnoreCase(name)).findFirst();
    }

    /** The types of an enumeration member ({@code True} is a {@code Boolean}); empty for none. */
    Set<String> memberTypes(String name) {
        return members.getOrDefault(name, Set.of());
    }

    int classCount() {
        return superclasses.size();
    }

    int propertyCount() {
        return properties.size();
    }
}
