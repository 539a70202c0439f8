package org.unspin.score;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * How close a candidate (restored) text is to the original, with the spun text as baseline.
 * Immutable; made by {@link Scorer}.
 *
 * <p>Units: {@link #wer()}, {@link #cer()}, {@link #bleu()} and {@link #chrf()} are percentages;
 * precision, recall and F0.5 are fractions 0..1 (see {@link Metric}). For fractions of the error
 * rates use {@code metrics().words().fraction()}.
 *
 * @param original    the original text as given
 * @param candidate   the candidate text as given
 * @param spun        the spun text, when given
 * @param annotations the engine's annotations of its edits (offsets into the spun text)
 * @param metrics     the candidate against the original
 * @param baseline    the spun text against the original, when the spun text is given
 */
public record Score(String original, String candidate, Optional<String> spun, List<EditAnnotation> annotations,
                    MetricSet metrics, Optional<MetricSet> baseline) {

    public Score {
        annotations = List.copyOf(annotations);
    }

    /** Word error rate of the candidate, in percent. */
    public double wer() {
        return metrics.words().percent();
    }

    /** Character error rate of the candidate, in percent. */
    public double cer() {
        return metrics.characters().percent();
    }

    /** Corpus BLEU of the candidate, 0..100. */
    public double bleu() {
        return metrics.bleu().score();
    }

    /** chrF2 of the candidate, 0..100. */
    public double chrf() {
        return metrics.chrf().score();
    }

    /** The candidate's value of {@code metric}; empty for edit metrics without a spun text. */
    public OptionalDouble value(Metric metric) {
        return metric.of(metrics);
    }

    /** The spun text's value of {@code metric}; empty without a spun text. */
    public OptionalDouble baselineValue(Metric metric) {
        return baseline.map(metric::of).orElse(OptionalDouble.empty());
    }

    /** {@link Metric#relativeImprovement} of the candidate over the spun text; empty without a spun text. */
    public OptionalDouble relativeImprovement(Metric metric) {
        OptionalDouble before = baselineValue(metric);
        OptionalDouble after = value(metric);
        if (before.isEmpty() || after.isEmpty()) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(metric.relativeImprovement(before.getAsDouble(), after.getAsDouble()));
    }
}
