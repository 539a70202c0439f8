package org.unspin.candidates.terms;

import org.junit.jupiter.api.Test;
import org.unspin.tokenize.Token;
import org.unspin.tokenize.TokenizedText;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.unspin.candidates.terms.TermFixtures.RELATIONS;
import static org.unspin.candidates.terms.TermFixtures.tokens;

class WordTypesTest {

    private final WordTypes types = new WordTypes(RELATIONS);

    private static Token token(String sentence, String word) {
        TokenizedText t = tokens(sentence);
        return t.token(TermFixtures.at(t, word));
    }

    @Test
    void nounFormsAreTheWordAndItsSingularNotOtherWordsItInflects() {
        assertEquals(Set.of("rights", "right"), WordTypes.nounForms(token("human rights", "rights")));
        assertEquals(Set.of("studies", "study"), WordTypes.nounForms(token("many studies", "studies")));
        assertFalse(WordTypes.nounForms(token("the spoke broke", "spoke")).contains("speak"));
    }

    @Test
    void readsTheWordsPartsInANounPhrase() {
        WordType attack = types.of(token("a heart attack", "attack"));
        assertTrue(attack.readsAsNoun);
        assertTrue(attack.readsAsModifier);
        assertFalse(attack.functionWord);
        assertFalse(types.of(token("they apply it", "apply")).readsAsModifier, "a verb cannot modify a term's head");
        assertTrue(types.of(token("of the", "the")).functionWord);
    }

    @Test
    void stemPrefixesComeFromLongEnoughForms() {
        assertEquals(java.util.List.of("reser"), types.of(token("the reservoir", "reservoir")).stemPrefixes);
        assertEquals(java.util.List.of(), types.of(token("the try", "try")).stemPrefixes);
    }

    @Test
    void looksVerbalByItsEnding() {
        assertTrue(WordTypes.looksVerbal("hurts"));
        assertTrue(WordTypes.looksVerbal("jumped"));
        assertTrue(WordTypes.looksVerbal("running"));
        assertFalse(WordTypes.looksVerbal("glass"));
        assertFalse(WordTypes.looksVerbal("market"));
    }

    @Test
    void aWordTypeIsReadOnceWhateverItsCapitals() {
        assertSame(types.of(token("The Market fell", "market")), types.of(token("the market fell", "market")));
    }
}
