package org.unspin.lm;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The bundled Google Books counts load and answer known look-ups. */
class WordCountsTest {

    private static WordCounts counts;

    @BeforeAll
    static void load() {
        counts = WordCounts.bundled();
    }

    @Test
    void sizesAndTotal() {
        assertEquals(82_765, counts.wordCount());
        assertEquals(242_342, counts.pairCount());
        assertEquals(541_613_984_156L, counts.total());
    }

    @Test
    void wordCounts() {
        assertEquals(23_135_851_162L, counts.count("the"));
        assertTrue(counts.count("the") > counts.count("thee"));
        assertTrue(counts.count("thee") > 0);
        assertTrue(counts.count("said") > counts.count("mentioned"));
        assertEquals(counts.count("the"), counts.count("The"));
        assertEquals(0, counts.count("zzzqx"));
        assertEquals(0, counts.count("the "));
        assertTrue(counts.count("don't") > 0);
    }

    @Test
    void pairCounts() {
        assertEquals(177_045_273_024L, counts.count("of", "the"));
        assertEquals(9_038_592L, counts.count("federal", "reserve"));
        assertEquals(0, counts.count("federal", "reservoir"));   // not a frequent pair: absence says little on its own
        assertEquals(0, counts.count("zzzqx", "the"));
    }

    @Test
    void log10FrequencyHasAFloorBelowEveryListedWord() {
        assertEquals(Math.log10(23_135_851_162.0 / 541_613_984_156.0), counts.log10Frequency("the"), 1e-12);
        double floor = counts.unseenLog10Frequency();
        assertEquals(Math.log10(12_714 / 2.0 / 541_613_984_156.0), floor, 1e-12);
        assertEquals(floor, counts.log10Frequency("zzzqx"));
        assertTrue(counts.log10Frequency("thee") > floor);
    }
}
