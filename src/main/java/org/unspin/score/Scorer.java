package org.unspin.score;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Scores a candidate (restored) text against the original and, when the spun text is given,
 * against the spun text as baseline. Texts may be running prose or one token per line.
 * Every value is finite for any input, empty texts included.
 *
 * <pre>{@code
 * Score score = Scorer.score(original, restored, spun);
 * score.wer();                                   // percent
 * score.relativeImprovement(Metric.WER);         // fraction of the spun text's WER removed
 * }</pre>
 */
public final class Scorer {

    private static final Bleu BLEU = Bleu.sacreBleuDefaults();
    private static final Chrf CHRF = Chrf.sacreBleuDefaults();

    private Scorer() {
    }

    /** Metrics of {@code candidate} against {@code original}; no baseline, no edit metrics. */
    public static Score score(String original, String candidate) {
        return score(original, candidate, Optional.empty(), List.of());
    }

    /** Metrics of {@code candidate} against {@code original}, with {@code spun} as baseline and edit source. */
    public static Score score(String original, String candidate, String spun) {
        return score(original, candidate, Optional.of(spun), List.of());
    }

    /** As {@link #score(String, String, String)}, with the engine's annotations of its edits for reports. */
    public static Score score(String original, String candidate, String spun, List<EditAnnotation> annotations) {
        return score(original, candidate, Optional.of(spun), annotations);
    }

    private static Score score(String original, String candidate, Optional<String> spun,
                               List<EditAnnotation> annotations) {
        Objects.requireNonNull(original, "original");
        Objects.requireNonNull(candidate, "candidate");
        Optional<Gold> gold = spun.map(s -> new Gold(s, EditExtractor.between(s, original), annotations));
        MetricSet metrics = measure(original, candidate, gold);
        Optional<MetricSet> baseline = spun.map(s -> measure(original, s, gold));
        return new Score(original, candidate, spun, annotations, metrics, baseline);
    }

    /** What edit scoring needs besides the text scored: the spun text and its edits to the original. */
    private record Gold(String spun, List<WordEdit> edits, List<EditAnnotation> annotations) {
        EditScore score(String text) {
            return EditEvaluation.compare(edits, EditExtractor.between(spun, text), annotations);
        }
    }

    private static MetricSet measure(String original, String text, Optional<Gold> gold) {
        String originalRunning = RunningText.of(original);
        String textRunning = RunningText.of(text);
        Optional<EditScore> edits = gold.map(g -> g.score(text));
        return new MetricSet(
                WordErrorRate.of(original, text),
                CharacterErrorRate.of(original, text),
                BLEU.score(textRunning, originalRunning),
                CHRF.score(textRunning, originalRunning),
                edits);
    }
}
