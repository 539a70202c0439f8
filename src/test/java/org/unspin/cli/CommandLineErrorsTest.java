package org.unspin.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unspin.TestEngines;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What a user sees when something is wrong: one line on stderr, exit code 2 for usage and
 * unreadable files, no stack trace unless {@code --debug}. Odd input files are restored, not refused.
 */
class CommandLineErrorsTest {

    /** Exit code, stdout and stderr of one run. */
    record Run(int code, String out, String err) {
        List<String> errLines() {
            return err.lines().toList();
        }

        boolean hasStackTrace() {
            return err.lines().anyMatch(l -> l.startsWith("\tat ") || l.startsWith("Caused by:"));
        }
    }

    private static Run run(String... args) {
        return run(new byte[0], args);
    }

    private static Run run(byte[] stdin, String... args) {
        CliRun r = CliRun.withInput(stdin, args);
        return new Run(r.exit(), r.out(), r.err());
    }

    private static void assertOneLineUsageError(Run r, String expectedLine) {
        assertEquals(2, r.code(), r.err());
        assertEquals(List.of(expectedLine), r.errLines());
        assertFalse(r.hasStackTrace(), r.err());
        assertEquals("", r.out());
    }

    @Test
    void trainScorerRefusesARateOrSizeItCannotLearnFrom() {
        assertOneLineUsageError(run("train-scorer", "--rate", "0"), "unspin: --rate must be above 0 and at most 1, is 0.0");
        assertOneLineUsageError(run("train-scorer", "--words", "10"), "unspin: --words must be at least 1000, is 10");
    }

    @Test
    void trainScorerBuildsTheEngineItIsGiven(@TempDir Path dir) {
        // the engine options reach the engine it learns from: a missing model is named, not replaced by the bundled one
        String missing = dir.resolve("missing.arpa").toString();
        assertOneLineUsageError(run("train-scorer", "--words", "1000", "--lm", missing), "unspin: --lm " + missing + ": no such file");
    }

    @Test
    void aMissingFile(@TempDir Path dir) {
        String missing = dir.resolve("missing.txt").toString();
        assertOneLineUsageError(run("restore", missing), "unspin: " + missing + ": no such file");
        assertOneLineUsageError(run("explain", missing), "unspin: " + missing + ": no such file");
    }

    @Test
    void aDirectoryInsteadOfAFile(@TempDir Path dir) {
        assertOneLineUsageError(run("restore", dir.toString()), "unspin: " + dir + ": is a directory, not a file");
    }

    @Test
    void missingOptionValuesUnknownOptionsAndExtraArguments() {
        assertOneLineUsageError(run("restore", "--format"), "unspin: Missing required parameter for option '--format' (FORMAT) (see --help)");
        assertOneLineUsageError(run("restore", "--rules"), "unspin: Missing required parameter for option '--rules' (DIR) (see --help)");
        assertOneLineUsageError(run("restore", "--format", "xml", "x.txt"),
                "unspin: Invalid value for option '--format': expected one of [text, json, html] (case-sensitive) but was 'xml' (see --help)");
        assertOneLineUsageError(run("restore", "--bogus", "x.txt"), "unspin: Unknown option: '--bogus' (see --help)");
        assertOneLineUsageError(run("restore", "a.txt", "b.txt"), "unspin: Unmatched argument at index 2: 'b.txt' (see --help)");
        assertOneLineUsageError(run("frobnicate"), "unspin: Unmatched argument at index 0: 'frobnicate' (see --help)");
    }

    @Test
    void aMissingOrWrongRulesOrLexiconFolder(@TempDir Path dir) throws IOException {
        Path input = Files.writeString(dir.resolve("in.txt"), "Text.");
        Path nowhere = dir.resolve("nowhere");
        assertOneLineUsageError(run("restore", "--rules", nowhere.toString(), input.toString()), "unspin: " + nowhere + ": no such directory");
        assertOneLineUsageError(run("restore", "--lexicon", input.toString(), input.toString()), "unspin: " + input + ": not a directory");
    }

