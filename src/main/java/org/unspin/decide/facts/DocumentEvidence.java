package org.unspin.decide.facts;

import org.kie.api.definition.type.Modifies;

/**
 * What the document as a whole shows. Weak restorations need {@code spun}: rules set it when
 * enough strong restorations were accepted (thresholds from the engine's options), or on other
 * evidence, or the caller declared the document a spun copy ({@code declared}).
 */
public final class DocumentEvidence {
    private final int tokens;
    private final int minStrongEdits;
    private final int tokensPerStrongEdit;
    private final boolean declared;
    private boolean spun;
    private int strongEdits;
    private String reason;
    private boolean strongRestorations;

    public DocumentEvidence(int tokens, int minStrongEdits, int tokensPerStrongEdit, boolean assumedSpun) {
        this.tokens = tokens;
        this.minStrongEdits = minStrongEdits;
        this.tokensPerStrongEdit = tokensPerStrongEdit;
        this.declared = assumedSpun;
        this.spun = assumedSpun;
        this.reason = assumedSpun ? "declared spun by the caller" : null;
    }

    public int getTokens() { return tokens; }
    public int getMinStrongEdits() { return minStrongEdits; }
    public int getTokensPerStrongEdit() { return tokensPerStrongEdit; }
    public boolean isSpun() { return spun; }
    /** The caller declared the document a spun copy. */
    public boolean isDeclared() { return declared; }
    /** Spun through enough strong lexicon restorations (not the caller's word, markup or fluency alone). */
    public boolean isStrongRestorations() { return strongRestorations; }
    public int getStrongEdits() { return strongEdits; }
    public String getReason() { return reason; }

    /** True when {@code count} strong restorations are enough evidence for a document this long. */
    public boolean isEnough(int count) {
        return count >= minStrongEdits && (long) count * tokensPerStrongEdit >= tokens;
    }

    /**
     * As {@link #markSpun}, by enough strong restorations; in a declared document the reason is
     * added to the caller's. Each mark declares what it changes, so the rule engine re-evaluates
     * only the patterns that test those properties.
     */
    @Modifies({"spun", "strongEdits", "reason", "strongRestorations"})
    public void markSpunByStrongRestorations(int count, String why) {
        markSpun(count, declared ? reason + "; " + why : why);
        this.strongRestorations = true;
    }

    @Modifies({"spun", "strongEdits", "reason"})
    public void markSpun(int count, String why) {
        this.spun = true;
        this.strongEdits = count;
        this.reason = why;
    }
}
