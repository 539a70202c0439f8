/**
 * The decide stage: the Drools rule base ({@link org.unspin.decide.RuleBase}) and the decider that runs one rule session per document. Drools is used only in this package and its facts (ArchitectureTest).
 *
 * <p><b>Internal</b>: not part of the public API (README, "Library"); its types may change in any release.
 */
package org.unspin.decide;
