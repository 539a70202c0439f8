package org.unspin.score;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.OptionalDouble;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.unspin.score.ScoringExamples.CANDIDATE;
import static org.unspin.score.ScoringExamples.ORIGINAL;
import static org.unspin.score.ScoringExamples.SPUN;

class EditEvaluationTest {

    private static EditScore example(List<EditAnnotation> annotations) {
        return EditEvaluation.compare(EditExtractor.between(SPUN, ORIGINAL), EditExtractor.between(SPUN, CANDIDATE),
                annotations);
    }

    private static List<String> describe(List<JudgedEdit> edits) {
        return edits.stream().map(e -> e.outcome() + " " + e.edit().before() + " -> " + e.edit().after()).toList();
    }

    @Test
    void judgesEachEdit() {
        EditScore score = example(List.of());
        assertEquals(List.of(
                "CORRECT Little -> Small",
                "MISSED hats -> caps",
                "WRONG due to the fact that -> since",
                "MISSED today -> "), describe(score.gold()));
        assertEquals(List.of(
                "CORRECT Little -> Small",
                "WRONG due to the fact that -> because",
                "FALSE_ALARM said -> stated"), describe(score.system()));
    }

    @Test
    void countsAndScoresLikeM2() {
        EditScore score = example(List.of());
        assertEquals(1, score.truePositiveCount());
        assertEquals(2, score.falsePositiveCount());
        assertEquals(3, score.falseNegativeCount());
        assertEquals(1, score.wrongCount());
        assertEquals(1, score.falseAlarmCount());
        assertEquals(2, score.missedCount());
        assertEquals(1.0 / 3, score.precision().orElseThrow(), 1e-12);
        assertEquals(1.0 / 4, score.recall().orElseThrow(), 1e-12);
        // (1 + 0.25) * (1/3) * (1/4) / (0.25 * (1/3) + 1/4)
        assertEquals(0.3125, score.f05().orElseThrow(), 1e-12);
        assertEquals(List.of("CORRECT Little -> Small"), describe(score.truePositives()));
        assertEquals(2, score.falsePositives().size());
        assertEquals(3, score.falseNegatives().size());
    }

    @Test
    void aTruePositiveNeedsTheSameReplacement() {
        List<WordEdit> gold = EditExtractor.between("killing try", "assassination attempt");
        List<WordEdit> system = EditExtractor.between("killing try", "Assassination effort");
        EditScore score = EditEvaluation.compare(gold, system, List.of());
        assertEquals(1, score.truePositiveCount(), "case does not matter");
        assertEquals(1, score.falsePositiveCount());
        assertEquals(1, score.falseNegativeCount());
    }

    @Test
    void aRatioWithNothingToCountIsUndefined() {
        // Unlike ERRANT (which says 1): no system edit leaves precision undefined, no gold edit recall.
        List<WordEdit> gold = EditExtractor.between(SPUN, ORIGINAL);
        EditScore nothingDone = EditEvaluation.compare(gold, List.of(), List.of());
        assertEquals(OptionalDouble.empty(), nothingDone.precision());
        assertEquals(OptionalDouble.of(0.0), nothingDone.recall());
        assertEquals(OptionalDouble.of(0.0), nothingDone.f05());

        EditScore nothingToDo = EditEvaluation.compare(List.of(), List.of(), List.of());
        assertEquals(OptionalDouble.empty(), nothingToDo.precision());
        assertEquals(OptionalDouble.empty(), nothingToDo.recall());
        assertEquals(OptionalDouble.empty(), nothingToDo.f05());

        EditScore onlyFalseAlarms = EditEvaluation.compare(List.of(), EditExtractor.between("a b", "a c"), List.of());
        assertEquals(OptionalDouble.of(0.0), onlyFalseAlarms.precision());
        assertEquals(OptionalDouble.empty(), onlyFalseAlarms.recall());
        assertEquals(OptionalDouble.of(0.0), onlyFalseAlarms.f05());
    }

    @Test
    void attachesOverlappingAnnotations() {
        EditScore score = example(ScoringExamples.ANNOTATIONS);
        JudgedEdit because = score.system().get(1);
        assertEquals("because", because.edit().after());
        assertEquals(ScoringExamples.ANNOTATIONS, because.annotations());
        assertEquals(List.of(), score.system().get(0).annotations());
        assertEquals(List.of(), score.system().get(2).annotations());
    }

    @Test
    void spansOverlapIncludingInsertionPoints() {
        assertTrue(new Span(2, 4).overlaps(new Span(3, 5)));
        assertFalse(new Span(2, 4).overlaps(new Span(4, 6)));
        assertTrue(new Span(4, 4).overlaps(new Span(2, 4)), "insertion right after a replaced span");
        assertTrue(new Span(2, 2).overlaps(new Span(2, 2)));
        assertFalse(new Span(1, 1).overlaps(new Span(2, 3)));
    }
}
