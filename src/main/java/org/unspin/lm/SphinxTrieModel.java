package org.unspin.lm;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Reads CMU Sphinx's binary trie language model (sphinxbase {@code ngram_model_trie}, the format of
 * {@code en-us.lm.bin}) and answers queries on it in place, the way KenLM's trie does: the file's
 * bytes stay one {@code byte[]} and are read bit-packed, with no object per n-gram and no
 * allocation per query.
 *
 * <p>The layout, all little-endian: the ASCII header {@code Trie Language Model}; one byte, the
 * order N; N uint32 n-gram counts; for N &gt; 1 an int32 quantization flag and the quantization
 * tables (65,536 floats each: for each order 2..N-1 its probabilities then its back-off weights,
 * then the probabilities of order N); N1 + 1 unigrams of {float prob, float back-off, uint32 first
 * bigram}; the bit-packed n-grams of orders 2..N; an int32 byte length and the NUL-terminated
 * words. Weights are sphinxbase log units of base 1.0001, converted to log10 here.
 *
 * <p>The trie is reversed: under a word hang the words that precede it. An entry of a middle
 * order holds [word id | 16-bit back-off code | 16-bit probability code | index of its first
 * child], one of order N [word id | 16-bit probability code]; a node's children run to the next
 * entry's first child. Children are sorted by word id and found by interpolation search.
 *
 * <p>Scores follow sphinxbase's {@code lm_trie_score}: the longest stored n-gram ending in the
 * word gives the probability, plus the back-off weights of the longer histories that are stored.
 * The model has no {@code <unk>}: a word outside it scores {@link #UNKNOWN_LOG_PROB}.
 */
public final class SphinxTrieModel implements LanguageModel {
    /** log10 given to a word outside the vocabulary: below every word of en-us.lm.bin (its rarest unigram scores -9.47) */
    public static final float UNKNOWN_LOG_PROB = -10f;

    static final String HEADER = "Trie Language Model";
    static final String BUNDLED_RESOURCE = "/unspin/lm/en-us.lm.bin";

    private static final double LOG10_OF_BASE = Math.log10(1.0001);
    private static final int QUANT_BITS = 16;
    private static final int QUANT_MASK = (1 << QUANT_BITS) - 1;
    private static final VarHandle INT_LE = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);

    private final String description;
    private final int order;
    private final WordIds vocabulary;
    private final int sentenceStart;
    private final float[] unigramProb;
    private final float[] unigramBackoff;
    private final int[] unigramFirstChild; // one more than the words: a word's children end where the next word's begin

    private final byte[] bits;
    /** per trie level (level 0 holds bigrams): byte offset in {@link #bits}, bits per entry, child pointer width */
    private final int[] levelStart;
    private final int[] entryBits;
    private final int[] childMask;
    private final int wordBits;
    private final int wordMask;
    private final float[][] probTable;
    private final float[][] backoffTable;

    private SphinxTrieModel(String description, byte[] file) throws LanguageModelFormatException {
        Reader in = new Reader(description, file);
        this.description = description;
        in.expectHeader();
        this.order = in.u8();
        if (order < 1 || order > 10) {
            throw in.problem("order " + order + " is not supported");
        }
        int[] counts = new int[order];
        for (int i = 0; i < order; i++) {
            counts[i] = in.count();
        }
        int words = counts[0];
        this.probTable = new float[Math.max(0, order - 1)][];
        this.backoffTable = new float[Math.max(0, order - 2)][];
        if (order > 1) {
            in.i32(); // quantization flag: sphinxbase always quantizes to 16 bits and ignores it
            for (int level = 0; level < order - 1; level++) {
                probTable[level] = in.log10Floats(1 << QUANT_BITS);
                if (level < order - 2) {
                    backoffTable[level] = in.log10Floats(1 << QUANT_BITS);
                }
            }
        }
        this.unigramProb = new float[words];
        this.unigramBackoff = new float[words];
        this.unigramFirstChild = new int[words + 1];
        for (int w = 0; w <= words; w++) {
            float prob = in.log10Float();
            float backoff = in.log10Float();
            if (w < words) {
                unigramProb[w] = prob;
                unigramBackoff[w] = backoff;
            }
            unigramFirstChild[w] = in.i32();
            if (order > 1 && (unigramFirstChild[w] < (w == 0 ? 0 : unigramFirstChild[w - 1]) || unigramFirstChild[w] > counts[1])) {
                throw in.problem("unigram " + w + " points outside the bigrams");
            }
        }

        this.wordBits = requiredBits(words);
        this.wordMask = (1 << wordBits) - 1;
        if (wordBits > 25) {
            throw in.problem("more than 2^25 words");
        }
        int levels = Math.max(0, order - 1);
        this.levelStart = new int[levels];
        this.entryBits = new int[levels];
        this.childMask = new int[levels];
        long offset = in.position();
        for (int level = 0; level < levels; level++) {
            boolean longest = level == levels - 1;
            int childBits = longest ? 0 : requiredBits(counts[level + 2]);
            entryBits[level] = wordBits + (longest ? QUANT_BITS : 2 * QUANT_BITS + childBits);
            childMask[level] = (1 << childBits) - 1;
            levelStart[level] = (int) offset;
            // one entry more for the last child pointer, rounded up to bytes, plus 8 bytes so reads never run off the end
            offset += ((1L + counts[level + 1]) * entryBits[level] + 7) / 8 + 8;
            if (offset > file.length) {
                throw in.problem("file ends inside the " + (level + 2) + "-grams");
            }
        }
        in.skipTo(offset);
        this.bits = file;
        this.vocabulary = new WordIds(in.words(words));
        this.sentenceStart = vocabulary.id("<s>");
    }

    /** The CMU Sphinx US English trigram model that ships with Unspin (see unspin/lm/SOURCE.md). */
    public static SphinxTrieModel bundled() {
        try (InputStream in = SphinxTrieModel.class.getResourceAsStream(BUNDLED_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(BUNDLED_RESOURCE + " is missing from the class path (built without Maven's generate-resources?)");
            }
            return read("CMU Sphinx en-us", in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static SphinxTrieModel load(Path file) throws IOException {
        return read(file.toString(), Files.readAllBytes(file));
    }

    /** @param name names the model in messages and {@link #description()} */
    public static SphinxTrieModel read(String name, byte[] file) throws LanguageModelFormatException {
        return new SphinxTrieModel(name, file);
    }

    static boolean hasHeader(byte[] start) {
        byte[] header = HEADER.getBytes(StandardCharsets.US_ASCII);
        return start.length >= header.length && Arrays.equals(start, 0, header.length, header, 0, header.length);
    }

    @Override
    public int id(CharSequence word) {
        return vocabulary.id(word);
    }

    /** the word of an id, for messages and tests */
    public String word(int id) {
        return vocabulary.word(id);
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
        return UNKNOWN_LOG_PROB;
    }

    @Override
    public int vocabularySize() {
        return vocabulary.size();
    }

    @Override
    public String description() {
        return String.format("%s %s (%,d words)", description, orderName(order), vocabulary.size());
    }

    @Override
    public float logProb(int[] ids, int from, int position) {
        int word = ids[position];
        if (!known(word)) {
            return UNKNOWN_LOG_PROB;
        }
        int history = 0;
        int maxHistory = Math.min(order - 1, position - from);
        while (history < maxHistory && known(ids[position - 1 - history])) {
            history++;
        }
        // the longest stored n-gram ending in the word: walk back through its history
        float prob = unigramProb[word];
        int begin = unigramFirstChild[word];
        int end = unigramFirstChild[word + 1];
        int matched = 0;
        while (matched < history) {
            int level = matched;
            int entry = find(level, ids[position - 1 - matched], begin, end);
            if (entry < 0) {
                break;
            }
            matched++;
            long weights = (long) entry * entryBits[level] + wordBits;
            if (level == order - 2) {
                prob = probTable[level][read(level, weights, QUANT_MASK)];
                break;
            }
            prob = probTable[level][read(level, weights + QUANT_BITS, QUANT_MASK)];
            begin = read(level, weights + 2 * QUANT_BITS, childMask[level]);
            end = read(level, weights + entryBits[level] + 2 * QUANT_BITS, childMask[level]);
        }
        return matched == history ? prob : prob + backoff(ids, position, matched + 1, history);
    }

    /** sum of the back-off weights of the histories of {@code shortest..longest} words before position */
    private float backoff(int[] ids, int position, int shortest, int longest) {
        int last = ids[position - 1];
        float sum = shortest <= 1 ? unigramBackoff[last] : 0f;
        int begin = unigramFirstChild[last];
        int end = unigramFirstChild[last + 1];
        for (int length = 2; length <= longest; length++) {
            int level = length - 2;
            int entry = find(level, ids[position - length], begin, end);
            if (entry < 0) {
                break; // a history that is not stored has back-off weight 0, and so have its extensions
            }
            long weights = (long) entry * entryBits[level] + wordBits;
            if (length >= shortest) {
                sum += backoffTable[level][read(level, weights, QUANT_MASK)];
            }
            begin = read(level, weights + 2 * QUANT_BITS, childMask[level]);
            end = read(level, weights + entryBits[level] + 2 * QUANT_BITS, childMask[level]);
        }
        return sum;
    }

    /** index of the entry holding word among the entries [begin, end) of a level, or -1 (interpolation search, as sphinxbase) */
    private int find(int level, int word, int begin, int end) {
        long before = begin - 1L;
        long after = end;
        long beforeWord = 0;
        long afterWord = vocabulary.size();
        while (after - before > 1) {
            long pivot = before + 1 + (word - beforeWord) * (after - before - 1) / (afterWord - beforeWord + 1);
            int found = read(level, pivot * entryBits[level], wordMask);
            if (found < word) {
                before = pivot;
                beforeWord = found;
            } else if (found > word) {
                after = pivot;
                afterWord = found;
            } else {
                return (int) pivot;
            }
        }
        return -1;
    }

    private int read(int level, long bitOffset, int mask) {
        int value = (int) INT_LE.get(bits, levelStart[level] + (int) (bitOffset >>> 3));
        return (value >>> (bitOffset & 7)) & mask;
    }

    private boolean known(int id) {
        return id >= 0 && id < unigramProb.length;
    }

    private static int requiredBits(int max) {
        return max == 0 ? 0 : 32 - Integer.numberOfLeadingZeros(max);
    }

    static String orderName(int order) {
        return switch (order) {
            case 1 -> "unigram";
            case 2 -> "bigram";
            case 3 -> "trigram";
            default -> order + "-gram";
        };
    }

    /** Little-endian cursor over the file that reports a short or damaged file as a format problem. */
    private static final class Reader {
        private final String name;
        private final ByteBuffer buffer;

        Reader(String name, byte[] file) {
            this.name = name;
            this.buffer = ByteBuffer.wrap(file).order(ByteOrder.LITTLE_ENDIAN);
        }

        void expectHeader() throws LanguageModelFormatException {
            if (!hasHeader(buffer.array())) {
                throw problem("not a Sphinx trie language model (no \"" + HEADER + "\" header)");
            }
            buffer.position(HEADER.length());
        }

        int u8() throws LanguageModelFormatException {
            need(1);
            return buffer.get() & 0xFF;
        }

        int i32() throws LanguageModelFormatException {
            need(4);
            return buffer.getInt();
        }

        int count() throws LanguageModelFormatException {
            int count = i32();
            if (count < 0 || count >= 1 << 25) {
                throw problem("n-gram count " + Integer.toUnsignedString(count) + " is out of range");
            }
            return count;
        }

        float log10Float() throws LanguageModelFormatException {
            need(4);
            return (float) (buffer.getFloat() * LOG10_OF_BASE);
        }

        float[] log10Floats(int n) throws LanguageModelFormatException {
            float[] values = new float[n];
            for (int i = 0; i < n; i++) {
                values[i] = log10Float();
            }
            return values;
        }

        long position() {
            return buffer.position();
        }

        void skipTo(long offset) {
            buffer.position((int) offset);
        }

        String[] words(int n) throws LanguageModelFormatException {
            int length = i32();
            need(length);
            String[] words = new String[n];
            int start = buffer.position();
            int count = 0;
            for (int i = start, end = start + length; i < end; i++) {
                if (buffer.get(i) == 0) {
                    if (count == n) {
                        throw problem("more words than the " + n + " unigrams");
                    }
                    words[count++] = new String(buffer.array(), start, i - start, StandardCharsets.UTF_8);
                    start = i + 1;
                }
            }
            if (count != n) {
                throw problem(count + " words for " + n + " unigrams");
            }
            return words;
        }

        private void need(long n) throws LanguageModelFormatException {
            if (n < 0 || buffer.remaining() < n) {
                throw problem("file ends early (at byte " + buffer.position() + ")");
            }
        }

        LanguageModelFormatException problem(String message) {
            return new LanguageModelFormatException(name, 0, message);
        }
    }
}
