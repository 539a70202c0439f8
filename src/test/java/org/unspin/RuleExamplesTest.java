package org.unspin;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.unspin.decide.RuleBase;
import org.unspin.workflow.ExampleChecker;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Every rule carries its own examples (@example, @clean metadata): one test per rule checks that
 * its example is restored exactly with the rule firing, that restoring again changes nothing, and
 * that its clean example stays unchanged. A rule without examples fails.
 */
class RuleExamplesTest {

    @TestFactory
    List<DynamicTest> everyRuleChecksItsExamples() {
        Unspinner engine = TestEngines.defaults();
        ExampleChecker checker = new ExampleChecker(engine);
        return engine.rules().rules().stream()
                .map((RuleBase.RuleInfo rule) -> DynamicTest.dynamicTest(rule.file() + ":" + rule.line() + " " + rule.name(),
                        () -> assertEquals(List.of(), checker.checkRule(rule))))
                .toList();
    }
}
