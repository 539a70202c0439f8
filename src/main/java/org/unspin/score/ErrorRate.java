package org.unspin.score;

/**
 * Edit counts of a hypothesis against a reference, and the error rate they give.
 *
 * <p>Follows jiwer: rate = (S + D + I) / N with N = H + S + D, the reference length. As in jiwer,
 * an empty reference counts the insertions over 1 instead of dividing by zero, so the rate is
 * 0 for two empty texts and the number of inserted units otherwise: always a finite number.
 *
 * @param hits          reference units kept unchanged
 * @param substitutions reference units replaced
 * @param deletions     reference units missing from the hypothesis
 * @param insertions    hypothesis units that are not in the reference
 */
public record ErrorRate(int hits, int substitutions, int deletions, int insertions) {

    public ErrorRate {
        if (hits < 0 || substitutions < 0 || deletions < 0 || insertions < 0) {
            throw new IllegalArgumentException("negative count");
        }
    }

    /** N: units in the reference. */
    public int referenceLength() {
        return hits + substitutions + deletions;
    }

    /** Units in the hypothesis. */
    public int hypothesisLength() {
        return hits + substitutions + insertions;
    }

    /** S + D + I. */
    public int errors() {
        return substitutions + deletions + insertions;
    }

    /** The error rate as a fraction (0 is perfect; it exceeds 1 when there are many insertions). */
    public double fraction() {
        return (double) errors() / Math.max(referenceLength(), 1);
    }

    /** The error rate in percent: {@code 100 * fraction()}. */
    public double percent() {
        return 100.0 * fraction();
    }
}
