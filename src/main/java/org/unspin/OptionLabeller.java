package org.unspin;

import org.unspin.candidates.LearnedScorer;
import org.unspin.candidates.ProposalSource;
import org.unspin.candidates.ThesaurusCandidates;
import org.unspin.tokenize.TokenizedText;

import java.util.ArrayList;
import java.util.List;

/**
 * Labelled examples for the learned scorer (a tool, not for library users): every option the
 * engine's thesaurus candidates weigh on a spun copy, with its features
 * ({@code LearnedScorer.features}) and whether it is the original word there, by the
 * {@link GoldSubstitutions} of the pair.
 */
public final class OptionLabeller {

    /** One option of tokens [start, end): its features, and whether it restores the original. */
    public record Option(double[] features, boolean original, int start, int end) { }

    /** A pair's options (those of one span adjacent) and how many spun words its gold substitutions replace. */
    public record Labelled(List<Option> options, int goldWords) { }

    private final Pipeline pipeline;
    private final ThesaurusCandidates candidates;

    public OptionLabeller(Unspinner engine) {
        this.pipeline = engine.pipeline();
        ThesaurusCandidates found = null;
        for (ProposalSource s : pipeline.sources()) {
            if (s instanceof ThesaurusCandidates t) {
                found = t;
            }
        }
        if (found == null) {
            throw new IllegalArgumentException("the engine has no thesaurus candidates to label");
        }
        this.candidates = found;
    }

    /** The options the thesaurus candidates weigh on {@code spun}, labelled against {@code original}. */
    public Labelled label(String original, String spun) {
        TokenizedText text = pipeline.prepare(spun);
        GoldSubstitutions gold = new GoldSubstitutions(pipeline, text, original);
        List<Option> options = new ArrayList<>();
        for (ThesaurusCandidates.Scored o : candidates.scoredOptions(text)) {
            double[] x = LearnedScorer.features(o.evidence(), o.end() - o.start(), o.form().split(" ").length);
            options.add(new Option(x, o.form().equals(gold.original(o.start(), o.end())), o.start(), o.end()));
        }
        return new Labelled(options, gold.words());
    }
}
