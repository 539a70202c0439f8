/**
 * The linguist's tools: check, regress, mine, detect (spin risk) and simulate (synthetic spin).
 *
 * <p><b>Tool</b>: behind a command of the command line; public for the command line and for scripts, but not part of the library API (README, "Library").
 */
package org.unspin.workflow;
