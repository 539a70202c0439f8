package org.unspin.lexicon;

import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Named word classes used by context guards ({@code near:@market}). A word may belong to
 * several classes; {@link #classesOf} answers with the "@name" keys a token carries.
 */
public final class WordClasses {

    /** Classes computed from the token itself rather than listed in a file. */
    public static final Set<String> BUILT_IN = Set.of("@number", "@capitalized", "@start", "@end");

    private final Map<String, Set<String>> wordsByClass;
    private final Map<String, Set<String>> classesByWord;

    public WordClasses(Map<String, Set<String>> wordsByClass) {
        Map<String, Set<String>> copy = new HashMap<>();
        Map<String, Set<String>> byWord = new HashMap<>();
        wordsByClass.forEach((cls, words) -> {
            copy.put(cls, Set.copyOf(words));
            for (String w : words) {
                byWord.computeIfAbsent(w, k -> new HashSet<>()).add(cls);
            }
        });
        this.wordsByClass = Collections.unmodifiableMap(copy);
        Map<String, Set<String>> frozen = new HashMap<>();
        byWord.forEach((w, c) -> frozen.put(w, Set.copyOf(c)));
        this.classesByWord = Collections.unmodifiableMap(frozen);
    }

    public Set<String> classesOf(String word) {
        return classesByWord.getOrDefault(word, Set.of());
    }

    public Set<String> words(String atName) {
        return wordsByClass.getOrDefault(atName, Set.of());
    }

    public Map<String, Set<String>> asMap() {
        return wordsByClass;
    }
}
