package org.unspin.candidates.terms;

import org.junit.jupiter.api.Test;
import org.unspin.candidates.Confidence;
import org.unspin.candidates.Proposal;
import org.unspin.lexicon.Strength;
import org.unspin.tokenize.TokenizedText;
import org.unspin.wordnet.Inflection;
import org.unspin.wordnet.Relation;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.unspin.candidates.terms.TermFixtures.INVENTORY;
import static org.unspin.candidates.terms.TermFixtures.WORDNET;
import static org.unspin.candidates.terms.TermFixtures.tokens;

class TermProposalsTest {

    private final TermCatalog catalog = new TermCatalog(INVENTORY, WORDNET);

    @Test
    void oneWordSwappedIsATermWithItsRelationAsReason() {
        TokenizedText text = tokens("He had a heart assault.");
        TermMatch m = new TermMatch(3, catalog.entry(new String[] {"heart", "attack"}),
                new Relation[] {Relation.SAME, Relation.SYNONYM}, Relation.SYNONYM.weight(), 1);
        Proposal p = TermProposals.of(text, m, false, false);
        assertEquals(3, p.start());
        assertEquals(5, p.end());
        assertEquals("heart attack", p.replacement());
        assertEquals(Proposal.TERM, p.kind());
        assertEquals(Strength.WEAK, p.strength());
        assertEquals(Confidence.term(Relation.SYNONYM.weight()), p.confidence());
        assertEquals("'heart assault' is no known term; 'heart attack' is (term list): assault ~synonym~ attack", p.reason());
        assertNull(p.entry());
        assertNull(p.source());
        assertEquals(List.of(Inflection.BASE, Inflection.BASE), p.wordInflections());
        assertEquals(Proposal.Head.LAST, p.head());
    }

    @Test
    void everyWordSwappedIsATermSwapped() {
        TokenizedText text = tokens("killing try");
        TermMatch m = new TermMatch(0, catalog.entry(new String[] {"assassination", "attempt"}),
                new Relation[] {Relation.HYPERNYM, Relation.SYNONYM}, Relation.HYPERNYM.weight(), 2);
        assertEquals(Proposal.TERM_SWAPPED, TermProposals.of(text, m, false, false).kind());
    }

    @Test
    void aWordNetTermSaysSo() {
        TokenizedText text = tokens("Federal Reservoir");
        TermMatch m = new TermMatch(0, catalog.entry(new String[] {"federal", "reserve"}),
                new Relation[] {Relation.SAME, Relation.FORM}, Relation.FORM.weight(), 1);
        assertEquals("'federal reservoir' is no known term; 'federal reserve' is (WordNet): reservoir ~form~ reserve",
                TermProposals.of(text, m, false, false).reason());
    }

    @Test
    void aPluralSpunHeadMakesTheTermsHeadPlural() {
        TokenizedText text = tokens("two heart assaults");
        TermMatch m = new TermMatch(1, catalog.entry(new String[] {"heart", "attack"}),
                new Relation[] {Relation.SAME, Relation.SYNONYM}, Relation.SYNONYM.weight(), 1);
        Proposal p = TermProposals.of(text, m, false, true);
        assertEquals(Inflection.S_FORM, p.inflection());
        assertEquals(List.of(Inflection.BASE, Inflection.S_FORM), p.wordInflections());
        TermMatch rights = new TermMatch(0, catalog.entry(new String[] {"human", "rights"}),
                new Relation[] {Relation.SAME, Relation.SYNONYM}, Relation.SYNONYM.weight(), 1);
        assertEquals(Inflection.BASE, TermProposals.of(tokens("human privileges"), rights, true, true).inflection(),
                "the term's head is plural already");
    }

    @Test
    void aSingularHeadEndingInSIsNoPlural() {
        TokenizedText text = tokens("psychic processes");
        TermMatch m = new TermMatch(0, catalog.entry(new String[] {"mental", "process"}),
                new Relation[] {Relation.SIMILAR, Relation.SAME}, Relation.SIMILAR.weight(), 1);
        assertEquals("mental process", TermProposals.of(text, m, catalog.isPluralNoun("process"), true).replacement());
        assertEquals(Inflection.S_FORM, TermProposals.of(text, m, catalog.isPluralNoun("process"), true).inflection(),
                "'process' ends in s but is singular: the spun plural makes it 'processes'");
        assertTrue(catalog.isPluralNoun("manners"));
        assertTrue(catalog.isPluralNoun("rights"));
        assertFalse(catalog.isPluralNoun("news"));
    }
}
