package org.unspin.score.report;

import org.junit.jupiter.api.Test;
import org.unspin.score.Scorer;
import org.unspin.score.ScoringExamples;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TextReportTest {

    @Test
    void tableWithBaselineSignaturesAndEdits() {
        String report = TextReport.render(Scorer.score(ScoringExamples.ORIGINAL, ScoringExamples.CANDIDATE,
                ScoringExamples.SPUN, ScoringExamples.ANNOTATIONS));
        assertTrue(report.startsWith("metric      candidate       spun   rel. impr."), report);
        assertTrue(report.contains("\nF0.5           0.3125     0.0000      +31.3 %"), report);
        assertTrue(report.contains("\nedits      gold 4, system 3: TP 1, FP 2 (wrong 1, false alarm 1), FN 3 (missed 2)"), report);
        assertTrue(report.contains("\nBLEU|nrefs:1|case:mixed|eff:no|tok:13a|smooth:exp|version:unspin = "), report);
        assertTrue(report.contains("\nchrF2|nrefs:1|case:mixed|eff:yes|nc:6|nw:0|space:no|version:unspin = "), report);
        assertTrue(report.contains("\nTP restored correctly @0      \"Little\" -> \"Small\""), report);
        assertTrue(report.contains("\nFP wrong              @20     \"due to the fact that\" -> \"because\""
                + "  [restore-conjunction lexicon/phrases.tsv:42]"), report);
        assertTrue(report.contains("\nFP false alarm        @50     \"said\" -> \"stated\"\n"), report);
        assertTrue(report.contains("\nFN missed "), report);
    }

    @Test
    void withoutSpunTextOnlyTheCandidateColumn() {
        String report = TextReport.render(Scorer.score("a b c", "a b d"));
        assertTrue(report.startsWith("metric      candidate\nWER %           33.33\n"), report);
        assertFalse(report.contains("precision"), report);
        assertFalse(report.contains("TP "), report);
    }
}
