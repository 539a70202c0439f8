package org.unspin.candidates.terms;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.unspin.thesaurus.MobyThesaurus;
import org.unspin.wordnet.Relation;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ThesaurusLinksTest {

    private static final ThesaurusLinks LINKS = new ThesaurusLinks(MobyThesaurus.bundled());

    /** WordNet's relation, spun word, term word, whether the link stands */
    @ParameterizedTest
    @CsvSource({
            "FORM, reservoir, reserve, true",       // the thesaurus links them: Federal Reservoir
            "FORM, economical, economic, true",     // one way is enough
            "FORM, participant, particle, false",   // beta participants are no beta particles
            "FORM, marketer, market, false",
            "HYPERNYM, plan, policy, true",
            "HYPERNYM, motor, engine, true",
            "HYPERNYM, turnover, volume, false",    // trading turnover is no trading volume
            "HYPERNYM, hedge, security, false",
            "HYPERNYM, killing, assassination, true", // both listed under "murder"
            "HYPERNYM, malignancy, cancer, true",     // both under "poison"
            "FORM, electronic, electrical, false",
            "SYNONYM, heap, batch, true",           // a shared synset counts on its own
            "SIMILAR, profound, deep, true",
    })
    void looseLinksNeedTheThesaurus(Relation r, String spun, String term, boolean stands) {
        assertEquals(stands, LINKS.allows(r, Set.of(spun), term, Set.of()), spun + " ~" + r + "~ " + term);
    }

    @ParameterizedTest
    @CsvSource({"FORM, participant, particle", "HYPERNYM, turnover, volume"})
    void withoutAThesaurusEveryLinkIsAllowed(Relation r, String spun, String term) {
        assertTrue(ThesaurusLinks.NONE.allows(r, Set.of(spun), term, Set.of()));
    }
}
