/**
 * Restoring a corpus on Spark (profile spark; README, "Scale out").
 *
 * <p><b>Tool</b>: behind a command of the command line; public for the command line and for scripts, but not part of the library API (README, "Library").
 */
package org.unspin.spark;
