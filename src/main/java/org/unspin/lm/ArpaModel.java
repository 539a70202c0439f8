package org.unspin.lm;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/**
 * A back-off n-gram model read from an ARPA text file (plain or gzip'ed), e.g. one written by
 * KenLM's lmplz or SRILM, of any order up to {@link #MAX_ORDER}.
 *
 * <p>Storage is primitive arrays: unigram weights indexed by word id, and for each higher order
 * one open-addressing table of 64-bit keys with parallel probability and back-off arrays (KenLM's
 * "probing" structure). A key is a hash of the n-gram's word ids taken from the last word
 * backwards, so the keys of w, (v w), (u v w) come one from the other while a query walks back
 * through the history. Limits: distinct n-grams of one order whose 64-bit hashes collide would
 * share an entry (for N n-grams the odds are about N&sup2;/2<sup>65</sup>, 3&middot;10<sup>-7</sup>
 * for 10<sup>8</sup>); fewer than 2<sup>29</sup> n-grams per order; about 16 bytes per n-gram.
 *
 * <p>Scores follow ARPA semantics: the longest stored n-gram ending in the word gives the
 * probability, plus the back-off weights of the longer histories (0 for a history not stored).
 * A word outside the vocabulary scores the unigram probability of {@code <unk>} if the model has
 * one, else {@link #UNKNOWN_LOG_PROB}. Words are matched exactly, case included.
 */
public final class ArpaModel implements LanguageModel {
    public static final int MAX_ORDER = 9;
    /** log10 given to an unknown word by a model without {@code <unk>} */
    public static final float UNKNOWN_LOG_PROB = -10f;

    private final String description;
    private final int order;
    private final WordIds vocabulary;
    private final int sentenceStart;
    private final float unknownLogProb;
    private final float[] unigramProb;
    private final float[] unigramBackoff;
    /** per order 2..N (index order - 2) */
    private final long[][] keys;
    private final float[][] probs;
    private final float[][] backoffs; // null for the highest order

    private ArpaModel(String name, String[] words, float[] unigramProb, float[] unigramBackoff,
                      long[][] keys, float[][] probs, float[][] backoffs) {
        this.order = keys.length + 1;
        this.vocabulary = new WordIds(words);
        this.description = String.format("ARPA %s %s (%,d words)", SphinxTrieModel.orderName(order), name, words.length);
        this.sentenceStart = vocabulary.id("<s>");
        int unk = vocabulary.id("<unk>");
        this.unknownLogProb = unk == UNKNOWN ? UNKNOWN_LOG_PROB : unigramProb[unk];
        this.unigramProb = unigramProb;
        this.unigramBackoff = unigramBackoff;
        this.keys = keys;
        this.probs = probs;
        this.backoffs = backoffs;
    }

    /** Reads an ARPA file, gzip'ed or not (told by its first bytes). */
    public static ArpaModel load(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(file.toString(), in);
        }
    }

    /** @param name names the file in messages ({@code name:line: problem}) and in {@link #description()} */
    public static ArpaModel read(String name, InputStream in) throws IOException {
        BufferedInputStream buffered = new BufferedInputStream(in, 1 << 16);
        buffered.mark(2);
        boolean gzip = buffered.read() == 0x1f && buffered.read() == 0x8b;
        buffered.reset();
        InputStream text = gzip ? new GZIPInputStream(buffered, 1 << 16) : buffered;
        return new ArpaParser(name, new BufferedReader(new InputStreamReader(text, StandardCharsets.UTF_8), 1 << 16)).parse();
    }

    @Override
    public int id(CharSequence word) {
        return vocabulary.id(word);
    }

    @Override
    public int sentenceStart() {
        return sentenceStart;
    }

    @Override
    public int order() {
        return order;
    }

    @Override
    public float unknownLogProb() {
        return unknownLogProb;
    }

    @Override
    public int vocabularySize() {
        return vocabulary.size();
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public float logProb(int[] ids, int from, int position) {
        int word = ids[position];
        if (!known(word)) {
            return unknownLogProb;
        }
        int history = 0;
        int maxHistory = Math.min(order - 1, position - from);
        while (history < maxHistory && known(ids[position - 1 - history])) {
            history++;
        }
        float prob = unigramProb[word];
        long key = NgramHash.first(word);
        int matched = 0;
        while (matched < history) {
            key = NgramHash.extend(key, ids[position - 1 - matched]);
            int slot = find(matched, key);
            if (slot < 0) {
                break;
            }
            prob = probs[matched][slot];
            matched++;
        }
        if (matched == history) {
            return prob;
        }
        // back off through every history longer than the matched one
        int last = ids[position - 1];
        float backoff = matched == 0 ? unigramBackoff[last] : 0f;
        long context = NgramHash.first(last);
        for (int length = 2; length <= history; length++) {
            context = NgramHash.extend(context, ids[position - length]);
            if (length > matched) {
                int slot = find(length - 2, context);
                if (slot >= 0) {
                    backoff += backoffs[length - 2][slot];
                }
            }
        }
        return prob + backoff;
    }

    private int find(int level, long key) {
        long[] table = keys[level];
        int mask = table.length - 1;
        for (int slot = (int) key & mask; ; slot = (slot + 1) & mask) {
            long found = table[slot];
            if (found == key) {
                return slot;
            }
            if (found == 0) {
                return -1;
            }
        }
    }

    private boolean known(int id) {
        return id >= 0 && id < unigramProb.length;
    }

    /** Builds the model's tables while the parser reads the file. */
    static final class Builder {
        private final String name;
        private final String[] words;
        private final float[] unigramProb;
        private final float[] unigramBackoff;
        private final long[][] keys;
        private final float[][] probs;
        private final float[][] backoffs;

        Builder(String name, int[] counts) {
            this.name = name;
            int order = counts.length;
            this.words = new String[counts[0]];
            this.unigramProb = new float[counts[0]];
            this.unigramBackoff = new float[counts[0]];
            this.keys = new long[order - 1][];
            this.probs = new float[order - 1][];
            this.backoffs = new float[order - 1][];
            for (int level = 0; level < order - 1; level++) {
                // at most two thirds full, so that probes stay short
                int capacity = Integer.highestOneBit(Math.max(2, counts[level + 1] + counts[level + 1] / 2)) << 1;
                keys[level] = new long[capacity];
                probs[level] = new float[capacity];
                backoffs[level] = level < order - 2 ? new float[capacity] : null;
            }
        }

        void unigram(int id, String word, float prob, float backoff) {
            words[id] = word;
            unigramProb[id] = prob;
            unigramBackoff[id] = backoff;
        }

        /** @return false if the n-gram is there already */
        boolean ngram(int[] ids, int n, float prob, float backoff) {
            long key = NgramHash.first(ids[n - 1]);
            for (int i = n - 2; i >= 0; i--) {
                key = NgramHash.extend(key, ids[i]);
            }
            int level = n - 2;
            long[] table = keys[level];
            int mask = table.length - 1;
            int slot = (int) key & mask;
            while (table[slot] != 0) {
                if (table[slot] == key) {
                    return false;
                }
                slot = (slot + 1) & mask;
            }
            table[slot] = key;
            probs[level][slot] = prob;
            if (backoffs[level] != null) {
                backoffs[level][slot] = backoff;
            }
            return true;
        }

        ArpaModel build() {
            return new ArpaModel(name, words, unigramProb, unigramBackoff, keys, probs, backoffs);
        }
    }
}
