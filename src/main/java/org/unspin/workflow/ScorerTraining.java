package org.unspin.workflow;

import org.unspin.OptionLabeller;
import org.unspin.Unspinner;
import org.unspin.candidates.LearnedScorer;
import org.unspin.wordnet.Inflector;
import org.unspin.wordnet.WordNet;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Trains the {@link LearnedScorer} on synthetic spin: WordNet glosses the clean corpus does not use
 * (every third synset from the second, so the test slice stays unseen) spun by two simulated
 * spinners (WordNet's synonyms; Moby's lists), the engine's thesaurus candidates scored on each
 * spun copy, and every option labelled by whether it is the word the spinner replaced. A logistic
 * regression (Newton's method, L2 penalty) is fitted on four documents in five and measured on the
 * fifth: the proposals the scorer would make at several probability bars, beside the
 * rules' bars without it. Deterministic: the same engine, size, rate and seed give the same weights.
 */
public final class ScorerTraining {

    static final int OFFSET = 1;
    static final int STRIDE = 3;
    static final int DOCUMENT_WORDS = 250;
    static final double L2 = 1.0;
    static final int NEWTON_STEPS = 25;

    /** One option of one span: its features and whether it is the original. */
    record Example(double[] x, boolean original, int document, int start, int end) { }

    /** The fitted scorer, the file header that says how, and the held-out report. */
    public record Result(LearnedScorer scorer, List<String> header, String report) {
        /** The weights file: the header as comments, then one weight a line. */
        public String weightsFile() {
            return scorer.format(header);
        }
    }

    private final OptionLabeller labeller;
    private final WordNet wordNet;
    private final org.unspin.thesaurus.MobyThesaurus moby;

    public ScorerTraining(Unspinner engine) {
        this.labeller = new OptionLabeller(engine);
        this.wordNet = WordNet.shared();
        this.moby = org.unspin.thesaurus.MobyThesaurus.bundled();
    }

    /** Trains on about {@code words} words of glosses, a share {@code rate} of their content words spun. */
    public Result train(int words, double rate, long seed) {
        List<String> docs = GlossCorpus.documents(OFFSET, STRIDE, words, DOCUMENT_WORDS);
        Inflector inflector = new Inflector(wordNet);
        SpinnerSimulator.Thesaurus[] spinners = {
                SpinnerSimulator.wordNetThesaurus(wordNet),
                SpinnerSimulator.Thesaurus.of(moby::listedBy)};
        List<Example> train = new ArrayList<>();
        List<Example> test = new ArrayList<>();
        int testGoldWords = 0;
        for (int d = 0; d < docs.size(); d++) {
            SpinnerSimulator simulator = new SpinnerSimulator(spinners[d % spinners.length], wordNet, inflector, rate, seed + d);
            SpinnerSimulator.SpunText spun = simulator.spin(docs.get(d));
            OptionLabeller.Labelled labelled = labeller.label(docs.get(d), spun.spun());
            boolean held = d % 5 == 4;
            if (held) {
                testGoldWords += labelled.goldWords();
            }
            for (OptionLabeller.Option o : labelled.options()) {
                (held ? test : train).add(new Example(o.features(), o.original(), d, o.start(), o.end()));
            }
        }
        LearnedScorer scorer = new LearnedScorer(fit(train));
        String report = report(scorer, test, testGoldWords);
        List<String> header = List.of(
                "Learned scorer of thesaurus options: P(the option is the author's word | its evidence).",
                "Logistic regression over the features below (see LearnedScorer.features), fitted by",
                String.format(Locale.ROOT, "./unspin train-scorer --words %d --rate %s --seed %d", words, rate, seed),
                String.format(Locale.ROOT, "on %d documents of WordNet 3.1 glosses (synsets %d mod %d), spun by two simulated",
                        docs.size(), OFFSET, STRIDE),
                String.format(Locale.ROOT, "spinners (WordNet synonyms, Moby lists); %d training options (%d originals),",
                        train.size(), train.stream().filter(Example::original).count()),
                String.format(Locale.ROOT, "%d held-out options (%d originals). L2 penalty %.1f.",
                        test.size(), test.stream().filter(Example::original).count(), L2),
                "Held-out proposals (one per span, the most probable option):");
        List<String> all = new ArrayList<>(header);
        for (String line : report.split("\n")) {
            all.add("  " + line);
        }
        return new Result(scorer, all, report);
    }

    /** Logistic regression by Newton's method; the bias is not penalized. */
    static double[] fit(List<Example> examples) {
        int k = LearnedScorer.FEATURES.size();
        double[] w = new double[k];
        for (int step = 0; step < NEWTON_STEPS; step++) {
            double[] gradient = new double[k];
            double[][] hessian = new double[k][k];
            for (Example e : examples) {
                double z = 0;
                for (int i = 0; i < k; i++) {
                    z += w[i] * e.x[i];
                }
                double p = 1 / (1 + Math.exp(-z));
                double r = p - (e.original ? 1 : 0);
                double v = p * (1 - p);
                for (int i = 0; i < k; i++) {
                    gradient[i] += r * e.x[i];
                    for (int j = 0; j <= i; j++) {
                        hessian[i][j] += v * e.x[i] * e.x[j];
                    }
                }
            }
            for (int i = 0; i < k; i++) {
                for (int j = 0; j < i; j++) {
                    hessian[j][i] = hessian[i][j];
                }
                if (i > 0) {
                    gradient[i] += L2 * w[i];
                    hessian[i][i] += L2;
                } else {
                    hessian[i][i] += 1e-9;
                }
            }
            double[] delta = solve(hessian, gradient);
            double size = 0;
            for (int i = 0; i < k; i++) {
                w[i] -= delta[i];
                size = Math.max(size, Math.abs(delta[i]));
            }
            if (size < 1e-7) {
                break;
            }
        }
        return w;
    }

    /** Solves a x = b by Gaussian elimination with partial pivoting (a and b are overwritten). */
    static double[] solve(double[][] a, double[] b) {
        int n = b.length;
        for (int c = 0; c < n; c++) {
            int pivot = c;
            for (int r = c + 1; r < n; r++) {
                if (Math.abs(a[r][c]) > Math.abs(a[pivot][c])) {
                    pivot = r;
                }
            }
            double[] row = a[c];
            a[c] = a[pivot];
            a[pivot] = row;
            double t = b[c];
            b[c] = b[pivot];
            b[pivot] = t;
            if (Math.abs(a[c][c]) < 1e-12) {
                throw new IllegalStateException("singular system: a feature never varies in the training data");
            }
            for (int r = c + 1; r < n; r++) {
                double f = a[r][c] / a[c][c];
                for (int j = c; j < n; j++) {
                    a[r][j] -= f * a[c][j];
                }
                b[r] -= f * b[c];
            }
        }
        double[] x = new double[n];
        for (int r = n - 1; r >= 0; r--) {
            double s = b[r];
            for (int j = r + 1; j < n; j++) {
                s -= a[r][j] * x[j];
            }
            x[r] = s / a[r][r];
        }
        return x;
    }

    /**
     * Held-out proposals, as the candidate source makes them (one per span: the most probable
     * option), at several probability bars: how many, how many right, and the share of the gold
     * words they restore. Overlapping spans both count: the rules keep one.
     */
    static String report(LearnedScorer scorer, List<Example> test, int goldWords) {
        List<Example> chosen = new ArrayList<>();
        List<Double> p = new ArrayList<>();
        for (int i = 0; i < test.size(); ) {
            Example best = test.get(i);
            double bestP = scorer.probability(best.x);
            int j = i + 1;
            for (; j < test.size() && test.get(j).document == best.document && test.get(j).start == best.start
                    && test.get(j).end == best.end; j++) {
                double q = scorer.probability(test.get(j).x);
                if (q > bestP) {
                    best = test.get(j);
                    bestP = q;
                }
            }
            chosen.add(best);
            p.add(bestP);
            i = j;
        }
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "%d spans with options, %d gold words%n", chosen.size(), goldWords));
        // the rules' bars without the scorer: the most fluent option, a close relation, gain 4, margin 2, books 0.5
        int n0 = 0;
        int right0 = 0;
        int words0 = 0;
        for (int i = 0; i < test.size(); ) {
            Example best = test.get(i);
            int j = i + 1;
            for (; j < test.size() && test.get(j).document == best.document && test.get(j).start == best.start
                    && test.get(j).end == best.end; j++) {
                if (test.get(j).x[1] > best.x[1]) {
                    best = test.get(j);
                }
            }
            if (best.x[1] >= 4 && best.x[2] >= 2 && best.x[3] >= 0.5 && (best.x[9] == 1 || best.x[10] == 1)) {
                n0++;
                right0 += best.original ? 1 : 0;
                words0 += best.original ? best.end - best.start : 0;
            }
            i = j;
        }
        b.append(String.format(Locale.ROOT, "fixed bars:  %5d proposals, %5d right, precision %s, recall %.3f%n", n0, right0,
                n0 == 0 ? "n/a" : String.format(Locale.ROOT, "%.3f", (double) right0 / n0), goldWords == 0 ? 0.0 : (double) words0 / goldWords));
        for (double bar : new double[] {0.3, 0.5, 0.6, 0.7, 0.8, 0.9}) {
            int n = 0;
            int right = 0;
            int rightWords = 0;
            for (int i = 0; i < chosen.size(); i++) {
                if (p.get(i) >= bar) {
                    n++;
                    if (chosen.get(i).original) {
                        right++;
                        rightWords += chosen.get(i).end - chosen.get(i).start;
                    }
                }
            }
            b.append(String.format(Locale.ROOT, "p >= %.1f: %5d proposals, %5d right, precision %s, recall %.3f%n",
                    bar, n, right, n == 0 ? "n/a" : String.format(Locale.ROOT, "%.3f", (double) right / n),
                    goldWords == 0 ? 0.0 : (double) rightWords / goldWords));
        }
        return b.toString();
    }
}
