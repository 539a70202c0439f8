package org.unspin;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.unspin.lexicon.Example;
import org.unspin.lexicon.LexiconEntry;
import org.unspin.lexicon.Strength;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Lexicon entries that carry an example are checked like rules: the spun example comes out as
 * written, through an edit that names this entry's line; the clean example comes out unchanged.
 * A weak entry fires only in a document that shows spin, so its examples are checked as parts of
 * a document declared spun: its clean example must be kept by its guards alone.
 */
class LexiconExamplesTest {

    private static final Unspinner ENGINE = TestEngines.defaults();

    static List<DynamicTest> examplesOf(Unspinner engine, List<LexiconEntry> entries) {
        List<DynamicTest> tests = new ArrayList<>();
        for (LexiconEntry entry : entries) {
            RestoreOptions options = new RestoreOptions(entry.strength() == Strength.WEAK);
            for (Example ex : entry.examples()) {
                String where = entry.source() + " (" + entry.describe() + ")";
                if (ex.isClean()) {
                    tests.add(DynamicTest.dynamicTest(where + ": clean example", () ->
                            assertEquals(ex.input(), engine.restore(ex.input(), options).text(), where)));
                } else {
                    tests.add(DynamicTest.dynamicTest(where + ": spun example", () -> {
                        Restoration r = engine.restore(ex.input(), options);
                        assertEquals(ex.expected(), r.text(), where);
                        assertTrue(r.edits().stream().anyMatch(e -> entry.source().toString().equals(e.source())),
                                where + ": no edit came from this entry");
                    }));
                }
            }
        }
        return tests;
    }

    @TestFactory
    List<DynamicTest> everyEntryExampleHolds() {
        return examplesOf(ENGINE, ENGINE.lexicon().entries());
    }
}
