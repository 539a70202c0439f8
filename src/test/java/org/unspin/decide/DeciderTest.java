package org.unspin.decide;

import org.junit.jupiter.api.Test;
import org.unspin.TestLexicons;
import org.unspin.TestEngines;
import org.unspin.candidates.LexiconMatcher;
import org.unspin.candidates.Proposal;
import org.unspin.decide.facts.Candidate;
import org.unspin.decide.facts.Status;
import org.unspin.lexicon.Lexicon;
import org.unspin.tokenize.TokenizedText;
import org.unspin.wordnet.Inflector;
import org.unspin.wordnet.WordNet;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The decide stage on its own: proposals of a small lexicon, decided by the bundled rules. */
class DeciderTest {

    private static final WordNet WORDNET = WordNet.shared();
    private static final Lexicon LEXICON = lexicon();
    private static final LexiconMatcher MATCHER = new LexiconMatcher(LEXICON, new Inflector(WORDNET));
    private static final Decider DECIDER = new Decider(TestEngines.defaults().rules(), LEXICON.classes(), DecideOptions.defaults());

    private static Lexicon lexicon() {
        return TestLexicons.of("lexicon/classes.tsv", "class\twords\n@downturn\trecession|slowdown\n",
                "lexicon/t.tsv", "spun\toriginal\tmatch\tcontext\tstrength\n"
                + "killing try\tassassination attempt\texact\t\tstrong\n"
                + "economic climate\teconomy\texact\t\tweak\n"
                + "dress\tskirt\tlemma\tnext:a near:@downturn\tstrong\n");
    }

    private static Decisions decide(String s, boolean assumeSpun) {
        TokenizedText text = TestLexicons.tokens(s);
        List<Proposal> proposals = MATCHER.propose(text);
        return DECIDER.decide(text, proposals, assumeSpun);
    }

    private static Candidate only(Decisions d) {
        assertEquals(1, d.candidates().size(), d.candidates().toString());
        return d.candidates().get(0);
    }

    @Test
    void aStrongRowIsAcceptedWithTheRuleThatDecidedIt() {
        Candidate c = only(decide("He survived a killing try.", false));
        assertEquals(Status.ACCEPTED, c.getStatus());
        assertTrue(c.getDecidedBy() != null && !c.getDecidedBy().isEmpty());
    }

    @Test
    void aWeakRowWaitsForEvidenceOfSpin() {
        Decisions plain = decide("Stocks react to the economic climate.", false);
        assertEquals(Status.REJECTED, only(plain).getStatus());
        assertFalse(plain.documentSpun());
        Decisions spun = decide("Stocks react to the economic climate.", true);
        assertEquals(Status.ACCEPTED, only(spun).getStatus());
        assertTrue(spun.documentSpun());
        assertEquals("declared spun by the caller", spun.spinReason());
    }

    @Test
    void aFailedGuardRejectsAndSaysWhich() {
        Decisions held = decide("The Fed could dress a recession.", false);
        assertEquals(Status.ACCEPTED, only(held).getStatus());
        Decisions failed = decide("She will dress a mannequin.", false);
        Candidate c = only(failed);
        assertEquals(Status.REJECTED, c.getStatus());
        assertTrue(c.getReason().contains("near:@downturn"), c.getReason());
        assertEquals(2, failed.requirementsOf(c).size(), "one requirement per guard");
    }

    @Test
    void noProposalsNoSession() {
        Decisions d = decide("Nothing here is spun.", false);
        assertEquals(List.of(), d.candidates());
        assertEquals(List.of(), d.accepted());
    }

    @Test
    void phasesRunInTheDocumentedOrder() {
        assertEquals(List.of("guards", "decide", "evidence", "weak", "conflicts"), Decider.PHASES);
    }
}
