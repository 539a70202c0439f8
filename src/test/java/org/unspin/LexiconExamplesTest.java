package org.unspin;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.unspin.workflow.ExampleChecker;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Lexicon entries that carry examples are checked like rules (see ExampleChecker): the spun
 * example comes out as written through an edit from that entry; the clean example is untouched.
 */
class LexiconExamplesTest {

    @TestFactory
    List<DynamicTest> everyEntryExampleHolds() {
        Unspinner engine = TestEngines.defaults();
        ExampleChecker checker = new ExampleChecker(engine);
        return engine.lexicon().entries().stream()
                .filter(e -> !e.examples().isEmpty())
                .map(e -> DynamicTest.dynamicTest(e.source() + " " + e.describe(), () -> assertEquals(List.of(), checker.checkEntry(e))))
                .toList();
    }
}
