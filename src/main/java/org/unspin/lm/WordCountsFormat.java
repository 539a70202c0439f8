package org.unspin.lm;

/**
 * The layout of the bundled Google Books counts, written by
 * {@code org.unspin.lm.importer.WordCountsImporter} and read by {@link WordCounts}: two gzip
 * text files of ASCII lines ending in LF, most frequent first (ties in byte order):
 * {@code unigrams.txt.gz} holds {@code word count}, {@code bigrams.txt.gz} holds
 * {@code word word count}. Words are lower case ({@code a-z} and apostrophes); every word of a
 * bigram is also a unigram.
 */
public final class WordCountsFormat {

    public static final String BUNDLED_UNIGRAMS = "unspin/data/googlebooks/unigrams.txt.gz";
    public static final String BUNDLED_BIGRAMS = "unspin/data/googlebooks/bigrams.txt.gz";
    public static final String UNIGRAMS_FILE = "unigrams.txt.gz";
    public static final String BIGRAMS_FILE = "bigrams.txt.gz";

    private WordCountsFormat() {
    }
}
