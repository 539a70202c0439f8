package org.unspin.candidates.terms;

import org.unspin.morphology.PosDictionary;
import org.unspin.tokenize.Token;

/**
 * Whether a word of the text is a plural noun, read from the tag dictionary: a plural of another
 * word ("men" of "man", "rights" of "right") that is not also a singular noun in its own right
 * ("vas", "news", "species", "data"). A word the dictionary has no noun reading for falls back to
 * the regular plural of one of its base forms ({@link WordTypes#isPluralNoun}).
 */
final class NounNumber {

    private final PosDictionary tags;

    /** @param tags the tag dictionary, or null for regular plurals only */
    NounNumber(PosDictionary tags) {
        this.tags = tags;
    }

    boolean isPlural(Token t) {
        if (tags == null) {
            return WordTypes.isPluralNoun(t);
        }
        String w = t.lower();
        boolean noun = false;
        boolean pluralOfAnother = false;
        for (PosDictionary.Reading r : tags.readings(w)) {
            if (!r.tag().startsWith("NN") || r.tag().startsWith("NNP")) {
                continue;
            }
            noun = true;
            if (r.lemma().equals(w)) {
                if (!r.tag().equals("NNS")) {
                    return false; // a singular (or mass) noun of its own: vas, news, data
                }
            } else if (r.tag().equals("NNS")) {
                pluralOfAnother = true;
            }
        }
        return noun ? pluralOfAnother : WordTypes.isPluralNoun(t);
    }
}
