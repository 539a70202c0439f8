package org.unspin.data;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * Terms numbered 0..size-1, held as one byte array of ASCII text, an offset array and an
 * open-addressing hash table: three arrays however many terms, and a look-up that allocates
 * nothing. Terms are lower case; look-ups fold ASCII capitals ("The" finds "the"), and a query
 * with any other character outside the stored terms' alphabet simply finds nothing.
 */
public final class Vocabulary {

    private static final int EMPTY = -1;

    private final byte[] text;
    private final int[] starts;
    private final int[] slots;
    private final int mask;

    /**
     * @param text   the terms' ASCII bytes, back to back
     * @param starts where each term begins in {@code text}, plus one last entry: the end of the last term
     */
    public Vocabulary(byte[] text, int[] starts) {
        this.text = text;
        this.starts = starts;
        int size = starts.length - 1;
        int capacity = Integer.highestOneBit(Math.max(2, size) * 2 - 1) << 1;   // load factor at most 1/2
        this.slots = new int[capacity];
        this.mask = capacity - 1;
        Arrays.fill(slots, EMPTY);
        for (int id = 0; id < size; id++) {
            insert(id);
        }
    }

    /** A vocabulary of {@code terms} in list order (lower-case ASCII, no duplicates). */
    public static Vocabulary of(List<String> terms) {
        int[] starts = new int[terms.size() + 1];
        int length = 0;
        for (int i = 0; i < terms.size(); i++) {
            starts[i] = length;
            length += terms.get(i).length();
        }
        starts[terms.size()] = length;
        byte[] text = new byte[length];
        for (int i = 0; i < terms.size(); i++) {
            byte[] b = terms.get(i).getBytes(StandardCharsets.US_ASCII);
            System.arraycopy(b, 0, text, starts[i], b.length);
        }
        return new Vocabulary(text, starts);
    }

    public int size() {
        return starts.length - 1;
    }

    /** The id of {@code term}, or -1 when it is not in the vocabulary. */
    public int id(CharSequence term) {
        int slot = hash(term) & mask;
        while (true) {
            int id = slots[slot];
            if (id == EMPTY || equals(id, term)) {
                return id;
            }
            slot = (slot + 1) & mask;
        }
    }

    public boolean contains(CharSequence term) {
        return id(term) >= 0;
    }

    /** The term numbered {@code id} (a new String each call). */
    public String term(int id) {
        return new String(text, starts[id], starts[id + 1] - starts[id], StandardCharsets.US_ASCII);
    }

    /** Bytes held, for size reports. */
    public long heapBytes() {
        return text.length + 4L * starts.length + 4L * slots.length;
    }

    private void insert(int id) {
        int start = starts[id];
        int end = starts[id + 1];
        int h = 0x811C9DC5;
        for (int i = start; i < end; i++) {
            int c = text[i];
            if (c < 0 || (c >= 'A' && c <= 'Z')) {
                throw new IllegalArgumentException("term " + id + " is not lower-case ASCII: " + term(id));
            }
            h = (h ^ c) * 0x01000193;
        }
        int slot = mix(h) & mask;
        while (slots[slot] != EMPTY) {
            if (sameTerm(slots[slot], id)) {
                throw new IllegalArgumentException("duplicate term " + term(id));
            }
            slot = (slot + 1) & mask;
        }
        slots[slot] = id;
    }

    // FNV-1a over the folded characters; a character beyond ASCII hashes as itself and never matches.
    private static int hash(CharSequence s) {
        int h = 0x811C9DC5;
        for (int i = 0; i < s.length(); i++) {
            h = (h ^ fold(s.charAt(i))) * 0x01000193;
        }
        return mix(h);
    }

    private static int mix(int h) {
        return h ^ (h >>> 16);
    }

    private static int fold(char c) {
        return c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c;
    }

    private boolean equals(int id, CharSequence s) {
        int start = starts[id];
        int length = starts[id + 1] - start;
        if (length != s.length()) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (text[start + i] != fold(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private boolean sameTerm(int a, int b) {
        return Arrays.equals(text, starts[a], starts[a + 1], text, starts[b], starts[b + 1]);
    }
}
