package org.unspin.data;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class VarintTest {

    @Test
    void roundTripsAndUsesOneByteBelow128() {
        int[] values = {0, 1, 127, 128, 300, 16_383, 16_384, 1 << 21, Integer.MAX_VALUE};
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int v : values) {
            Varint.write(out, v);
        }
        byte[] bytes = out.toByteArray();
        assertEquals(1 + 1 + 1 + 2 + 2 + 2 + 3 + 4 + 5, bytes.length);
        ByteCursor in = new ByteCursor(bytes);
        for (int v : values) {
            assertEquals(v, in.varint());
        }
        assertTrue(in.atEnd());
    }

    @Test
    void truncatedDataIsAnError() {
        assertThrows(IllegalStateException.class, () -> new ByteCursor(new byte[] {(byte) 0x80}).varint());
        assertThrows(IllegalArgumentException.class, () -> Varint.write(new ByteArrayOutputStream(), -1));
    }
}