    @Test
    void debugShowsTheStackTrace(@TempDir Path dir) {
        String missing = dir.resolve("missing.txt").toString();
        Run r = run("restore", "--debug", missing);
        assertEquals(2, r.code());
        assertTrue(r.hasStackTrace(), r.err());
        assertTrue(r.err().contains("\tat org.unspin.cli.InputFiles.read"), r.err());
        assertTrue(r.errLines().contains("unspin: " + missing + ": no such file"), r.err());
        Run usage = run("--debug", "restore", "--format");
        assertEquals(2, usage.code());
        assertTrue(usage.hasStackTrace(), usage.err());
    }

    @Test
    void anEmptyFileGivesEmptyOutput(@TempDir Path dir) throws IOException {
        Path empty = Files.write(dir.resolve("empty.txt"), new byte[0]);
        Run r = run("restore", empty.toString());
        assertEquals(new Run(0, "", ""), r);
        Run fromStdin = run(new byte[0], "restore", "-");
        assertEquals(new Run(0, "", ""), fromStdin);
        Run json = run("restore", "--format", "json", empty.toString());
        assertEquals(0, json.code(), json.err());
        JsonNode node = JsonOutput.MAPPER.readTree(json.out());
        assertEquals("", node.get("text").asText());
        assertEquals(0, node.get("edits").size());
    }

    @Test
    void aBinaryFileIsRestoredWithAWarning(@TempDir Path dir) throws IOException {
        byte[] binary = new byte[64 * 1024];
        new Random(5).nextBytes(binary);
        binary[100] = (byte) 0xFF;
        binary[0] = 'x';
        Path file = Files.write(dir.resolve("blob.bin"), binary);
        Run r = run("restore", "--format", "json", file.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals(1, r.errLines().size(), r.err());
        assertTrue(r.errLines().get(0).matches("warning: .*blob\\.bin: bytes that are not UTF-8.* were replaced by U\\+FFFD"),
                r.err());
        String decoded = new String(binary, StandardCharsets.UTF_8);
        assertEquals(TestEngines.defaults().restore(decoded).text(), JsonOutput.MAPPER.readTree(r.out()).get("text").asText());
    }

    @Test
    void brokenLexiconFilesAreListedWithFileAndLineWithoutAStackTrace(@TempDir Path dir) throws IOException {
        Path lexicon = Files.createDirectory(dir.resolve("lexicon"));
        Files.writeString(lexicon.resolve("bad.tsv"), "spun\toriginal\nno original\nx\ty\tz\n");
        Path input = Files.writeString(dir.resolve("in.txt"), "Text.");
        Run r = run("restore", "--lexicon", lexicon.toString(), input.toString());
        assertEquals(1, r.code());
        assertFalse(r.hasStackTrace(), r.err());
        assertEquals(List.of("unspin: lexicon/bad.tsv:2: empty 'original' column",
                "lexicon/bad.tsv:3: row has 3 columns, the header has 2 (a stray tab?) (--debug shows the stack trace)"), r.errLines());
    }

    @Test
    void brokenRuleFilesAreListedWithFileAndLineAndNoCompilerLog(@TempDir Path dir) throws IOException {
        Path rules = Files.createDirectory(dir.resolve("rules"));
        Files.writeString(rules.resolve("bad.drl"), "package org.unspin.rules;\n\nrule \"bad\"\nwhen\n    Nope( \nthen\nend\n");
        Path input = Files.writeString(dir.resolve("in.txt"), "Text.");
        Run r = run("restore", "--rules", rules.toString(), input.toString());
        assertEquals(1, r.code());
        assertFalse(r.hasStackTrace(), r.err());
        assertTrue(r.errLines().get(0).startsWith("unspin: rules/bad.drl:"), r.err());
        assertTrue(r.errLines().stream().allMatch(l -> l.matches("(unspin: )?rules/bad\\.drl:\\d+.*")), r.err());
    }
}
