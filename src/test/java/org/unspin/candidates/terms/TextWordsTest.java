package org.unspin.candidates.terms;

import org.junit.jupiter.api.Test;
import org.unspin.tokenize.TokenizedText;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.unspin.candidates.terms.TermFixtures.RELATIONS;
import static org.unspin.candidates.terms.TermFixtures.at;
import static org.unspin.candidates.terms.TermFixtures.tokens;

class TextWordsTest {

    private final WordTypes types = new WordTypes(RELATIONS);

    private boolean window(String sentence, String first, String last) {
        TokenizedText text = tokens(sentence);
        return new TextWords(text, types).isWindow(at(text, first), at(text, last));
    }

    @Test
    void contentWordsAtBothEnds() {
        assertTrue(window("They fear the stock marketplace now.", "stock", "marketplace"));
        assertFalse(window("They fear the stock marketplace now.", "the", "marketplace"));
        assertTrue(window("They fear a cut of rates.", "cut", "rates"), "a function word inside");
        assertFalse(window("They fear a cut of rates.", "cut", "of"));
    }

    @Test
    void wordsOfOneSentenceOnly() {
        assertFalse(window("Buy stock. Marketplace rules apply.", "stock", "marketplace"));
        assertFalse(window("They bought stock, marketplace goods too.", "stock", "marketplace"));
        assertFalse(window("A one-night stay.", "one-night", "stay"));
    }

    @Test
    void noCapitalsOrAllCapitals() {
        assertTrue(window("He met the Federal Reservoir chair.", "federal", "reservoir"));
        assertFalse(window("He met the federal Reservoir chair.", "federal", "reservoir"));
        assertTrue(window("Stock marketplace fell.", "stock", "marketplace"), "a capital starting the sentence is no name");
    }

    @Test
    void aTokensTypeIsLookedUpOnce() {
        TokenizedText text = tokens("the stock fell");
        TextWords words = new TextWords(text, types);
        assertSame(words.type(1), words.type(1));
        assertTrue(words.isContentWord(1));
        assertFalse(words.isContentWord(0));
    }

    @Test
    void theAnswerIsTheSameInAnyOrderOfQuestions() {
        TokenizedText text = tokens("They fear the stock marketplace crash now.");
        TextWords words = new TextWords(text, types);
        int stock = at(text, "stock");
        int crash = at(text, "crash");
        assertTrue(words.isWindow(stock, crash));
        assertFalse(words.isWindow(stock - 1, crash));
        assertTrue(words.isWindow(stock, crash - 1), "another end: asked afresh");
        assertTrue(words.isWindow(stock, crash));
    }
}
