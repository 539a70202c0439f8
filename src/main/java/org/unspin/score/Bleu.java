package org.unspin.score;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Corpus BLEU-4 as computed by sacreBLEU 2.x (a port of sacrebleu/metrics/bleu.py): clipped
 * n-gram precisions for n = 1..4 summed over all segments, geometric mean, brevity penalty
 * exp(1 - r/c) when the candidate is shorter, r being the closest reference length per segment.
 * {@link #sacreBleuDefaults()} are sacreBLEU's defaults: case kept, 13a tokenization, "exp"
 * smoothing, no effective order.
 *
 * <p>The scorer treats each text as one segment (its lines are not sentences: the original may
 * be one token per line), so scores count n-grams across sentence boundaries.
 *
 * @param lowercase       fold case before tokenizing
 * @param tokenization    how segments are cut into tokens
 * @param smoothing       what replaces a zero n-gram precision
 * @param smoothValue     the value of {@link Smoothing#FLOOR} and {@link Smoothing#ADD_K}
 * @param effectiveOrder  average only over the n-gram orders the segment has (sentence BLEU)
 */
record Bleu(boolean lowercase, Tokenization tokenization, Smoothing smoothing, double smoothValue,
                   boolean effectiveOrder) {

    /** sacreBLEU's tokenizers that this port has. */
    public enum Tokenization {
        /** mteval-v13a rules, sacreBLEU's default. */
        THIRTEEN_A("13a"),
        /** Split on whitespace only. */
        NONE("none");

        private final String signatureName;

        Tokenization(String signatureName) {
            this.signatureName = signatureName;
        }

        List<String> tokens(String segment) {
            return this == THIRTEEN_A ? Tokenizer13a.tokens(segment) : Tokenizer13a.splitOnWhitespace(segment);
        }
    }

    /** sacreBLEU's smoothing methods (Chen and Cherry 2014), with their default values. */
    public enum Smoothing {
        NONE("none", 0),
        /** Method 1: a zero count becomes {@code smoothValue}. */
        FLOOR("floor", 0.1),
        /** Method 2: add {@code smoothValue} to counts and totals for n > 1. */
        ADD_K("add-k", 1),
        /** Method 3, the NIST (mteval-v13a) one: 1/2^k for the k-th zero precision. */
        EXP("exp", 0);

        private final String signatureName;
        private final double defaultValue;

        Smoothing(String signatureName, double defaultValue) {
            this.signatureName = signatureName;
            this.defaultValue = defaultValue;
        }

        public double defaultValue() {
            return defaultValue;
        }

        private boolean takesValue() {
            return this == FLOOR || this == ADD_K;
        }
    }

    public static final int MAX_ORDER = 4;

    /** What sacreBLEU writes as the version in its signature; ours names this port. */
    static final String VERSION = "unspin";

    // sacreBLEU's my_log: the log of a zero precision is a huge negative number, not -infinity.
    private static final double LOG_OF_ZERO = -9999999999.0;

    public Bleu {
        if (tokenization == null || smoothing == null) {
            throw new IllegalArgumentException("tokenization and smoothing are required");
        }
    }

    /** Mixed case, 13a, exp smoothing, no effective order: {@code nrefs:1|case:mixed|eff:no|tok:13a|smooth:exp}. */
    public static Bleu sacreBleuDefaults() {
        return new Bleu(false, Tokenization.THIRTEEN_A, Smoothing.EXP, 0, false);
    }

    /** The same settings with another smoothing method at its default value. */
    public Bleu withSmoothing(Smoothing method) {
        return new Bleu(lowercase, tokenization, method, method.defaultValue(), effectiveOrder);
    }

    public Bleu withSmoothing(Smoothing method, double value) {
        return new Bleu(lowercase, tokenization, method, value, effectiveOrder);
    }

    public Bleu withTokenization(Tokenization value) {
        return new Bleu(lowercase, value, smoothing, smoothValue, effectiveOrder);
    }

    public Bleu withEffectiveOrder(boolean value) {
        return new Bleu(lowercase, tokenization, smoothing, smoothValue, value);
    }

    /** BLEU of one candidate text against one reference text, each taken as a single segment. */
    public BleuScore score(String candidate, String reference) {
        return corpusScore(List.of(candidate), List.of(List.of(reference)));
    }

    /**
     * Corpus BLEU, sacreBLEU's argument layout: {@code referenceSets.get(k).get(i)} is the k-th
     * reference of segment i. Empty references are skipped (the signature then says
     * {@code nrefs:var}); a segment without any counts as having an empty reference.
     */
    public BleuScore corpusScore(List<String> candidates, List<List<String>> referenceSets) {
        for (List<String> set : referenceSets) {
            if (set.size() != candidates.size()) {
                throw new IllegalArgumentException("each reference set needs one segment per candidate segment");
            }
        }
        int[] correct = new int[MAX_ORDER];
        int[] total = new int[MAX_ORDER];
        int candidateLength = 0;
        int referenceLength = 0;
        Set<Integer> referencesPerSegment = new HashSet<>();
        for (int segment = 0; segment < candidates.size(); segment++) {
            List<String> hypothesis = tokens(candidates.get(segment));
            Map<String, Integer> maxReferenceCounts = new HashMap<>();
            List<Integer> referenceLengths = new ArrayList<>();
            for (List<String> set : referenceSets) {
                String reference = set.get(segment);
                if (reference == null || reference.isEmpty()) {
                    continue;
                }
                List<String> referenceTokens = tokens(reference);
                referenceLengths.add(referenceTokens.size());
                ngramCounts(referenceTokens).forEach((ngram, count) -> maxReferenceCounts.merge(ngram, count, Math::max));
            }
            referencesPerSegment.add(referenceLengths.size());
            candidateLength += hypothesis.size();
            referenceLength += closestLength(hypothesis.size(), referenceLengths);
            ngramCounts(hypothesis).forEach((ngram, count) -> {
                int order = order(ngram) - 1;
                total[order] += count;
                correct[order] += Math.min(count, maxReferenceCounts.getOrDefault(ngram, 0));
            });
        }
        String references = referencesPerSegment.size() == 1
                ? referencesPerSegment.iterator().next().toString()
                : referencesPerSegment.isEmpty() ? "0" : "var";
        return compute(correct, total, candidateLength, referenceLength, signature(references));
    }

    /**
     * BLEU from its sufficient statistics (sacreBLEU's {@code compute_bleu}).
     *
     * @param correct matching n-grams, n = 1..4
     * @param total   candidate n-grams, n = 1..4
     */
    public BleuScore compute(int[] correct, int[] total, int candidateLength, int referenceLength, String signature) {
        double brevityPenalty = 1.0;
        if (candidateLength < referenceLength) {
            brevityPenalty = candidateLength > 0 ? Math.exp(1.0 - (double) referenceLength / candidateLength) : 0.0;
        }
        double[] precisions = new double[MAX_ORDER];
        boolean anyMatch = false;
        for (int count : correct) {
            anyMatch |= count > 0;
        }
        double score = 0.0;
        if (anyMatch) {
            double mtevalDenominator = 1.0;
            int order = MAX_ORDER;
            for (int n = 1; n <= MAX_ORDER; n++) {
                double matches = correct[n - 1];
                double candidates = total[n - 1];
                if (smoothing == Smoothing.ADD_K && n > 1) {
                    matches += smoothValue;
                    candidates += smoothValue;
                }
                if (candidates == 0) {
                    break;
                }
                if (effectiveOrder) {
                    order = n;
                }
                if (matches == 0) {
                    if (smoothing == Smoothing.EXP) {
                        mtevalDenominator *= 2;
                        precisions[n - 1] = 100.0 / (mtevalDenominator * candidates);
                    } else if (smoothing == Smoothing.FLOOR) {
                        precisions[n - 1] = 100.0 * smoothValue / candidates;
                    }
                } else {
                    precisions[n - 1] = 100.0 * matches / candidates;
                }
            }
            double logSum = 0.0;
            for (int n = 0; n < order; n++) {
                logSum += precisions[n] == 0.0 ? LOG_OF_ZERO : Math.log(precisions[n]);
            }
            score = brevityPenalty * Math.exp(logSum / order);
        }
        return new BleuScore(score, asList(correct), asList(total), asList(precisions), brevityPenalty,
                candidateLength, referenceLength, signature);
    }

    /**
     * sacreBLEU's signature for these settings, e.g. {@code nrefs:1|case:mixed|eff:no|tok:13a|smooth:exp|version:unspin}.
     *
     * @param references references per segment, or "var" when it varies
     */
    public String signature(String references) {
        String smooth = smoothing.signatureName;
        if (smoothing.takesValue()) {
            smooth += String.format(Locale.ROOT, "[%.2f]", smoothValue);
        }
        return "nrefs:" + references
                + "|case:" + (lowercase ? "lc" : "mixed")
                + "|eff:" + (effectiveOrder ? "yes" : "no")
                + "|tok:" + tokenization.signatureName
                + "|smooth:" + smooth
                + "|version:" + VERSION;
    }

    private List<String> tokens(String segment) {
        String text = lowercase ? segment.toLowerCase(Locale.ROOT) : segment;
        return tokenization.tokens(text.stripTrailing());
    }

    /** n-grams for n = 1..4, as space-joined strings (tokens never contain spaces). */
    private static Map<String, Integer> ngramCounts(List<String> tokens) {
        Map<String, Integer> counts = new HashMap<>();
        for (int n = 1; n <= MAX_ORDER; n++) {
            for (int i = 0; i + n <= tokens.size(); i++) {
                counts.merge(String.join(" ", tokens.subList(i, i + n)), 1, Integer::sum);
            }
        }
        return counts;
    }

    private static int order(String ngram) {
        int spaces = 0;
        for (int i = 0; i < ngram.length(); i++) {
            if (ngram.charAt(i) == ' ') {
                spaces++;
            }
        }
        return spaces + 1;
    }

    /** The reference length closest to the candidate's; the shorter one on a tie. */
    private static int closestLength(int candidateLength, List<Integer> referenceLengths) {
        int closest = 0;
        int closestDifference = -1;
        for (int length : referenceLengths) {
            int difference = Math.abs(candidateLength - length);
            if (closestDifference == -1 || difference < closestDifference
                    || (difference == closestDifference && length < closest)) {
                closestDifference = difference;
                closest = length;
            }
        }
        return closest;
    }

    private static List<Integer> asList(int[] values) {
        List<Integer> list = new ArrayList<>(values.length);
        for (int value : values) {
            list.add(value);
        }
        return list;
    }

    private static List<Double> asList(double[] values) {
        List<Double> list = new ArrayList<>(values.length);
        for (double value : values) {
            list.add(value);
        }
        return list;
    }
}
