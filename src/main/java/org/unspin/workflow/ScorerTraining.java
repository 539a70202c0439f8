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

    /** The engine's own options on the command line that trains with it ("" for the bundled engine), for the file's header. */
    private final String engineArguments;

    public ScorerTraining(Unspinner engine) {
        this(engine, "");
    }

    /** @param engineArguments how the engine was chosen, as train-scorer's options ("--lm my.arpa"), recorded in the header */
    public ScorerTraining(Unspinner engine, String engineArguments) {
        this.engineArguments = engineArguments.isBlank() ? "" : " " + engineArguments.strip();
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
                String.format(Locale.ROOT, "./unspin train-scorer --words %d --rate %s --seed %d%s", words, rate, seed, engineArguments),
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
        List<List<Example>> spans = spans(test);
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "%d spans with options, %d gold words%n", spans.size(), goldWords));
        // the rules' bars without the scorer: the most fluent option, a close relation, gain 4, margin 2, books 0.5
        List<Example> fixed = new ArrayList<>();
        for (List<Example> span : spans) {
            Example best = span.stream().max(java.util.Comparator.comparingDouble(e -> e.x[1])).orElseThrow();
            if (best.x[1] >= 4 && best.x[2] >= 2 && best.x[3] >= 0.5 && (best.x[9] == 1 || best.x[10] == 1)) {
                fixed.add(best);
            }
        }
        b.append(line("fixed bars: ", fixed, goldWords));
        for (double bar : new double[] {0.3, 0.5, 0.6, 0.7, 0.8, 0.9}) {
            List<Example> proposed = new ArrayList<>();
            for (List<Example> span : spans) {
                Example best = span.stream().max(java.util.Comparator.comparingDouble(e -> scorer.probability(e.x))).orElseThrow();
                if (scorer.probability(best.x) >= bar) {
                    proposed.add(best);
                }
            }
            b.append(line(String.format(Locale.ROOT, "p >= %.1f:", bar), proposed, goldWords));
        }
        return b.toString();
    }

    /** The options grouped by span (a span's options are adjacent), in order. */
    private static List<List<Example>> spans(List<Example> options) {
        List<List<Example>> spans = new ArrayList<>();
        for (Example e : options) {
            List<Example> last = spans.isEmpty() ? null : spans.get(spans.size() - 1);
            if (last != null && last.get(0).document == e.document && last.get(0).start == e.start && last.get(0).end == e.end) {
                last.add(e);
            } else {
                spans.add(new ArrayList<>(List.of(e)));
            }
        }
        return spans;
    }

    /** "p >= 0.8:    60 proposals,    50 right, precision 0.833, recall 0.014". */
    private static String line(String label, List<Example> proposed, int goldWords) {
        int right = 0;
        int rightWords = 0;
        for (Example e : proposed) {
            if (e.original) {
                right++;
                rightWords += e.end - e.start;
            }
        }
        return String.format(Locale.ROOT, "%s %5d proposals, %5d right, precision %s, recall %.3f%n", label, proposed.size(), right,
                proposed.isEmpty() ? "n/a" : String.format(Locale.ROOT, "%.3f", (double) right / proposed.size()),
                goldWords == 0 ? 0.0 : (double) rightWords / goldWords);
    }
}
