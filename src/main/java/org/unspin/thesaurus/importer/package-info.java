/**
 * Regenerates the bundled thesaurus ({@code unspin/data/moby/thesaurus.bin.gz}) from the Moby
 * Thesaurus II word list (npm {@code moby@1.1.2}, {@code words.txt}) and the Google Books unigram
 * list. Run by hand; nothing reads the raw files at build or run time.
 *
 * <p><b>Tool</b>: behind a command of the command line; public for the command line and for scripts, but not part of the library API (README, "Library").
 */
package org.unspin.thesaurus.importer;
