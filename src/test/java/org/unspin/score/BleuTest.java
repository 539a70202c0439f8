package org.unspin.score;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.unspin.score.Bleu.Smoothing;
import static org.unspin.score.Bleu.Tokenization;

/**
 * Reference values from sacreBLEU 2.x (github.com/mjpost/sacrebleu): its own tests
 * test/test_bleu.py and test/test_sentence_bleu.py, and the Python API examples in README.md.
 * sacreBLEU's {@code raw_corpus_bleu(sys, refs, v)} is BLEU with tokenization "none", "floor"
 * smoothing with value v and effective order.
 */
class BleuTest {

    // test/test_bleu.py: the README example, two reference sets
    private static final List<String> HYPOTHESES = List.of(
            "The dog bit the man.", "It wasn't surprising.", "The man had just bitten him.");
    private static final List<List<String>> REFERENCES = List.of(
            List.of("The dog bit the man.", "It was not unexpected.", "The man bit him first."),
            List.of("The dog had bit the man.", "No one was surprised.", "The man had bitten the dog."));

    private static final Bleu DEFAULTS = Bleu.sacreBleuDefaults();

    private static Bleu raw(double floor) {
        return DEFAULTS.withTokenization(Tokenization.NONE).withSmoothing(Smoothing.FLOOR, floor).withEffectiveOrder(true);
    }

    @Test
    void corpusBleuWithDefaultSettings() {
        // test_corpus_bleu_cases: (_hyps, _refs, {}, 48.530827) and the same with tokenize='13a'
        assertEquals(48.530827, DEFAULTS.corpusScore(HYPOTHESES, REFERENCES).score(), 1e-6);
    }

    @Test
    void corpusBleuWithoutTokenization() {
        // test_corpus_bleu_cases: (_hyps, _refs, {'tokenize': 'none'}, 49.1919566)
        assertEquals(49.1919566, DEFAULTS.withTokenization(Tokenization.NONE).corpusScore(HYPOTHESES, REFERENCES).score(), 1e-6);
    }

    @Test
    void corpusBleuWithoutSmoothing() {
        // test_corpus_bleu_cases: (_hyps, _refs, {'smooth_method': 'none'}, 48.530827)
        assertEquals(48.530827, DEFAULTS.withSmoothing(Smoothing.NONE).corpusScore(HYPOTHESES, REFERENCES).score(), 1e-6);
    }

    @Test
    void emptyHypothesesScoreZero() {
        // test_corpus_bleu_cases: (('', '', ''), _refs, {}, 0.0)
        assertEquals(0.0, DEFAULTS.corpusScore(List.of("", "", ""), REFERENCES).score());
    }

    @ParameterizedTest(name = "raw BLEU of \"{0}\" against \"{1}\" = {2}")
    @CsvSource(delimiter = '|', value = {
            // test_raw_bleu_cases (score / 100 there)
            "this is a test|this is a test|1.0",
            "this is a fest|this is a test|0.223606797749979",
            // test_case_effective_order
            "test|a test|0.3678794411714425",
            "a test|a test|1.0",
            "a little test|a test|0.03218297948685433",
    })
    void rawCorpusBleuWithFloorSmoothing(String hypothesis, String reference, double expected) {
        assertEquals(expected * 100, raw(0.01).score(hypothesis, reference).score(), 1e-6);
    }

    @Test
    void noMatchingNgramAtAllScoresZeroWhateverTheSmoothing() {
        // test_raw_bleu_cases: (["this is a test", "another test"], [["ref1", "ref2"]], 0.0), "now returns 0.0 (#141)"
        BleuScore score = raw(0.01).corpusScore(List.of("this is a test", "another test"), List.of(List.of("ref1", "ref2")));
        assertEquals(0.0, score.score());
    }

    @ParameterizedTest(name = "compute_bleu({0}, {1}, {2}, {3}) with floor {4} = 0")
    @CsvSource(delimiter = '|', value = {
            // test_case_degenerate_stats: statistics, sys_len, ref_len, floor value; expected 0.0
            "0 0 0 0|4 4 2 1|0|1|0.0",
            "0 0 0 0|10 11 12 0|14|10|0.0",
            "0 0 0 0|0 0 0 0|0|0|0.0",
            "6 5 4 0|6 5 4 3|6|6|0.0",
            "0 0 0 0|0 0 0 0|0|0|0.1",
            "0 0 0 0|0 0 0 0|1|5|0.01",
    })
    void degenerateStatistics(String correct, String total, int candidateLength, int referenceLength, double floor) {
        Bleu bleu = DEFAULTS.withSmoothing(Smoothing.FLOOR, floor);
        assertEquals(0.0, bleu.compute(ints(correct), ints(total), candidateLength, referenceLength, "").score());
    }

    private static int[] ints(String spaceSeparated) {
        return java.util.Arrays.stream(spaceSeparated.split(" ")).mapToInt(Integer::parseInt).toArray();
    }

    @Test
    void sufficientStatistics() {
        // test_case_statistics: counts [4, 2, 1, 0], totals [6, 5, 4, 3]
        BleuScore score = raw(0.01).score("am I am a character sequence", "I am a symbol string sequence a a");
        assertEquals(List.of(4, 2, 1, 0), score.counts());
        assertEquals(List.of(6, 5, 4, 3), score.totals());
    }

