package org.unspin.candidates;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.unspin.morphology.PosDictionary;
import org.unspin.tokenize.EnglishTokenizer;
import org.unspin.tokenize.TokenizedText;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

class VerbComplementTest {

    private static final EnglishTokenizer TOKENIZER = new EnglishTokenizer(Set::of);

    /** sentence, the verb (its first occurrence), what follows it */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Permit the dough to rest.|Permit|TO_INFINITIVE",
            "They forced the small firms to close.|forced|TO_INFINITIVE",
            "We want to go.|want|TO_INFINITIVE",
            "Let the dough rest.|Let|BARE_INFINITIVE",
            "She made them wait.|made|BARE_INFINITIVE",
            // a noun that is also a verb after a determiner heads a second object, not an infinitive
            "Permit the dough enough time.|Permit|OTHER",
            "Let the cat out.|Let|PARTICLE",
            "They let in the light.|let|PARTICLE",
            // a particle inside the object, then "to"; a determiner that is the object itself
            "They permit residents in the area to park.|permit|TO_INFINITIVE",
            "Do not allow that happen.|allow|BARE_INFINITIVE",
            "Permit the dough some warmth.|Permit|OTHER",
            "He gave it to me.|gave|OTHER",
            "They allowed it, to be fair.|allowed|OTHER",
            "She let the three small happy children rest.|let|OTHER",
    })
    void readsTheInfinitiveAfterTheObject(String sentence, String verb, VerbComplement.Kind expected) {
        TokenizedText text = new TokenizedText(sentence, TOKENIZER.tokenize(sentence));
        int at = 0;
        while (!text.token(at).text().equals(verb)) {
            at++;
        }
        assertEquals(expected, VerbComplement.after(text, at, PosDictionary.bundled()));
    }

    @ParameterizedTest
    @CsvSource({
            "TO_INFINITIVE, permit, let, false", "TO_INFINITIVE, force, make, false", "TO_INFINITIVE, permit, allow, true",
            "BARE_INFINITIVE, permit, let, true", "BARE_INFINITIVE, let, permit, false", "PARTICLE, permit, let, true",
            // "let" needs an infinitive or a particle: "let the dough enough time" is no English
            "OTHER, permit, let, false", "OTHER, permit, make, true", "OTHER, allow, let, false",
            "TO_INFINITIVE, let, make, true",
    })
    void aSwapMustNotCrossTheTwoKindsOfVerb(VerbComplement.Kind after, String spun, String replacement, boolean agrees) {
        assertEquals(agrees, VerbComplement.agrees(after, spun, replacement));
    }
}
