/**
 * Primitives shared by the loaders of the bundled language data under {@code unspin/data/} (the
 * thesaurus in {@code org.unspin.thesaurus}, the word counts in {@code org.unspin.lm}): a term
 * table held in a few arrays, variable-length integers, and reproducible gzip files.
 */
package org.unspin.data;
