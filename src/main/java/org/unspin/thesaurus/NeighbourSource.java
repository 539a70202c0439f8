package org.unspin.thesaurus;

import org.unspin.morphology.WordClass;

import java.util.List;

/**
 * One thesaurus read backwards: the words a spinner could have replaced with a given one.
 * Implementations are thread-safe and answer from memory.
 */
public interface NeighbourSource {

    /** A short name shown with each candidate's evidence ("wordnet", "moby"). */
    String name();

    /**
     * Possible originals of a spun base form (lower case; a phrase has single spaces) read as
     * {@code wordClass}; an original is never the spun form itself.
     */
    List<Neighbour> originalsOf(String spunLemma, WordClass wordClass);
}
