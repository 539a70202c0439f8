/**
 * Regenerates the bundled thesaurus ({@code unspin/data/moby/thesaurus.bin.gz}) from the Moby
 * Thesaurus II word list (npm {@code moby@1.1.2}, {@code words.txt}) and the Google Books unigram
 * list. Run by hand; nothing reads the raw files at build or run time.
 */
package org.unspin.thesaurus.importer;
