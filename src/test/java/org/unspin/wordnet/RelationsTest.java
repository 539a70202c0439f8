package org.unspin.wordnet;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RelationsTest {

    private static final Relations RELATIONS = new Relations(WordNet.shared());

    @Test
    void namesTheStrongestRelationBetweenTwoWords() {
        assertEquals(Relation.SAME, RELATIONS.between("try", "try"));
        assertEquals(Relation.SYNONYM, RELATIONS.between("try", "attempt"));
        assertEquals(Relation.SIMILAR, RELATIONS.between("profound", "deep"));
        assertEquals(Relation.FORM, RELATIONS.between("reservoir", "reserve"));
        assertEquals(Relation.HYPERNYM, RELATIONS.between("killing", "assassination"));
        assertEquals(Relation.NONE, RELATIONS.between("banana", "parliament"));
    }

    @Test
    void relatedFormsAreLinksBetweenTheWordsThemselves() {
        assertEquals(Relation.FORM, RELATIONS.between("decide", "decision"), "WordNet derives the one word from the other");
        assertEquals(Relation.FORM, RELATIONS.between("nation", "national"));
        // derivation pointers join words: "plan" shares a verb synset with "purpose", which derives the noun
        assertNotEquals(Relation.FORM, RELATIONS.between("plan", "purpose"));
        assertNotEquals(Relation.FORM, RELATIONS.between("catch", "mate"));
    }

    @Test
    void readsEveryBaseFormOfTheTarget() {
        assertEquals(Relation.SYNONYM, RELATIONS.between(Set.of("try"), "attempts"));
    }

    @Test
    void sharedBeginningsCountAsOneStem() {
        assertTrue(Relations.sameStem("reservoir", "reserve"));
        assertTrue(Relations.sameStem("economical", "economic"));
        assertFalse(Relations.sameStem("market", "marker"));
    }

    @Test
    void closeLemmasHoldSynonymsAndSimilarAdjectives() {
        Set<String> close = RELATIONS.closeLemmas("profound");
        assertTrue(close.contains("deep"), close.toString());
        assertFalse(close.contains("banana"));
    }
}
