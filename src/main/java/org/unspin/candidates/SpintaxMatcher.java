package org.unspin.candidates;

import org.unspin.lexicon.Strength;
import org.unspin.tokenize.Token;
import org.unspin.tokenize.TokenizedText;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds spintax that a spinner left unresolved: "{web|the net}", or with its opening brace lost,
 * "netsite|an internet site|a web site}". Spinners write their output in this markup, one option
 * per slot, and a careless run publishes the markup itself. People do not write it in prose, so it
 * is proof of spinning software; the slot is replaced by its most fluent option (the language
 * model over the option in context), with the other options named in the reason.
 *
 * <p>Limits: options of one to {@value #MAX_OPTION_WORDS} words, at most {@value #MAX_OPTIONS}
 * options, within one sentence; a brace-less start takes one word before the first bar. A slot
 * in double braces is a template of a wiki or a web page ("{{lang|fr|Société des Ingénieurs}}"),
 * not spintax, and is left alone.
 */
public final class SpintaxMatcher implements ProposalSource {

    static final int MAX_OPTIONS = 8;
    static final int MAX_OPTION_WORDS = 4;

    private final FluencyScorer scorer;

    public SpintaxMatcher(FluencyScorer scorer) {
        this.scorer = scorer;
    }

    @Override
    public List<Proposal> propose(TokenizedText text) {
        List<Proposal> out = new ArrayList<>();
        FluencyScorer.Prepared prepared = null;
        for (int i = 0; i < text.size(); i++) {
            if (!text.token(i).text().equals("|")) {
                continue;
            }
            int start = openingOf(text, i);
            if (start < 0) {
                continue;
            }
            boolean braced = text.token(start).text().equals("{");
            List<int[]> options = new ArrayList<>();
            int end = optionsFrom(text, braced ? start + 1 : start, options);
            if (end < 0 || options.size() < 2 || (braced && doubleBraced(text, start, end))) {
                continue;
            }
            prepared = prepared == null ? scorer.prepare(text) : prepared;
            out.add(best(prepared, text, start, end, options));
            i = end - 1;
        }
        return out;
    }

    /**
     * True when the braces of tokens [start, end) are both doubled: "{{name|arg}}". Nested spintax
     * ("{{a|b}|c}") has a bar, not a brace, after its inner slot, and stays spintax.
     */
    private static boolean doubleBraced(TokenizedText text, int start, int end) {
        return start > 0 && text.token(start - 1).text().equals("{")
                && end < text.size() && text.token(end).text().equals("}");
    }

    /** The token that opens the slot whose first bar is at {@code bar}: a brace, or the one word before it. */
    private static int openingOf(TokenizedText text, int bar) {
        int sentence = text.token(bar).sentence();
        for (int k = bar - 1; k >= 0 && bar - k <= MAX_OPTION_WORDS + 1; k--) {
            Token t = text.token(k);
            if (t.sentence() != sentence || t.text().equals("}") || t.text().equals("|")) {
                return -1;
            }
            if (t.text().equals("{")) {
                return k;
            }
        }
        return bar > 0 && text.token(bar - 1).isWord() && text.token(bar - 1).sentence() == sentence ? bar - 1 : -1;
    }

    /** Reads "a | b c | d }" from {@code from}; returns the index after the closing brace, or -1. */
    private static int optionsFrom(TokenizedText text, int from, List<int[]> options) {
        int sentence = text.token(from).sentence();
        int optionStart = from;
        for (int k = from; k < text.size() && options.size() < MAX_OPTIONS; k++) {
            Token t = text.token(k);
            if (t.sentence() != sentence && !t.text().equals("}")) {
                return -1;
            }
            boolean bar = t.text().equals("|");
            boolean close = t.text().equals("}");
            if (bar || close) {
                int words = k - optionStart;
                if (words < 1 || words > MAX_OPTION_WORDS) {
                    return -1;
                }
                options.add(new int[]{optionStart, k});
                optionStart = k + 1;
                if (close) {
                    return k + 1;
                }
            } else if (!t.isWord() && !t.isNumber() && !t.text().equals("'")) {
                return -1;
            }
        }
        return -1;
    }

    private Proposal best(FluencyScorer.Prepared prepared, TokenizedText text, int start, int end, List<int[]> options) {
        String best = null;
        double bestGain = Double.NEGATIVE_INFINITY;
        List<String> all = new ArrayList<>(options.size());
        FluencyScorer.Window window = scorer.window(prepared, start, end);
        for (int[] o : options) {
            String option = text.surface(o[0], o[1]);
            all.add(option);
            double gain = window == null ? 0 : scorer.gain(window, scorer.ids(option.toLowerCase(java.util.Locale.ROOT)));
            if (gain > bestGain) {
                bestGain = gain;
                best = option;
            }
        }
        return Proposal.plain(start, end, best, Strength.STRONG, Confidence.SPINTAX,
                Proposal.Origin.of(Proposal.SPINTAX, "spinner markup left in the text; of " + String.join(" / ", all)
                        + ", the language model reads '" + best + "' best"));
    }
}
