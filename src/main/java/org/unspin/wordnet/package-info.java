/**
 * The embedded WordNet 3.1 (extJWNL): lemmas, relations, inflection and the term inventory. extJWNL is used only in this package (ArchitectureTest); others name parts of speech with {@link org.unspin.morphology.WordClass}.
 *
 * <p><b>Internal</b>: not part of the public API (README, "Library"); its types may change in any release.
 */
package org.unspin.wordnet;
