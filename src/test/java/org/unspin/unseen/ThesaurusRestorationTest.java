package org.unspin.unseen;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.unspin.Edit;
import org.unspin.Restoration;
import org.unspin.RestoreOptions;
import org.unspin.TestEngines;
import org.unspin.Unspinner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Unseen spin (no lexicon row names it), restored through the thesauri and the language model
 * (rules/thesaurus.drl), inside a document that shows spin elsewhere; the same words written by
 * people are left alone; and ordinary English that rows fitted to one article used to damage
 * stays as it is.
 */
class ThesaurusRestorationTest {

    /** Strong evidence of spin, so that the sentence after it is judged inside a spun document. */
    private static final String SPUN_LEAD = "The Federal Reservoir chair said the killing try failed. ";
    private static final String RESTORED_LEAD = "The Federal Reserve chair said the assassination attempt failed. ";

    private final Unspinner engine = TestEngines.defaults();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "The hospital possesses two new scanners.|The hospital has two new scanners.",
            "The river possesses a strong current in spring.|The river has a strong current in spring.",
            "Each student possesses a locker and a key.|Each student has a locker and a key.",
            "She bought the tickets on-line last week.|She bought the tickets online last week.",
            "The drug is utilized to treat high blood pressure.|The drug is used to treat high blood pressure.",
            "Researchers utilized a new method to measure the effect.|Researchers used a new method to measure the effect.",
    })
    void restoresThesaurusSwapsInASpunDocument(String spun, String original) {
        Restoration r = engine.restore(SPUN_LEAD + spun);
        assertEquals(RESTORED_LEAD + original, r.text());
        assertTrue(r.edits().stream().anyMatch(e -> e.rule().startsWith("thesaurus:")),
                () -> "restored by the thesaurus rule: " + r.edits());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "The hospital possesses two new scanners.",
            "Many on-line shops closed during the strike.",
            "The drug is utilized to treat high blood pressure.",
    })
    void leavesTheSameWordsAloneWhereNothingShowsSpin(String sentence) {
        assertEquals(sentence, engine.restore(sentence).text());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "High blood pressure is common.",
            "The Nasdaq dove 2% as shares sold off.",
            "Farmers are concerned about the dry weather.",
            "The storm caused widespread damage along the coast.",
            // "let" takes a bare infinitive: "Let the dough to rest" would break the sentence
            "Permit the dough to rest for an hour.",
            "Permit the dough enough time.",
            // the weak row gain -> win is for winning an election, not for anything gained near one
            "She hopes to gain a pound before the election.",
            "The rules permit visitors to park here overnight.",
    })
    void ordinaryEnglishInsideASpunDocumentIsLeftAlone(String sentence) {
        Restoration r = engine.restore(SPUN_LEAD + sentence);
        assertEquals(RESTORED_LEAD + sentence, r.text());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // a row in the lemma's inflection: WordNet lists "hitting hit" and "ran run" with no tag
            "Stocks reached a record high on Friday.|Stocks hit a record high on Friday.",
            "Shares have reached a record high.|Shares have hit a record high.",
    })
    void lemmaRowsTakeTheSpunWordsInflection(String spun, String original) {
        assertEquals(RESTORED_LEAD + original, engine.restore(SPUN_LEAD + spun).text());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // the head's number read by the tag dictionary: "men" is the plural of "man", "vas" no plural of "va"
            "Two immature men waited at the gate.|Two young men waited at the gate.",
            "The surgeon sealed a small blood vas.|The surgeon sealed a small blood vessel.",
    })
    void termsKeepTheSpunHeadsNumber(String spun, String original) {
        assertEquals(RESTORED_LEAD + original, engine.restore(SPUN_LEAD + spun).text());
    }

    /**
     * Spin another tool made shows through fluency, and the thesaurus restores it; the lexicon's weak
     * rows record the habits of the spinners it was written from, so they wait for its strong rows
     * (or the caller's word).
     */
    @Test
    void aDocumentSpunByFluencyAloneKeepsTheLexiconsWeakRowsOut() {
        String fluent = "The bank possesses enough reserves. Many on-line stores sell books. On-line auctions are popular. "
                + "The economical recovery continued. The city possesses a large library. The school possesses a new gym. ";
        String weak = "Stocks react to the economic climate.";
        Restoration r = engine.restore(fluent + weak);
        assertTrue(r.documentSpun() && r.text().startsWith("The bank has enough reserves."), r::toString);
        assertTrue(r.text().endsWith(" " + weak), r::text);
        assertTrue(r.nearMisses().stream().anyMatch(m -> m.rule().equals("weak: a lexicon row needs the lexicon's strong restorations")),
                () -> "explain says why: " + r.nearMisses());
        assertTrue(engine.restore(fluent + weak, new RestoreOptions(true)).text().endsWith(" Stocks react to the economy."),
                "declared spun by the caller, the weak row applies");
        assertTrue(engine.restore(SPUN_LEAD + fluent + weak).text().endsWith(" Stocks react to the economy."),
                "with the lexicon's strong restorations, it applies");
    }

    @ParameterizedTest
    @ValueSource(strings = {"The drug is utilized to treat high blood pressure."})
    void explainShowsTheModelsEvidence(String sentence) {
        Restoration r = engine.restore(SPUN_LEAD + sentence);
        Edit e = r.edits().stream().filter(x -> x.rule().startsWith("thesaurus:")).findFirst().orElseThrow();
        assertTrue(e.reason().contains("LM +") && e.reason().contains("books") && e.reason().contains("wordnet"),
                () -> "the reason names the gain, the second opinion and the thesaurus: " + e.reason());
    }
}
