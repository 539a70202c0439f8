package org.unspin.score;

import java.util.List;

/**
 * An edit with its outcome and the engine's annotations that overlap it.
 *
 * @param edit        the edit
 * @param outcome     how it fared
 * @param annotations engine annotations overlapping its spun span (empty without annotations)
 */
public record JudgedEdit(WordEdit edit, Outcome outcome, List<EditAnnotation> annotations) {

    public JudgedEdit {
        annotations = List.copyOf(annotations);
    }
}
