package org.unspin.spark;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Bytes to text as the command line reads a file: UTF-8 without its byte-order mark, bytes that
 * are not UTF-8 replaced by U+FFFD. (The command line's own decoder is internal to it; the job
 * must read a folder exactly as {@code restore --batch} does.)
 */
final class TextDecoding {

    private TextDecoding() {
    }

    static String utf8(byte[] bytes) {
        try {
            String s = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            return s.startsWith("\uFEFF") ? s.substring(1) : s;
        } catch (CharacterCodingException e) {
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }
}
