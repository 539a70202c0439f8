package org.unspin.lexicon.importer;

/**
 * A screened pair in lexicon shape, with the keys it is compared by: {@code spunKey} and
 * {@code expectedKey} are the sides as lower-case tokens joined by spaces.
 */
public record PairCandidate(PpsPair pair, ShapedPair shaped, String spunKey, String expectedKey) {

    public int papers() {
        return pair.papers();
    }
}
