package org.unspin.wordnet;

/** The inflection a word carries relative to its base form, as far as restoration needs it. */
public enum Inflection {
    BASE,
    /** Plural noun or third-person singular verb: both take the same -s ending. */
    S_FORM,
    PAST,
    PAST_PARTICIPLE,
    GERUND,
    COMPARATIVE,
    SUPERLATIVE
}
