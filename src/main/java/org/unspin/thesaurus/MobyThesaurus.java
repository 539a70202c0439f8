package org.unspin.thesaurus;

import org.unspin.data.BundledData;
import org.unspin.data.ByteCursor;
import org.unspin.data.Vocabulary;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * The Moby Thesaurus II (public domain), filtered and indexed both ways. A head lists terms it
 * may be replaced with ("say" lists "mention", "hospital" lists "medical institution"); a
 * spinner goes from head to listed term, so a restorer asks the reverse: which heads list
 * the term it read ({@link #headsListing}).
 *
 * <p>Terms are lower-case words or phrases of up to three words separated by single spaces,
 * made of letters, hyphens and apostrophes; look-ups fold ASCII capitals. Moby is uninflected:
 * "said" and "mentioned" are not terms, so callers look up base forms. Only heads whose every
 * word is in the Google Books unigram list are kept (see the bundled SOURCE.md for counts).
 *
 * <p>Held in primitive arrays: one term table ({@link Vocabulary}) and the links as two
 * compressed-sparse-row lists of int ids, sorted, so the int-id methods allocate nothing.
 * Immutable and thread-safe.
 */
public final class MobyThesaurus {

    private final Vocabulary terms;
    private final int[] listedStart;   // listed[listedStart[h] .. listedStart[h+1]) are the terms head h lists
    private final int[] listed;
    private final int[] headsStart;    // heads[headsStart[t] .. headsStart[t+1]) are the heads listing term t
    private final int[] heads;

    private MobyThesaurus(Vocabulary terms, int[] listedStart, int[] listed) {
        this.terms = terms;
        this.listedStart = listedStart;
        this.listed = listed;
        this.headsStart = new int[terms.size() + 1];
        this.heads = new int[listed.length];
        invert();
    }

    /** The thesaurus bundled in the jar, loaded on first use and shared (the cost: README, Performance, start-up). */
    public static MobyThesaurus bundled() {
        return Bundled.INSTANCE;
    }

    private static final class Bundled {
        static final MobyThesaurus INSTANCE = parse(BundledData.gunzip(ThesaurusFormat.BUNDLED));
    }

    /** A thesaurus file in {@link ThesaurusFormat}, gzip-compressed, such as an importer's output. */
    public static MobyThesaurus read(Path gzipFile) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(gzipFile), 1 << 16)) {
            return parse(in.readAllBytes());
        }
    }

    /** Parses the decompressed bytes of a {@link ThesaurusFormat} file. */
    public static MobyThesaurus parse(byte[] bytes) {
        ByteCursor in = new ByteCursor(bytes);
        in.expect(ThesaurusFormat.HEADER, "a thesaurus file");
        Vocabulary vocabulary = readTerms(in);
        int size = vocabulary.size();
        int linkCount = in.varint();
        int[] starts = new int[size + 1];
        int[] links = new int[linkCount];
        int n = 0;
        for (int head = 0; head < size; head++) {
            starts[head] = n;
            int count = in.varint();
            if (n + count > linkCount) {
                throw new IllegalStateException("thesaurus file holds more links than its count " + linkCount);
            }
            int id = 0;
            for (int i = 0; i < count; i++) {
                id += in.varint();
                if (id < 0 || id >= size || (i > 0 && id <= links[n - 1])) {
                    throw new IllegalStateException("thesaurus file: bad link from term " + head);
                }
                links[n++] = id;
            }
        }
        starts[size] = n;
        if (n != linkCount || !in.atEnd()) {
            throw new IllegalStateException("thesaurus file: " + n + " links read, " + linkCount + " declared");
        }
        return new MobyThesaurus(vocabulary, starts, links);
    }

    private static Vocabulary readTerms(ByteCursor in) {
        int size = in.varint();
        int[] starts = new int[size + 1];
        byte[] text = new byte[1 << 16];
        int length = 0;
        int previousStart = 0;
        for (int id = 0; id < size; id++) {
            int shared = in.varint();
            int suffix = in.varint();
            if (length + shared + suffix > text.length) {
                text = Arrays.copyOf(text, Math.max(text.length * 2, length + shared + suffix));
            }
            System.arraycopy(text, previousStart, text, length, shared);
            in.copy(text, length + shared, suffix);
            starts[id] = length;
            previousStart = length;
            length += shared + suffix;
        }
        starts[size] = length;
        return new Vocabulary(Arrays.copyOf(text, length), starts);
    }

    // Counting sort of the links by listed term; heads come in ascending order, so each reverse list is sorted.
    private void invert() {
        for (int link : listed) {
            headsStart[link + 1]++;
        }
        for (int t = 0; t < terms.size(); t++) {
            headsStart[t + 1] += headsStart[t];
        }
        int[] fill = Arrays.copyOf(headsStart, terms.size());
        for (int head = 0; head < terms.size(); head++) {
            for (int i = listedStart[head]; i < listedStart[head + 1]; i++) {
                heads[fill[listed[i]]++] = head;
            }
        }
    }

    // ---- by string (allocates the answer)

    /** Heads whose entry lists {@code term}, alphabetically: the words a spinner may have replaced with it. */
    public List<String> headsListing(String term) {
        int id = terms.id(term);
        return id < 0 ? List.of() : strings(heads, headsStart[id], headsStart[id + 1]);
    }

    /** Terms that {@code head} lists, alphabetically: what a spinner may write for it. Empty when it is no head. */
    public List<String> listedBy(String head) {
        int id = terms.id(head);
        return id < 0 ? List.of() : strings(listed, listedStart[id], listedStart[id + 1]);
    }

    /** Whether {@code head}'s entry lists {@code term}. */
    public boolean lists(CharSequence head, CharSequence term) {
        int h = terms.id(head);
        int t = terms.id(term);
        return h >= 0 && t >= 0 && Arrays.binarySearch(listed, listedStart[h], listedStart[h + 1], t) >= 0;
    }

    /**
     * Whether the thesaurus relates two terms: one's entry lists the other, or some entry lists
     * both ("killing" and "assassination" are both listed under "murder"). No allocation.
     */
    public boolean relates(CharSequence a, CharSequence b) {
        int x = terms.id(a);
        int y = terms.id(b);
        if (x < 0 || y < 0) {
            return false;
        }
        if (Arrays.binarySearch(listed, listedStart[x], listedStart[x + 1], y) >= 0
                || Arrays.binarySearch(listed, listedStart[y], listedStart[y + 1], x) >= 0) {
            return true;
        }
        // both lists of heads ascend: merge
        int i = headsStart[x];
        int j = headsStart[y];
        while (i < headsStart[x + 1] && j < headsStart[y + 1]) {
            if (heads[i] == heads[j]) {
                return true;
            }
            if (heads[i] < heads[j]) {
                i++;
            } else {
                j++;
            }
        }
        return false;
    }

    /** Whether {@code term} is a head or a listed term of some kept link. */
    public boolean contains(CharSequence term) {
        return terms.contains(term);
    }

    // ---- by id (no allocation); ids are 0..size()-1 in alphabetical order of the terms

    /** The id of {@code term}, or -1. */
    public int id(CharSequence term) {
        return terms.id(term);
    }

    public String term(int id) {
        return terms.term(id);
    }

    /** How many heads list the term {@code id}. */
    public int headsListingCount(int id) {
        return headsStart[id + 1] - headsStart[id];
    }

    /** The {@code i}-th head (0-based, ascending ids) that lists the term {@code id}. */
    public int headListing(int id, int i) {
        return heads[checked(headsStart, id, i)];
    }

    /** How many terms the head {@code id} lists (0 when it is no head). */
    public int listedCount(int id) {
        return listedStart[id + 1] - listedStart[id];
    }

    /** The {@code i}-th term (0-based, ascending ids) listed by the head {@code id}. */
    public int listed(int id, int i) {
        return listed[checked(listedStart, id, i)];
    }

    // ---- sizes

    /** Distinct terms, heads and listed terms together. */
    public int size() {
        return terms.size();
    }

    /** Head -> listed links. */
    public int linkCount() {
        return listed.length;
    }

    /** Terms that list at least one term. */
    public int headCount() {
        int n = 0;
        for (int t = 0; t < terms.size(); t++) {
            if (listedStart[t + 1] > listedStart[t]) {
                n++;
            }
        }
        return n;
    }

    /** Approximate bytes of heap held (arrays only). */
    public long heapBytes() {
        return terms.heapBytes() + 4L * (listedStart.length + listed.length + headsStart.length + heads.length);
    }

    private List<String> strings(int[] ids, int from, int to) {
        String[] out = new String[to - from];
        for (int i = from; i < to; i++) {
            out[i - from] = terms.term(ids[i]);
        }
        return List.of(out);
    }

    private static int checked(int[] starts, int id, int i) {
        int at = starts[id] + i;
        if (i < 0 || at >= starts[id + 1]) {
            throw new IndexOutOfBoundsException("index " + i + " of " + (starts[id + 1] - starts[id]));
        }
        return at;
    }
}
