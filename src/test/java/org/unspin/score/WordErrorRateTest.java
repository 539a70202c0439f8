package org.unspin.score;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Reference values from jiwer (github.com/jitsi/jiwer): tests/test_measures.py (test_known_values,
 * taken there from the paper "From WER and RIL to MER and WIL", and test_different_sentence_length),
 * tests/test_wer.py and tests/test_empty_ref.py.
 */
class WordErrorRateTest {

    @ParameterizedTest(name = "\"{0}\" vs \"{1}\" = {2}")
    @CsvSource(delimiter = '|', value = {
            // tests/test_measures.py, test_known_values
            "X|X|0",
            "X|X X Y Y|3",
            "X Y X|X Z|0.6666666667",
            "X|Y|1",
            "X|Y Z|2",
            // tests/test_measures.py, test_different_sentence_length
            "i am a short ground truth|i am a considerably longer and very much incorrect hypothesis|1.1666666667",
            // tests/test_wer.py, test_input_gt_string_h_string
            "This is a test|This is a test|0",
            "This is a test|''|1",
            "This is a test|This test|0.5",
    })
    void reproducesJiwer(String original, String candidate, double expectedWer) {
        assertEquals(expectedWer, WordErrorRate.of(original, candidate).fraction(), 1e-9);
    }

    @Test
    void emptyReferenceFollowsJiwer() {
        // tests/test_empty_ref.py: test_empty_ref_empty_hyp, test_empty_ref, test_empty_ref_more, test_empty_hyp
        assertEquals(0.0, WordErrorRate.of("", "").fraction());
        ErrorRate hello = WordErrorRate.of("", "hello");
        assertEquals(1, hello.insertions());
        assertEquals(1.0, hello.fraction());
        assertEquals(3.0, WordErrorRate.of("", "0 1 2").fraction());
        ErrorRate noHypothesis = WordErrorRate.of("hello", "");
        assertEquals(1, noHypothesis.deletions());
        assertEquals(1.0, noHypothesis.fraction());
    }

    @Test
    void referencePairSpunTextHasWer42() {
        ErrorRate wer = WordErrorRate.of(ScoringExamples.referenceOriginal(), ScoringExamples.referenceSpun());
        assertEquals(419, wer.referenceLength());
        assertEquals(178, wer.errors());
        assertEquals(0.4248, wer.fraction(), 0.00005);
        assertEquals(42.48, wer.percent(), 0.005);
    }

    @Test
    void foldsCaseAndCountsPunctuation() {
        assertEquals(0.0, WordErrorRate.of("New York.", "new york .").fraction());
        assertEquals(1.0 / 3, WordErrorRate.of("New York.", "New York").fraction(), 1e-12);
    }
}
