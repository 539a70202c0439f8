package org.unspin.util;

import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * What is known about a word type (or a phrase), computed once: running text repeats its words
 * (Zipf), so most tokens are answered by one hash lookup. Stops growing at {@code maxEntries}
 * and computes afresh beyond that, so a stream of junk words cannot exhaust the heap of a
 * long-running engine. Safe for concurrent use; two threads may compute the same value once each.
 * On hot paths pass what the value is computed from as {@code input} to a function that
 * captures nothing (or is held in a field): a lookup then builds no function object.
 */
public final class TypeCache<V> {

    private final ConcurrentHashMap<String, V> values = new ConcurrentHashMap<>();
    private final int maxEntries;

    public TypeCache(int maxEntries) {
        this.maxEntries = maxEntries;
    }

    public V get(String key, Function<String, V> compute) {
        return get(key, compute, (k, f) -> f.apply(k));
    }

    /** The value for {@code key}, computed from the key and {@code input} the first time. */
    public <I> V get(String key, I input, BiFunction<String, I, V> compute) {
        V value = values.get(key);
        if (value != null) {
            return value;
        }
        value = compute.apply(key, input);
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
