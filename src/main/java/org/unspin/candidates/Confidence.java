package org.unspin.candidates;

import org.unspin.lexicon.Strength;

/**
 * How much each kind of proposal is trusted, in one place so the kinds stay comparable. A
 * confidence is a rank in [0, 1], not a probability: it orders proposals, it is not measured.
 *
 * <p>How it is used: when candidates of equal length overlap, the more confident one wins
 * ({@code Candidate.beats}); of two term readings of one phrase the more confident one wins and
 * equal ones cancel (rules/terms.drl); an edit of at least {@link #STRONG} counts as strong
 * evidence of spin ({@code SpinDetector}). Whether a proposal needs a document shown spun is its
 * {@link Strength}, not its confidence.
 */
public final class Confidence {

    /** A strong lexicon row: wording people practically never write. */
    public static final double STRONG_ENTRY = 0.9;
    /** A weak lexicon row: ordinary English that spinners also produce. */
    public static final double WEAK_ENTRY = 0.6;
    /** A name glossed by a known acronym that it does not spell: just below a strong row. */
    public static final double ACRONYM = 0.85;
    /** Straight quotes in a text with no curly one. */
    public static final double TYPOGRAPHY = 0.5;
    /** A term reached through WordNet, before scaling by its loosest link ({@link #term}). */
    public static final double TERM = 0.5;
    /** A thesaurus neighbour judged by the language model. */
    public static final double THESAURUS = 0.5;

    /** Spinner markup left in the text ({a|b}): proof that software spun it. */
    public static final double SPINTAX = 0.95;

    /** From here on an edit is strong evidence of spin (acronyms and strong rows reach it). */
    public static final double STRONG = 0.85;

    private Confidence() {
    }

    public static double entry(Strength strength) {
        return strength == Strength.STRONG ? STRONG_ENTRY : WEAK_ENTRY;
    }

    /**
     * A term whose loosest word link has {@code weakestLinkWeight} (WordNet relation weights, 1.0
     * for the same word): a hypernym step is less sure than a synonym.
     */
    public static double term(double weakestLinkWeight) {
        return TERM * weakestLinkWeight;
    }
}
