package org.unspin.unseen;

import org.junit.jupiter.api.Test;
import org.unspin.SourceEvaluator;
import org.unspin.TestEngines;
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

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Each proposal source's own recall and precision on the development pairs, before the rules
 * decide (OpenNLP-style evaluators): what the sources offer is the ceiling of what the rules can
 * restore. Held at a committed baseline: a change that makes a source offer less fails here.
 */
class SourceEvaluationTest {

    private static final Path PAIRS = Path.of("src/test/resources/pairs-development");
    private static final Path BASELINE = Path.of("src/test/resources/baselines/source-evaluation.tsv");
    private static final double TOLERANCE = 0.005;

    @Test
    void eachSourceHoldsItsRecallAndPrecisionOnTheDevelopmentPairs() throws IOException {
        SourceEvaluator evaluator = new SourceEvaluator(TestEngines.defaults());
        for (Path[] pair : Regression.pairs(PAIRS).values()) {
            evaluator.evaluate(Files.readString(pair[0], StandardCharsets.UTF_8), Files.readString(pair[1], StandardCharsets.UTF_8));
        }
        StringBuilder table = new StringBuilder("source evaluation on the development pairs (before the rules decide):\n");
        List<List<String>> rows = new ArrayList<>();
        evaluator.counts().forEach((name, c) -> {
            table.append(String.format(Locale.ROOT, "  %-22s %s%n", name, c));
            rows.add(List.of(name, cell(c.recall()), cell(c.precision()), Integer.toString(c.proposals())));
        });
        System.out.print(table);
        if (BaselineFile.updating()) {
            BaselineFile.write(BASELINE, "each proposal source's recall and precision on the development pairs\n"
                    + "written by: mvn test -Dtest=SourceEvaluationTest -Dunspin.updateBaselines=true", "source\trecall\tprecision\tproposals", rows);
            return;
        }
        Map<String, List<String>> baseline = BaselineFile.read(BASELINE);
        List<String> worse = new ArrayList<>();
        for (List<String> row : rows) {
            List<String> base = baseline.get(row.get(0));
            if (base == null) {
                continue;
            }
            compare(worse, row.get(0) + " recall", row.get(1), base.get(0));
            compare(worse, row.get(0) + " precision", row.get(2), base.get(1));
        }
        assertTrue(worse.isEmpty(), () -> "worse than " + BASELINE + " (rewrite it with -Dunspin.updateBaselines=true if intended): " + worse + "\n" + table);
    }

    private static void compare(List<String> worse, String what, String now, String base) {
        OptionalDouble n = BaselineFile.number(now);
        OptionalDouble b = BaselineFile.number(base);
        if (b.isPresent() && (n.isEmpty() || n.getAsDouble() < b.getAsDouble() - TOLERANCE)) {
            worse.add(what + " " + now + " < " + base);
        }
    }

    private static String cell(double x) {
        return Double.isNaN(x) ? BaselineFile.NOT_AVAILABLE : String.format(Locale.ROOT, "%.4f", x);
    }
}
