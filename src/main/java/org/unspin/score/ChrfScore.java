package org.unspin.score;

import java.util.Locale;

/**
 * A chrF result.
 *
 * @param score     chrF, 0..100
 * @param beta      the weight of recall against precision (2 for chrF2)
 * @param signature sacreBLEU-style signature, e.g. {@code nrefs:1|case:mixed|eff:yes|nc:6|nw:0|space:no|version:unspin}
 */
public record ChrfScore(double score, double beta, String signature) {

    /** The metric's name as sacreBLEU writes it: chrF2 for beta 2. */
    public String name() {
        return beta == Math.rint(beta) ? "chrF" + (long) beta : "chrF" + beta;
    }

    /** sacreBLEU's one-line report: {@code chrF2|<signature> = 61.23}. */
    public String format() {
        return String.format(Locale.ROOT, "%s|%s = %.2f", name(), signature, score);
    }
}
