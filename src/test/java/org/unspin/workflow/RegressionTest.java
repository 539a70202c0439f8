package org.unspin.workflow;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unspin.TestEngines;
import org.unspin.cli.CliRun;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The pairs in src/test/resources/pairs against the committed baseline, and a worsened lexicon caught by regress. */
class RegressionTest {

    static final Path PAIRS = Path.of("src/test/resources/pairs");
    static final Path BASELINE = Path.of("src/test/resources/baselines/regress.tsv");

    @Test
    void noPairIsWorseThanItsBaseline() {
        List<Regression.Comparison> results = new Regression(TestEngines.defaults()).runAll(PAIRS, Regression.readBaseline(BASELINE));
        assertFalse(results.isEmpty());
        assertTrue(results.stream().allMatch(c -> c.baseline() != null), "every pair has a baseline");
        assertTrue(results.stream().noneMatch(Regression.Comparison::worse), Regression.table(results));
    }

    @Test
    void aWorsenedLexiconMakesRegressFail(@TempDir Path dir) throws IOException {
        Path lexicon = dir.resolve("lexicon");
        LinguistWorkflowTest.copy(Path.of("lexicon"), lexicon);
        // without the general spinner swaps and filler, many restorations of the pair are lost
        Files.delete(lexicon.resolve("general.tsv"));
        Files.delete(lexicon.resolve("filler.tsv"));
        CliRun worse = CliRun.of("regress", "--lexicon", lexicon.toString(), "--baseline", BASELINE.toString(), PAIRS.toString());
        assertEquals(1, worse.exit(), worse.out() + worse.err());
        assertTrue(worse.out().contains("WORSE"), worse.out());
        CliRun same = CliRun.of("regress", "--baseline", BASELINE.toString(), PAIRS.toString());
        assertEquals(0, same.exit(), same.out() + same.err());
    }
}
