package org.unspin.score;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * chrF (Popović 2015) as computed by sacreBLEU 2.x (a port of sacrebleu/metrics/chrf.py, without
 * the word n-grams of chrF++): character n-gram precision and recall for n = 1..6, whitespace
 * removed, statistics summed over segments, F-beta with beta = 2.
 *
 * <p>Orders the candidate or the reference does not have are left out of the averages
 * (sacreBLEU's default, signature {@code eff:yes}); with {@code epsSmoothing} they count as
 * a tiny epsilon instead, like chrF++.py, NLTK and Moses ({@code eff:no}).
 *
 * @param charOrder    longest character n-gram (6)
 * @param beta         weight of recall against precision (2)
 * @param lowercase    fold case first
 * @param whitespace   keep whitespace inside the n-grams
 * @param epsSmoothing average F over all orders, missing ones as epsilon
 */
record Chrf(int charOrder, double beta, boolean lowercase, boolean whitespace, boolean epsSmoothing) {

    private static final double EPSILON = 1e-16;
    private static final Pattern WHITESPACE = Pattern.compile("\\s+", Pattern.UNICODE_CHARACTER_CLASS);

    public Chrf {
        if (charOrder < 1 || !(beta > 0)) {
            throw new IllegalArgumentException("charOrder must be >= 1 and beta > 0");
        }
    }

    /** sacreBLEU's defaults: chrF2, 6-grams, case kept, no whitespace, effective order. */
    public static Chrf sacreBleuDefaults() {
        return new Chrf(6, 2, false, false, false);
    }

    public Chrf withBeta(double value) {
        return new Chrf(charOrder, value, lowercase, whitespace, epsSmoothing);
    }

    public Chrf withWhitespace(boolean value) {
        return new Chrf(charOrder, beta, lowercase, value, epsSmoothing);
    }

    public Chrf withEpsSmoothing(boolean value) {
        return new Chrf(charOrder, beta, lowercase, whitespace, value);
    }

    /** chrF of one candidate text against one reference text, each taken as a single segment. */
    public ChrfScore score(String candidate, String reference) {
        return corpusScore(List.of(candidate), List.of(List.of(reference)));
    }

    /**
     * Corpus chrF: {@code referenceSets.get(k).get(i)} is the k-th reference of segment i; per
     * segment the reference with the best F counts.
     */
    public ChrfScore corpusScore(List<String> candidates, List<List<String>> referenceSets) {
        for (List<String> set : referenceSets) {
            if (set.size() != candidates.size()) {
                throw new IllegalArgumentException("each reference set needs one segment per candidate segment");
            }
        }
        long[] corpus = new long[3 * charOrder];
        for (int segment = 0; segment < candidates.size(); segment++) {
            List<Map<String, Integer>> hypothesis = ngrams(candidates.get(segment));
            long[] best = new long[3 * charOrder];
            double bestScore = -1;
            for (List<String> set : referenceSets) {
                long[] statistics = statistics(hypothesis, ngrams(set.get(segment)));
                double score = fScore(statistics);
                if (score > bestScore) {
                    bestScore = score;
                    best = statistics;
                }
            }
            for (int i = 0; i < corpus.length; i++) {
                corpus[i] += best[i];
            }
        }
        return new ChrfScore(fScore(corpus), beta, signature(referenceSets.size()));
    }

    /** sacreBLEU's signature for these settings. */
    public String signature(int references) {
        return "nrefs:" + references
                + "|case:" + (lowercase ? "lc" : "mixed")
                + "|eff:" + (epsSmoothing ? "no" : "yes")
                + "|nc:" + charOrder
                + "|nw:0"
                + "|space:" + (whitespace ? "yes" : "no")
                + "|version:" + Bleu.VERSION;
    }

    /** Per order n: [candidate n-grams, reference n-grams, matching n-grams]. */
    private long[] statistics(List<Map<String, Integer>> hypothesis, List<Map<String, Integer>> reference) {
        long[] statistics = new long[3 * charOrder];
        for (int n = 0; n < charOrder; n++) {
            Map<String, Integer> referenceCounts = reference.get(n);
            long candidateCount = 0;
            long matches = 0;
            for (Map.Entry<String, Integer> entry : hypothesis.get(n).entrySet()) {
                candidateCount += entry.getValue();
                matches += Math.min(entry.getValue(), referenceCounts.getOrDefault(entry.getKey(), 0));
            }
            long referenceCount = 0;
            for (int count : referenceCounts.values()) {
                referenceCount += count;
            }
            // As sacreBLEU: candidate n-grams only count where the reference has n-grams of that order.
            statistics[3 * n] = referenceCounts.isEmpty() ? 0 : candidateCount;
            statistics[3 * n + 1] = referenceCount;
            statistics[3 * n + 2] = matches;
        }
        return statistics;
    }

    private double fScore(long[] statistics) {
        double factor = beta * beta;
        double epsilonScore = 0;
        double averagePrecision = 0;
        double averageRecall = 0;
        int effectiveOrder = 0;
        for (int n = 0; n < charOrder; n++) {
            long candidates = statistics[3 * n];
            long references = statistics[3 * n + 1];
            long matches = statistics[3 * n + 2];
            double precision = candidates > 0 ? (double) matches / candidates : EPSILON;
            double recall = references > 0 ? (double) matches / references : EPSILON;
            double denominator = factor * precision + recall;
            epsilonScore += denominator > 0 ? (1 + factor) * precision * recall / denominator : EPSILON;
            if (candidates > 0 && references > 0) {
                averagePrecision += precision;
                averageRecall += recall;
                effectiveOrder++;
            }
        }
        if (epsSmoothing) {
            return 100 * epsilonScore / charOrder;
        }
        if (effectiveOrder == 0) {
            return 0.0;
        }
        averagePrecision /= effectiveOrder;
        averageRecall /= effectiveOrder;
        if (averagePrecision + averageRecall == 0) {
            return 0.0;
        }
        return 100 * (1 + factor) * averagePrecision * averageRecall / (factor * averagePrecision + averageRecall);
    }

    /** Character n-gram counts for n = 1..charOrder, over code points. */
    private List<Map<String, Integer>> ngrams(String segment) {
        String text = lowercase ? segment.toLowerCase(Locale.ROOT) : segment;
        if (!whitespace) {
            text = WHITESPACE.matcher(text).replaceAll("");
        }
        int[] codePoints = text.codePoints().toArray();
        List<Map<String, Integer>> counts = new ArrayList<>(charOrder);
        for (int n = 1; n <= charOrder; n++) {
            Map<String, Integer> ofOrder = new HashMap<>();
            for (int i = 0; i + n <= codePoints.length; i++) {
                ofOrder.merge(new String(codePoints, i, n), 1, Integer::sum);
            }
            counts.add(ofOrder);
        }
        return counts;
    }
}
