package org.unspin.candidates.archfixture;

import org.kie.api.KieBase;

/** Test fixture for ArchitectureRulesTest: a candidate source that holds a Drools rule base. */
public final class CompilesRules {
    KieBase rules;
}
