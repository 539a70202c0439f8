package org.unspin.score;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Compares system edits with gold edits, M2 style: an edit is identified by its spun token span
 * and its replacement tokens (lowercased {@link WordTokens}); equal identities are true positives.
 * The rest is told apart for reports: a system edit that overlaps a gold edit is WRONG, one that
 * overlaps none a FALSE_ALARM; a gold edit no system edit overlaps is MISSED.
 */
final class EditEvaluation {

    private EditEvaluation() {
    }

    /**
     * @param gold        edits from the spun text to the original
     * @param system      edits from the spun text to the candidate
     * @param annotations the engine's annotations (character offsets into the spun text), may be empty
     */
    public static EditScore compare(List<WordEdit> gold, List<WordEdit> system, List<EditAnnotation> annotations) {
        Set<Identity> goldIdentities = identities(gold);
        Set<Identity> systemIdentities = identities(system);
        List<JudgedEdit> judgedGold = new ArrayList<>(gold.size());
        for (WordEdit edit : gold) {
            Outcome outcome = systemIdentities.contains(Identity.of(edit)) ? Outcome.CORRECT
                    : overlapsAny(edit, system) ? Outcome.WRONG : Outcome.MISSED;
            judgedGold.add(new JudgedEdit(edit, outcome, EditAnnotation.overlapping(annotations, edit.sourceChars())));
        }
        List<JudgedEdit> judgedSystem = new ArrayList<>(system.size());
        for (WordEdit edit : system) {
            Outcome outcome = goldIdentities.contains(Identity.of(edit)) ? Outcome.CORRECT
                    : overlapsAny(edit, gold) ? Outcome.WRONG : Outcome.FALSE_ALARM;
            judgedSystem.add(new JudgedEdit(edit, outcome, EditAnnotation.overlapping(annotations, edit.sourceChars())));
        }
        return new EditScore(judgedGold, judgedSystem);
    }

    /** What makes two edits the same edit: where in the spun text, and what replaces it. */
    private record Identity(Span spunTokens, List<String> replacement) {
        static Identity of(WordEdit edit) {
            return new Identity(edit.sourceTokens(), WordTokens.of(edit.after()));
        }
    }

    private static Set<Identity> identities(List<WordEdit> edits) {
        Set<Identity> identities = new HashSet<>();
        for (WordEdit edit : edits) {
            identities.add(Identity.of(edit));
        }
        return identities;
    }

    private static boolean overlapsAny(WordEdit edit, List<WordEdit> others) {
        for (WordEdit other : others) {
            if (edit.sourceTokens().overlaps(other.sourceTokens())) {
                return true;
            }
        }
        return false;
    }
}
