package org.unspin.score;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A BLEU result with its sufficient statistics, as sacreBLEU reports it.
 *
 * @param score           BLEU, 0..100
 * @param counts          matching n-grams for n = 1..4
 * @param totals          candidate n-grams for n = 1..4
 * @param precisions      n-gram precisions in percent (smoothed where the method says so)
 * @param brevityPenalty  exp(1 - r/c) when the candidate is shorter than the reference, else 1
 * @param candidateLength c: candidate tokens
 * @param referenceLength r: reference tokens (closest reference length per segment, summed)
 * @param signature       sacreBLEU-style signature, e.g. {@code nrefs:1|case:mixed|eff:no|tok:13a|smooth:exp|version:unspin}
 */
public record BleuScore(double score, List<Integer> counts, List<Integer> totals, List<Double> precisions,
                        double brevityPenalty, int candidateLength, int referenceLength, String signature) {

    public BleuScore {
        counts = List.copyOf(counts);
        totals = List.copyOf(totals);
        precisions = List.copyOf(precisions);
    }

    /** sacreBLEU's one-line report: {@code BLEU|<signature> = 48.53 82.4/50.0/45.5/37.5 (BP = ...)}. */
    public String format() {
        String precisionList = precisions.stream()
                .map(p -> String.format(Locale.ROOT, "%.1f", p))
                .collect(Collectors.joining("/"));
        double ratio = referenceLength == 0 ? 0 : (double) candidateLength / referenceLength;
        return String.format(Locale.ROOT, "BLEU|%s = %.2f %s (BP = %.3f ratio = %.3f hyp_len = %d ref_len = %d)",
                signature, score, precisionList, brevityPenalty, ratio, candidateLength, referenceLength);
    }
}
