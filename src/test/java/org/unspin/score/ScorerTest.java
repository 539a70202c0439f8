package org.unspin.score;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.OptionalDouble;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ScorerTest {

    @Test
    void referencePairSpunAgainstOriginal() {
        String original = ScoringExamples.referenceOriginal();
        String spun = ScoringExamples.referenceSpun();
        Score score = Scorer.score(original, spun, spun);
        assertEquals(42.48, score.wer(), 0.005);
        assertEquals(score.wer(), score.baselineValue(Metric.WER).getAsDouble());
        assertEquals(0.0, score.relativeImprovement(Metric.WER).getAsDouble());
        assertTrue(score.cer() > 0 && score.bleu() > 0 && score.bleu() < 100 && score.chrf() > 0 && score.chrf() < 100);
        EditScore edits = score.metrics().edits().orElseThrow();
        assertEquals(0, edits.system().size());
        assertTrue(edits.gold().size() > 50, "gold edits: " + edits.gold().size());
    }

    @Test
    void perfectRestorationOfTheReferencePair() {
        String original = ScoringExamples.referenceOriginal();
        String spun = ScoringExamples.referenceSpun();
        Score score = Scorer.score(original, String.join(" ", original.split("\n")), spun);
        assertEquals(0.0, score.wer());
        assertEquals(0.0, score.cer());
        assertEquals(100.0, score.bleu(), 1e-9);
        assertEquals(100.0, score.chrf(), 1e-9);
        assertEquals(1.0, score.value(Metric.PRECISION).getAsDouble());
        assertEquals(1.0, score.value(Metric.RECALL).getAsDouble());
        assertEquals(1.0, score.value(Metric.F05).getAsDouble());
        assertEquals(1.0, score.relativeImprovement(Metric.WER).getAsDouble());
        assertEquals(1.0, score.relativeImprovement(Metric.F05).getAsDouble());
    }

    @Test
    void partialRestoration() {
        Score score = Scorer.score(ScoringExamples.ORIGINAL, ScoringExamples.CANDIDATE, ScoringExamples.SPUN,
                ScoringExamples.ANNOTATIONS);
        assertTrue(score.wer() < score.baselineValue(Metric.WER).getAsDouble());
        assertTrue(score.relativeImprovement(Metric.WER).getAsDouble() > 0);
        assertEquals(0.3125, score.value(Metric.F05).getAsDouble(), 1e-12);
        assertEquals(ScoringExamples.ANNOTATIONS,
                score.metrics().edits().orElseThrow().system().get(1).annotations());
    }

    @Test
    void withoutSpunTextThereIsNoBaselineAndNoEditMetric() {
        Score score = Scorer.score("a b c", "a b d");
        assertEquals(100.0 / 3, score.wer(), 1e-9);
        assertTrue(score.baseline().isEmpty());
        assertTrue(score.value(Metric.PRECISION).isEmpty());
        assertTrue(score.relativeImprovement(Metric.WER).isEmpty());
    }

    @ParameterizedTest(name = "original \"{0}\", candidate \"{1}\", spun \"{2}\"")
    @CsvSource(delimiter = '|', value = {
            "''|''|''",
            "''|word|''",
            "word|''|word",
            "''|''|spun",
            "word|word|word",
            "word|other|word",
            "a|a|b",
            "' \n '|.|' '",
            "Same text here.|Same text here.|Same text here.",
    })
    void degenerateInputsGiveFiniteValues(String original, String candidate, String spun) {
        Score score = Scorer.score(original, candidate, spun);
        for (Metric metric : Metric.values()) {
            assertFinite(metric + " value", score.value(metric));
            assertFinite(metric + " baseline", score.baselineValue(metric));
            assertFinite(metric + " relative improvement", score.relativeImprovement(metric));
        }
        Score withoutSpun = Scorer.score(original, candidate);
        for (Metric metric : List.of(Metric.WER, Metric.CER, Metric.BLEU, Metric.CHRF)) {
            assertFinite(metric + " value without spun text", withoutSpun.value(metric));
        }
    }

    @Test
    void definedValuesForDegenerateInputs() {
        Score empty = Scorer.score("", "", "");
        assertEquals(0.0, empty.wer());
        assertEquals(0.0, empty.cer());
        assertEquals(0.0, empty.bleu(), "BLEU has no n-gram to match");
        assertEquals(0.0, empty.chrf());
        assertTrue(empty.value(Metric.F05).isEmpty(), "nothing to restore, nothing done: undefined");

        Score identical = Scorer.score("Same text here today.", "Same text here today.", "Same text here today.");
        assertEquals(0.0, identical.wer());
        assertEquals(100.0, identical.bleu(), 1e-9);
        assertEquals(100.0, identical.chrf(), 1e-9);
        assertEquals(0.0, identical.relativeImprovement(Metric.WER).getAsDouble());

        Score emptyCandidate = Scorer.score("one two", "", "one two");
        assertEquals(100.0, emptyCandidate.wer());
        assertEquals(0.0, emptyCandidate.bleu());
        assertEquals(-1.0, emptyCandidate.relativeImprovement(Metric.WER).getAsDouble());

        Score emptyOriginal = Scorer.score("", "one two", "");
        assertEquals(200.0, emptyOriginal.wer(), "jiwer: insertions over 1 word");
    }

    private static void assertFinite(String what, OptionalDouble value) {
        value.ifPresent(v -> assertTrue(Double.isFinite(v), what + " = " + v));
    }
}
