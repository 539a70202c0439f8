package org.unspin.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The rough edges a new user met on the command line (issue 12), each through the command line. */
class CommandLineFrictionsTest {

    private static final Path SPUN = Path.of("examples/cnbc-small-caps/spun.txt");
    private static final Path ORIGINAL = Path.of("examples/cnbc-small-caps/original.txt");

    @Test
    void anUndefinedMetricReadsNotApplicableAndHasNoChange() throws IOException {
        CliRun text = CliRun.of("restore", SPUN.toString(), "--original", ORIGINAL.toString());
        assertEquals(0, text.exit(), text.err());
        // the spun text makes no edit: its precision is undefined, not 1, and there is no change to give
        assertTrue(java.util.regex.Pattern.compile("\nprecision +0\\.\\d{4} +n/a\n").matcher(text.out()).find(), text.out());
        CliRun json = CliRun.of("restore", SPUN.toString(), "--original", ORIGINAL.toString(), "--format", "json");
        JsonNode tree = JsonOutput.MAPPER.readTree(json.out());
        assertTrue(tree.get("baseline").get("precision").isNull(), json.out());
        assertTrue(tree.get("relative_improvement").get("precision").isNull(), json.out());
        CliRun html = CliRun.of("restore", SPUN.toString(), "--original", ORIGINAL.toString(), "--format", "html");
        assertTrue(html.out().matches("(?s).*<tr data-metric=\"precision\"><th>precision</th><td>0\\.\\d{4}</td><td>n/a</td><td></td></tr>.*"),
                "precision row of the HTML page");
    }

    @Test
    void detectCountsWordsNotSpaces() {
        CliRun one = CliRun.withInput("word".getBytes(), "detect");
        assertEquals(0, one.exit(), one.err());
        assertTrue(one.out().contains("): 1 word; per 100 words"), one.out());
        String text = "The Federal Reservoir chair survived a killing try, said the Head of state.";
        CliRun single = CliRun.withInput(text.getBytes(), "detect");
        CliRun doubled = CliRun.withInput(text.replace(" ", "  ").getBytes(), "detect");
        assertTrue(single.out().contains(": 13 words;"), single.out());
        assertEquals(single.out().lines().findFirst(), doubled.out().lines().findFirst(), "spacing changes nothing");
    }

    @Test
    void aFileThatCannotBeWrittenIsNamedWithTheReason(@TempDir Path dir) {
        Path out = dir.resolve("no/such/dir/out.txt");
        CliRun r = CliRun.withInput("Text.".getBytes(), "restore", "--out", out.toString());
        assertEquals(2, r.exit(), r.err());
        assertEquals(List.of("unspin: cannot write " + out + ": no such directory " + out.getParent()), r.err().lines().toList());
    }

    @Test
    void aLexiconOrRulesFolderWithNoUsableFileIsNamed(@TempDir Path dir) throws IOException {
        Path empty = Files.createDirectory(dir.resolve("empty"));
        Files.writeString(empty.resolve("README.md"), "no data here");
        CliRun lexicon = CliRun.withInput("Text.".getBytes(), "restore", "--lexicon", empty.toString());
        assertEquals(2, lexicon.exit(), lexicon.err());
        assertEquals(List.of("unspin: " + empty + ": no .tsv file in this folder"), lexicon.err().lines().toList());
        CliRun rules = CliRun.withInput("Text.".getBytes(), "restore", "--rules", empty.toString());
        assertEquals(2, rules.exit(), rules.err());
        assertEquals(List.of("unspin: " + empty + ": no .drl, .dsl or .dslr file in this folder"), rules.err().lines().toList());
    }

    @Test
    void anUnknownOptionIsNamedAloneNotTheFileAfterIt() {
        CliRun r = CliRun.of("explain", "--format", "json", "article.txt");
        assertEquals(2, r.exit(), r.err());
        assertEquals(List.of("unspin: Unknown option: '--format' (see --help)"), r.err().lines().toList());
    }

    @Test
    void noCommandPrintsTheUsageAndFails() {
        CliRun r = CliRun.of();
        assertEquals(2, r.exit());
        assertTrue(r.err().startsWith("Usage: unspin "), r.err());
        assertTrue(r.err().contains("restore"), r.err());
        assertEquals("", r.out());
    }

    @Test
    void readingATerminalSaysSoOnStderr() {
        CliRun terminal = CliRun.onTerminal("detect");
        assertEquals(0, terminal.exit(), terminal.err());
        assertEquals(List.of(InputFiles.TERMINAL_HINT), terminal.err().lines().toList());
        CliRun pipe = CliRun.of("detect");
        assertEquals("", pipe.err(), "no hint when the input is piped");
    }

