/**
 * The normalize stage: scraping damage repaired before anything else reads the text (mis-decoded characters, boilerplate, glued sentences).
 *
 * <p><b>Internal</b>: not part of the public API (README, "Library"); its types may change in any release.
 */
package org.unspin.normalize;
