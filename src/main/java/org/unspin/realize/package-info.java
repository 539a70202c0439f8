/**
 * The realize stage: accepted restorations written into the text with the spun words' inflection, capitals and articles.
 *
 * <p><b>Internal</b>: not part of the public API (README, "Library"); its types may change in any release.
 */
package org.unspin.realize;
