package org.unspin.lm;

/**
 * 64-bit keys of n-grams, built from the last word backwards so that a query extends the key of
 * (v w) to the key of (u v w) with one step. Never 0, which marks an empty slot.
 */
final class NgramHash {
    private NgramHash() {
    }

    static long first(int word) {
        return nonZero(mix(word + 0x632BE59BD9B4E019L));
    }

    static long extend(long key, int word) {
        return nonZero(mix(key * 0x9E3779B97F4A7C15L + word + 1));
    }

    /** MurmurHash3's 64-bit finalizer */
    private static long mix(long h) {
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h;
    }

    private static long nonZero(long h) {
        return h == 0 ? 1 : h;
    }
}
