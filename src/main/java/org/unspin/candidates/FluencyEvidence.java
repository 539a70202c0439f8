package org.unspin.candidates;

/**
 * What the language model says of one replacement in its context. Log-probabilities are log10.
 *
 * @param gain          log-probability of the window (the replaced words and the two after them,
 *                      each given the two before it) with the replacement, minus with the spun
 *                      wording: +3 means the model finds the replacement 1,000 times likelier there
 * @param spunFit       how much likelier the spun word is in its context than on its own
 *                      (negative: the context does not expect it; an odd word)
 * @param replacementFit the same for the replacement
 * @param spunFrequency log10 of the spun word's relative frequency in written English
 * @param replacementFrequency the same for the replacement
 * @param relation      how the replacement relates to the spun word ("synonym", "listed", ...), or
 *                      the lexicon for a lexicon row
 * @param sources       the thesauri that link them ("wordnet+moby"), or "lexicon"
 * @param fanout        how many replacements the linking thesaurus offers for the replacement: a
 *                      spinner picked this one with a chance of about 1 / fanout
 * @param partOfSpeechAgrees the replacement has a form with the spun word's tag (mentioned/VBD -> said/VBD)
 * @param margin        gain over the best other replacement of the same words (Double.POSITIVE_INFINITY if none)
 * @param known         both the spun and the replacement words are in the model's vocabulary
 * @param booksGain     the second opinion of written prose: log10 of how much more often Google Books
 *                      pairs the replacement with its neighbours than the spun word (add-one counts)
 */
public record FluencyEvidence(double gain, double spunFit, double replacementFit, double spunFrequency,
                              double replacementFrequency, String relation, String sources, int fanout,
                              boolean partOfSpeechAgrees, double margin, boolean known, double booksGain) {

    /** The same evidence with the margin over the runner-up. */
    public FluencyEvidence withMargin(double m) {
        return new FluencyEvidence(gain, spunFit, replacementFit, spunFrequency, replacementFrequency, relation, sources,
                fanout, partOfSpeechAgrees, m, known, booksGain);
    }

    /** The same evidence with the thesaurus link it came through. */
    public FluencyEvidence withLink(String r, String s, int f, boolean posAgrees) {
        return new FluencyEvidence(gain, spunFit, replacementFit, spunFrequency, replacementFrequency, r, s, f, posAgrees,
                margin, known, booksGain);
    }

    /** One line for explanations: "LM +3.1 (1,259x), spun word odd (fit -1.2), wordnet synonym, 1 of 6". */
    public String describe() {
        StringBuilder b = new StringBuilder();
        b.append(String.format(java.util.Locale.ROOT, "LM %+.1f (%sx)", gain, times(gain)));
        b.append(String.format(java.util.Locale.ROOT, ", books %+.1f", booksGain));
        b.append(String.format(java.util.Locale.ROOT, ", spun fit %+.1f vs %+.1f", spunFit, replacementFit));
        b.append(String.format(java.util.Locale.ROOT, ", frequency 10^%.1f vs 10^%.1f", spunFrequency, replacementFrequency));
        if (sources != null) {
            b.append(", ").append(sources).append(' ').append(relation);
            if (fanout > 0) {
                b.append(" (1 of ").append(fanout).append(')');
            }
        }
        if (!partOfSpeechAgrees) {
            b.append(", other part of speech");
        }
        if (margin != Double.POSITIVE_INFINITY) {
            b.append(String.format(java.util.Locale.ROOT, ", margin %+.1f", margin));
        }
        return b.toString();
    }

    private static String times(double log10) {
        double x = Math.pow(10, log10);
        if (x >= 10) {
            return String.format(java.util.Locale.ROOT, "%,.0f", x);
        }
        return String.format(java.util.Locale.ROOT, "%.2f", x);
    }
}
