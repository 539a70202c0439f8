package org.unspin.lexicon;

/**
 * How an entry's spun words match text. Entries are written in base form; the matched
 * inflection is carried over to the restored words.
 */
public enum MatchMode {
    /** Any inflection of each word (increase: increases, increased, increasing). */
    LEMMA,
    /** Base form and plural only: for nouns whose verb forms mean something else (gain, supplies). */
    NOUN,
    /** The surface forms as written, case-insensitive. */
    EXACT,
    /** The surface forms as written, with their capitals: for names ("Federal Reservoir", not a federal reservoir). */
    CASE;

    public static MatchMode parse(String s) {
        switch (s) {
            case "":
            case "lemma":
                return LEMMA;
            case "noun":
                return NOUN;
            case "exact":
                return EXACT;
            case "case":
                return CASE;
            default:
                throw new IllegalArgumentException("unknown match mode '" + s + "' (expected lemma, noun, exact or case)");
        }
    }
}
