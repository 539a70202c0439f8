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
 * Every hand-written entry must carry both, except the rows of {@link #KNOWN_FAILING}: no example
 * of theirs passes today (lexicon/README.md, "Rows without an example"), so they carry a clean
 * sentence only, and {@code check} warns of each.
 */
public class LexiconExamplesTest {

    /** Hand-written rows for which no example passes, and why. */
    public static final Map<String, String> KNOWN_FAILING = Map.of(
            "lexicon/filler.tsv:12", "every match is also a match of general.tsv:86 ('much more' -> 'more'), which wins",
            "lexicon/finance.tsv:33", "the spun side 's&p' tokenizes as three tokens, text's 'S&P' as one: the row never matches",
            "lexicon/general.tsv:55", "the language model prefers 'an improvement for/to' to 'a boost for/to' in every sentence tried",
            "lexicon/general.tsv:57", "the language model prefers 'significant increase' to 'dramatic gain' in every sentence tried");

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
