package org.unspin.candidates;

import org.junit.jupiter.api.Test;

import java.util.Locale;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

class FluencyEvidenceTest {

    private static FluencyEvidence evidence(double gain, double spunFit, double fit, double f1, double f2, double margin, double books) {
        return new FluencyEvidence(gain, spunFit, fit, f1, f2, "synonym", "wordnet+moby", 8, true, margin, true, books);
    }

    /** The hand-made formatting reads exactly as String.format would write it. */
    @Test
    void describesAsStringFormatWould() {
        Random random = new Random(11);
        for (int i = 0; i < 20_000; i++) {
            double gain = (random.nextDouble() - 0.3) * 8;
            double spunFit = (random.nextDouble() - 0.5) * 4;
            double fit = (random.nextDouble() - 0.5) * 4;
            double f1 = -random.nextDouble() * 8;
            double f2 = -random.nextDouble() * 8;
            double margin = (random.nextDouble() - 0.2) * 5;
            double books = (random.nextDouble() - 0.3) * 9;
            double times = Math.pow(10, gain);
            String expected = String.format(Locale.ROOT, "LM %+.1f (%sx)", gain,
                    times >= 10 ? String.format(Locale.ROOT, "%,.0f", times) : String.format(Locale.ROOT, "%.2f", times))
                    + String.format(Locale.ROOT, ", books %+.1f", books)
                    + String.format(Locale.ROOT, ", spun fit %+.1f vs %+.1f", spunFit, fit)
                    + String.format(Locale.ROOT, ", frequency 10^%.1f vs 10^%.1f", f1, f2)
                    + ", wordnet+moby synonym (1 of 8)"
                    + String.format(Locale.ROOT, ", margin %+.1f", margin);
            assertEquals(expected, evidence(gain, spunFit, fit, f1, f2, margin, books).describe());
        }
    }

    @Test
    void saysWhenThereIsNoRunnerUpOrTheTagDiffers() {
        FluencyEvidence e = new FluencyEvidence(4.2, -0.5, 0.7, -5.1, -3.1, "synonym", "wordnet", 0, false,
                Double.POSITIVE_INFINITY, true, 2.0);
        assertEquals("LM +4.2 (15,849x), books +2.0, spun fit -0.5 vs +0.7, frequency 10^-5.1 vs 10^-3.1, wordnet synonym,"
                + " other part of speech", e.describe());
    }
}
