package org.unspin.candidates.terms;

import org.unspin.thesaurus.MobyThesaurus;
import org.unspin.wordnet.Relation;

import java.util.Set;

/**
 * Whether a general thesaurus relates two words (one's entry lists the other, or one entry lists
 * both): what a spinner's thesaurus would offer for one in place of the other. WordNet's looser
 * links (a related form, a kind of the other within three steps, kinds of one thing) also join
 * words no spinner swaps: "participant" is a related form of "particle", "marketer" of "market",
 * "turnover" a kind of "volume", "hedge" of "security". Those count only where the thesaurus
 * relates the two words too ("reservoir" / "reserve", "motor" / "engine", "killing" /
 * "assassination", both under "murder"); a shared synset or similar adjectives count on their own.
 */
final class ThesaurusLinks {

    /** No thesaurus: every WordNet link counts. */
    static final ThesaurusLinks NONE = new ThesaurusLinks(null);

    private final MobyThesaurus thesaurus;

    /** @param thesaurus the thesaurus to ask, or null for every WordNet link ({@link #NONE}) */
    ThesaurusLinks(MobyThesaurus thesaurus) {
        this.thesaurus = thesaurus;
    }

    /** Whether WordNet's link {@code r} from the spun word (its lemmas) to the term word (or its base forms) may be used. */
    boolean allows(Relation r, Set<String> spunLemmas, String termWord, Set<String> termBaseForms) {
        if (thesaurus == null || r == Relation.SAME || r == Relation.SYNONYM || r == Relation.SIMILAR || r == Relation.NONE) {
            return true;
        }
        for (String s : spunLemmas) {
            if (thesaurus.relates(s, termWord)) {
                return true;
            }
            for (String t : termBaseForms) {
                if (thesaurus.relates(s, t)) {
                    return true;
                }
            }
        }
        return false;
    }
}
