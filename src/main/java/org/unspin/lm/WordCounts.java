package org.unspin.lm;

import org.unspin.data.BundledData;
import org.unspin.data.Vocabulary;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.GZIPInputStream;

/**
 * Word and word-pair counts from Google Books Ngram (CC BY 3.0, as SymSpell's frequency
 * dictionaries ship them): 82,765 words that occur at least 12,714 times, and 242,342 frequent
 * pairs. The pair list holds only frequent pairs, so a pair's absence says little.
 *
 * <p>Case: the lists are lower case; look-ups fold ASCII capitals, so "The" counts as "the".
 * Callers pass words as the tokenizer splits them (letters and apostrophes: "don't"); anything
 * else (digits, punctuation, non-ASCII letters) counts 0.
 *
 * <p>Held in primitive arrays (a {@link Vocabulary}, a long per word, a sorted long key and a
 * long count per pair); look-ups allocate nothing. Immutable and thread-safe.
 */
public final class WordCounts {

    private final Vocabulary words;
    private final long[] counts;
    private final long[] pairKeys;     // (first id << 32 | second id), ascending
    private final long[] pairCounts;
    private final long total;
    private final long smallestCount;

    private WordCounts(Vocabulary words, long[] counts, long[] pairKeys, long[] pairCounts) {
        this.words = words;
        this.counts = counts;
        this.pairKeys = pairKeys;
        this.pairCounts = pairCounts;
        this.total = Arrays.stream(counts).sum();
        this.smallestCount = Arrays.stream(counts).filter(c -> c > 0).min().orElse(1);
    }

    /** The bundled counts, loaded on first use and shared (the cost: README, Performance, start-up). */
    public static WordCounts bundled() {
        return Bundled.INSTANCE;
    }

    private static final class Bundled {
        static final WordCounts INSTANCE = parse(BundledData.gunzip(WordCountsFormat.BUNDLED_UNIGRAMS),
                BundledData.gunzip(WordCountsFormat.BUNDLED_BIGRAMS));
    }

    /** Reads {@code unigrams.txt.gz} and {@code bigrams.txt.gz} from {@code dir}, such as an importer's output. */
    public static WordCounts read(Path dir) throws IOException {
        return parse(gunzip(dir.resolve(WordCountsFormat.UNIGRAMS_FILE)), gunzip(dir.resolve(WordCountsFormat.BIGRAMS_FILE)));
    }

