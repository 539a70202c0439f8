package org.unspin.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every command reads a document the same way (io.TextFiles, README "Text files"): UTF-8, a
 * byte-order mark dropped, bytes that are not UTF-8 replaced by U+FFFD with one warning. Shown
 * through both commands that take an original: {@code score --original} and {@code restore --original}.
 */
class TextFilePolicyTest {

    private static final byte[] LATIN1 = {'T', 'h', 'e', ' ', 'c', 'a', 'f', (byte) 0xe9, ' ', 'o', 'p', 'e', 'n', 'e', 'd', '.'};
    private static final String REPLACED = "The caf\uFFFD opened.";

    @TempDir
    Path dir;

    @Test
    void scoreReadsAnOriginalThatIsNotUtf8WithAWarning() throws IOException {
        Path original = Files.write(dir.resolve("latin1.txt"), LATIN1);
        Path candidate = Files.writeString(dir.resolve("candidate.txt"), REPLACED);
        CliRun run = CliRun.of("score", "--original", original.toString(), "--candidate", candidate.toString());
        assertEquals(0, run.exit(), run.err());
        assertWarnedOnce(run, "latin1.txt");
        assertTrue(run.out().startsWith("metric      candidate\nWER %            0.00\n"), "read as the replaced text: " + run.out());
    }

    @Test
    void restoreReadsAnOriginalThatIsNotUtf8WithAWarning() throws IOException {
        Path original = Files.write(dir.resolve("latin1.txt"), LATIN1);
        Path spun = Files.writeString(dir.resolve("spun.txt"), REPLACED);
        CliRun run = CliRun.of("restore", "--original", original.toString(), spun.toString());
        assertEquals(0, run.exit(), run.err());
        assertWarnedOnce(run, "latin1.txt");
        assertTrue(run.out().contains("0.00"), "scored against the replaced text: " + run.out());
    }

    @Test
    void aByteOrderMarkIsNotTextForEitherCommand() throws IOException {
        Path plain = Files.writeString(dir.resolve("plain.txt"), "The shop opened.");
        byte[] text = "The shop opened.".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] withMark = new byte[text.length + 3];
        withMark[0] = (byte) 0xEF;
        withMark[1] = (byte) 0xBB;
        withMark[2] = (byte) 0xBF;
        System.arraycopy(text, 0, withMark, 3, text.length);
        Path marked = Files.write(dir.resolve("marked.txt"), withMark);
        CliRun score = CliRun.of("score", "--original", marked.toString(), "--candidate", plain.toString());
        assertEquals(0, score.exit(), score.err());
        assertTrue(score.out().startsWith("metric      candidate\nWER %            0.00\n"), score.out());
        CliRun restore = CliRun.of("restore", marked.toString());
        assertEquals(0, restore.exit(), restore.err());
        assertEquals(CliRun.of("restore", plain.toString()).out(), restore.out());
    }

    private static void assertWarnedOnce(CliRun run, String file) {
        long warnings = run.err().lines().filter(l -> l.startsWith("warning: ") && l.contains(file)
                && l.endsWith("bytes that are not UTF-8 were replaced by U+FFFD")).count();
        assertEquals(1, warnings, run.err());
    }
}
