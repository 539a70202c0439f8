package org.unspin.candidates;

import org.junit.jupiter.api.Test;
import org.unspin.TestLexicons;
import org.unspin.lexicon.Lexicon;
import org.unspin.lexicon.Strength;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class AcronymGlossMatcherTest {

    private static final AcronymGlossMatcher MATCHER = new AcronymGlossMatcher(lexicon());

    private static Lexicon lexicon() {
        return TestLexicons.of("lexicon/acronyms.tsv", "acronym\texpansion\nNYSE\tNew York Stock Exchange\n");
    }

    private static List<Proposal> propose(String s) {
        return MATCHER.propose(TestLexicons.tokens(s));
    }

    @Test
    void aSpunGlossBeforeTheAcronymIsRestoredToItsExpansion() {
        List<Proposal> p = propose("Shares rose on the Stock market (NYSE) today.");
        assertEquals(1, p.size(), p.toString());
        assertEquals("New York Stock Exchange", p.get(0).replacement());
        assertEquals(Strength.STRONG, p.get(0).strength());
        assertEquals("lexicon/acronyms.tsv:2", p.get(0).source().toString());
    }

    @Test
    void theRightGlossAndAGlossThatSpellsTheAcronymAreLeftAlone() {
        assertEquals(List.of(), propose("Shares rose on the New York Stock Exchange (NYSE) today."));
        assertEquals(List.of(), propose("Shares rose on the New York Share Exchange (NYSE) today."));
    }

    @Test
    void glossesThatShareNoWordOrAreNotCapitalizedAreLeftAlone() {
        assertEquals(List.of(), propose("He joined the Marine Corps (NYSE) today."));
        assertEquals(List.of(), propose("Shares rose on the stock market (NYSE) today."));
        assertEquals(List.of(), propose("Shares rose on the Stock market (nyse) today."));
        assertEquals(List.of(), propose("Shares rose on the Stock market (NASDAQ) today."));
    }
}
