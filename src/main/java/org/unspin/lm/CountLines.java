package org.unspin.lm;

/**
 * Walks the lines of a counts file ({@link WordCountsFormat}): a fixed number of words, each
 * followed by one space, then a decimal count and LF. Offsets point into the caller's array.
 */
final class CountLines {

    private final byte[] bytes;
    private final int words;
    private final String name;
    private final int[] wordStarts;
    private final int[] wordEnds;
    private int position;
    private int line;
    private long number;

    CountLines(byte[] bytes, int words, String name) {
        this.bytes = bytes;
        this.words = words;
        this.name = name;
        this.wordStarts = new int[words];
        this.wordEnds = new int[words];
    }

    /** Lines in the file (it must end with LF). */
    int count() {
        if (bytes.length > 0 && bytes[bytes.length - 1] != '\n') {
            throw new IllegalStateException(name + ": the last line does not end with LF");
        }
        int n = 0;
        for (byte b : bytes) {
            if (b == '\n') {
                n++;
            }
        }
        return n;
    }

    /** Moves to the next line and parses it. */
    void next() {
        line++;
        for (int w = 0; w < words; w++) {
            wordStarts[w] = position;
            while (position < bytes.length && bytes[position] != ' ' && bytes[position] != '\n') {
                position++;
            }
            if (position >= bytes.length || bytes[position] != ' ' || position == wordStarts[w]) {
                throw malformed();
            }
            wordEnds[w] = position++;
        }
        long value = 0;
        int digits = 0;
        while (position < bytes.length && bytes[position] != '\n') {
            int d = bytes[position++] - '0';
            if (d < 0 || d > 9 || digits++ > 18) {
                throw malformed();
            }
            value = value * 10 + d;
        }
        if (digits == 0 || position >= bytes.length) {
            throw malformed();
        }
        position++;
        number = value;
    }

    int wordStart(int w) {
        return wordStarts[w];
    }

    int wordEnd(int w) {
        return wordEnds[w];
    }

    long number() {
        return number;
    }

    private IllegalStateException malformed() {
        return new IllegalStateException(name + " line " + line + ": expected " + words + " word(s), a space each, then a count");
    }
}
