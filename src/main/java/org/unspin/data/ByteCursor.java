package org.unspin.data;

import java.nio.charset.StandardCharsets;

/** Reads varints and raw bytes from a byte array, front to back; a truncated array is an error. */
public final class ByteCursor {

    private final byte[] bytes;
    private int position;

    public ByteCursor(byte[] bytes) {
        this.bytes = bytes;
    }

    /** The next {@link Varint}. */
    public int varint() {
        int value = 0;
        for (int shift = 0; shift < 35; shift += 7) {
            int b = next();
            value |= (b & 0x7F) << shift;
            if ((b & 0x80) == 0) {
                return value;
            }
        }
        throw new IllegalStateException("malformed varint at byte " + position);
    }

    /** Copies the next {@code length} bytes into {@code target} at {@code offset}. */
    public void copy(byte[] target, int offset, int length) {
        require(length);
        System.arraycopy(bytes, position, target, offset, length);
        position += length;
    }

    /** Consumes {@code expected} or fails with a message naming {@code what}. */
    public void expect(String expected, String what) {
        byte[] e = expected.getBytes(StandardCharsets.US_ASCII);
        require(e.length);
        for (int i = 0; i < e.length; i++) {
            if (bytes[position + i] != e[i]) {
                throw new IllegalStateException("not " + what + " (expected header \"" + expected.strip() + "\")");
            }
        }
        position += e.length;
    }

    public boolean atEnd() {
        return position == bytes.length;
    }

    private int next() {
        require(1);
        return bytes[position++] & 0xFF;
    }

    private void require(int n) {
        if (n < 0 || position + n > bytes.length) {
            throw new IllegalStateException("truncated data: " + n + " bytes wanted at byte " + position + " of " + bytes.length);
        }
    }
}
