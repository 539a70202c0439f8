package org.unspin.candidates;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The probability that a thesaurus option is the author's word, from the evidence the other
 * signals already give (language model gain and margin, Google Books, fits, frequencies, relation,
 * thesauri, fanout, span lengths): a logistic regression trained on synthetic spin
 * ({@code ./unspin train-scorer}), shipped as a small text file of named weights. It is one more
 * feature for the rules (rules/thesaurus.drl), which still decide.
 *
 * <p>File format: lines {@code feature<TAB>weight}; {@code #} starts a comment; every feature of
 * {@link #FEATURES} must appear once. Errors name the file and line.
 */
public final class LearnedScorer {

    /** The feature names, in the order of {@link #features}. */
    public static final List<String> FEATURES = List.of(
            "bias", "gain", "margin", "books_gain", "spun_fit", "replacement_fit",
            "spun_frequency", "replacement_frequency", "frequency_ratio",
            "synonym", "similar", "broader", "narrower", "derived", "listed",
            "both_thesauri", "log_fanout", "spun_words", "replacement_words",
            "gain_if_synonym", "gain_if_listed", "gain_times_margin");

    /** The bundled weights' classpath resource. */
    public static final String BUNDLED = "unspin/data/learned/thesaurus-scorer.tsv";

    private final double[] weights;

    public LearnedScorer(double[] weights) {
        if (weights.length != FEATURES.size()) {
            throw new IllegalArgumentException(FEATURES.size() + " weights expected, got " + weights.length);
        }
        this.weights = weights.clone();
    }

    /** The weights shipped with the engine. */
    public static LearnedScorer bundled() {
        try (InputStream in = LearnedScorer.class.getClassLoader().getResourceAsStream(BUNDLED)) {
            if (in == null) {
                throw new IllegalStateException("bundled data " + BUNDLED + " is missing from the classpath");
            }
            return parse(BUNDLED, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + BUNDLED + ": " + e.getMessage(), e);
        }
    }

    /** Reads weights; {@code name} is used in error messages ("name:line: ..."). */
    public static LearnedScorer parse(String name, String text) {
        double[] w = new double[FEATURES.size()];
        boolean[] seen = new boolean[w.length];
        String[] lines = text.split("\r?\n", -1);
        for (int n = 0; n < lines.length; n++) {
            String line = lines[n].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t");
            String where = name + ":" + (n + 1) + ": ";
            if (f.length != 2) {
                throw new IllegalArgumentException(where + "expected 'feature<TAB>weight', got '" + line + "'");
            }
            int i = FEATURES.indexOf(f[0].strip());
            if (i < 0) {
                throw new IllegalArgumentException(where + "unknown feature '" + f[0].strip() + "' (known: " + String.join(", ", FEATURES) + ")");
            }
            if (seen[i]) {
                throw new IllegalArgumentException(where + "feature '" + f[0].strip() + "' given twice");
            }
            try {
                w[i] = Double.parseDouble(f[1].strip());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(where + "not a number: '" + f[1].strip() + "'");
            }
            if (!Double.isFinite(w[i])) {
                throw new IllegalArgumentException(where + "weight must be finite: '" + f[1].strip() + "'");
            }
            seen[i] = true;
        }
        List<String> missing = new ArrayList<>();
        for (int i = 0; i < seen.length; i++) {
            if (!seen[i]) {
                missing.add(FEATURES.get(i));
            }
        }
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException(name + ": missing features " + missing);
        }
        return new LearnedScorer(w);
    }

    /** The weights as the file format writes them, after {@code header} lines (each written as a comment). */
    public String format(List<String> header) {
        StringBuilder b = new StringBuilder();
        for (String h : header) {
            b.append("# ").append(h).append('\n');
        }
        for (int i = 0; i < weights.length; i++) {
            b.append(FEATURES.get(i)).append('\t').append(String.format(Locale.ROOT, "%.6f", weights[i])).append('\n');
        }
        return b.toString();
    }

    /** P(the option is the author's word | its evidence). */
    public double probability(FluencyEvidence e, int spunWords, int replacementWords) {
        return probability(features(e, spunWords, replacementWords));
    }

    /** P(label 1 | features) for a vector from {@link #features}. */
    public double probability(double[] x) {
        double z = 0;
        for (int i = 0; i < x.length; i++) {
            z += weights[i] * x[i];
        }
        return 1 / (1 + Math.exp(-z));
    }

    public double[] weights() {
        return weights.clone();
    }

    /**
     * The feature vector of one option. Unbounded evidence is clipped to the range where it still
     * says something (an infinite margin: the only option; +-8 log10 gain: far beyond any bar).
     */
    public static double[] features(FluencyEvidence e, int spunWords, int replacementWords) {
        double[] x = new double[FEATURES.size()];
        int i = 0;
        x[i++] = 1;
        x[i++] = clip(e.gain(), 8);
        x[i++] = clip(e.margin(), 5);
        x[i++] = clip(e.booksGain(), 5);
        x[i++] = clip(e.spunFit(), 8);
        x[i++] = clip(e.replacementFit(), 8);
        x[i++] = clip(e.spunFrequency() + 6, 6);
        x[i++] = clip(e.replacementFrequency() + 6, 6);
        x[i++] = clip(e.replacementFrequency() - e.spunFrequency(), 6);
        String relation = e.relation() == null ? "" : e.relation();
        x[i++] = relation.equals("synonym") ? 1 : 0;
        x[i++] = relation.equals("similar") ? 1 : 0;
        x[i++] = relation.equals("broader") ? 1 : 0;
        x[i++] = relation.equals("narrower") ? 1 : 0;
        x[i++] = relation.equals("derived") ? 1 : 0;
        x[i++] = relation.equals("listed") ? 1 : 0;
        x[i++] = e.sources() != null && e.sources().contains("+") ? 1 : 0;
        x[i++] = Math.log(Math.max(1, e.fanout()));
        x[i++] = spunWords;
        x[i++] = replacementWords;
        // the model's gain means more for a close synonym than for a loose listing
        x[i++] = x[1] * x[9];
        x[i++] = x[1] * x[14];
        x[i++] = x[1] * x[2] / 8;
        return x;
    }

    private static double clip(double v, double bound) {
        return Double.isNaN(v) ? 0 : Math.max(-bound, Math.min(bound, v));
    }

    @Override
    public String toString() {
        return "LearnedScorer" + Arrays.toString(weights);
    }
}
