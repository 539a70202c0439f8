package org.unspin.thesaurus;

/**
 * How a possible original relates to the word a spinner left, read in the spinner's direction
 * (original -> spun). Listed from the closest to the loosest.
 */
public enum Relation {
    /** They share a WordNet synset: a spinner takes a synonym from any sense. */
    SYNONYM,
    /** WordNet links the adjectives as similar. */
    SIMILAR,
    /** The spun word is the original's hypernym: the spinner generalized (are -> area unit). */
    BROADER,
    /** The spun word is one of the original's hyponyms. */
    NARROWER,
    /** A derivational relative (rapidly -> rapid). */
    DERIVED,
    /** A general thesaurus lists the spun word under the original (Moby: say lists mention). */
    LISTED,
    /** A lexicon row names this substitution. */
    LEXICON
}
