package org.unspin.candidates;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LearnedScorerTest {

    private static String file(double bias, double gain) {
        StringBuilder b = new StringBuilder("# test weights\n");
        for (String f : LearnedScorer.FEATURES) {
            b.append(f).append('\t').append(f.equals("bias") ? bias : f.equals("gain") ? gain : 0).append('\n');
        }
        return b.toString();
    }

    private static FluencyEvidence evidence(double gain, String relation, int fanout) {
        return new FluencyEvidence(gain, -0.5, 0.5, -5, -4, relation, "wordnet", fanout, true, 3, true, 1);
    }

    @Test
    void probabilityIsTheLogisticOfTheWeightedFeatures() {
        LearnedScorer s = LearnedScorer.parse("t.tsv", file(-2, 0.5));
        assertEquals(1 / (1 + Math.exp(-(-2 + 0.5 * 4))), s.probability(evidence(4, "synonym", 3), 1, 1), 1e-12);
        assertEquals(0.5, s.probability(evidence(4, "synonym", 3), 1, 1), 1e-12);
        assertTrue(s.probability(evidence(6, "synonym", 3), 1, 1) > s.probability(evidence(2, "synonym", 3), 1, 1));
    }

    @Test
    void unboundedEvidenceIsClipped() {
        double[] x = LearnedScorer.features(new FluencyEvidence(40, 0, 0, 0, 0, "listed", "moby", 0, true,
                Double.POSITIVE_INFINITY, true, Double.NaN), 2, 1);
        List<String> f = LearnedScorer.FEATURES;
        assertEquals(8, x[f.indexOf("gain")]);
        assertEquals(5, x[f.indexOf("margin")]);
        assertEquals(0, x[f.indexOf("books_gain")]);
        assertEquals(1, x[f.indexOf("listed")]);
        assertEquals(0, x[f.indexOf("synonym")]);
        assertEquals(0, x[f.indexOf("log_fanout")]);
        assertEquals(2, x[f.indexOf("spun_words")]);
    }

    @Test
    void formatReadsBackTheSameWeights() {
        LearnedScorer s = LearnedScorer.parse("t.tsv", file(-1.25, 0.75));
        LearnedScorer again = LearnedScorer.parse("again.tsv", s.format(List.of("header")));
        assertEquals(java.util.Arrays.toString(s.weights()), java.util.Arrays.toString(again.weights()));
    }

    @Test
    void badFilesNameFileAndLine() {
        String unknown = file(0, 0) + "colour\t1\n";
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> LearnedScorer.parse("w.tsv", unknown));
        assertTrue(e.getMessage().startsWith("w.tsv:" + (LearnedScorer.FEATURES.size() + 2) + ": unknown feature 'colour'"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> LearnedScorer.parse("w.tsv", "bias\tone\n"));
        assertEquals("w.tsv:1: not a number: 'one'", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> LearnedScorer.parse("w.tsv", "bias\t1\nbias\t2\n"));
        assertEquals("w.tsv:2: feature 'bias' given twice", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> LearnedScorer.parse("w.tsv", "bias\t1\n"));
        assertTrue(e.getMessage().startsWith("w.tsv: missing features [gain, "), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> LearnedScorer.parse("w.tsv", "bias 1\n"));
        assertEquals("w.tsv:1: expected 'feature<TAB>weight', got 'bias 1'", e.getMessage());
    }

    @Test
    void theBundledWeightsPreferACloseFluentSwapToALooseOne() {
        LearnedScorer s = LearnedScorer.bundled();
        double close = s.probability(evidence(5, "synonym", 3), 1, 1);
        double loose = s.probability(evidence(5, "broader", 3), 1, 1);
        double weak = s.probability(evidence(2, "synonym", 3), 1, 1);
        assertTrue(close > loose && close > weak, close + " vs " + loose + " / " + weak);
    }
}
