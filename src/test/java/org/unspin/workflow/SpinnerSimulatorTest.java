package org.unspin.workflow;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unspin.cli.CliRun;
import org.unspin.wordnet.Inflector;
import org.unspin.wordnet.WordNet;
import org.unspin.workflow.SpinnerSimulator.SpunText;
import org.unspin.workflow.SpinnerSimulator.Swap;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The spinner simulator: deterministic, loss-free swap records, what it leaves alone, inflection and case. */
class SpinnerSimulatorTest {

    static final String TEXT = "Alice bought 3 large houses in Paris and said \"the weather is lovely\" yesterday. "
            + "Markets rose sharply after the central bank lowered interest rates, and investors quickly bought shares. "
            + "The committee approved the proposal because it offered a simple solution to a difficult problem.";

    @Test
    void theSameSeedGivesTheSameSpinAndAnotherSeedAnother() {
        SpunText a = SpinnerSimulator.withWordNet(0.5, 7).spin(TEXT);
        SpunText b = SpinnerSimulator.withWordNet(0.5, 7).spin(TEXT);
        SpunText c = SpinnerSimulator.withWordNet(0.5, 8).spin(TEXT);
        assertEquals(a, b);
        assertNotEquals(a.spun(), c.spun());
        assertEquals(TEXT, SpinnerSimulator.withWordNet(0, 7).spin(TEXT).spun(), "rate 0 swaps nothing");
    }

    @Test
    void everySwapIsRecordedWhereItIsAndUndoingThemGivesTheOriginal() {
        SpunText s = SpinnerSimulator.withWordNet(1, 3).spin(TEXT);
        assertTrue(s.swaps().size() >= 10, "at rate 1 most content words are swapped: " + s.swaps());
        StringBuilder undone = new StringBuilder();
        int at = 0;
        for (Swap swap : s.swaps()) {
            assertEquals(swap.spun(), s.spun().substring(swap.start(), swap.end()), "spun span of " + swap);
            assertEquals(swap.original(), TEXT.substring(swap.originalStart(), swap.originalStart() + swap.original().length()),
                    "original offset of " + swap);
            undone.append(s.spun(), at, swap.start()).append(swap.original());
            at = swap.end();
        }
        undone.append(s.spun().substring(at));
        assertEquals(TEXT, undone.toString());
        assertEquals(s.swaps().size() + 1, s.swapsTsv().split("\n").length, "one TSV line per swap after the header");
    }

    @Test
    void namesNumbersFunctionWordsAndQuotedWordsAreLeftAlone() {
        SpunText s = SpinnerSimulator.withWordNet(1, 3).spin(TEXT);
        List<String> swapped = s.swaps().stream().map(Swap::original).toList();
        for (String kept : List.of("Alice", "3", "Paris", "and", "the", "in", "after", "because", "weather", "lovely", "it")) {
            assertFalse(swapped.contains(kept), kept + " must not be swapped: " + swapped);
        }
        assertTrue(s.spun().contains("\"the weather is lovely\""), s.spun());
    }

    @Test
    void theSwappedWordKeepsTheInflectionAndCapitalizationOfTheOriginal() {
        // a thesaurus without word classes, as a plain synonym list would be
        SpinnerSimulator.Thesaurus thesaurus = SpinnerSimulator.Thesaurus.of(base -> Map.of(
                "house", List.of("home"), "buy", List.of("purchase"), "large", List.of("big"), "rise", List.of("climb")).getOrDefault(base, List.of()));
        WordNet wordNet = WordNet.shared();
        SpinnerSimulator simulator = new SpinnerSimulator(thesaurus, wordNet, new Inflector(wordNet), 1, 1);
        SpunText s = simulator.spin("Houses were bought. Prices rose and large firms are buying.");
        assertEquals("Homes were purchased. Prices climbed and big firms are purchasing.", s.spun());
        assertEquals(List.of("noun", "verb", "verb", "adjective", "verb"), s.swaps().stream().map(w -> w.wordClass().label()).toList());
    }

    @Test
    void theCommandWritesAPairThatRegressReads(@TempDir Path dir) throws IOException {
        Path clean = dir.resolve("news.txt");
        Files.writeString(clean, TEXT, StandardCharsets.UTF_8);
        Path pairs = dir.resolve("pairs");
        CliRun run = CliRun.of("simulate", "--rate", "0.5", "--seed", "7", "--pair", pairs.toString(), clean.toString());
        assertEquals(0, run.exit(), run.err());
        assertEquals(TEXT, Files.readString(pairs.resolve("news.original.txt")));
        assertEquals(SpinnerSimulator.withWordNet(0.5, 7).spin(TEXT).spun(), Files.readString(pairs.resolve("news.spun.txt")));
        assertTrue(Files.readString(pairs.resolve("news.swaps.tsv")).startsWith("start\tend\toriginal_start\tclass\tspun\toriginal\n"));
        assertEquals(1, Regression.pairs(pairs).size(), "regress finds the pair");

        CliRun bad = CliRun.of("simulate", "--rate", "2", clean.toString());
        assertEquals(2, bad.exit(), "a rate above 1 is a usage error: " + bad.err());
    }
}
