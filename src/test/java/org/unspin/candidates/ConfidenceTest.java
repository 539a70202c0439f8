package org.unspin.candidates;

import org.junit.jupiter.api.Test;
import org.unspin.lexicon.Strength;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ConfidenceTest {

    @Test
    void lexiconRowsByStrength() {
        assertEquals(0.9, Confidence.entry(Strength.STRONG));
        assertEquals(0.6, Confidence.entry(Strength.WEAK));
    }

    @Test
    void termsScaleByTheirLoosestLink() {
        assertEquals(0.5, Confidence.term(1.0));
        assertEquals(0.5 * 0.7, Confidence.term(0.7));
    }

    @Test
    void strongRowsAndAcronymsAreStrongEvidenceAndNothingElseIs() {
        assertTrue(Confidence.entry(Strength.STRONG) >= Confidence.STRONG);
        assertTrue(Confidence.ACRONYM >= Confidence.STRONG);
        for (double weak : new double[] {Confidence.entry(Strength.WEAK), Confidence.TYPOGRAPHY, Confidence.THESAURUS,
                Confidence.term(1.0)}) {
            assertTrue(weak < Confidence.STRONG, "" + weak);
        }
    }
}
