package org.unspin.candidates.terms;

import org.junit.jupiter.api.Test;

import java.util.BitSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.unspin.candidates.terms.TermFixtures.RELATIONS;

class CandidateTermsTest {

    private static TermEntry term(boolean curated, String... words) {
        String joined = String.join(" ", words);
        List<Set<String>> baseForms = java.util.Arrays.stream(words).map(w -> Set.of(w)).toList();
        return new TermEntry(words, joined, joined.endsWith("s") ? joined.substring(0, joined.length() - 1) : joined,
                curated, baseForms);
    }

    /** A word type with these base forms that is close to nothing. */
    private static WordType modifier(String... lemmas) {
        Set<String> forms = Set.of(lemmas);
        return new WordType(forms, forms, true, true, false, RELATIONS);
    }

    private static final TermEntry STOCK_MARKET = term(false, "stock", "market");
    private static final TermEntry RESERVE_BANK = term(false, "reserve", "bank");
    private static final TermEntry CENTRAL_RESERVE_BANK = term(false, "central", "reserve", "bank");
    private static final TermEntry HUMAN_RIGHTS = term(true, "human", "rights");
    private static final TermEntry HUMAN_RIGHT = term(true, "human", "right");

    private final CandidateTerms candidates = new CandidateTerms(
            List.of(STOCK_MARKET, RESERVE_BANK, CENTRAL_RESERVE_BANK, HUMAN_RIGHTS, HUMAN_RIGHT));

    @Test
    void aTermIsKeptOncePerSingularFirstOneFirst() {
        assertEquals(4, candidates.entries.length);
        assertEquals(HUMAN_RIGHTS, candidates.entries[3]);
        assertTrue(candidates.singulars.contains("human right"));
    }

    @Test
    void curatedTermsAreAlwaysTried() {
        BitSet expected = new BitSet();
        expected.set(3);
        assertEquals(expected, candidates.curated);
    }

    @Test
    void aPhraseFindsTheTermsSharingAModifierInItsPosition() {
        BitSet marks = new BitSet();
        candidates.markPossible(2, new WordType[] {modifier("stock")}, marks);
        assertEquals(BitSet.valueOf(new long[] {0b1}), marks);

        marks.clear();
        candidates.markPossible(3, new WordType[] {modifier("central"), modifier("savings")}, marks);
        assertTrue(marks.get(2), "three-word term, first modifier kept");
        assertFalse(marks.get(0) || marks.get(1), "two-word terms are no three-word phrase");

        marks.clear();
        candidates.markPossible(3, new WordType[] {modifier("stock"), modifier("central")}, marks);
        assertTrue(marks.isEmpty(), "a modifier counts only in its own position");
    }

    @Test
    void aTwoWordPhraseFindsTermsWhoseModifierSharesItsStem() {
        BitSet marks = new BitSet();
        candidates.markPossible(2, new WordType[] {modifier("reservoir")}, marks);
        assertTrue(marks.get(1), "reservoir / reserve");
    }
}
