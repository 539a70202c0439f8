package org.unspin;

import org.unspin.candidates.Proposal;
import org.unspin.candidates.ProposalSource;
import org.unspin.tokenize.TokenizedText;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Measures each proposal source of an engine on its own against original/spun pairs, in the
 * manner of OpenNLP's evaluators against the {@link GoldSubstitutions} of each pair; a proposal is right when it covers such a span exactly and proposes its
 * original words (in the spun words' inflection, as the realize stage would write them). Recall: the share of gold substitution words some proposal of the source gets
 * right. Precision: the share of the source's proposals that are right. It measures what the
 * source offers the rules, before they decide.
 */
public final class SourceEvaluator {

    /** One source's counts over all pairs evaluated so far. */
    public static final class Counts {
        int proposals;
        int right;
        int goldWords;
        int recalledWords;

        /** Proposals the source made. */
        public int proposals() { return proposals; }
        /** Proposals that restore a substitution exactly. */
        public int right() { return right; }
        /** Substituted words of the pairs: what there was to restore. */
        public int goldWords() { return goldWords; }
        /** Substituted words some proposal of the source restores. */
        public int recalledWords() { return recalledWords; }

        /** NaN when the source proposed nothing. */
        public double precision() { return proposals == 0 ? Double.NaN : (double) right / proposals; }

        /** NaN when there was nothing to recall. */
        public double recall() { return goldWords == 0 ? Double.NaN : (double) recalledWords / goldWords; }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%5d proposals, %4d right, precision %s, recall %s (%d of %d substituted words)",
                    proposals, right, format(precision()), format(recall()), recalledWords, goldWords);
        }

        private static String format(double x) {
            return Double.isNaN(x) ? "n/a" : String.format(Locale.ROOT, "%.3f", x);
        }
    }

    private final Pipeline pipeline;
    private final Map<String, Counts> counts = new LinkedHashMap<>();

    /** Measures the sources of this engine (the bundled ones and those added to its builder). */
    public SourceEvaluator(Unspinner engine) {
        this.pipeline = engine.pipeline();
        for (ProposalSource s : pipeline.sources()) {
            counts.put(name(s), new Counts());
        }
    }

    private static String name(ProposalSource s) {
        String n = s.getClass().getSimpleName();
        return n.isEmpty() ? s.getClass().getName() : n;
    }

    /** Adds one pair to the counts. */
    public void evaluate(String original, String spun) {
        TokenizedText text = pipeline.prepare(spun);
        GoldSubstitutions gold = new GoldSubstitutions(pipeline, text, original);
        int goldWords = gold.words();
        for (ProposalSource s : pipeline.sources()) {
            Counts c = counts.get(name(s));
            c.goldWords += goldWords;
            boolean[] recalled = new boolean[text.size()];
            for (Proposal p : s.propose(text)) {
                c.proposals++;
                String want = gold.original(p.start(), p.end());
                if (want != null && want.equals(pipeline.realized(p))) {
                    c.right++;
                    for (int i = p.start(); i < p.end(); i++) {
                        recalled[i] = true;
                    }
                }
            }
            for (boolean r : recalled) {
                c.recalledWords += r ? 1 : 0;
            }
        }
    }

    /** Counts per source, by class name, in the order the sources run. */
    public Map<String, Counts> counts() {
        return counts;
    }
}
