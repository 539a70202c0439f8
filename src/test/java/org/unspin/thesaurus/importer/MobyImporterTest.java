package org.unspin.thesaurus.importer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unspin.cli.CliRun;
import org.unspin.data.SampleRawData;
import org.unspin.lm.WordCounts;
import org.unspin.thesaurus.MobyThesaurus;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The importer on a hand-made words.txt: what it drops, what it keeps, and that its output loads. */
class MobyImporterTest {

    @TempDir
    Path dir;

    @Test
    void dropsRepeatsBadShapesAndRareHeads() throws IOException {
        ImportStats stats = MobyImporter.run(SampleRawData.MOBY_WORDS, SampleRawData.UNIGRAMS, dir.resolve("t.bin.gz"));
        assertEquals(new ImportStats(10, 31, 3, 3, 1, 2, 22, 7, 29), stats);
    }

    @Test
    void outputAnswersBothDirections() throws IOException {
        Path out = dir.resolve("t.bin.gz");
        MobyImporter.run(SampleRawData.MOBY_WORDS, SampleRawData.UNIGRAMS, out);
        MobyThesaurus t = MobyThesaurus.read(out);
        assertEquals(29, t.size());
        assertEquals(22, t.linkCount());
        assertEquals(7, t.headCount());
        assertEquals(List.of("mention", "remark", "state", "tell", "utter"), t.listedBy("say"));
        assertEquals(List.of("say"), t.headsListing("mention"));
        assertEquals(List.of("consider"), t.headsListing("take into account"));
        assertEquals(List.of("hospital"), t.headsListing("medical institution"));
        assertEquals(List.of("famous", "celebrated").stream().sorted().toList(), t.listedBy("well-known"));
        assertEquals(List.of("big", "great", "huge"), t.listedBy("large"));
        assertTrue(t.lists("data", "knowledge"));
        assertFalse(t.lists("knowledge", "data"));
        assertFalse(t.contains("zyzzyva"));     // head not in the unigram list
        assertFalse(t.contains("achilles"));    // capitalized head
        assertFalse(t.contains("say something"));
        assertEquals(List.of(), t.listedBy("mention"));
        assertEquals(List.of(), t.headsListing("unknown"));
    }

    @Test
    void sameInputGivesSameBytes() throws IOException {
        Path a = dir.resolve("a.bin.gz");
        Path b = dir.resolve("b.bin.gz");
        MobyImporter.run(SampleRawData.MOBY_WORDS, SampleRawData.UNIGRAMS, a);
        MobyImporter.run(SampleRawData.MOBY_WORDS, SampleRawData.UNIGRAMS, b);
        assertArrayEquals(Files.readAllBytes(a), Files.readAllBytes(b));
    }

    @Test
    void commandWritesBothDataSets() throws IOException {
        CliRun run = CliRun.of("import-language-data", "--moby", SampleRawData.MOBY_WORDS.toString(),
                "--unigrams", SampleRawData.UNIGRAMS.toString(), "--bigrams", SampleRawData.BIGRAMS.toString(),
                "--out", dir.toString());
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("kept 22 links from 7 heads"), run.out());
        assertEquals(List.of("say"), MobyThesaurus.read(dir.resolve("moby/thesaurus.bin.gz")).headsListing("tell"));
        assertEquals(100, WordCounts.read(dir.resolve("googlebooks")).count("say"));
    }

    @Test
    void commandReportsAMissingFile() {
        CliRun run = CliRun.of("import-language-data", "--moby", dir.resolve("nope.txt").toString(),
                "--unigrams", SampleRawData.UNIGRAMS.toString(), "--bigrams", SampleRawData.BIGRAMS.toString(),
                "--out", dir.toString());
        assertEquals(2, run.exit());
        assertTrue(run.err().contains("no such file"), run.err());
    }
}
