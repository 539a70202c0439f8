package org.unspin.morphology;

/** Coarse word classes, as far as substitution needs them: a spinner swaps a noun for a noun. */
public enum WordClass {
    NOUN, VERB, ADJECTIVE, ADVERB, OTHER;

    /** The name in lower case ("noun"), for reports. */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The class of a Penn Treebank tag (NN, NNS, VBD, JJR, RB ...). */
    public static WordClass ofTag(String tag) {
        if (tag.startsWith("NN")) {
            return tag.startsWith("NNP") ? OTHER : NOUN;
        }
        if (tag.startsWith("VB")) {
            return VERB;
        }
        if (tag.startsWith("JJ")) {
            return ADJECTIVE;
        }
        if (tag.startsWith("RB")) {
            return ADVERB;
        }
        return OTHER;
    }
}