    @Test
    void helpDocumentsDebugAndIsWhole() {
        CliRun top = CliRun.of("--help");
        assertTrue(top.out().contains("--debug     On an error, also print the stack trace."), top.out());
        String restore = CliRun.of("restore", "--help").out();
        assertTrue(restore.contains("--debug "), restore);
        for (String command : List.of("restore", "explain", "check", "regress", "mine", "detect", "score", "import-pps")) {
            String help = CliRun.of(command, "--help").out();
            assertTrue(help.lines().allMatch(line -> line.length() <= HelpLayout.WIDTH), command + ":\n" + help);
            // no word split after a full stop, as in "every ." / "txt file" or "F0." / "5"
            assertFalse(help.matches("(?s).*\\S\\.\\n\\s*[a-z0-9].*"), command + ":\n" + help);
        }
        String list = top.out().replaceAll("\\s+", " ");
        assertTrue(list.contains("exit 1 when a pair got worse."), "regress described whole: " + top.out());
        assertTrue(list.contains("Texts may be running text or one token per line."), "score described whole: " + top.out());
        assertTrue(list.contains("whose name ends in .txt)"), top.out());
    }

    @Test
    void mineComparesAPhraseWithThePhrase(@TempDir Path dir) throws IOException {
        // no lexicon entry restores "speedy tan": the multiword row is not restored, and must not say so
        Path original = Files.writeString(dir.resolve("o.txt"), "The quick brown fox jumped over the lazy dog.");
        Path spun = Files.writeString(dir.resolve("s.txt"), "The speedy tan fox jumped over the lazy dog.");
        CliRun r = CliRun.of("mine", "--original", original.toString(), "--spun", spun.toString());
        assertEquals(0, r.exit(), r.err());
        String row = r.out().lines().filter(l -> l.startsWith("speedy tan\t")).findFirst().orElseThrow(() -> new AssertionError(r.out()));
        assertFalse(row.contains("already restored"), row);
    }

    @Test
    void regressSaysWhenThereIsNoBaselineAndWhereTheProjectsIs(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("a.original.txt"), "The Federal Reserve cut rates.");
        Files.writeString(dir.resolve("a.spun.txt"), "The Federal Reservoir cut rates.");
        CliRun r = CliRun.of("regress", dir.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("no pair has a baseline to compare with"), r.out());
        assertFalse(r.out().contains("pairs worse than the baseline"), r.out());
        assertTrue(r.err().contains("no baseline at " + dir.resolve("baseline.tsv")), r.err());
        assertTrue(r.err().contains("src/test/resources/baselines/regress.tsv"), r.err());
    }

    @Test
    void batchSummarySaysWhetherEachDocumentWasJudgedSpun(@TempDir Path dir) throws IOException {
        Path in = Files.createDirectory(dir.resolve("in"));
        Files.copy(SPUN, in.resolve("spun.txt"));
        Files.writeString(in.resolve("clean.txt"), "The committee met on Tuesday and approved the budget.");
        CliRun r = CliRun.of("restore", "--batch", in.toString(), "--out", dir.resolve("out").toString(), "--threads", "1");
        assertEquals(0, r.exit(), r.err());
        List<String> lines = Files.readAllLines(dir.resolve("out").resolve(BatchRestorer.SUMMARY));
        JsonNode clean = JsonOutput.MAPPER.readTree(lines.get(0));
        JsonNode spun = JsonOutput.MAPPER.readTree(lines.get(1));
        assertEquals("spun.txt", spun.get("name").asText());
        assertTrue(spun.get("spun").asBoolean(), lines.get(1));
        assertTrue(spun.get("spinRisk").asDouble() >= 60, lines.get(1));
        assertFalse(clean.get("spun").asBoolean(), lines.get(0));
        assertEquals(0.0, clean.get("spinRisk").asDouble(), lines.get(0));
    }

    @Test
    void aScrapingRepairNamesItsSource() throws IOException {
        CliRun r = CliRun.withInput("Stocks rose&amp;fell today. Prices held.".getBytes(), "restore", "--format", "json");
        assertEquals(0, r.exit(), r.err());
        JsonNode edits = JsonOutput.MAPPER.readTree(r.out()).get("edits");
        assertFalse(edits.isEmpty(), r.out());
        for (JsonNode edit : edits) {
            assertFalse(edit.get("source").isNull(), "every edit names its source: " + edit);
        }
        assertTrue(r.out().contains("\"source\" : \"built-in: normalize: HTML entity\""), r.out());
    }
}
