package org.unspin.score;

import java.util.List;

/**
 * Word error rate, jiwer's definition: (S + D + I) / N over the minimum-edit alignment of the
 * candidate's words to the original's N words.
 *
 * <p>Words are {@link WordTokens#of(String)}: lowercased, punctuation marks as words of their
 * own. The reference pair's figures are in SCORING.md beside this file.
 */
public final class WordErrorRate {

    private WordErrorRate() {
    }

    /** WER of {@code candidate} against {@code original} with the project's word tokenization. */
    public static ErrorRate of(String original, String candidate) {
        return of(WordTokens.of(original), WordTokens.of(candidate));
    }

    /** WER over already tokenized texts. */
    public static ErrorRate of(List<String> originalWords, List<String> candidateWords) {
        return Alignment.of(originalWords, candidateWords).errorRate();
    }
}
