package org.unspin.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;
import org.unspin.candidates.archfixture.CompilesRules;
import org.unspin.cli.archfixture.UsesWordNetInternals;
import org.unspin.morphology.archfixture.LoopA;
import org.unspin.score.archfixture.ScoresWithTheEngine;
import org.unspin.tokenize.archfixture.LoopB;
import org.unspin.tokenize.archfixture.ReachesIntoDecide;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Each architecture rule fails on a deliberately forbidden import: small test-only classes in the
 * archfixture packages cross one boundary each, and the rule that guards it must report them,
 * naming itself and the offending class.
 */
class ArchitectureRulesTest {

    private static void assertCaught(ArchRule rule, Class<?> offender, Class<?>... more) {
        Class<?>[] all = new Class<?>[more.length + 1];
        all[0] = offender;
        System.arraycopy(more, 0, all, 1, more.length);
        JavaClasses classes = new ClassFileImporter().importClasses(all);
        AssertionError failure = assertThrows(AssertionError.class, () -> rule.check(classes),
                rule.getDescription() + " let " + offender.getName() + " through");
        String message = failure.getMessage();
        assertTrue(message.contains("Rule '" + rule.getDescription() + "' was violated"), message);
        assertTrue(message.contains(offender.getName()), message);
    }

    @Test
    void aTokenizerThatReachesIntoDecideBreaksTheDataFlow() {
        assertCaught(ArchitectureRules.STAGES_DEPEND_ALONG_THE_DATA_FLOW, ReachesIntoDecide.class);
    }

    @Test
    void extJwnlOutsideWordNetIsCaught() {
        assertCaught(ArchitectureRules.EXTJWNL_ONLY_INSIDE_WORDNET, UsesWordNetInternals.class);
    }

    @Test
    void aCommandThatGoesToWordNetDirectlyBypassesThePublicApi() {
        assertCaught(ArchitectureRules.CLI_ONLY_THROUGH_THE_PUBLIC_API, UsesWordNetInternals.class);
    }

    @Test
    void droolsOutsideDecideIsCaught() {
        assertCaught(ArchitectureRules.DROOLS_ONLY_INSIDE_DECIDE, CompilesRules.class);
    }

    @Test
    void scoringThatNeedsTheEngineIsCaught() {
        assertCaught(ArchitectureRules.SCORE_INDEPENDENT_OF_THE_ENGINE, ScoresWithTheEngine.class);
        assertCaught(ArchitectureRules.STAGES_DEPEND_ALONG_THE_DATA_FLOW, ScoresWithTheEngine.class);
    }

    @Test
    void aLoopBetweenTwoPackagesIsCaught() {
        assertCaught(ArchitectureRules.NO_CYCLES_BETWEEN_PACKAGES, LoopA.class, LoopB.class);
    }
}
