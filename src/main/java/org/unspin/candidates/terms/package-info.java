/**
 * Term composition: a phrase that is no known term but whose words relate one by one to a known term's words is proposed to be that term (rules/terms.drl decides).
 *
 * <p><b>Internal</b>: not part of the public API (README, "Library"); its types may change in any release.
 */
package org.unspin.candidates.terms;
