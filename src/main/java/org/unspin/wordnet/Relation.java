package org.unspin.wordnet;

/**
 * How a spun word relates to the word a term has in its place, strongest first, with the
 * weight a restoration through it gets.
 */
public enum Relation {
    SAME(1.0),
    /** Share a synset: try / attempt. */
    SYNONYM(0.9),
    /** Adjectives in one cluster, or linked by "also see": profound / deep. */
    SIMILAR(0.75),
    /** Related forms of one stem: economical / economic, reservoir / reserve. */
    FORM(0.7),
    /** One is a kind of the other within three steps: killing / assassination. */
    HYPERNYM(0.6),
    /** Kinds of the same thing: hat / cap. */
    SIBLING(0.55),
    NONE(0.0);

    private final double weight;

    Relation(double weight) {
        this.weight = weight;
    }

    public double weight() {
        return weight;
    }
}
