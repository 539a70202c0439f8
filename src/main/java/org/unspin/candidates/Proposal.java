package org.unspin.candidates;

import org.unspin.lexicon.Condition;
import org.unspin.lexicon.LexiconEntry;
import org.unspin.lexicon.SourceRef;
import org.unspin.lexicon.Strength;
import org.unspin.wordnet.Inflection;

import java.util.List;

/**
 * A possible restoration found in the text: replace tokens [start, end) by {@code replacement}
 * (in base form; realization inflects it), if the rules accept it. {@code strength} and
 * {@code confidence} ({@link Confidence}) say how much it proves; {@code conditions} are the
 * context guards the rules check; {@code origin} says where it came from; {@code inflection},
 * {@code head} and {@code wordInflections} how to write it in the spun words' inflection;
 * {@code skipped} the filler tokens inside the matched phrase; {@code fluency} what the language
 * model says of the replacement in its context (null until the fluency stage has run).
 */
public record Proposal(int start, int end, String replacement, Strength strength, double confidence,
                       List<Condition> conditions, Origin origin,
                       Inflection inflection, Head head, List<Inflection> wordInflections, List<Integer> skipped,
                       FluencyEvidence fluency) {

    /** Which word of a multiword replacement takes the spun word's inflection. */
    public enum Head { FIRST, LAST }

    public static final String LEXICON = "lexicon";
    public static final String ACRONYM = "acronym";
    public static final String TYPOGRAPHY = "typography";
    public static final String WORDNET = "wordnet";
    public static final String TERM = "term";
    /** A term reached with every word of the phrase swapped (killing try -> assassination attempt). */
    public static final String TERM_SWAPPED = "term-swapped";
    /** Spinner markup ({web|the net}) resolved to its most fluent option. */
    public static final String SPINTAX = "spintax";
    /** A word or phrase a thesaurus read backwards offers, judged by the language model. */
    public static final String THESAURUS = "thesaurus";

    /**
     * Where a proposal came from, for the rules (which decide by {@code kind}) and for
     * explanations: the mechanism that proposed it, the lexicon row behind it and that row's file
     * line (each null when there is none: a term found through WordNet has neither, an acronym
     * gloss has a line but no row), and why it was proposed.
     */
    public record Origin(String kind, LexiconEntry entry, SourceRef source, String reason) {

        /** A lexicon row, explained by its own substitution. */
        public static Origin of(LexiconEntry entry) {
            return new Origin(LEXICON, entry, entry.source(), entry.describe());
        }

        /** A proposal no lexicon line is behind. */
        public static Origin of(String kind, String reason) {
            return new Origin(kind, null, null, reason);
        }
    }

    /** A proposal with no inflection to carry over and no guards. */
    public static Proposal plain(int start, int end, String replacement, Strength strength, double confidence, Origin origin) {
        return new Proposal(start, end, replacement, strength, confidence, List.of(), origin,
                Inflection.BASE, Head.LAST, List.of(), List.of(), null);
    }

    /** The same proposal with what the language model says of it. */
    public Proposal withFluency(FluencyEvidence evidence) {
        return new Proposal(start, end, replacement, strength, confidence, conditions, origin,
                inflection, head, wordInflections, skipped, evidence);
    }

    /** The mechanism that proposed it: one of the constants above, or a registered source's own. */
    public String kind() {
        return origin.kind();
    }

    /** The lexicon row behind it, or null. */
    public LexiconEntry entry() {
        return origin.entry();
    }

    /** The lexicon file line behind it, or null. */
    public SourceRef source() {
        return origin.source();
    }

    /** Why it was proposed, for explanations. */
    public String reason() {
        return origin.reason();
    }

    public boolean isDeletion() {
        return replacement.isEmpty();
    }

    public int length() {
        return end - start;
    }
}