    private static byte[] gunzip(Path file) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file), 1 << 16)) {
            return in.readAllBytes();
        }
    }

    /** Parses the decompressed files of {@link WordCountsFormat}. */
    public static WordCounts parse(byte[] unigrams, byte[] bigrams) {
        CountLines lines = new CountLines(unigrams, 1, "unigrams");
        int n = lines.count();
        int[] starts = new int[n + 1];
        byte[] text = new byte[unigrams.length];
        long[] counts = new long[n];
        int length = 0;
        for (int i = 0; i < n; i++) {
            lines.next();
            starts[i] = length;
            int from = lines.wordStart(0);
            int to = lines.wordEnd(0);
            System.arraycopy(unigrams, from, text, length, to - from);
            length += to - from;
            counts[i] = lines.number();
        }
        starts[n] = length;
        Vocabulary vocabulary = new Vocabulary(Arrays.copyOf(text, length), starts);

        CountLines pairs = new CountLines(bigrams, 2, "bigrams");
        int m = pairs.count();
        long[] keys = new long[m];
        long[] values = new long[m];
        AsciiView view = new AsciiView(bigrams);
        for (int i = 0; i < m; i++) {
            pairs.next();
            int first = vocabulary.id(view.of(pairs.wordStart(0), pairs.wordEnd(0)));
            int second = vocabulary.id(view.of(pairs.wordStart(1), pairs.wordEnd(1)));
            if (first < 0 || second < 0) {
                throw new IllegalStateException("bigrams line " + (i + 1) + ": a word that is no unigram");
            }
            keys[i] = key(first, second);
            values[i] = pairs.number();
        }
        sortByKey(keys, values, n);
        return new WordCounts(vocabulary, counts, keys, values);
    }

    private static long key(int first, int second) {
        return (long) first << 32 | second;
    }

    // Sorts the pairs by key without boxing: each key and its line index are packed into one long
    // (key * lines + index), sorted, and unpacked. Fits while words^2 * lines < 2^63 (about 10^15 here).
    private static void sortByKey(long[] keys, long[] values, int words) {
        int lines = keys.length;
        long[] packed = new long[lines];
        try {
            Math.multiplyExact(Math.multiplyExact((long) words, words), Math.max(1, lines));
        } catch (ArithmeticException e) {
            throw new IllegalStateException("bigrams: too many words and pairs for one sort key", e);
        }
        for (int i = 0; i < lines; i++) {
            long first = keys[i] >>> 32;
            long second = keys[i] & 0xFFFFFFFFL;
            packed[i] = (first * words + second) * lines + i;
        }
        Arrays.sort(packed);
        long[] v = values.clone();
        for (int i = 0; i < lines; i++) {
            long key = packed[i] / lines;
            keys[i] = key((int) (key / words), (int) (key % words));
            values[i] = v[(int) (packed[i] % lines)];
            if (i > 0 && keys[i] == keys[i - 1]) {
                throw new IllegalStateException("bigrams: a pair is listed twice");
            }
        }
    }

    /** How often {@code word} occurs in the books; 0 when it is not in the list. */
    public long count(CharSequence word) {
        int id = words.id(word);
        return id < 0 ? 0 : counts[id];
    }

    /** How often {@code first second} occurs; 0 when the pair is not in the (frequent-pairs-only) list. */
    public long count(CharSequence first, CharSequence second) {
        int a = words.id(first);
        int b = words.id(second);
        if (a < 0 || b < 0) {
            return 0;
        }
        int at = Arrays.binarySearch(pairKeys, key(a, b));
        return at < 0 ? 0 : pairCounts[at];
    }

    /** Whether {@code word} is in the unigram list. */
    public boolean contains(CharSequence word) {
        return words.contains(word);
    }

    /** Sum of all unigram counts (541,613,984,156 for the bundled list): the denominator of {@link #log10Frequency}. */
    public long total() {
        return total;
    }

    /**
     * log10 of the word's share of {@link #total()}; "the" is about -1.37. A word not in the list
     * gets {@link #unseenLog10Frequency()}: the list holds every word seen at least as often as its
     * rarest entry, so an unseen word is rarer than that.
     */
    public double log10Frequency(CharSequence word) {
        long c = count(word);
        return c == 0 ? unseenLog10Frequency() : Math.log10((double) c / total);
    }

    /** The floor for words not in the list: half the smallest listed count over the total (about -7.93 for the bundled list). */
    public double unseenLog10Frequency() {
        return Math.log10(smallestCount / 2.0 / total);
    }

    /** Words in the unigram list. */
    public int wordCount() {
        return words.size();
    }

    /** Pairs in the bigram list. */
    public int pairCount() {
        return pairKeys.length;
    }

    /** Approximate bytes of heap held (arrays only). */
    public long heapBytes() {
        return words.heapBytes() + 8L * (counts.length + pairKeys.length + pairCounts.length);
    }

    /** A reusable CharSequence over an ASCII range of a byte array, so that parsing allocates no String per word. */
    private static final class AsciiView implements CharSequence {
        private final byte[] bytes;
        private int from;
        private int to;

        AsciiView(byte[] bytes) {
            this.bytes = bytes;
        }

        AsciiView of(int from, int to) {
            this.from = from;
            this.to = to;
            return this;
        }

        @Override
        public int length() {
            return to - from;
        }

        @Override
        public char charAt(int index) {
            return (char) (bytes[from + index] & 0xFF);
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return new String(bytes, from + start, end - start, StandardCharsets.ISO_8859_1);
        }

        @Override
        public String toString() {
            return subSequence(0, length()).toString();
        }
    }
}
