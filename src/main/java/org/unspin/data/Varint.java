package org.unspin.data;

import java.io.ByteArrayOutputStream;

/**
 * Unsigned LEB128 integers: 7 bits a byte, low bits first, high bit set on every byte but the
 * last. Sorted id lists are stored as gaps, and most gaps fit one byte.
 */
public final class Varint {

    private Varint() {
    }

    /** Appends {@code value} (not negative). */
    public static void write(ByteArrayOutputStream out, int value) {
        if (value < 0) {
            throw new IllegalArgumentException("negative varint " + value);
        }
        while ((value & ~0x7F) != 0) {
            out.write((value & 0x7F) | 0x80);
            value >>>= 7;
        }
        out.write(value);
    }
}
