package org.unspin.score;

import java.util.OptionalDouble;
import java.util.function.Function;

/**
 * The headline numbers of a {@link Score}, with their units and JSON names. WER, CER, BLEU and
 * chrF are percentages (0..100, WER and CER can exceed 100); precision, recall and F0.5 are
 * fractions (0..1).
 */
public enum Metric {
    WER("wer", "WER %", 0, m -> OptionalDouble.of(m.words().percent())),
    CER("cer", "CER %", 0, m -> OptionalDouble.of(m.characters().percent())),
    BLEU("bleu", "BLEU", 100, m -> OptionalDouble.of(m.bleu().score())),
    CHRF("chrf", "chrF2", 100, m -> OptionalDouble.of(m.chrf().score())),
    PRECISION("precision", "precision", 1, m -> edits(m, EditScore::precision)),
    RECALL("recall", "recall", 1, m -> edits(m, EditScore::recall)),
    F05("f05", "F0.5", 1, m -> edits(m, EditScore::f05));

    /** How reports show a value that is undefined (precision of a text that makes no edit). */
    public static final String UNDEFINED = "n/a";

    private final String key;
    private final String label;
    private final double perfect;
    private final Function<MetricSet, OptionalDouble> extractor;

    Metric(String key, String label, double perfect, Function<MetricSet, OptionalDouble> extractor) {
        this.key = key;
        this.label = label;
        this.perfect = perfect;
        this.extractor = extractor;
    }

    /** The JSON field name. */
    public String key() {
        return key;
    }

    /** The name a table shows. */
    public String label() {
        return label;
    }

    /** The best possible value: 0 for error rates, 100 for BLEU and chrF, 1 for the edit metrics. */
    public double perfect() {
        return perfect;
    }

    /** Whether the metric is measured in percent (else it is a fraction). */
    public boolean isPercent() {
        return perfect != 1;
    }

    /**
     * This metric's value in {@code metrics}; empty for edit metrics without a spun text and where
     * the value is undefined (see {@link EditScore}).
     */
    public OptionalDouble of(MetricSet metrics) {
        return extractor.apply(metrics);
    }

    /** Whether {@code metrics} has this metric at all: edit metrics need the spun text. */
    public boolean appliesTo(MetricSet metrics) {
        return !isEditMetric() || metrics.edits().isPresent();
    }

    /** Precision, recall and F0.5: measured over edits, which need the spun text. */
    public boolean isEditMetric() {
        return !isPercent();
    }

    /**
     * How much of the baseline's distance to a perfect score the candidate removes:
     * (d(baseline) - d(candidate)) / max(d(baseline), d(candidate)), d(x) = |perfect - x|.
     * When the candidate is no worse, this is the usual relative error reduction
     * ((b - c) / b for WER); 1 means perfect, 0 no change; negative values say how much worse it
     * got. Always within [-1, 1], and 0 when both are perfect.
     */
    public double relativeImprovement(double baseline, double candidate) {
        double before = Math.abs(perfect - baseline);
        double after = Math.abs(perfect - candidate);
        double larger = Math.max(before, after);
        return larger == 0 ? 0.0 : (before - after) / larger;
    }

    private static OptionalDouble edits(MetricSet metrics, Function<EditScore, OptionalDouble> value) {
        return metrics.edits().map(value).orElse(OptionalDouble.empty());
    }
}
