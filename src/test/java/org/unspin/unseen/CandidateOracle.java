package org.unspin.unseen;

import java.util.Set;

/**
 * Where restorations could come from: the words a candidate generator would offer as the original
 * of a spun word. It measures the ceiling of a generator (how many gold edits it could restore at
 * all, whatever the rules then decide), so generators can be compared before rules are written.
 */
@FunctionalInterface
interface CandidateOracle {

    /**
     * @param spunWordLower the spun word, lower case
     * @param spunContext   the spun words around it, for generators that look at context
     * @return lower-case candidate originals (base forms or surface forms)
     */
    Set<String> originalsFor(String spunWordLower, String spunContext);
}
