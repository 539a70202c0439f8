package org.unspin;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.unspin.decide.RuleBase;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every rule carries its own examples (@example, @clean metadata), checked here: the spun example
 * is restored exactly and the rule took part, the clean example stays unchanged, and restoring
 * the restored text again changes nothing. A rule without examples fails.
 */
class RuleExamplesTest {

    private static final Unspinner ENGINE = TestEngines.defaults();

    static List<DynamicTest> examplesOf(Unspinner engine, List<RuleBase.RuleInfo> rules) {
        List<DynamicTest> tests = new ArrayList<>();
        for (RuleBase.RuleInfo rule : rules) {
            String where = rule.file() + " rule \"" + rule.name() + "\"";
            tests.add(DynamicTest.dynamicTest(where + ": has examples", () -> {
                assertNotNull(rule.exampleInput(), where + " has no @example(\"spun => restored\")");
                assertNotNull(rule.clean(), where + " has no @clean(\"...\")");
            }));
            if (rule.exampleInput() == null || rule.clean() == null) {
                continue;
            }
            tests.add(DynamicTest.dynamicTest(where + ": restores its example", () -> {
                Restoration r = engine.restore(rule.exampleInput());
                assertEquals(rule.exampleExpected(), r.text(), where);
                assertTrue(r.rulesFired().contains(rule.name()), where + " did not fire on its example; fired: " + r.rulesFired());
                Restoration again = engine.restore(r.text());
                assertEquals(r.text(), again.text(), where + ": restoring the restored example changes it again");
            }));
            tests.add(DynamicTest.dynamicTest(where + ": leaves its clean example alone", () ->
                    assertEquals(rule.clean(), engine.restore(rule.clean()).text(), where)));
        }
        return tests;
    }

    @TestFactory
    List<DynamicTest> everyRuleChecksItsExamples() {
        return examplesOf(ENGINE, ENGINE.rules().rules());
    }
}
