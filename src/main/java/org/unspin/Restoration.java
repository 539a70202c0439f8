package org.unspin;

import java.util.List;
import java.util.Set;

/**
 * The result of restoring one text: the restored text, every edit (offsets into the input,
 * sorted, non-overlapping), the candidates the rules rejected, and whether the document showed
 * spin. Immutable: safe to share between threads.
 */
public record Restoration(String input, String text, List<Edit> edits, List<NearMiss> nearMisses,
                          boolean documentSpun, String spinReason, int tokens, Set<String> rulesFired) {

    /** Copies the lists and the set, so that a restoration never changes. */
    public Restoration {
        edits = List.copyOf(edits);
        nearMisses = List.copyOf(nearMisses);
        rulesFired = Set.copyOf(rulesFired);
    }

    /** How many edits, restorations and scraping repairs together. */
    public int editCount() {
        return edits.size();
    }

    /** Edits that restored wording (not scraping repairs). */
    public long restorationCount() {
        return edits.stream().filter(e -> Edit.STAGE_RESTORE.equals(e.stage())).count();
    }

    /** Edits that repaired scraping damage (the normalize stage). */
    public long normalizationCount() {
        return edits.stream().filter(e -> Edit.STAGE_NORMALIZE.equals(e.stage())).count();
    }
}
