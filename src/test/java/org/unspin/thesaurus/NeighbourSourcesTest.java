package org.unspin.thesaurus;

import org.junit.jupiter.api.Test;
import org.unspin.morphology.WordClass;
import org.unspin.wordnet.WordNet;
import org.unspin.wordnet.WordNetNeighbours;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The thesauri read in the spinner's direction: what could a spinner have replaced with this word? */
class NeighbourSourcesTest {

    private static Neighbour find(List<Neighbour> ns, String original) {
        return ns.stream().filter(n -> n.original().equals(original)).findFirst().orElse(null);
    }

    @Test
    void wordNetOffersSynonymsFromEverySenseAndOneStepUpOrDown() {
        WordNetNeighbours wordNet = new WordNetNeighbours(WordNet.shared());
        Neighbour have = find(wordNet.originalsOf("possess", WordClass.VERB), "have");
        assertEquals(Relation.SYNONYM, have.relation());
        assertTrue(have.fanout() > 1, "a spinner picks among several synonyms of 'have'");
        Neighbour are = find(wordNet.originalsOf("area unit", WordClass.NOUN), "are");
        assertEquals(Relation.BROADER, are.relation(), "the spinner generalized 'are' (the unit) to 'area unit'");
        assertTrue(wordNet.originalsOf("possess", WordClass.VERB).stream().noneMatch(n -> n.original().equals("possess")));
        assertTrue(wordNet.originalsOf("possess", WordClass.OTHER).isEmpty());
        assertTrue(wordNet.originalsOf("qzxv", WordClass.NOUN).isEmpty());
    }

    @Test
    void mobyOffersTheHeadsThatListTheWord() {
        MobyNeighbours moby = new MobyNeighbours(MobyThesaurus.bundled());
        Neighbour say = find(moby.originalsOf("mention", WordClass.VERB), "say");
        assertEquals(Relation.LISTED, say.relation());
        assertEquals("moby", say.source());
        assertTrue(say.fanout() > 10, "'say' lists many words");
        assertFalse(moby.originalsOf("mention", WordClass.VERB).stream().anyMatch(n -> n.original().equals("mention")));
        assertTrue(moby.originalsOf("qzxv", WordClass.NOUN).isEmpty());
    }
}