    @Test
    void scoreFromStatistics() {
        // test_case_scoring: compute_bleu([9, 7, 5, 3], [10, 8, 6, 4], 11, 11) = 0.8375922397 (score / 100)
        BleuScore score = DEFAULTS.withSmoothing(Smoothing.NONE)
                .compute(new int[] {9, 7, 5, 3}, new int[] {10, 8, 6, 4}, 11, 11, "");
        assertEquals(83.75922397, score.score(), 1e-7);
    }

    @Test
    void floorOffset() {
        // test_case_offset: 0.1555722182 with the default floor 0.1, 0 with floor 0
        String hypothesis = "am I am a character sequence";
        String reference = "I am a symbol string sequence a a";
        assertEquals(15.55722182, raw(Smoothing.FLOOR.defaultValue()).score(hypothesis, reference).score(), 1e-7);
        assertEquals(0.0, raw(0.0).score(hypothesis, reference).score(), 1e-12);
    }

    // test/test_sentence_bleu.py, example from sacreBLEU issue #98 (EPSILON 1e-3 there)
    private static final String ROMANIAN_REFERENCE = "producţia de zahăr brut se exprimă în zahăr alb;";
    private static final String ROMANIAN_HYPOTHESIS =
            "Producția de zahăr primă va fi exprimată în ceea ce privește zahărul alb;";

    @ParameterizedTest(name = "sentence BLEU, smoothing {0} {1}, tokenization {2} = {3}")
    @CsvSource(delimiter = '|', value = {
            "EXP|0|THIRTEEN_A|8.493",
            "NONE|0|THIRTEEN_A|0.0",
            "FLOOR|0.1|THIRTEEN_A|4.51688",
            "FLOOR|0.5|THIRTEEN_A|10.10",
            "ADD_K|1|THIRTEEN_A|14.882",
            "ADD_K|2|THIRTEEN_A|21.389",
            "EXP|0|NONE|7.347",
    })
    void sentenceBleu(Smoothing smoothing, double value, Tokenization tokenization, double expected) {
        Bleu bleu = DEFAULTS.withTokenization(tokenization).withSmoothing(smoothing, value).withEffectiveOrder(true);
        assertEquals(expected, bleu.score(ROMANIAN_HYPOTHESIS, ROMANIAN_REFERENCE).score(), 1e-3);
    }

    @ParameterizedTest(name = "no common n-gram, smoothing {0} = 0")
    @CsvSource({"EXP", "NONE", "FLOOR", "ADD_K"})
    void sentenceBleuWithoutMatchesIsZero(Smoothing smoothing) {
        // test_sentence_bleu.py, test_cases_zero_bleu (sacreBLEU issue #141)
        Bleu bleu = DEFAULTS.withSmoothing(smoothing).withEffectiveOrder(true);
        assertEquals(0.0, bleu.score("this is a cat", "okay thanks").score());
    }

    @Test
    void reportLineAndSignatureAsInTheReadme() {
        // README.md: "BLEU = 48.53 82.4/50.0/45.5/37.5 (BP = 0.943 ratio = 0.944 hyp_len = 17 ref_len = 18)",
        // signature "nrefs:2|case:mixed|eff:no|tok:13a|smooth:exp|version:2.0.0" (the version names this port here)
        BleuScore score = DEFAULTS.corpusScore(HYPOTHESES, REFERENCES);
        assertEquals("nrefs:2|case:mixed|eff:no|tok:13a|smooth:exp|version:unspin", score.signature());
        assertEquals("BLEU|nrefs:2|case:mixed|eff:no|tok:13a|smooth:exp|version:unspin = "
                + "48.53 82.4/50.0/45.5/37.5 (BP = 0.943 ratio = 0.944 hyp_len = 17 ref_len = 18)", score.format());
    }

    @Test
    void variableNumberOfReferencesAsInTheReadme() {
        // README.md, "Variable Number of References": the first reference of the first segment is ''
        List<List<String>> references = List.of(
                List.of("", "It was not unexpected.", "The man bit him first."),
                REFERENCES.get(1));
        BleuScore score = DEFAULTS.corpusScore(HYPOTHESES, references);
        assertEquals("BLEU|nrefs:var|case:mixed|eff:no|tok:13a|smooth:exp|version:unspin = "
                + "29.44 82.4/42.9/27.3/12.5 (BP = 0.889 ratio = 0.895 hyp_len = 17 ref_len = 19)", score.format());
    }

    @Test
    void signatureOfOtherSettings() {
        assertEquals("nrefs:1|case:lc|eff:yes|tok:none|smooth:floor[0.01]|version:unspin",
                new Bleu(true, Tokenization.NONE, Smoothing.FLOOR, 0.01, true).signature("1"));
    }

    @Test
    void tokenizer13aSplitsSymbolsButNotNumbers() {
        assertEquals(List.of("It", "wasn't", "3.5", "%", "of", "1,000", "-", "2", ",", "said", "U", ".", "S", "."),
                Tokenizer13a.tokens("It wasn't 3.5% of 1,000-2, said U.S."));
    }
}
