package org.unspin.tokenize.archfixture;

import org.unspin.morphology.archfixture.LoopA;

/** Test fixture for ArchitectureRulesTest: the other half of the loop. */
public final class LoopB {
    LoopA other;
}
