package org.unspin.lexicon;

import java.util.List;

/**
 * One substitution: the spun phrase as spinners write it, the original it stands for (empty for
 * filler that spinners insert), how it matches, the context guards it needs and its strength.
 */
public record LexiconEntry(String spun, List<String> spunWords, String original, MatchMode match,
                           List<Condition> conditions, Strength strength, String category,
                           List<Example> examples, String note, SourceRef source) {

    public boolean isDeletion() {
        return original.isEmpty();
    }

    /** "spun -> original" as the lexicon file writes it. */
    public String describe() {
        return spun + " -> " + (original.isEmpty() ? "(delete)" : original);
    }
}
