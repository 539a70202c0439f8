/**
 * The candidates stage: proposal sources (lexicon rows, acronym glosses, typography, spintax, thesaurus neighbours scored by the language model) read the tokenized text and propose restorations for the rules to decide.
 *
 * <p><b>Internal</b>: not part of the public API (README, "Library"); its types may change in any release.
 */
package org.unspin.candidates;
