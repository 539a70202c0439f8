package org.unspin.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ScoreCommandTest {

    private static final Path PAIR = Path.of("src/test/resources/pairs/cnbc-small-caps");

    @TempDir
    Path work;

    private record Run(int exitCode, String out, String err) {
    }

    private static Run score(String... arguments) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exitCode = new CommandLine(new ScoreCommand())
                .setOut(new PrintWriter(out, true))
                .setErr(new PrintWriter(err, true))
                .execute(arguments);
        return new Run(exitCode, out.toString(), err.toString());
    }

    @Test
    void referencePairAsJson() throws IOException {
        Run run = score("--original", PAIR.resolve("original.txt").toString(),
                "--candidate", PAIR.resolve("spun.txt").toString(),
                "--spun", PAIR.resolve("spun.txt").toString(), "--format", "json");
        assertEquals(0, run.exitCode(), run.err());
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertEquals(42.48, json.get("wer").asDouble());
        for (String field : new String[] {"cer", "bleu", "chrf", "recall", "f05", "counts", "baseline"}) {
            assertTrue(json.hasNonNull(field), field);
        }
        // the spun text as candidate makes no edit: its precision is undefined, and so is the change
        assertTrue(json.has("precision") && json.get("precision").isNull(), run.out());
        assertTrue(json.get("baseline").get("precision").isNull(), run.out());
        assertTrue(json.get("relative_improvement").get("precision").isNull(), run.out());
    }

    @Test
    void registeredInTheMainCommand() {
        PrintStream stdout = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            assertEquals(0, Main.run("score", "--help"));
        } finally {
            System.setOut(stdout);
        }
        String help = captured.toString(StandardCharsets.UTF_8);
        assertTrue(help.startsWith("Usage: unspin score --original O --candidate C [--spun S]\n"
                + "                    [--format text|json|html] [--out FILE]\n"), help);
        assertTrue(help.contains("--candidate=C"), help);
    }

    @Test
    void tokenPerLineAndRunningTextGiveTheSameScore() throws IOException {
        Path lines = Files.writeString(work.resolve("lines.txt"), "New\nYork\nCity.\n");
        Path prose = Files.writeString(work.resolve("prose.txt"), "\uFEFFNew York City.");
        Path candidate = Files.writeString(work.resolve("candidate.txt"), "New York town.");
        Run fromLines = score("--original", lines.toString(), "--candidate", candidate.toString(), "--format", "json");
        Run fromProse = score("--original", prose.toString(), "--candidate", candidate.toString(), "--format", "json");
        assertEquals(0, fromLines.exitCode(), fromLines.err());
        assertEquals(fromLines.out(), fromProse.out(), "a byte-order mark and line layout change nothing");
        assertEquals(25.0, new ObjectMapper().readTree(fromLines.out()).get("wer").asDouble());
    }

    @Test
    void writesTheReportToAFile() throws IOException {
        Path text = Files.writeString(work.resolve("t.txt"), "a b c");
        Path html = work.resolve("report.html");
        Run run = score("--original", text.toString(), "--candidate", text.toString(), "--spun", text.toString(),
                "--format", "html", "--out", html.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("", run.out());
        String page = Files.readString(html);
        assertTrue(page.startsWith("<!DOCTYPE html>"));
        assertTrue(page.contains("<dt>original</dt><dd>" + text + "</dd>") && page.contains("<dt>engine</dt><dd>unspin "), page);
    }

    @Test
    void textIsTheDefaultFormat() throws IOException {
        Path text = Files.writeString(work.resolve("t.txt"), "a b c");
        Run run = score("--original", text.toString(), "--candidate", text.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("metric      candidate\nWER %            0.00\n"), run.out());
    }

    @Test
    void problemsEndWithExitCode2AndOneLine() throws IOException {
        Path text = Files.writeString(work.resolve("t.txt"), "a b c");
        String t = text.toString();
        assertUsageError(score("--original", work.resolve("missing.txt").toString(), "--candidate", t), "no such file");
        assertUsageError(score("--original", work.toString(), "--candidate", t), "is a directory");
        assertUsageError(score("--candidate", t), "missing --original");
        assertUsageError(score("--original", t), "missing --candidate");
        assertUsageError(score("--candidate", t, "--original"), "--original needs a file name");
        assertUsageError(score("--original", "--candidate", t), "--original needs a file name");
        assertUsageError(score("--original", t, "--candidate", t, "--format"), "--format must be text, json or html, not ''");
        assertUsageError(score("--original", t, "--candidate", t, "--format", "pdf"), "--format must be text, json or html");
        assertUsageError(score("--original", t, "--candidate", t, "--bogus"), "unknown argument '--bogus'");
        assertUsageError(score("--original", t, "--candidate", t, "--out", work.resolve("no/such/dir/x").toString()),
                "cannot write");
    }

    private static void assertUsageError(Run run, String message) {
        assertEquals(2, run.exitCode(), run.err());
        assertEquals("", run.out());
        assertTrue(run.err().startsWith("unspin score: ") && run.err().contains(message), run.err());
        assertEquals(1, run.err().lines().count(), "one line: " + run.err());
    }
}
