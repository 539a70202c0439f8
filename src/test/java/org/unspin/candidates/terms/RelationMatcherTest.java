package org.unspin.candidates.terms;

import org.junit.jupiter.api.Test;
import org.unspin.tokenize.TokenizedText;
import org.unspin.wordnet.Relation;
import org.unspin.wordnet.TermInventory;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.unspin.candidates.terms.TermFixtures.INVENTORY;
import static org.unspin.candidates.terms.TermFixtures.RELATIONS;
import static org.unspin.candidates.terms.TermFixtures.WORDNET;
import static org.unspin.candidates.terms.TermFixtures.at;
import static org.unspin.candidates.terms.TermFixtures.tokens;

class RelationMatcherTest {

    private final WordTypes types = new WordTypes(RELATIONS);
    private final TermCatalog catalog = new TermCatalog(INVENTORY, WORDNET);

    private TermMatch match(String sentence, String first, String... term) {
        TokenizedText text = tokens(sentence);
        return RelationMatcher.match(new TextWords(text, types), at(text, first), catalog.entry(term),
                new Relation[TermInventory.MAX_WORDS]);
    }

    @Test
    void aCuratedTermWithOneWordSwapped() {
        TermMatch m = match("He had a heart assault.", "heart", "heart", "attack");
        assertArrayEquals(new Relation[] {Relation.SAME, Relation.SYNONYM}, m.links());
        assertEquals(1, m.changed());
        assertEquals(Relation.SYNONYM.weight(), m.weight());
        assertEquals(3, m.start());
        assertEquals(5, m.end());
    }

    @Test
    void aCuratedTermWithEveryWordSwapped() {
        TermMatch m = match("The killing try failed.", "killing", "assassination", "attempt");
        assertEquals(2, m.changed());
        assertEquals(Relation.HYPERNYM.weight(), m.weight(), "the loosest link");
    }

    @Test
    void aWordNetTermNeedsOneWordKeptAndOneCloseOrOfTheSameStem() {
        TermMatch m = match("The Federal Reservoir met.", "federal", "federal", "reserve");
        assertArrayEquals(new Relation[] {Relation.SAME, Relation.FORM}, m.links());
        assertNull(match("The reserve reservoir met.", "reserve", "federal", "reserve"));
    }

    @Test
    void aVerbCannotModifyAndAKeptTermIsNoSwap() {
        assertNull(match("the apply mathematician left", "apply", "applied", "mathematician"));
        assertNull(match("a heart attack", "heart", "heart", "attack"), "nothing changed");
        assertNull(match("the stock car", "stock", "stock", "market"), "an unrelated head");
    }

    @Test
    void inflectionsAreTheSameWord() {
        assertTrue(RelationMatcher.sameLemma(Set.of("attacks", "attack"), "attack", Set.of("attack")));
        assertTrue(RelationMatcher.sameLemma(Set.of("rights", "right"), "rights", Set.of("rights", "right")));
        assertFalse(RelationMatcher.sameLemma(Set.of("assault"), "attack", Set.of("attack")));
    }

    @Test
    void closeRelationsOfAWordNetTerm() {
        TokenizedText text = tokens("reservoir marketplace stock");
        TextWords words = new TextWords(text, types);
        assertEquals(Relation.FORM, RelationMatcher.closeRelation(words.type(0), "reserve", Set.of("reserve")));
        assertEquals(Relation.SYNONYM, RelationMatcher.closeRelation(words.type(1), "market", Set.of("market")));
        assertEquals(Relation.NONE, RelationMatcher.closeRelation(words.type(2), "market", Set.of("market")));
    }

    @Test
    void aWordNetTermsWordMustBeCloseFromItsOwnSideToo() {
        TokenizedText text = tokens("alcoholic liquor");
        TextWords words = new TextWords(text, types);
        assertTrue(words.type(0).close().contains("hard"), "'alcoholic' reads as one sense of 'hard'");
        assertEquals(Relation.NONE, RelationMatcher.closeRelation(words.type(0), "hard", Set.of("hard")),
                "but no main sense of 'hard' is 'alcoholic': no spinner starting from 'hard liquor' writes it");
        assertNull(match("They sell alcoholic liquor.", "alcoholic", "hard", "liquor"));
    }
}
