package org.unspin.decide;

/**
 * Settings of the decide stage. A document counts as spun once it has at least
 * {@code minStrongEdits} strong restorations and at least one per {@code tokensPerStrongEdit}
 * tokens; {@code maxFiringsPerFact} bounds rule firings so a rule that loops is cut off.
 */
public record DecideOptions(int minStrongEdits, int tokensPerStrongEdit, int maxFiringsPerFact, int nearWindow) {
    public static DecideOptions defaults() {
        return new DecideOptions(2, 400, 50, org.unspin.lexicon.Condition.NEAR_WINDOW);
    }
}
