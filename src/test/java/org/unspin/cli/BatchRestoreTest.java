package org.unspin.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unspin.RestoreOptions;
import org.unspin.TestEngines;
import org.unspin.TestTexts;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BatchRestoreTest {

    private static final String SPUN = "The Federal Reservoir chair survived a killing try. Little hats rallied.\n";
    private static final String CLEAN = "The Federal Reserve chair spoke on Tuesday.\n";

    @TempDir
    Path tmp;

    private final ByteArrayOutputStream stderr = new ByteArrayOutputStream();
    private PrintStream savedErr;

    @BeforeEach
    void captureStderr() {
        savedErr = System.err;
        System.setErr(new PrintStream(stderr, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restoreStderr() {
        System.setErr(savedErr);
    }

    private Path inputs() throws IOException {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(in.resolve("a-spun.txt"), SPUN);
        Files.writeString(in.resolve("b-clean.txt"), CLEAN);
        Files.writeString(in.resolve("notes.md"), SPUN); // not .txt: left alone
        Files.createDirectories(in.resolve("sub"));
        Files.writeString(in.resolve("sub/c-reference.txt"), TestTexts.referenceSpun());
        return in;
    }

    @Test
    void restoresEveryTxtFileAndWritesASummary() throws IOException {
        Path in = inputs();
        Path out = tmp.resolve("out");
        int code = Main.run("restore", "--batch", in.toString(), "--out", out.toString(), "--threads", "2");
        assertEquals(0, code, stderr.toString(StandardCharsets.UTF_8));
        assertEquals(TestEngines.defaults().restore(SPUN).text(), Files.readString(out.resolve("a-spun.txt")));
        assertEquals(CLEAN, Files.readString(out.resolve("b-clean.txt")));
        assertEquals(TestEngines.defaults().restore(TestTexts.referenceSpun()).text(), Files.readString(out.resolve("sub/c-reference.txt")));
        assertFalse(Files.exists(out.resolve("notes.md")));

        List<JsonNode> summary = summary(out);
        assertEquals(List.of("a-spun.txt", "b-clean.txt", "sub/c-reference.txt"), summary.stream().map(n -> n.get("name").asText()).toList());
        for (JsonNode n : summary) {
            assertTrue(n.get("tokens").asInt() > 0, n.toString());
            assertNotNull(n.get("edits"), n.toString());
            assertTrue(n.get("milliseconds").asLong() >= 0, n.toString());
        }
        assertTrue(summary.get(0).get("edits").asInt() >= 3, summary.get(0).toString());
        assertEquals(0, summary.get(1).get("edits").asInt());
        assertTrue(stderr.toString(StandardCharsets.UTF_8).contains("restored 3 of 3 files"), stderr.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aBadFileIsReportedAndTheOthersAreStillRestored() throws IOException {
        Path in = inputs();
        Files.createDirectories(in.resolve("folder.txt")); // a directory where a file was expected
        Files.write(in.resolve("latin1.txt"), "Caf\u00e9 prices rose.\n".getBytes(StandardCharsets.ISO_8859_1));
        Path out = tmp.resolve("out");
        int code = Main.run("restore", "--batch", in.toString(), "--out", out.toString(), "--threads", "2");
        String err = stderr.toString(StandardCharsets.UTF_8);
        assertEquals(1, code, err);
        assertTrue(err.contains("1 file failed"), err);
        assertTrue(err.contains("folder.txt: is a directory"), err);
        assertTrue(err.contains("warning: latin1.txt: bytes that are not UTF-8"), err);
        assertTrue(Files.exists(out.resolve("a-spun.txt")));
        assertTrue(Files.exists(out.resolve("latin1.txt")));
        assertTrue(Files.exists(out.resolve("sub/c-reference.txt")));
        Map<String, JsonNode> byName = new TreeMap<>();
        summary(out).forEach(n -> byName.put(n.get("name").asText(), n));
        assertEquals("is a directory, not a file", byName.get("folder.txt").get("error").asText());
        assertTrue(byName.get("latin1.txt").has("warning"));
        assertEquals(5, byName.size());
    }

    @Test
    void oneAndTwoThreadsWriteIdenticalFiles() throws IOException {
        Path in = Files.createDirectories(tmp.resolve("many"));
        String[] texts = {SPUN, CLEAN, TestTexts.referenceSpun(), SPUN + CLEAN, "Hopes of rate of interest decreases lifted stocks.\n"};
        for (int i = 0; i < 40; i++) {
            Files.writeString(in.resolve(String.format("doc-%02d.txt", i)), texts[i % texts.length]);
        }
        Map<String, String> one = restoreAll(in, tmp.resolve("one"), 1);
        Map<String, String> two = restoreAll(in, tmp.resolve("two"), 2);
        assertEquals(41, one.size());
        assertEquals(one.keySet(), two.keySet());
        for (String name : one.keySet()) {
            if (!name.equals(BatchRestorer.SUMMARY)) {
                assertEquals(one.get(name), two.get(name), name);
            }
        }
        assertEquals(withoutMillis(one.get(BatchRestorer.SUMMARY)), withoutMillis(two.get(BatchRestorer.SUMMARY)));
    }

    @Test
    void jsonFormatWritesOneJsonFilePerInput() throws IOException {
        Path in = inputs();
        Path out = tmp.resolve("out");
        assertEquals(0, Main.run("restore", "--batch", in.toString(), "--out", out.toString(), "--format", "json"));
        JsonNode doc = JsonOutput.MAPPER.readTree(out.resolve("a-spun.json").toFile());
        assertEquals(TestEngines.defaults().restore(SPUN).text(), doc.get("text").asText());
        assertTrue(doc.get("edits").size() >= 3);
    }

    @Test
    void usageErrorsExitWithTwo() throws IOException {
        Path in = inputs();
        assertEquals(2, Main.run("restore", "--batch", in.toString()));
        assertEquals(2, Main.run("restore", "--threads", "2", tmp.resolve("o").toString()));
        assertEquals(2, Main.run("restore", "--batch", tmp.resolve("missing").toString(), "--out", tmp.resolve("o").toString()));
        assertEquals(2, Main.run("restore", "--batch", in.toString(), "--out", in.toString()));
        assertEquals(2, Main.run("restore", "--batch", in.toString(), "--out", tmp.resolve("o").toString(), "--threads", "0"));
        assertEquals(2, Main.run("restore", "--batch", in.toString(), "--out", tmp.resolve("o").toString(), "extra.txt"));
    }

    @Test
    void plainProgressLinesWhenNotOnATerminal() throws IOException {
        Path in = inputs();
        ByteArrayOutputStream progressOut = new ByteArrayOutputStream();
        PrintStream progress = new PrintStream(progressOut, true, StandardCharsets.UTF_8);
        BatchRestorer restorer = new BatchRestorer(TestEngines.defaults(), RestoreOptions.defaults(), false, 1);
        BatchRestorer.Summary s = restorer.run(in, tmp.resolve("out"), new BatchRestorer.BatchProgress(progress, false, 1));
        assertEquals(3, s.results().size());
        String lines = progressOut.toString(StandardCharsets.UTF_8);
        assertFalse(lines.contains("\r"), lines);
        ByteArrayOutputStream barOut = new ByteArrayOutputStream();
        restorer.run(in, tmp.resolve("out2"), new BatchRestorer.BatchProgress(new PrintStream(barOut, true, StandardCharsets.UTF_8), true, 1));
        String bar = barOut.toString(StandardCharsets.UTF_8);
        assertTrue(bar.contains("\r[") && bar.contains("3/3 files") && bar.contains("tokens/s") && bar.contains("ETA"), bar);
    }

    private static Map<String, String> restoreAll(Path in, Path out, int threads) throws IOException {
        BatchRestorer restorer = new BatchRestorer(TestEngines.defaults(), RestoreOptions.defaults(), false, threads);
        restorer.run(in, out, BatchRestorer.BatchProgress.silent());
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> s = Files.list(out)) {
            for (Path p : s.toList()) {
                files.put(p.getFileName().toString(), Files.readString(p));
            }
        }
        return files;
    }

    private static String withoutMillis(String summary) {
        return summary.replaceAll("\"milliseconds\":\\d+", "");
    }

    private static List<JsonNode> summary(Path out) throws IOException {
        List<JsonNode> nodes = new ArrayList<>();
        for (String line : Files.readAllLines(out.resolve(BatchRestorer.SUMMARY))) {
            nodes.add(JsonOutput.MAPPER.readTree(line));
        }
        return nodes;
    }
}
