package org.unspin.score;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Reference values from sacreBLEU 2.x (github.com/mjpost/sacrebleu): its own test/test_chrf.py,
 * which checks them to 1e-4 (most cases there use beta = 3, the sentence-level ones the default
 * beta = 2), and the Python API example in README.md (default settings).
 */
class ChrfTest {

    private static final double EPSILON = 1e-4;
    private static final Chrf BETA_3 = Chrf.sacreBleuDefaults().withBeta(3);

    @ParameterizedTest(name = "chrF3 eps of \"{0}\" against \"{1}\" = {2}")
    @CsvSource(delimiter = '|', value = {
            // test_cases: char_order=6, word_order=0, beta=3, eps_smoothing=True
            "abcdefg|hijklmnop|0.0",
            "a|b|0.0",
            "''|b|0.0",
            "''|ref|0.0",
            "''|reference|0.0",
            "aa|ab|8.3333",
            "a|a|16.6667",
            "a b c|a b c|50.0",
            "a b c|abc|50.0",
            "' risk assessment must be made of those who are qualified and expertise in the sector - these are the scientists .'"
                    + "|risk assessment has to be undertaken by those who are qualified and expert in that area - that is the scientists ."
                    + "|63.361730",
            "' Die    Beziehung zwischen  Obama und Netanjahu ist nicht gerade  freundlich. '"
                    + "|Das Verhältnis zwischen Obama und Netanyahu ist nicht gerade freundschaftlich."
                    + "|64.1302698",
            "Niemand hat die Absicht, eine Mauer zu errichten|Niemand hat die Absicht, eine Mauer zu errichten|100.0",
    })
    void epsilonSmoothing(String hypothesis, String reference, double expected) {
        assertEquals(expected, BETA_3.withEpsSmoothing(true).score(hypothesis, reference).score(), EPSILON);
    }

    @Test
    void epsilonSmoothingOverTwoSegments() {
        // test_cases: (["a", "b"], ["a", "c"], 8.3333)
        ChrfScore score = BETA_3.withEpsSmoothing(true).corpusScore(List.of("a", "b"), List.of(List.of("a", "c")));
        assertEquals(8.3333, score.score(), EPSILON);
    }

    @ParameterizedTest(name = "chrF3 effective order of \"{0}\" against \"{1}\" = {2}")
    @CsvSource(delimiter = '|', value = {
            // test_cases_effective_order: beta=3, eps_smoothing=False (sacreBLEU's default)
            "a|a|100.0",
            "''|reference|0.0",
            "a b c|a b c|100.0",
            "a b c|abc|100.0",
            "''|c|0.0",
            "aa|ab|25.0",
    })
    void effectiveOrder(String hypothesis, String reference, double expected) {
        assertEquals(expected, BETA_3.score(hypothesis, reference).score(), EPSILON);
    }

    @Test
    void effectiveOrderOverTwoSegments() {
        // test_cases_effective_order: (["a", "b"], ["a", "c"], 50.0)
        assertEquals(50.0, BETA_3.corpusScore(List.of("a", "b"), List.of(List.of("a", "c"))).score(), EPSILON);
    }

    @ParameterizedTest(name = "chrF3 with whitespace = {2}")
    @CsvSource(delimiter = '|', value = {
            // test_cases_keep_whitespace: beta=3, remove_whitespace=False
            "Die Beziehung zwischen Obama und Netanjahu ist nicht gerade freundlich."
                    + "|Das Verhältnis zwischen Obama und Netanyahu ist nicht gerade freundschaftlich.|67.3481606",
            "risk assessment must be made of those who are qualified and expertise in the sector - these are the scientists ."
                    + "|risk assessment has to be undertaken by those who are qualified and expert in that area - that is the scientists ."
                    + "|65.2414427",
    })
    void keepingWhitespace(String hypothesis, String reference, double expected) {
        assertEquals(expected, BETA_3.withWhitespace(true).score(hypothesis, reference).score(), EPSILON);
    }

    @ParameterizedTest(name = "sentence chrF2 = {2}")
    @CsvSource(delimiter = '|', value = {
            // test_sentence_level_chrf: sentence_chrf(hyp, refs, eps_smoothing=True), default beta 2
            "Co nás nejvíc trápí, protože lékaři si vybírají, kdo bude žít a kdo zemře."
                    + "|Nejvíce smutní jsme z toho, že musíme rozhodovat o tom, kdo bude žít a kdo zemře.|39.14078509",
            "Nebo prostě nemají vybavení, které by jim pomohlo, uvedli lékaři."
                    + "|A někdy nemáme ani potřebný materiál, abychom jim pomohli, popsali lékaři.|31.22557079",
            "Lapali po dechu, jejich životy skončily dřív, než skutečně začaly."
                    + "|Lapali po dechu a pak jejich život skončil - dřív, než skutečně mohl začít, připomněli.|57.15704367",
    })
    void sentenceLevelChrf2(String hypothesis, String reference, double expected) {
        assertEquals(expected, Chrf.sacreBleuDefaults().withEpsSmoothing(true).score(hypothesis, reference).score(), EPSILON);
    }

    @Test
    void defaultChrf2OverTwoReferenceSetsAsInTheReadme() {
        // README.md: chrf = CHRF(); chrf.corpus_score(sys, refs) -> "chrF2 = 59.73"
        List<String> hypotheses = List.of(
                "The dog bit the man.", "It wasn't surprising.", "The man had just bitten him.");
        List<List<String>> references = List.of(
                List.of("The dog bit the man.", "It was not unexpected.", "The man bit him first."),
                List.of("The dog had bit the man.", "No one was surprised.", "The man had bitten the dog."));
        ChrfScore score = Chrf.sacreBleuDefaults().corpusScore(hypotheses, references);
        assertEquals(59.73, score.score(), 0.005);
        assertEquals("chrF2|nrefs:2|case:mixed|eff:yes|nc:6|nw:0|space:no|version:unspin = 59.73", score.format());
    }

    @Test
    void signatureFollowsSacreBleu() {
        ChrfScore score = Chrf.sacreBleuDefaults().score("a b", "a c");
        assertEquals("chrF2", score.name());
        assertEquals("chrF2|nrefs:1|case:mixed|eff:yes|nc:6|nw:0|space:no|version:unspin = " + String.format(Locale.ROOT, "%.2f", score.score()), score.format());
    }
}
