package org.unspin.thesaurus;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The bundled thesaurus loads and knows the spinner's classic swaps, in both directions. */
class MobyThesaurusTest {

    private static MobyThesaurus moby;

    @BeforeAll
    static void load() {
        moby = MobyThesaurus.bundled();
    }

    @Test
    void sizesAreTheImportedOnes() {
        assertEquals(97_063, moby.size());
        assertEquals(2_315_582, moby.linkCount());
        assertEquals(26_823, moby.headCount());
    }

    @Test
    void headsListingASpunWordIncludeItsOriginal() {
        assertTrue(moby.headsListing("mention").contains("say"));
        assertTrue(moby.headsListing("knowledge").contains("data"));
        assertTrue(moby.headsListing("net").contains("web"));
        assertTrue(moby.lists("say", "mention"));
        assertTrue(moby.lists("data", "knowledge"));
    }

    @Test
    void relatesTermsThatOneListsOrOneEntryListsBoth() {
        assertTrue(moby.relates("say", "mention"));
        assertTrue(moby.relates("mention", "say"));
        assertTrue(moby.relates("killing", "assassination"), "both listed under 'murder'");
        assertFalse(moby.relates("turnover", "volume"));
        assertFalse(moby.relates("participant", "particle"));
        assertFalse(moby.relates("no such word", "say"));
    }

    @Test
    void phrasesWorkBothWays() {
        assertTrue(moby.listedBy("consider").contains("take into account"));
        assertTrue(moby.headsListing("take into account").contains("consider"));
        assertTrue(moby.listedBy("hospital").contains("infirmary"));
    }

    @Test
    void listsAreSortedDistinctAndCaseFolded() {
        List<String> heads = moby.headsListing("mention");
        assertEquals(heads.stream().sorted().distinct().toList(), heads);
        assertEquals(heads, moby.headsListing("Mention"));
        assertEquals(List.of(), moby.headsListing("mentioned"));   // uninflected: callers look up base forms
        assertEquals(List.of(), moby.listedBy("no such head"));
        assertFalse(moby.contains("VA hospital"));
    }

    @Test
    void idApiAgreesWithStrings() {
        int mention = moby.id("mention");
        assertEquals("mention", moby.term(mention));
        List<String> heads = moby.headsListing("mention");
        assertEquals(heads.size(), moby.headsListingCount(mention));
        for (int i = 0; i < heads.size(); i++) {
            assertEquals(heads.get(i), moby.term(moby.headListing(mention, i)));
        }
        int say = moby.id("say");
        assertEquals(moby.listedBy("say").get(0), moby.term(moby.listed(say, 0)));
        assertEquals(-1, moby.id("zzzq"));
        assertThrows(IndexOutOfBoundsException.class, () -> moby.listed(say, moby.listedCount(say)));
    }
}
