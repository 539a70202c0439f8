/**
 * The importer of the science lexicon from tortured-phrase data (<code>unspin import-pps</code>).
 *
 * <p><b>Tool</b>: behind a command of the command line; public for the command line and for scripts, but not part of the library API (README, "Library").
 */
package org.unspin.lexicon.importer;
