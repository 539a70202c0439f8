package org.unspin.lm;

import java.util.Arrays;

/**
 * A language model with a small per-thread cache of recent look-ups in front (as BerkeleyLM's
 * caching wrappers do): comparing replacements asks for the same few n-grams again and again
 * (every replacement of a word is followed by the same two words, and text repeats its phrases),
 * and a trie look-up costs far more than a probe of a direct-mapped array. Thread-safe: each thread
 * has its own cache of {@value #SLOTS} entries (768 KB); no allocation per query after the first.
 * Models of order above 3 or with a vocabulary of 2^20 words or more are passed through.
 */
public final class CachingLanguageModel extends ForwardingLanguageModel {

    static final int SLOTS = 1 << 16;
    private static final int WORD_BITS = 20;
    private static final long WORD_MASK = (1L << WORD_BITS) - 1;

    private final boolean cacheable;
    private final ThreadLocal<Cache> caches = ThreadLocal.withInitial(Cache::new);

    private static final class Cache {
        final long[] keys = new long[SLOTS];
        final float[] values = new float[SLOTS];

        Cache() {
            Arrays.fill(keys, -1L);
        }
    }

    public CachingLanguageModel(LanguageModel model) {
        super(model);
        this.cacheable = model.order() <= 3 && model.vocabularySize() < (1 << WORD_BITS) - 1;
    }

    @Override
    public float logProb(int[] ids, int from, int position) {
        if (!cacheable) {
            return model.logProb(ids, from, position);
        }
        return logProb(caches.get(), ids, from, position);
    }

    private float logProb(Cache cache, int[] ids, int from, int position) {
        int history = Math.min(model.order() - 1, position - from);
        // the ids the model can use, and how many: an unknown id (-1) is kept as all ones
        long key = (long) history << 60 | (ids[position] & WORD_MASK) << 40;
        if (history >= 1) {
            key |= (ids[position - 1] & WORD_MASK) << 20;
        }
        if (history >= 2) {
            key |= ids[position - 2] & WORD_MASK;
        }
        int slot = (int) ((key * 0x9E3779B97F4A7C15L) >>> (64 - 16));
        if (cache.keys[slot] == key) {
            return cache.values[slot];
        }
        float value = model.logProb(ids, from, position);
        cache.keys[slot] = key;
        cache.values[slot] = value;
        return value;
    }

    /**
     * The calling thread's cache, held by the view: a thread-local look-up on every query costs more
     * than the probe itself with the client compiler. On another thread the view answers as the
     * model does (through that thread's cache).
     */
    @Override
    public LanguageModel forCallingThread() {
        return cacheable ? new ThreadView(caches.get(), Thread.currentThread()) : this;
    }

    private final class ThreadView extends ForwardingLanguageModel {
        private final Cache cache;
        private final Thread owner;

        ThreadView(Cache cache, Thread owner) {
            super(CachingLanguageModel.this.model);
            this.cache = cache;
            this.owner = owner;
        }

        @Override
        public float logProb(int[] ids, int from, int position) {
            return Thread.currentThread() == owner ? CachingLanguageModel.this.logProb(cache, ids, from, position)
                    : CachingLanguageModel.this.logProb(ids, from, position);
        }

        @Override
        public LanguageModel forCallingThread() {
            return Thread.currentThread() == owner ? this : CachingLanguageModel.this.forCallingThread();
        }
    }
}
