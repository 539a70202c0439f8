package org.unspin.wordnet;

import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * What is known about a word type (or a phrase), computed once: running text repeats its words
 * (Zipf), so most tokens are answered by one hash lookup. Stops growing at {@code maxEntries}
 * and computes afresh beyond that, so a stream of junk words cannot exhaust the heap of a
 * long-running engine. Safe for concurrent use; two threads may compute the same value once each.
 */
public final class TypeCache<V> {

    private final ConcurrentHashMap<String, V> values = new ConcurrentHashMap<>();
    private final int maxEntries;

    public TypeCache(int maxEntries) {
        this.maxEntries = maxEntries;
    }

    /** The value if it is cached, else null: lets a hot path skip building the function to compute it. */
    public V peek(String key) {
        return values.get(key);
    }

    public V get(String key, Function<String, V> compute) {
        V value = values.get(key);
        if (value != null) {
            return value;
        }
        value = compute.apply(key);
        if (values.size() < maxEntries) {
            V raced = values.putIfAbsent(key, value);
            return raced != null ? raced : value;
        }
        return value;
    }

    public int size() {
        return values.size();
    }
}
