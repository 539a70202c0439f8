package org.unspin.score;

import java.util.List;

/**
 * Edit-level precision, recall and F0.5 in the style of grammatical-error-correction scoring
 * (ERRANT, M2): gold edits turn the spun text into the original, system edits turn it into the
 * candidate; a system edit is a true positive when a gold edit has the same spun span and the
 * same replacement tokens.
 *
 * <p>As in ERRANT's compare_m2.py: precision is 1 when there is no false positive, recall is 1
 * when there is no false negative, and F is 0 when precision + recall is 0. So the spun text
 * itself (no system edit) scores precision 1, recall 0, F0.5 0.
 *
 * @param gold   gold edits, each CORRECT, WRONG or MISSED
 * @param system system edits, each CORRECT, WRONG or FALSE_ALARM
 */
public record EditScore(List<JudgedEdit> gold, List<JudgedEdit> system) {

    /** F-beta weight: precision counts twice as much as recall, as in GEC. */
    public static final double BETA = 0.5;

    public EditScore {
        gold = List.copyOf(gold);
        system = List.copyOf(system);
    }

    public int truePositiveCount() {
        return truePositives().size();
    }

    public int falsePositiveCount() {
        return system.size() - truePositiveCount();
    }

    public int falseNegativeCount() {
        return gold.size() - truePositiveCount();
    }

    /** System edits that overlap a gold edit without matching it. */
    public int wrongCount() {
        return (int) system.stream().filter(e -> e.outcome() == Outcome.WRONG).count();
    }

    /** System edits where the original has no edit. */
    public int falseAlarmCount() {
        return (int) system.stream().filter(e -> e.outcome() == Outcome.FALSE_ALARM).count();
    }

    /** Gold edits no system edit touches. */
    public int missedCount() {
        return (int) gold.stream().filter(e -> e.outcome() == Outcome.MISSED).count();
    }

    /** System edits that match a gold edit. */
    public List<JudgedEdit> truePositives() {
        return system.stream().filter(e -> e.outcome() == Outcome.CORRECT).toList();
    }

    /** System edits that match no gold edit (WRONG or FALSE_ALARM). */
    public List<JudgedEdit> falsePositives() {
        return system.stream().filter(e -> e.outcome() != Outcome.CORRECT).toList();
    }

    /** Gold edits that no system edit matches (WRONG or MISSED). */
    public List<JudgedEdit> falseNegatives() {
        return gold.stream().filter(e -> e.outcome() != Outcome.CORRECT).toList();
    }

    /** TP / (TP + FP), 1 without false positives. */
    public double precision() {
        int falsePositives = falsePositiveCount();
        return falsePositives == 0 ? 1.0 : (double) truePositiveCount() / (truePositiveCount() + falsePositives);
    }

    /** TP / (TP + FN), 1 without false negatives. */
    public double recall() {
        int falseNegatives = falseNegativeCount();
        return falseNegatives == 0 ? 1.0 : (double) truePositiveCount() / (truePositiveCount() + falseNegatives);
    }

    /** (1 + b^2) P R / (b^2 P + R) with b = 0.5; 0 when P + R is 0. */
    public double f05() {
        double p = precision();
        double r = recall();
        double weight = BETA * BETA;
        return p + r == 0 ? 0.0 : (1 + weight) * p * r / (weight * p + r);
    }
}
