/**
 * Language models (ARPA and Sphinx binary) and word counts: how likely a wording is.
 *
 * <p><b>Internal</b>: not part of the public API (README, "Library"); its types may change in any release.
 */
package org.unspin.lm;
