package org.unspin.score;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A minimum-edit alignment of two token sequences (unit costs, Levenshtein), as used by WER and
 * CER, with every step labelled match, substitution, deletion or insertion.
 *
 * <p>Tokens are compared exactly: case folding and tokenization happen before (see
 * {@link WordTokens}). Several alignments can have the same minimum cost; this one puts, inside
 * each run of differences, substitutions before deletions and insertions, so that a spun phrase
 * and the words that replace it line up from their first word ("head of state" / "president":
 * head to president, then of and state deleted).
 *
 * <p>The dynamic programme needs one byte per pair of tokens. Beyond {@value #MAX_CELLS} pairs,
 * java-diff-utils (Myers) first finds the runs both sequences share, and only the stretches
 * between them are aligned exactly; the result is then a valid alignment but its cost may
 * exceed the minimum.
 *
 * @param steps the alignment, in order
 */
public record Alignment(List<Step> steps) {

    /** What one alignment step does. */
    public enum Operation { MATCH, SUBSTITUTION, DELETION, INSERTION }

    /**
     * One step: a reference token, a hypothesis token, or both.
     *
     * @param operation      what happens
     * @param referenceIndex index in the reference, or -1 for an insertion
     * @param hypothesisIndex index in the hypothesis, or -1 for a deletion
     */
    public record Step(Operation operation, int referenceIndex, int hypothesisIndex) {
    }

    static final long MAX_CELLS = 50_000_000L;

    private static final byte MATCH = 0;
    private static final byte SUBSTITUTION = 1;
    private static final byte DELETION = 2;
    private static final byte INSERTION = 3;

    public Alignment {
        steps = List.copyOf(steps);
    }

    /** Aligns {@code hypothesis} to {@code reference}. */
    public static Alignment of(List<String> reference, List<String> hypothesis) {
        return of(reference, hypothesis, MAX_CELLS);
    }

    static Alignment of(List<String> reference, List<String> hypothesis, long maxCells) {
        Map<String, Integer> ids = new HashMap<>();
        int[] ref = intern(reference, ids);
        int[] hyp = intern(hypothesis, ids);
        List<Step> steps = new ArrayList<>(Math.max(ref.length, hyp.length));
        if ((long) (ref.length + 1) * (hyp.length + 1) <= maxCells) {
            alignExactly(ref, 0, ref.length, hyp, 0, hyp.length, steps);
        } else {
            alignBetweenCommonRuns(ref, hyp, maxCells, steps);
        }
        return new Alignment(steps);
    }

    /** The hit / substitution / deletion / insertion counts of this alignment. */
    public ErrorRate errorRate() {
        int[] counts = new int[4];
        for (Step step : steps) {
            counts[step.operation().ordinal()]++;
        }
        return new ErrorRate(counts[0], counts[1], counts[2], counts[3]);
    }

    private static int[] intern(List<String> tokens, Map<String, Integer> ids) {
        int[] result = new int[tokens.size()];
        for (int i = 0; i < result.length; i++) {
            result[i] = ids.computeIfAbsent(tokens.get(i), key -> ids.size());
        }
        return result;
    }

    /** Levenshtein over ref[r0, r1) and hyp[h0, h1), appending the steps in order. */
    private static void alignExactly(int[] ref, int r0, int r1, int[] hyp, int h0, int h1, List<Step> out) {
        int n = r1 - r0;
        int m = h1 - h0;
        int width = m + 1;
        byte[] moves = new byte[(n + 1) * width];
        int[] previous = new int[width];
        int[] current = new int[width];
        for (int j = 0; j <= m; j++) {
            previous[j] = j;
            moves[j] = INSERTION;
        }
        for (int i = 1; i <= n; i++) {
            current[0] = i;
            moves[i * width] = DELETION;
            int refToken = ref[r0 + i - 1];
            for (int j = 1; j <= m; j++) {
                boolean same = refToken == hyp[h0 + j - 1];
                int diagonal = previous[j - 1] + (same ? 0 : 1);
                int deletion = previous[j] + 1;
                int insertion = current[j - 1] + 1;
                int best = Math.min(diagonal, Math.min(deletion, insertion));
                byte move;
                // Walking back from the end, gaps are taken before substitutions, which leaves
                // the substitutions at the front of each run of differences.
                if (same && diagonal == best) {
                    move = MATCH;
                } else if (deletion == best) {
                    move = DELETION;
                } else if (insertion == best) {
                    move = INSERTION;
                } else {
                    move = SUBSTITUTION;
                }
                current[j] = best;
                moves[i * width + j] = move;
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        List<Step> reversed = new ArrayList<>(Math.max(n, m));
        int i = n;
        int j = m;
        while (i > 0 || j > 0) {
            switch (moves[i * width + j]) {
                case MATCH -> reversed.add(new Step(Operation.MATCH, r0 + --i, h0 + --j));
                case SUBSTITUTION -> reversed.add(new Step(Operation.SUBSTITUTION, r0 + --i, h0 + --j));
                case DELETION -> reversed.add(new Step(Operation.DELETION, r0 + --i, -1));
                default -> reversed.add(new Step(Operation.INSERTION, -1, h0 + --j));
            }
        }
        for (int k = reversed.size() - 1; k >= 0; k--) {
            out.add(reversed.get(k));
        }
    }

    /** For inputs too large for one table: exact alignment between the runs Myers' diff shares. */
    private static void alignBetweenCommonRuns(int[] ref, int[] hyp, long maxCells, List<Step> out) {
        List<AbstractDelta<Integer>> deltas = DiffUtils.diff(boxed(ref), boxed(hyp)).getDeltas();
        int r = 0;
        int h = 0;
        for (AbstractDelta<Integer> delta : deltas) {
            int refStart = delta.getSource().getPosition();
            int hypStart = delta.getTarget().getPosition();
            while (r < refStart) {
                out.add(new Step(Operation.MATCH, r++, h++));
            }
            int refEnd = refStart + delta.getSource().size();
            int hypEnd = hypStart + delta.getTarget().size();
            if ((long) (refEnd - refStart + 1) * (hypEnd - hypStart + 1) <= maxCells) {
                alignExactly(ref, refStart, refEnd, hyp, hypStart, hypEnd, out);
            } else {
                alignByPosition(ref, refStart, refEnd, hyp, hypStart, hypEnd, out);
            }
            r = refEnd;
            h = hypEnd;
        }
        while (r < ref.length) {
            out.add(new Step(Operation.MATCH, r++, h++));
        }
    }

    /** Last resort for a huge differing stretch: pair tokens in order, the surplus as gaps. */
    private static void alignByPosition(int[] ref, int r0, int r1, int[] hyp, int h0, int h1, List<Step> out) {
        int paired = Math.min(r1 - r0, h1 - h0);
        for (int k = 0; k < paired; k++) {
            boolean same = ref[r0 + k] == hyp[h0 + k];
            out.add(new Step(same ? Operation.MATCH : Operation.SUBSTITUTION, r0 + k, h0 + k));
        }
        for (int r = r0 + paired; r < r1; r++) {
            out.add(new Step(Operation.DELETION, r, -1));
        }
        for (int h = h0 + paired; h < h1; h++) {
            out.add(new Step(Operation.INSERTION, -1, h));
        }
    }

    private static List<Integer> boxed(int[] values) {
        List<Integer> list = new ArrayList<>(values.length);
        for (int value : values) {
            list.add(value);
        }
        return list;
    }
}
