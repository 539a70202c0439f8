package org.unspin.score;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MetricTest {

    @Test
    void relativeImprovementIsTheUsualErrorReductionWhenTheCandidateIsBetter() {
        assertEquals(0.75, Metric.WER.relativeImprovement(40, 10), 1e-12);
        assertEquals(0.5, Metric.BLEU.relativeImprovement(60, 80), 1e-12);
        assertEquals(1.0, Metric.F05.relativeImprovement(0, 1), 1e-12);
    }

    @Test
    void relativeImprovementIsBoundedWhenTheCandidateIsWorse() {
        assertEquals(-0.75, Metric.WER.relativeImprovement(10, 40), 1e-12);
        assertEquals(-1.0, Metric.WER.relativeImprovement(0, 5), 1e-12);
        assertEquals(-1.0, Metric.PRECISION.relativeImprovement(1, 0), 1e-12);
    }

    @Test
    void relativeImprovementIsZeroWhenNothingChanges() {
        assertEquals(0.0, Metric.WER.relativeImprovement(0, 0));
        assertEquals(0.0, Metric.CHRF.relativeImprovement(55, 55));
    }

    @Test
    void unitsAndNames() {
        assertTrue(Metric.WER.isPercent());
        assertTrue(Metric.BLEU.isPercent());
        assertFalse(Metric.F05.isPercent());
        assertEquals("f05", Metric.F05.key());
    }
}
