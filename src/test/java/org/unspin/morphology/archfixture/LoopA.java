package org.unspin.morphology.archfixture;

import org.unspin.tokenize.archfixture.LoopB;

/** Test fixture for ArchitectureRulesTest: one half of a loop between two top-level packages. */
public final class LoopA {
    LoopB other;
}
