/**
 * The lexicon files (lexicon/README.md): substitution rows with their guards and examples, word classes, scraping repairs, acronyms and the term inventory, loaded and checked.
 *
 * <p><b>Internal</b>: not part of the public API (README, "Library"); its types may change in any release.
 */
package org.unspin.lexicon;
