package org.unspin.score;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.unspin.score.Alignment.Operation.DELETION;
import static org.unspin.score.Alignment.Operation.INSERTION;
import static org.unspin.score.Alignment.Operation.MATCH;
import static org.unspin.score.Alignment.Operation.SUBSTITUTION;

class AlignmentTest {

    @Test
    void labelsEveryStep() {
        Alignment alignment = Alignment.of(List.of("a", "b", "c", "d"), List.of("a", "x", "c", "d", "e"));
        assertEquals(List.of(
                new Alignment.Step(MATCH, 0, 0),
                new Alignment.Step(SUBSTITUTION, 1, 1),
                new Alignment.Step(MATCH, 2, 2),
                new Alignment.Step(MATCH, 3, 3),
                new Alignment.Step(INSERTION, -1, 4)), alignment.steps());
        assertEquals(new ErrorRate(3, 1, 0, 1), alignment.errorRate());
    }

    @Test
    void putsSubstitutionsBeforeGapsInARunOfDifferences() {
        Alignment alignment = Alignment.of(List.of("past", "head", "of", "state", "donald"),
                List.of("former", "president", "donald"));
        assertEquals(List.of(SUBSTITUTION, SUBSTITUTION, DELETION, DELETION, MATCH),
                alignment.steps().stream().map(Alignment.Step::operation).toList());
    }

    @Test
    void emptySequences() {
        assertEquals(new ErrorRate(0, 0, 0, 0), Alignment.of(List.of(), List.of()).errorRate());
        assertEquals(new ErrorRate(0, 0, 2, 0), Alignment.of(List.of("a", "b"), List.of()).errorRate());
        assertEquals(new ErrorRate(0, 0, 0, 1), Alignment.of(List.of(), List.of("a")).errorRate());
    }

    @Test
    void largeInputsAreAlignedBetweenTheRunsMyersDiffShares() {
        List<String> reference = WordTokens.of(ScoringExamples.referenceOriginal());
        List<String> hypothesis = WordTokens.of(ScoringExamples.referenceSpun());
        Alignment exact = Alignment.of(reference, hypothesis);
        Alignment anchored = Alignment.of(reference, hypothesis, 10_000);
        assertConsistent(reference, hypothesis, anchored);
        assertEquals(178, exact.errorRate().errors());
        // Anchoring at shared runs may cost a little more than the minimum, never less.
        int anchoredErrors = anchored.errorRate().errors();
        assertTrue(anchoredErrors >= 178 && anchoredErrors <= 178 * 1.1, "anchored errors " + anchoredErrors);
        // Below the stretch limit nothing changes at all.
        assertEquals(exact, Alignment.of(reference, hypothesis, Long.MAX_VALUE));
    }

    @Test
    void aStretchTooLargeEvenAfterAnchoringIsPairedByPosition() {
        Alignment alignment = Alignment.of(List.of("a", "b", "c"), List.of("x", "b", "y", "z"), 2);
        assertConsistent(List.of("a", "b", "c"), List.of("x", "b", "y", "z"), alignment);
    }

    @Test
    void costIsTheLevenshteinDistanceAndStepsCoverBothSequences() {
        Random random = new Random(20240716);
        for (int trial = 0; trial < 500; trial++) {
            List<String> reference = randomTokens(random);
            List<String> hypothesis = randomTokens(random);
            Alignment alignment = Alignment.of(reference, hypothesis);
            assertConsistent(reference, hypothesis, alignment);
            assertEquals(levenshtein(reference, hypothesis), alignment.errorRate().errors(),
                    reference + " vs " + hypothesis);
        }
    }

    /** Up to 12 tokens from a three-letter alphabet, so that matches and ties are frequent. */
    private static List<String> randomTokens(Random random) {
        List<String> tokens = new ArrayList<>();
        int length = random.nextInt(13);
        for (int i = 0; i < length; i++) {
            tokens.add(String.valueOf((char) ('a' + random.nextInt(3))));
        }
        return tokens;
    }

    private static void assertConsistent(List<String> reference, List<String> hypothesis, Alignment alignment) {
        int r = 0;
        int h = 0;
        for (Alignment.Step step : alignment.steps()) {
            if (step.operation() != INSERTION) {
                assertEquals(r++, step.referenceIndex());
            }
            if (step.operation() != DELETION) {
                assertEquals(h++, step.hypothesisIndex());
            }
            if (step.operation() == MATCH) {
                assertEquals(reference.get(step.referenceIndex()), hypothesis.get(step.hypothesisIndex()));
            }
            if (step.operation() == SUBSTITUTION) {
                assertNotEquals(reference.get(step.referenceIndex()), hypothesis.get(step.hypothesisIndex()));
            }
        }
        assertEquals(reference.size(), r);
        assertEquals(hypothesis.size(), h);
    }

    /** Textbook two-row Levenshtein distance, independent of the code under test. */
    private static int levenshtein(List<String> a, List<String> b) {
        int[] previous = new int[b.size() + 1];
        for (int j = 0; j <= b.size(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.size(); i++) {
            int[] current = new int[b.size() + 1];
            current[0] = i;
            for (int j = 1; j <= b.size(); j++) {
                int cost = a.get(i - 1).equals(b.get(j - 1)) ? 0 : 1;
                current[j] = Math.min(previous[j - 1] + cost, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            previous = current;
        }
        return previous[b.size()];
    }
}
