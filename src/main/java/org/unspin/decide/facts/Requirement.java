package org.unspin.decide.facts;

import org.kie.api.definition.type.Modifies;

import org.unspin.lexicon.Condition;

import java.util.Set;

/**
 * One context guard of one candidate, for the guard rules to settle. A positive guard holds once
 * a rule finds a token it names; a negated guard holds until a rule finds one.
 * {@code anchor} is the token right after (next) or before (prev) the candidate, -1 at a
 * sentence edge; {@code from}/{@code to} bound the near window inside {@code sentence}.
 */
public final class Requirement {
    private final Candidate candidate;
    private final Condition condition;
    private final int anchor;
    private final int sentence;
    private final int from;
    private final int to;
    /** Rules test it on every insert and update: computed once, not lower-cased each time. */
    private final String position;
    private boolean found;
    private String evidence;
    private String foundBy;

    public Requirement(Candidate candidate, Condition condition, int anchor, int sentence, int from, int to) {
        this.candidate = candidate;
        this.condition = condition;
        this.anchor = anchor;
        this.sentence = sentence;
        this.from = from;
        this.to = to;
        this.position = condition.where().name().toLowerCase(java.util.Locale.ROOT);
    }

    public Candidate getCandidate() { return candidate; }
    public Condition getCondition() { return condition; }
    public Condition.Where getWhere() { return condition.where(); }
    /** "next", "prev" or "near": how the rules name the guard's position. */
    public String getPosition() { return position; }
    /** The guard rule that found the token, if any. */
    public String getFoundBy() { return foundBy; }
    public boolean isNegated() { return condition.negated(); }
    public Set<String> getKeys() { return condition.keys(); }
    public int getAnchor() { return anchor; }
    public int getSentence() { return sentence; }
    public int getFrom() { return from; }
    public int getTo() { return to; }
    public boolean isFound() { return found; }
    public String getEvidence() { return evidence; }

    /** Whether the guard is satisfied, given what the guard rules have found so far. */
    public boolean isHolds() {
        return found != condition.negated();
    }

    @Modifies({"found", "holds", "evidence", "foundBy"})
    public void found(String tokenText) {
        found(tokenText, null);
    }

    /** Declares what it changes, so the rule engine re-evaluates only the patterns that test those properties. */
    @Modifies({"found", "holds", "evidence", "foundBy"})
    public void found(String tokenText, String rule) {
        this.found = true;
        this.evidence = tokenText;
        this.foundBy = rule;
    }

    public String describe() {
        String state = isHolds() ? "holds" : "fails";
        return condition.text() + " " + state + (evidence == null ? "" : " ('" + evidence + "')");
    }

    @Override
    public String toString() {
        return "Requirement " + describe() + " of " + candidate;
    }
}
