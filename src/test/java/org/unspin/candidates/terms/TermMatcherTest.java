package org.unspin.candidates.terms;

import org.junit.jupiter.api.Test;
import org.unspin.candidates.Proposal;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.unspin.candidates.terms.TermFixtures.INVENTORY;
import static org.unspin.candidates.terms.TermFixtures.RELATIONS;
import static org.unspin.candidates.terms.TermFixtures.tokens;

class TermMatcherTest {

    private static final TermMatcher MATCHER = new TermMatcher(INVENTORY, RELATIONS);

    private static List<String> propose(String s) {
        return MATCHER.propose(tokens(s)).stream()
                .map(p -> p.start() + "-" + p.end() + " " + p.kind() + " " + p.replacement()).toList();
    }

    @Test
    void phrasesWhoseWordsRelateToATermsWords() {
        assertEquals(List.of("3-5 term heart attack"), propose("He had a heart assault."));
        assertEquals(List.of("1-3 term-swapped assassination attempt"), propose("The killing try failed."));
        assertEquals(List.of("1-3 term federal reserve"), propose("The Federal Reservoir met."));
        assertEquals(List.of("0-2 term computer vision"), propose("computer eyesight"));
    }

    @Test
    void aPhraseMayReadAsSeveralTermsAndTheRulesChoose() {
        assertEquals(List.of("0-2 term machine learning", "0-2 term machine vision"), propose("machine knowledge"));
    }

    @Test
    void knownTermsNamesAndVerbsAreLeftAlone() {
        assertEquals(List.of(), propose("Interest rates rose after the heart attack."));
        assertEquals(List.of(), propose("The economy hurts."));
        assertEquals(List.of(), propose("He met heart Assault."), "a capitalized word is a name");
        assertEquals(List.of("2-4 term heart attack"), propose("He met Heart Assault."), "unless the whole phrase is one");
    }

    @Test
    void aSpinnerKeepsTheNumberOfTheHead() {
        assertEquals(List.of(), propose("She spoke in a harmful manner."), "'bad manners' is plural: no swap of a singular");
        assertEquals(List.of(), propose("The law protects a human privilege."), "'human rights' is plural");
        assertEquals(List.of("3-5 term human rights"), propose("The law protects human privileges."));
        assertEquals(List.of("0-2 term heart attack"), propose("heart assaults"), "a plural head may stand for a singular one (made plural when realized)");
        assertEquals(List.of(), propose("hearts assault"), "a modifier may not change its number");
    }

    @Test
    void proposalsAreWeak() {
        for (Proposal p : MATCHER.propose(tokens("He had a heart assault after the killing try."))) {
            assertEquals(org.unspin.lexicon.Strength.WEAK, p.strength());
            assertTrue(p.confidence() <= 0.5);
        }
    }
}
