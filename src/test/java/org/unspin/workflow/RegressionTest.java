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

/**
 * The pairs in src/test/resources/pairs and the development pairs (src/test/resources/pairs-development)
 * against their committed baselines, and a worsened lexicon caught by regress.
 */
class RegressionTest {

    static final Path PAIRS = Path.of("src/test/resources/pairs");
    static final Path BASELINE = Path.of("src/test/resources/baselines/regress.tsv");
    static final Path DEVELOPMENT_PAIRS = Path.of("src/test/resources/pairs-development");
    static final Path DEVELOPMENT_BASELINE = Path.of("src/test/resources/baselines/regress-development.tsv");

    @Test
    void noPairIsWorseThanItsBaseline() {
        List<Regression.Comparison> results = new Regression(TestEngines.defaults()).runAll(PAIRS, Regression.readBaseline(BASELINE));
        assertFalse(results.isEmpty());
        assertTrue(results.stream().allMatch(c -> c.baseline() != null), "every pair has a baseline");
        assertTrue(results.stream().noneMatch(Regression.Comparison::worse), Regression.table(results));
    }

    /** The same check a linguist runs: ./unspin regress src/test/resources/pairs-development --baseline ... */
    @Test
    void noDevelopmentPairIsWorseThanItsBaseline() {
        CliRun run = CliRun.of("regress", "--baseline", DEVELOPMENT_BASELINE.toString(), DEVELOPMENT_PAIRS.toString());
        System.out.print(run.out());
        assertEquals(0, run.exit(), "a development pair got worse than " + DEVELOPMENT_BASELINE + ":\n" + run.out() + run.err());
        assertFalse(run.out().contains(" new "), "every development pair has a baseline in " + DEVELOPMENT_BASELINE + ":\n" + run.out());
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
