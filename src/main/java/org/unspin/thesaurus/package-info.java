/**
 * The Moby Thesaurus II as a compact two-way index: which heads list a term (the words a
 * spinner could have replaced with it) and which terms a head lists. Loaded from the bundled
 * {@code unspin/data/moby/} files; {@code importer} regenerates them from the raw word list.
 *
 * <p><b>Internal</b>: not part of the public API (README, "Library"); its types may change in any release.
 */
package org.unspin.thesaurus;
