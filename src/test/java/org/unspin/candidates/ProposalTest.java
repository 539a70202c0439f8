package org.unspin.candidates;

import org.junit.jupiter.api.Test;
import org.unspin.lexicon.LexiconEntry;
import org.unspin.lexicon.MatchMode;
import org.unspin.lexicon.SourceRef;
import org.unspin.lexicon.Strength;
import org.unspin.wordnet.Inflection;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

class ProposalTest {

    private static final LexiconEntry ENTRY = new LexiconEntry("killing try", List.of("killing", "try"),
            "assassination attempt", MatchMode.LEMMA, List.of(), Strength.STRONG, "", List.of(), "",
            new SourceRef("lexicon/general.tsv", 36));

    @Test
    void aLexiconRowIsItsOwnOrigin() {
        Proposal.Origin o = Proposal.Origin.of(ENTRY);
        assertEquals(Proposal.LEXICON, o.kind());
        assertSame(ENTRY, o.entry());
        assertEquals("lexicon/general.tsv:36", o.source().toString());
        assertEquals("killing try -> assassination attempt", o.reason());
    }

    @Test
    void aProposalAnswersForItsOrigin() {
        Proposal p = Proposal.plain(2, 4, "assassination attempt", Strength.STRONG, 0.9, Proposal.Origin.of(ENTRY));
        assertEquals(Proposal.LEXICON, p.kind());
        assertSame(ENTRY, p.entry());
        assertSame(ENTRY.source(), p.source());
        assertEquals(ENTRY.describe(), p.reason());
    }

    @Test
    void withoutALexiconLineEntryAndSourceAreNull() {
        Proposal p = Proposal.plain(0, 1, "\u201C", Strength.WEAK, 0.5, Proposal.Origin.of(Proposal.TYPOGRAPHY, "typographic quotes"));
        assertEquals(Proposal.TYPOGRAPHY, p.kind());
        assertNull(p.entry());
        assertNull(p.source());
        assertEquals("typographic quotes", p.reason());
    }

    @Test
    void aPlainProposalCarriesNoInflectionGuardsOrFluency() {
        Proposal p = Proposal.plain(0, 1, "said", Strength.WEAK, 0.5, Proposal.Origin.of("custom", "why"));
        assertEquals(Inflection.BASE, p.inflection());
        assertEquals(Proposal.Head.LAST, p.head());
        assertEquals(List.of(), p.conditions());
        assertEquals(List.of(), p.wordInflections());
        assertEquals(List.of(), p.skipped());
        assertNull(p.fluency());
    }

    @Test
    void fluencyKeepsEverythingElse() {
        Proposal p = Proposal.plain(3, 5, "said", Strength.WEAK, 0.5, Proposal.Origin.of("custom", "why"));
        FluencyEvidence ev = new FluencyEvidence(1, 0, 0, 0, 0, "synonym", "wordnet", 3, true, 2, true, 0);
        Proposal scored = p.withFluency(ev);
        assertSame(ev, scored.fluency());
        assertEquals(p, new Proposal(scored.start(), scored.end(), scored.replacement(), scored.strength(), scored.confidence(),
                scored.conditions(), scored.origin(), scored.inflection(), scored.head(), scored.wordInflections(),
                scored.skipped(), null));
    }
}
