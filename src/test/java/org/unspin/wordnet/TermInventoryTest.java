package org.unspin.wordnet;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TermInventoryTest {

    private static final TermInventory TERMS = new TermInventory(List.of("Interest Rate Cut", "consumer prices"));

    @Test
    void holdsWordNetsMultiwordLemmasAndTheCuratedTerms() {
        assertTrue(TERMS.contains("heart attack"), "a WordNet lemma");
        assertTrue(TERMS.contains("interest rate cut"), "a curated term, lower-cased");
        assertTrue(TERMS.isCurated("interest rate cut"));
        assertFalse(TERMS.isCurated("heart attack"));
        assertFalse(TERMS.contains("heart assault"));
        assertTrue(TERMS.size() > 10_000, "WordNet has tens of thousands of multiword lemmas: " + TERMS.size());
    }

    @Test
    void findsTermsByTheirLastAndFirstWords() {
        assertTrue(TERMS.endingWith("attack").stream().anyMatch(t -> String.join(" ", t).equals("heart attack")));
        assertTrue(TERMS.endingWith("price").stream().anyMatch(t -> String.join(" ", t).equals("consumer prices")),
                "a plural term is found under its singular head");
        assertEquals(List.of("interest rate cut"),
                TERMS.curatedStartingWith("interest").stream().map(t -> String.join(" ", t)).toList());
    }

    @Test
    void findsTermsWhoseLastWordStartsLikeAWord() {
        assertTrue(TERMS.endingLike("reservoir").stream().anyMatch(t -> String.join(" ", t).equals("federal reserve")),
                "reservoir starts like reserve");
        assertEquals(List.of(), TERMS.endingLike("re"), "too short to say");
    }

    @Test
    void singularOfARegularPlural() {
        assertEquals("price", TermInventory.singular("prices"));
        assertEquals("economy", TermInventory.singular("economies"));
        assertEquals("business", TermInventory.singular("business"));
    }
}
