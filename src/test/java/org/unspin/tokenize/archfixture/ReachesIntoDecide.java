package org.unspin.tokenize.archfixture;

import org.unspin.decide.Decider;

/** Test fixture for ArchitectureRulesTest: a tokenizer piece that reaches forward into the decide stage. */
public final class ReachesIntoDecide {
    Decider decider;
}
