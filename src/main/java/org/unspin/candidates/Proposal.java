package org.unspin.candidates;

import org.unspin.lexicon.Condition;
import org.unspin.lexicon.LexiconEntry;
import org.unspin.lexicon.SourceRef;
import org.unspin.lexicon.Strength;
import org.unspin.wordnet.Inflection;

import java.util.List;

/**
 * A possible restoration found in the text: replace tokens [start, end) by {@code replacement}
 * (in base form; realization inflects it), if the rules accept it. {@code source} names the
 * lexicon line behind it; {@code kind} the mechanism that proposed it; {@code fluency} what the
 * language model says of the replacement in its context (null until the fluency stage has run).
 */
public record Proposal(int start, int end, String kind, String replacement, Strength strength, double confidence,
                       List<Condition> conditions, LexiconEntry entry, SourceRef source,
                       Inflection inflection, Head head, List<Inflection> wordInflections, List<Integer> skipped, String reason,
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
    /** A word or phrase a thesaurus read backwards offers, judged by the language model. */
    public static final String THESAURUS = "thesaurus";

    /** A proposal with no inflection to carry over. */
    public static Proposal plain(int start, int end, String kind, String replacement, Strength strength, double confidence,
                                 List<Condition> conditions, LexiconEntry entry, SourceRef source, String reason) {
        return new Proposal(start, end, kind, replacement, strength, confidence, conditions, entry, source,
                Inflection.BASE, Head.LAST, List.of(), List.of(), reason, null);
    }

    /** The same proposal with what the language model says of it. */
    public Proposal withFluency(FluencyEvidence evidence) {
        return new Proposal(start, end, kind, replacement, strength, confidence, conditions, entry, source,
                inflection, head, wordInflections, skipped, reason, evidence);
    }

    public boolean isDeletion() {
        return replacement.isEmpty();
    }

    public int length() {
        return end - start;
    }
}
