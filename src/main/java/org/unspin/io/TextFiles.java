package org.unspin.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

/**
 * The one way Unspin turns the bytes of a text file into text. Every file is UTF-8, and a UTF-8
 * byte-order mark at its start is dropped (it is not text: left in, it would become a token of
 * its own or a column name). Bytes that are not UTF-8 are treated by what the file is:
 * <ul>
 *   <li><b>documents</b> (the texts to restore, explain, detect, score or regress, and their
 *   originals) are read <b>leniently</b>: such bytes become U+FFFD and a warning says so, because
 *   scraped text is often broken and still worth restoring;</li>
 *   <li><b>rules, lexicon and other data files</b> (import sources, baselines) are read
 *   <b>strictly</b>: such bytes are an error naming the file (and, for rules and lexicon rows,
 *   the line), because a guess at what a rule or row says would change what the engine does.</li>
 * </ul>
 */
public final class TextFiles {

    /** The warning of a lenient read that replaced bytes. */
    public static final String REPLACED = "bytes that are not UTF-8 were replaced by U+FFFD";

    private TextFiles() {
    }

    /** Whether the bytes start with the UTF-8 byte-order mark (EF BB BF). */
    public static boolean startsWithByteOrderMark(byte[] bytes) {
        return bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF;
    }

    /** The bytes without a leading UTF-8 byte-order mark. */
    public static byte[] withoutByteOrderMark(byte[] bytes) {
        return startsWithByteOrderMark(bytes) ? Arrays.copyOfRange(bytes, 3, bytes.length) : bytes;
    }

    /**
     * A document's text, read leniently: UTF-8 without its byte-order mark; bytes that are not
     * UTF-8 become U+FFFD and {@code warnings} is told {@link #REPLACED}.
     */
    public static String document(byte[] bytes, Consumer<String> warnings) {
        String s;
        try {
            s = strictDecoder().decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            warnings.accept(REPLACED);
            s = new String(bytes, StandardCharsets.UTF_8);
        }
        return s.startsWith("\uFEFF") ? s.substring(1) : s;
    }

    /** A document file, read leniently as {@link #document(byte[], Consumer)} does. */
    public static String document(Path file, Consumer<String> warnings) throws IOException {
        return document(Files.readAllBytes(file), warnings);
    }

    /**
     * The lines of a data file (an import source, a baseline), read strictly: UTF-8 without its
     * byte-order mark; bytes that are not UTF-8 throw {@link java.nio.charset.MalformedInputException}.
     */
    public static List<String> strictLines(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        if (!lines.isEmpty() && lines.get(0).startsWith("\uFEFF")) {
            List<String> copy = new ArrayList<>(lines);
            copy.set(0, lines.get(0).substring(1));
            return copy;
        }
        return lines;
    }

    /** Bytes {@code [start, end)} read strictly as UTF-8, or null when they are not UTF-8. */
    public static String strict(byte[] bytes, int start, int end) {
        try {
            return strictDecoder().decode(ByteBuffer.wrap(bytes, start, end - start)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /** Offset of the first byte that is not part of valid UTF-8, or -1 when all of them are. */
    public static int firstNonUtf8Byte(byte[] bytes) {
        CharsetDecoder strict = strictDecoder();
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(8192);
        while (true) {
            CoderResult result = strict.decode(in, out, true);
            if (result.isError()) {
                return in.position();
            }
            if (!result.isOverflow()) {
                return -1;
            }
            out.clear();
        }
    }

    private static CharsetDecoder strictDecoder() {
        return StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    }
}
