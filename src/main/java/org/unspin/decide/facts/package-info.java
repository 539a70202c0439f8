/**
 * The facts the rules reason over: candidates under decision, context tokens, requirements (context guards) and document evidence.
 *
 * <p><b>Internal</b>: not part of the public API (README, "Library"); its types may change in any release.
 */
package org.unspin.decide.facts;
