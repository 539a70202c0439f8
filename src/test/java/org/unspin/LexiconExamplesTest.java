package org.unspin;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.unspin.lexicon.LexiconEntry;
import org.unspin.workflow.ExampleChecker;
import org.unspin.workflow.Finding;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Lexicon entries that carry examples are checked like rules (see ExampleChecker): the spun
 * example comes out as written through an edit from that entry; the clean example is untouched.
 * Every hand-written entry must carry both, except the rows of {@link #KNOWN_FAILING} (none
 * today): a row for which no example passes would be listed there with the reason, carry a clean
 * sentence only, and {@code check} would warn of it; lexicon/README.md, "Retired rows", says what
 * became of the last ones.
 */
public class LexiconExamplesTest {

    /** Hand-written rows for which no example passes, and why. */
    public static final Map<String, String> KNOWN_FAILING = Map.of();

    @TestFactory
    List<DynamicTest> everyEntryExampleHolds() {
        Unspinner engine = TestEngines.defaults();
        ExampleChecker checker = new ExampleChecker(engine);
        return engine.lexicon().entries().stream()
                .filter(e -> !e.examples().isEmpty() || engine.lexicon().handWritten(e))
                .map(e -> DynamicTest.dynamicTest(e.source() + " " + e.describe(), () -> check(engine, checker, e)))
                .toList();
    }

    private static void check(Unspinner engine, ExampleChecker checker, LexiconEntry e) {
        String row = e.source().toString();
        if (engine.lexicon().handWritten(e)) {
            assertTrue(e.examples().stream().anyMatch(x -> x.isClean()), row + ": a hand-written row needs a clean sentence");
            assertEquals(!KNOWN_FAILING.containsKey(row), e.examples().stream().anyMatch(x -> !x.isClean()),
                    row + ": a hand-written row needs an example (and one that passes is taken off KNOWN_FAILING)");
        }
        List<Finding> errors = checker.checkEntry(e).stream().filter(Finding::error).toList();
        assertEquals(List.of(), errors);
    }
}
