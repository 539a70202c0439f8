package org.unspin.candidates.terms;

import org.unspin.candidates.Proposal;
import org.unspin.wordnet.Relation;

/**
 * A phrase whose words relate one by one to a term's words.
 *
 * @param start   the phrase's first token
 * @param term    the term it could be a swapped form of
 * @param links   per word, how the phrase's word relates to the term's ({@link Relation#SAME} if kept)
 * @param weight  the weight of the loosest link
 * @param changed how many words are not the term's own
 */
record TermMatch(int start, TermEntry term, Relation[] links, double weight, int changed) {

    /** The token after the phrase. */
    int end() {
        return start + term.length();
    }

    /** {@link Proposal#TERM_SWAPPED} when every word was swapped, else {@link Proposal#TERM}. */
    String kind() {
        return changed == term.length() ? Proposal.TERM_SWAPPED : Proposal.TERM;
    }
}
