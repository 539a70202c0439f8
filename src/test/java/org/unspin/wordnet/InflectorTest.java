package org.unspin.wordnet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class InflectorTest {

    private static final Inflector INFLECTOR = new Inflector(WordNet.shared());

    @ParameterizedTest
    @CsvSource({
            "gain, S_FORM, gains", "cut, S_FORM, cuts", "tax, S_FORM, taxes", "policy, S_FORM, policies",
            "child, S_FORM, children", "have, S_FORM, has", "do, S_FORM, does",
            "hit, GERUND, hitting", "fall, GERUND, falling", "hike, GERUND, hiking", "gain, GERUND, gaining",
            "benefit, GERUND, benefiting", "die, GERUND, dying", "see, GERUND, seeing",
            "jump, PAST, jumped", "fall, PAST, fell", "fall, PAST_PARTICIPLE, fallen", "see, PAST_PARTICIPLE, seen",
            "rely, PAST, relied", "hope, PAST, hoped", "stop, PAST, stopped", "occur, PAST, occurred", "do, PAST, did",
            "high, COMPARATIVE, higher", "big, SUPERLATIVE, biggest", "good, COMPARATIVE, better",
            // WordNet lists "hitting hit" and "ran run" without saying which inflection each is
            "hit, PAST, hit", "hit, PAST_PARTICIPLE, hit", "cut, PAST, cut", "put, PAST, put",
            "run, PAST, ran", "run, PAST_PARTICIPLE, run", "begin, PAST, began", "begin, PAST_PARTICIPLE, begun",
            "swim, PAST, swam", "swim, GERUND, swimming", "lie, GERUND, lying"
    })
    void generatesForms(String base, Inflection inflection, String expected) {
        assertEquals(expected, INFLECTOR.inflect(base, inflection));
    }

    @ParameterizedTest
    @CsvSource({
            "increases, increase, S_FORM", "dropping, drop, GERUND", "climbed, climb, PAST", "fallen, fall, PAST_PARTICIPLE",
            "supplies, supply, S_FORM", "gain, gain, BASE", "began, begin, PAST", "begun, begin, PAST_PARTICIPLE",
            "ran, run, PAST", "reached, reach, PAST", "hit, hit, BASE"
    })
    void analysesForms(String surface, String base, Inflection expected) {
        assertEquals(expected, INFLECTOR.analyse(surface, base));
    }

    @Test
    void withoutTheTagDictionaryWordNetsGerundsAreNotPasts() {
        Inflector wordNetOnly = new Inflector(WordNet.shared(), null);
        assertEquals("hitting", wordNetOnly.inflect("hit", Inflection.GERUND));
        assertEquals("hitted", wordNetOnly.inflect("hit", Inflection.PAST), "the spelling rule, not WordNet's -ing form");
        assertEquals("swam", wordNetOnly.inflect("swim", Inflection.PAST));
    }

    @Test
    void lemmasComeFromWordNetMorphology() {
        assertTrue(WordNet.shared().lemmas("increases").contains("increase"));
        assertTrue(WordNet.shared().lemmas("dove").contains("dive"));
        assertTrue(WordNet.shared().lemmas("supplies").contains("supply"));
        assertTrue(WordNet.shared().isLemma("federal reserve"));
    }
}
