package org.unspin.decide.facts;

import org.kie.api.definition.type.Modifies;

import org.unspin.candidates.FluencyEvidence;
import org.unspin.candidates.Proposal;

/**
 * A proposal under decision: rules accept or reject it and say why. Candidates whose token spans
 * overlap share a {@code cluster}, so conflict rules join on an indexed equality instead of
 * comparing every pair in the document.
 */
public final class Candidate {
    private final int id;
    private final Proposal proposal;
    private final int cluster;
    private final String text;
    private boolean strong;
    private Status status = Status.PENDING;
    private String decidedBy;
    private String reason;

    private final int sentence;

    public Candidate(int id, Proposal proposal, int cluster, String text, int sentence) {
        this.id = id;
        this.sentence = sentence;
        this.proposal = proposal;
        this.cluster = cluster;
        this.text = text;
        this.strong = proposal.strength() == org.unspin.lexicon.Strength.STRONG;
    }

    public int getId() { return id; }
    public Proposal getProposal() { return proposal; }
    public int getStart() { return proposal.start(); }
    public int getEnd() { return proposal.end(); }
    public int getLength() { return proposal.end() - proposal.start(); }
    public int getCluster() { return cluster; }
    /** The sentence the candidate starts in. */
    public int getSentence() { return sentence; }
    public String getKind() { return proposal.kind(); }
    public String getText() { return text; }
    public String getReplacement() { return proposal.replacement(); }
    public boolean isDeletion() { return proposal.isDeletion(); }
    public double getConfidence() { return proposal.confidence(); }
    public boolean isStrong() { return strong; }
    public Status getStatus() { return status; }
    public String getDecidedBy() { return decidedBy; }
    public String getReason() { return reason; }

    // What the language model says of the replacement (see FluencyEvidence); neutral when it said nothing.
    private FluencyEvidence fluency() { return proposal.fluency() == null ? NO_FLUENCY : proposal.fluency(); }
    private static final FluencyEvidence NO_FLUENCY =
            new FluencyEvidence(0, 0, 0, 0, 0, "", "", 0, true, Double.POSITIVE_INFINITY, false, 0);
    /** log10 of how much likelier the model finds the replacement than the spun wording in a +-2-word window. */
    public double getGain() { return fluency().gain(); }
    /** Gain over the best other replacement of the same words. */
    public double getMargin() { return fluency().margin(); }
    /** Google Books' opinion: log10 of how much more often the replacement pairs with its neighbours. */
    public double getBooksGain() { return fluency().booksGain(); }
    /** How much the context raises the spun word's probability (negative: an odd word there). */
    public double getSpunFit() { return fluency().spunFit(); }
    public double getSpunFrequency() { return fluency().spunFrequency(); }
    public double getReplacementFrequency() { return fluency().replacementFrequency(); }
    /** The thesaurus relation (synonym, similar, broader, narrower, listed), or the proposal's kind. */
    public String getRelation() { return fluency().relation(); }
    /** The thesauri linking the two ("wordnet+moby"). */
    public String getSources() { return fluency().sources(); }
    public int getFanout() { return fluency().fanout(); }
    public boolean isPartOfSpeechAgrees() { return fluency().partOfSpeechAgrees(); }
    /** Both words are in the model's vocabulary, so its gain means something. */
    public boolean isModelKnows() { return fluency().known(); }
    /** The learned scorer's probability that the replacement is the author's word (NaN: not asked). */
    public double getProbability() { return fluency().probability(); }
    /** The language model's evidence in one line, for reasons. */
    public String getFluency() { return fluency().describe(); }

    public void setStrong(boolean strong) {
        this.strong = strong;
    }

    /** Number of context guards: a more specific entry beats a more general one. */
    public int getGuards() {
        return proposal.conditions().size();
    }

    /** For candidates of equal length: higher confidence, then more guards, then listed first. */
    public boolean beats(Candidate other) {
        if (getConfidence() != other.getConfidence()) {
            return getConfidence() > other.getConfidence();
        }
        if (getGuards() != other.getGuards()) {
            return getGuards() > other.getGuards();
        }
        return id < other.id;
    }

    public boolean overlaps(Candidate other) {
        return getStart() < other.getEnd() && other.getStart() < getEnd();
    }

    /** Declares what it changes, so the rule engine re-evaluates only the patterns that test those properties. */
    @Modifies({"status", "decidedBy", "reason"})
    public void accept(String rule, String why) {
        status = Status.ACCEPTED;
        decidedBy = rule;
        reason = why;
    }

    @Modifies({"status", "decidedBy", "reason"})
    public void reject(String rule, String why) {
        status = Status.REJECTED;
        decidedBy = rule;
        reason = why;
    }

    /** "'killing try' -> 'assassination attempt'" for messages. */
    public String describe() {
        return "'" + text + "' -> '" + (proposal.isDeletion() ? "" : proposal.replacement()) + "'";
    }

    @Override
    public String toString() {
        return "Candidate#" + id + " " + describe() + " " + status;
    }
}
