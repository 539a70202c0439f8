package org.unspin.thesaurus;

import org.unspin.morphology.WordClass;

/**
 * A word or phrase a spinner could have replaced with the spun one: {@code original} (a base
 * form), its word class, the relation and the source that link them, and {@code fanout}: how many
 * replacements that source offers for the original, so the chance that a spinner picked this one
 * is about 1 / fanout.
 */
public record Neighbour(String original, WordClass wordClass, Relation relation, String source, int fanout) {
}
