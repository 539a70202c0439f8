package org.unspin.workflow;

import org.unspin.TestEngines;

import org.junit.jupiter.api.Test;
import org.unspin.candidates.LearnedScorer;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ScorerTrainingTest {

    @Test
    void solveFindsTheExactSolution() {
        double[][] a = {{0, 2, 1}, {1, 1, 1}, {2, 0, 3}};
        double[] x = ScorerTraining.solve(a, new double[] {7, 6, 11});
        assertArrayEquals(new double[] {1, 2, 3}, x, 1e-12);
    }

    @Test
    void fitRecoversTheWeightsThatGeneratedTheLabels() {
        int k = LearnedScorer.FEATURES.size();
        double[] truth = new double[k];
        truth[0] = -1.0;
        truth[1] = 1.5;
        truth[9] = 2.0;
        Random random = new Random(7);
        List<ScorerTraining.Example> examples = new ArrayList<>();
        for (int n = 0; n < 40_000; n++) {
            double[] x = new double[k];
            x[0] = 1;
            x[1] = random.nextGaussian();
            x[9] = random.nextBoolean() ? 1 : 0;
            x[2] = random.nextGaussian(); // noise the labels do not depend on
            double p = new LearnedScorer(truth).probability(x);
            examples.add(new ScorerTraining.Example(x, random.nextDouble() < p, n, 0, 1));
        }
        double[] w = ScorerTraining.fit(examples);
        assertEquals(-1.0, w[0], 0.1);
        assertEquals(1.5, w[1], 0.1);
        assertEquals(2.0, w[9], 0.15);
        assertEquals(0.0, w[2], 0.05);
        assertTrue(Math.abs(w[5]) < 1e-6, "a feature that never varies keeps weight 0: " + w[5]);
    }

    @Test
    void trainingOnSyntheticSpinWritesAFileTheEngineReadsAndIsDeterministic() {
        ScorerTraining training = new ScorerTraining(TestEngines.defaults());
        ScorerTraining.Result a = training.train(4000, 0.3, 5);
        String file = a.scorer().format(a.header());
        assertTrue(file.contains("./unspin train-scorer --words 4000 --rate 0.3 --seed 5"), file);
        assertTrue(a.report().contains("fixed bars:"), a.report());
        LearnedScorer read = LearnedScorer.parse("trained.tsv", file);
        assertArrayEquals(a.scorer().weights(), read.weights(), 1e-6);
        assertArrayEquals(a.scorer().weights(), training.train(4000, 0.3, 5).scorer().weights(), 0);
        assertTrue(a.scorer().weights()[LearnedScorer.FEATURES.indexOf("gain")] > 0,
                "the more the model prefers an option, the likelier it is the original");
    }
}
