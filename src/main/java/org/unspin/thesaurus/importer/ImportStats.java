package org.unspin.thesaurus.importer;

/**
 * What the thesaurus import read and kept. Links are dropped in this order: a term repeated in
 * its entry or equal to its head, then a head or listed term of the wrong shape ({@link TermShape}),
 * then a head with a word missing from the Google Books unigram list.
 */
public record ImportStats(int headsRead, int linksRead, int repeats, int headShape, int listedShape,
                         int headNotInUnigrams, int linksKept, int headsKept, int termsKept) {

    public String summary() {
        return String.format("""
                read %,d heads and %,d links
                  dropped %,9d  repeated in the entry or equal to the head
                  dropped %,9d  head is not 1-3 lower-case words
                  dropped %,9d  listed term is not 1-3 lower-case words
                  dropped %,9d  a word of the head is not in the Google Books unigram list
                kept %,d links from %,d heads; %,d distinct terms""",
                headsRead, linksRead, repeats, headShape, listedShape, headNotInUnigrams, linksKept, headsKept, termsKept);
    }
}
