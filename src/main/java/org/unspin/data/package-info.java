/**
 * Primitives shared by the loaders of the bundled language data under {@code unspin/data/} (the
 * thesaurus in {@code org.unspin.thesaurus}, the word counts in {@code org.unspin.lm}): a term
 * table held in a few arrays, variable-length integers, and reproducible gzip files.
 *
 * <p><b>Internal</b>: not part of the public API (README, "Library"); its types may change in any release.
 */
package org.unspin.data;
