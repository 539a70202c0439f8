package org.unspin.lm.importer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unspin.data.SampleRawData;
import org.unspin.lm.WordCounts;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The importer on hand-made SymSpell lists (byte-order mark, CRLF, a pair with an unknown word). */
class WordCountsImporterTest {

    @TempDir
    Path dir;

    @Test
    void writesNormalizedListsMostFrequentFirst() throws IOException {
        WordCountsImporter.Report r = WordCountsImporter.run(SampleRawData.UNIGRAMS, SampleRawData.BIGRAMS, dir);
        assertEquals(new WordCountsImporter.Report(12, 3, 2), r);
        assertEquals("""
                the 23135851162
                of 13151942776
                thee 8564377
                don't 300000
                say 100
                data 90
                consider 80
                web 70
                hospital 60
                known 50
                well 50
                large 40
                """, gunzip(dir.resolve("unigrams.txt.gz")));
        assertEquals("of the 177045273024\nthe web 500\n", gunzip(dir.resolve("bigrams.txt.gz")));
    }

    @Test
    void outputLoads() throws IOException {
        WordCountsImporter.run(SampleRawData.UNIGRAMS, SampleRawData.BIGRAMS, dir);
        WordCounts counts = WordCounts.read(dir);
        assertEquals(12, counts.wordCount());
        assertEquals(2, counts.pairCount());
        assertEquals(500, counts.count("the", "web"));
        assertEquals(0, counts.count("web", "the"));
        assertEquals(0, counts.count("in", "the"));
        assertEquals(300000, counts.count("don't"));
    }

    @Test
    void rejectsMalformedLines() throws IOException {
        Path bad = dir.resolve("bad.txt");
        Files.writeString(bad, "the 1\nThe 2\n");
        IOException e = assertThrows(IOException.class, () -> CountListReader.read(bad, 1));
        assertEquals(bad + ":2: not a lower-case word: The", e.getMessage());
        Files.writeString(bad, "the\n");
        assertThrows(IOException.class, () -> CountListReader.read(bad, 1));
        Files.writeString(bad, "the 1\nthe 2\n");
        assertThrows(IOException.class, () -> WordCountsImporter.run(bad, SampleRawData.BIGRAMS, dir));
    }

    private static String gunzip(Path file) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            return new String(in.readAllBytes(), StandardCharsets.US_ASCII);
        }
    }
}
