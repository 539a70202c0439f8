package org.unspin.score.archfixture;

import org.unspin.Unspinner;

/** Test fixture for ArchitectureRulesTest: scoring that builds an engine. */
public final class ScoresWithTheEngine {
    Unspinner engine;
}
