package org.unspin.unseen;

import org.junit.jupiter.api.Test;
import org.unspin.TestEngines;
import org.unspin.workflow.Regression;
import org.unspin.workflow.SpinDetector;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The spin-risk score on the development pairs: each spun copy beside its original. Printed as one
 * table; held at what is reached today (how many spun copies score above every original), so a
 * change that blurs the two fails here.
 */
class DetectDevelopmentPairsTest {

    /** Spun copies scoring above every original today (of 8; the three paraphrased pages score 0 like the originals). */
    private static final int SEPARATED_BASELINE = 5;

    @Test
    void spunCopiesScoreAboveTheOriginals() throws IOException {
        SpinDetector detector = new SpinDetector(TestEngines.defaults());
        Map<String, Path[]> pairs = Regression.pairs(Path.of("src/test/resources/pairs-development"));
        StringBuilder table = new StringBuilder("spin risk on the development pairs: original | spun copy\n");
        double maxOriginal = 0;
        double[] spun = new double[pairs.size()];
        int i = 0;
        for (Map.Entry<String, Path[]> p : pairs.entrySet()) {
            double original = detector.assess(Files.readString(p.getValue()[0], StandardCharsets.UTF_8)).score();
            spun[i] = detector.assess(Files.readString(p.getValue()[1], StandardCharsets.UTF_8)).score();
            maxOriginal = Math.max(maxOriginal, original);
            table.append(String.format(Locale.ROOT, "  %-40s %5.1f | %5.1f%n", p.getKey(), original, spun[i]));
            i++;
        }
        int separated = 0;
        for (double s : spun) {
            separated += s > maxOriginal ? 1 : 0;
        }
        table.append(String.format(Locale.ROOT, "  %d of %d spun copies score above every original (highest original %.1f)%n",
                separated, spun.length, maxOriginal));
        System.out.print(table);
        assertTrue(separated >= SEPARATED_BASELINE, table::toString);
    }
}
