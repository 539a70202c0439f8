package org.unspin.lexicon.importer;

/**
 * One row of the Problematic Paper Screener's fingerprint list: the tortured phrase, the phrase
 * the curators expect in its place, how many papers it was found in, and the raw screener query.
 */
public record PpsPair(String spun, String expected, int papers, String query, int line) {

    /** True when the screener flags the phrase only together with other words (AND / NOT clauses). */
    public boolean queryNeedsContext() {
        return query.contains(" AND ") || query.contains(" NOT ");
    }
}
