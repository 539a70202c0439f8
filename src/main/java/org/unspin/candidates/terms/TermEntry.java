package org.unspin.candidates.terms;

import java.util.List;
import java.util.Set;

/**
 * A term of the inventory with what every match needs of it, worked out once.
 *
 * @param words     the term's words, lower case
 * @param joined    the words joined by spaces: the replacement
 * @param singular  {@code joined} without a final "s": the same term reached in singular and
 *                  plural ("human right(s)") is one
 * @param curated   listed in the lexicon's term files (looser links allowed), not only in WordNet
 * @param baseForms each word's WordNet base forms
 */
record TermEntry(String[] words, String joined, String singular, boolean curated, List<Set<String>> baseForms) {

    int length() {
        return words.length;
    }
}
