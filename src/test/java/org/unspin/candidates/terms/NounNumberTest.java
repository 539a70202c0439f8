package org.unspin.candidates.terms;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.unspin.morphology.PosDictionary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.unspin.candidates.terms.TermFixtures.tokens;

class NounNumberTest {

    private static final NounNumber NUMBER = new NounNumber(PosDictionary.bundled());
    private static final NounNumber REGULAR_ONLY = new NounNumber(null);

    /** word, plural by the tag dictionary, plural by the regular rule alone */
    @ParameterizedTest
    @CsvSource({
            "assaults, true, true",
            "rights, true, true",
            "men, true, false",      // irregular: only the dictionary knows
            "children, true, false",
            "vas, false, true",      // a singular noun of its own, though 'va' + s reads as a plural
            "news, false, false",
            "species, false, true",  // "specie" + s
            "data, false, false",
            "process, false, false",
            "attack, false, false",
    })
    void readsEachWordsNumber(String word, boolean plural, boolean regularRule) {
        assertEquals(plural, NUMBER.isPlural(tokens(word).token(0)), word);
        assertEquals(regularRule, REGULAR_ONLY.isPlural(tokens(word).token(0)), word + " by the regular rule");
    }
}
