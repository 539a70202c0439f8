package org.unspin.unseen;

import org.junit.jupiter.api.Test;
import org.unspin.Restoration;
import org.unspin.TestEngines;
import org.unspin.Unspinner;
import org.unspin.score.Alignment;
import org.unspin.score.EditScore;
import org.unspin.score.Metric;
import org.unspin.score.Score;
import org.unspin.score.Scorer;
import org.unspin.score.WordTokens;
import org.unspin.wordnet.WordNet;
import org.unspin.workflow.Regression;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Spin from tools the lexicon was not written from: the development pairs
 * (src/test/resources/pairs-development, real spun web copies) restored by the default engine.
 * Per pair and overall: WER of the spun and the restored text, edits made, edit precision and
 * recall (the project's scorer: same spun span, same replacement), the ceiling of the candidate
 * oracle (share of gold edit tokens whose original word the oracle offers for the spun word) and
 * the share of gold edit tokens that are insertions or deletions, which no word substitution can
 * undo. Restored WER and precision are held at the committed baseline
 * (src/test/resources/baselines/development-pairs.tsv); {@code -Dunspin.updateBaselines=true}
 * rewrites it.
 */
class DevelopmentPairsTest {

    static final Path PAIRS = Path.of("src/test/resources/pairs-development");
    static final Path BASELINE = Path.of("src/test/resources/baselines/development-pairs.tsv");
    /** Rounding noise, as in regress: half a WER point, half a precision percent. */
    static final double WER_TOLERANCE = Regression.TOLERANCE * 100;
    static final double PRECISION_TOLERANCE = Regression.TOLERANCE;
    static final String MEAN = "mean";

    /** One pair's counts; rates are derived so that the pooled row adds counts, not rates. */
    record PairFigures(String name, int words, double spunWer, double restoredWer, int engineEdits, int systemEdits,
                       int truePositives, int goldEdits, int goldTokens, int covered, int indels) {

        OptionalDouble precision() {
            return BaselineFile.ratio(truePositives, systemEdits);
        }

        OptionalDouble recall() {
            return BaselineFile.ratio(truePositives, goldEdits);
        }

        OptionalDouble ceiling() {
            return BaselineFile.ratio(covered, goldTokens);
        }

        OptionalDouble indelShare() {
            return BaselineFile.ratio(indels, goldTokens);
        }
    }

    @Test
    void developmentPairsHoldTheBaseline() throws IOException {
        Unspinner engine = TestEngines.defaults();
        WordNetNeighbours oracle = new WordNetNeighbours(WordNet.shared());
        List<PairFigures> pairs = new ArrayList<>();
        for (Map.Entry<String, Path[]> pair : Regression.pairs(PAIRS).entrySet()) {
            String original = Files.readString(pair.getValue()[0], StandardCharsets.UTF_8);
            String spun = Files.readString(pair.getValue()[1], StandardCharsets.UTF_8);
            pairs.add(measure(pair.getKey(), original, spun, engine, oracle));
        }
        assertEquals(8, pairs.size(), "the development folder holds eight pairs");
        double meanWer = pairs.stream().mapToDouble(PairFigures::restoredWer).average().orElseThrow();
        System.out.print(table(pairs));

        if (BaselineFile.updating()) {
            writeBaseline(pairs, meanWer);
            System.out.println("baseline written to " + BASELINE);
            return;
        }
        Map<String, List<String>> baseline = BaselineFile.read(BASELINE);
        List<String> worse = new ArrayList<>();
        for (PairFigures p : pairs) {
            List<String> row = baseline.get(p.name());
            assertTrue(row != null, "no baseline for pair " + p.name() + " in " + BASELINE
                    + "; run mvn test -Dtest=DevelopmentPairsTest -Dunspin.updateBaselines=true");
            double baseWer = Double.parseDouble(row.get(0));
            OptionalDouble basePrecision = BaselineFile.number(row.get(1));
            if (p.restoredWer() > baseWer + WER_TOLERANCE) {
                worse.add(String.format(Locale.ROOT, "%s: restored WER %.2f%% > baseline %.2f%%", p.name(), p.restoredWer(), baseWer));
            }
            // without edits precision is undefined: losing the edits shows in the WER instead
            if (basePrecision.isPresent() && p.precision().isPresent()
                    && p.precision().getAsDouble() < basePrecision.getAsDouble() - PRECISION_TOLERANCE) {
                worse.add(String.format(Locale.ROOT, "%s: precision %.3f < baseline %.3f", p.name(),
                        p.precision().getAsDouble(), basePrecision.getAsDouble()));
            }
        }
        double baseMean = Double.parseDouble(baseline.get(MEAN).get(0));
        if (meanWer > baseMean + 0.005) {
            worse.add(String.format(Locale.ROOT, "mean restored WER %.3f%% > baseline %.3f%%", meanWer, baseMean));
        }
        assertTrue(worse.isEmpty(), "worse than " + BASELINE + " (if intended, rewrite it with -Dunspin.updateBaselines=true): "
                + String.join("; ", worse));
    }

    static PairFigures measure(String name, String original, String spun, Unspinner engine, WordNetNeighbours oracle) {
        Restoration r = engine.restore(spun);
        Score score = Scorer.score(original, r.text(), spun);
        EditScore edits = score.metrics().edits().orElseThrow();

        // gold edit tokens: the word-level alignment of the spun text to the original
        List<String> originalWords = WordTokens.of(original);
        List<String> spunWords = WordTokens.of(spun);
        int goldTokens = 0;
        int covered = 0;
        int indels = 0;
        for (Alignment.Step step : Alignment.of(originalWords, spunWords).steps()) {
            switch (step.operation()) {
                case MATCH -> { }
                case SUBSTITUTION -> {
                    goldTokens++;
                    int at = step.hypothesisIndex();
                    String context = String.join(" ", spunWords.subList(Math.max(0, at - 3), Math.min(spunWords.size(), at + 4)));
                    if (oracle.offers(spunWords.get(at), originalWords.get(step.referenceIndex()), context)) {
                        covered++;
                    }
                }
                default -> {
                    goldTokens++;
                    indels++;
                }
            }
        }
        return new PairFigures(name, score.metrics().words().referenceLength(), score.baselineValue(Metric.WER).orElseThrow(),
                score.wer(), r.editCount(), edits.system().size(), edits.truePositiveCount(), edits.gold().size(),
                goldTokens, covered, indels);
    }

    static String table(List<PairFigures> pairs) {
        String head = "%-38s %6s %8s %8s %6s %6s %6s %7s %6s%n";
        String row = "%-38s %6d %7.2f%% %7.2f%% %6d %6s %6s %7s %6s%n";
        StringBuilder b = new StringBuilder("development pairs, default engine; ceiling: gold edit tokens the WordNet oracle "
                + "offers the original for; indel: gold edit tokens no substitution undoes\n");
        b.append(String.format(Locale.ROOT, head, "pair", "words", "spun WER", "rest WER", "edits", "prec", "recall", "ceiling", "indel"));
        for (PairFigures p : pairs) {
            b.append(String.format(Locale.ROOT, row, p.name(), p.words(), p.spunWer(), p.restoredWer(), p.engineEdits(),
                    BaselineFile.format(p.precision(), 3), BaselineFile.format(p.recall(), 3), BaselineFile.format(p.ceiling(), 3),
                    BaselineFile.format(p.indelShare(), 3)));
        }
        b.append(String.format(Locale.ROOT, row, "mean of the pairs", (int) Math.round(pairs.stream().mapToInt(PairFigures::words).average().orElse(0)),
                pairs.stream().mapToDouble(PairFigures::spunWer).average().orElse(0),
                pairs.stream().mapToDouble(PairFigures::restoredWer).average().orElse(0),
                Math.round(pairs.stream().mapToInt(PairFigures::engineEdits).average().orElse(0)),
                BaselineFile.format(mean(pairs.stream().map(PairFigures::precision).toList()), 3),
                BaselineFile.format(mean(pairs.stream().map(PairFigures::recall).toList()), 3),
                BaselineFile.format(mean(pairs.stream().map(PairFigures::ceiling).toList()), 3),
                BaselineFile.format(mean(pairs.stream().map(PairFigures::indelShare).toList()), 3)));
        PairFigures all = pooled(pairs);
        b.append(String.format(Locale.ROOT, row, "pooled (all edits and tokens)", all.words(), all.spunWer(), all.restoredWer(),
                all.engineEdits(), BaselineFile.format(all.precision(), 3), BaselineFile.format(all.recall(), 3),
                BaselineFile.format(all.ceiling(), 3), BaselineFile.format(all.indelShare(), 3)));
        return b.toString();
    }

    /** The mean of the defined values; undefined when none is. */
    static OptionalDouble mean(List<OptionalDouble> values) {
        return values.stream().filter(OptionalDouble::isPresent).mapToDouble(OptionalDouble::getAsDouble).average();
    }

    /** All pairs as one: counts added, WERs weighted by words. */
    static PairFigures pooled(List<PairFigures> pairs) {
        int words = pairs.stream().mapToInt(PairFigures::words).sum();
        double spunWer = pairs.stream().mapToDouble(p -> p.spunWer() * p.words()).sum() / Math.max(words, 1);
        double restoredWer = pairs.stream().mapToDouble(p -> p.restoredWer() * p.words()).sum() / Math.max(words, 1);
        return new PairFigures("pooled", words, spunWer, restoredWer,
                pairs.stream().mapToInt(PairFigures::engineEdits).sum(), pairs.stream().mapToInt(PairFigures::systemEdits).sum(),
                pairs.stream().mapToInt(PairFigures::truePositives).sum(), pairs.stream().mapToInt(PairFigures::goldEdits).sum(),
                pairs.stream().mapToInt(PairFigures::goldTokens).sum(), pairs.stream().mapToInt(PairFigures::covered).sum(),
                pairs.stream().mapToInt(PairFigures::indels).sum());
    }

    static void writeBaseline(List<PairFigures> pairs, double meanWer) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        for (PairFigures p : pairs) {
            rows.add(List.of(p.name(), String.format(Locale.ROOT, "%.2f", p.restoredWer()), BaselineFile.format(p.precision(), 4)));
        }
        rows.add(List.of(MEAN, String.format(Locale.ROOT, "%.3f", meanWer), BaselineFile.format(pooled(pairs).precision(), 4)));
        BaselineFile.write(BASELINE, "DevelopmentPairsTest: restored WER (percent) and edit precision per pair (n/a: no edits);\n"
                        + "mean: the pairs' mean restored WER and the pooled precision. Rewrite with\n"
                        + "mvn test -Dtest=DevelopmentPairsTest -Dunspin.updateBaselines=true",
                "pair\trestored_wer\tprecision", rows);
    }
}
