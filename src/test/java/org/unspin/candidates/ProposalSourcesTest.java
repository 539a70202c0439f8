package org.unspin.candidates;

import org.junit.jupiter.api.Test;
import org.unspin.Restoration;
import org.unspin.Unspinner;
import org.unspin.lexicon.Strength;
import org.unspin.tokenize.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A source registered through the builder is built for every (re)load and decided by the rules. */
class ProposalSourcesTest {

    @Test
    void aRegisteredSourceIsDecidedByTheRulesAndRebuiltOnReload() {
        AtomicInteger built = new AtomicInteger();
        Unspinner engine = Unspinner.builder().source(context -> {
            built.incrementAndGet();
            return text -> {
                List<Proposal> out = new ArrayList<>();
                for (Token t : text.tokens()) {
                    if (t.lower().equals("frobnicated")) {
                        out.add(Proposal.plain(t.index(), t.index() + 1, "said", Strength.STRONG, 0.9,
                                Proposal.Origin.of("custom", "a house rule")));
                    }
                }
                return out;
            };
        }).build();
        Restoration r = engine.restore("The minister frobnicated that taxes would fall.");
        assertEquals("The minister said that taxes would fall.", r.text());
        assertEquals("custom", r.edits().get(0).kind());
        assertEquals(1, built.get());
        engine.reload();
        assertEquals(2, built.get(), "a reload builds the source again");
        assertTrue(ProposalSourceFactory.defaults().size() >= 5, "the bundled sources stay");
    }
}
