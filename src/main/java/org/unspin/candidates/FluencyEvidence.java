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
 * @param probability   the learned scorer's probability that the replacement is the author's word
 *                      ({@link LearnedScorer}), NaN where none was asked
 */
public record FluencyEvidence(double gain, double spunFit, double replacementFit, double spunFrequency,
                              double replacementFrequency, String relation, String sources, int fanout,
                              boolean partOfSpeechAgrees, double margin, boolean known, double booksGain,
                              double probability) {

    /** Evidence the learned scorer has not seen (probability NaN). */
    public FluencyEvidence(double gain, double spunFit, double replacementFit, double spunFrequency,
                           double replacementFrequency, String relation, String sources, int fanout,
                           boolean partOfSpeechAgrees, double margin, boolean known, double booksGain) {
        this(gain, spunFit, replacementFit, spunFrequency, replacementFrequency, relation, sources, fanout,
                partOfSpeechAgrees, margin, known, booksGain, Double.NaN);
    }

    /** The same evidence with the margin over the runner-up. */
    public FluencyEvidence withMargin(double m) {
        return new FluencyEvidence(gain, spunFit, replacementFit, spunFrequency, replacementFrequency, relation, sources,
                fanout, partOfSpeechAgrees, m, known, booksGain, probability);
    }

    /** The same evidence with the thesaurus link it came through. */
    public FluencyEvidence withLink(String r, String s, int f, boolean posAgrees) {
        return new FluencyEvidence(gain, spunFit, replacementFit, spunFrequency, replacementFrequency, r, s, f, posAgrees,
                margin, known, booksGain, probability);
    }

    /** The same evidence with the learned scorer's probability. */
    public FluencyEvidence withProbability(double p) {
        return new FluencyEvidence(gain, spunFit, replacementFit, spunFrequency, replacementFrequency, relation, sources,
                fanout, partOfSpeechAgrees, margin, known, booksGain, p);
    }

    /**
     * One line for explanations: "LM +3.1 (1,259x), books +1.2, spun fit -1.2 vs +0.3, ...".
     * Built on every decision the rules explain, so formatted by hand (String.format costs a
     * tenth of a restoration).
     */
    public String describe() {
        StringBuilder b = new StringBuilder(160);
        b.append("LM ");
        signed(b, gain).append(" (");
        times(b, gain).append("x), books ");
        signed(b, booksGain).append(", spun fit ");
        signed(b, spunFit).append(" vs ");
        signed(b, replacementFit).append(", frequency 10^");
        decimal(b, spunFrequency).append(" vs 10^");
        decimal(b, replacementFrequency);
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
            b.append(", margin ");
            signed(b, margin);
        }
        if (!Double.isNaN(probability)) {
            b.append(", learned ");
            long hundredths = Math.round(probability * 100);
            b.append(hundredths / 100).append('.').append(hundredths % 100 < 10 ? "0" : "").append(hundredths % 100);
        }
        return b.toString();
    }

    /** x with one decimal and its sign: +3.1, -0.4. */
    private static StringBuilder signed(StringBuilder b, double x) {
        return decimal(b.append(x < 0 ? "" : "+"), x);
    }

    /** x with one decimal, half away from zero. */
    private static StringBuilder decimal(StringBuilder b, double x) {
        long tenths = Math.round(Math.abs(x) * 10);
        return b.append(x < 0 ? "-" : "").append(tenths / 10).append('.').append(tenths % 10);
    }

    /** 10^x: with thousands separators from 10 up, two decimals below. */
    private static StringBuilder times(StringBuilder b, double log10) {
        double x = Math.pow(10, log10);
        if (x >= 10) {
            String digits = Long.toString(Math.round(x));
            for (int i = 0; i < digits.length(); i++) {
                if (i > 0 && (digits.length() - i) % 3 == 0) {
                    b.append(',');
                }
                b.append(digits.charAt(i));
            }
            return b;
        }
        long hundredths = Math.round(x * 100);
        b.append(hundredths / 100).append('.');
        long rest = hundredths % 100;
        return b.append(rest < 10 ? "0" : "").append(rest);
    }
}
