package org.unspin.workflow;

import org.junit.jupiter.api.Test;
import org.unspin.TestEngines;
import org.unspin.TestTexts;
import org.unspin.cli.CliRun;
import org.unspin.corpus.CleanCorpus;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The spin-risk score keeps the reference spun text far from clean English. */
class SpinDetectorTest {

    @Test
    void spunAndCleanTextAreFarApart() {
        SpinDetector detector = new SpinDetector(TestEngines.defaults());
        SpinDetector.SpinRisk spun = detector.assess(TestTexts.referenceSpun());
        SpinDetector.SpinRisk original = detector.assess(TestTexts.referenceOriginal());
        List<String> clean = CleanCorpus.documents(20_000);
        double maxClean = 0;
        double sumClean = 0;
        for (String doc : clean) {
            double s = detector.assess(doc).score();
            maxClean = Math.max(maxClean, s);
            sumClean += s;
        }
        System.out.printf("detect: reference spun %.1f (%s; %.2f strong, %.2f weak, %.2f filler per 100 words), original %.1f; "
                        + "clean corpus (%d documents) mean %.1f, max %.1f%n", spun.score(), spun.level(), spun.strongPer100(),
                spun.weakPer100(), spun.fillerPer100(), original.score(), clean.size(), sumClean / clean.size(), maxClean);
        assertEquals("high", spun.level());
        assertTrue(spun.score() - maxClean >= 50, "spun " + spun.score() + " vs clean max " + maxClean);
        assertEquals("low", original.level());
        assertTrue(!spun.evidence().isEmpty());
    }

    @Test
    void detectCommandPrintsScoreAndEvidence() {
        CliRun run = CliRun.of("detect", "examples/cnbc-small-caps/spun.txt");
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().startsWith("spin risk "), run.out());
        assertTrue(run.out().contains("lexicon/"), run.out());
    }
}
