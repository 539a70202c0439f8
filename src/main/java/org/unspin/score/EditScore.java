package org.unspin.score;

import java.util.List;
import java.util.OptionalDouble;

/**
 * Edit-level precision, recall and F0.5 in the style of grammatical-error-correction scoring
 * (ERRANT, M2): gold edits turn the spun text into the original, system edits turn it into the
 * candidate; a system edit is a true positive when a gold edit has the same spun span and the
 * same replacement tokens.
 *
 * <p>A ratio with nothing to count is undefined, not 1 (ERRANT's compare_m2.py says 1): precision
 * of a text that makes no edit, recall where there is nothing to restore. F0.5 is 0 when no
 * edit is right but there were edits to make or made, and undefined when there were none at all.
 * So the spun text itself (no system edit) scores precision undefined, recall 0, F0.5 0.
 *
 * @param gold   gold edits, each CORRECT, WRONG or MISSED
 * @param system system edits, each CORRECT, WRONG or FALSE_ALARM
 */
public record EditScore(List<JudgedEdit> gold, List<JudgedEdit> system) {

    /** F-beta weight: precision counts twice as much as recall, as in GEC. */
    public static final double BETA = 0.5;

    /** Copies both lists. */
    public EditScore {
        gold = List.copyOf(gold);
        system = List.copyOf(system);
    }

    /** System edits that match a gold edit. */
    public int truePositiveCount() {
        return truePositives().size();
    }

    /** System edits that match no gold edit. */
    public int falsePositiveCount() {
        return system.size() - truePositiveCount();
    }

    /** Gold edits the system missed. */
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

    /** TP / (TP + FP); undefined without system edits. */
    public OptionalDouble precision() {
        return ratio(truePositiveCount(), system.size());
    }

    /** TP / (TP + FN); undefined without gold edits. */
    public OptionalDouble recall() {
        return ratio(truePositiveCount(), gold.size());
    }

    /**
     * (1 + b^2) P R / (b^2 P + R) with b = 0.5; 0 when no edit is right (an undefined precision or
     * recall then counts as 0), undefined when there are neither gold nor system edits.
     */
    public OptionalDouble f05() {
        if (gold.isEmpty() && system.isEmpty()) {
            return OptionalDouble.empty();
        }
        if (truePositiveCount() == 0) {
            return OptionalDouble.of(0.0);
        }
        double p = precision().orElseThrow();
        double r = recall().orElseThrow();
        double weight = BETA * BETA;
        return OptionalDouble.of((1 + weight) * p * r / (weight * p + r));
    }

    private static OptionalDouble ratio(int count, int total) {
        return total == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) count / total);
    }
}
