package org.unspin.lm;

/**
 * An n-gram language model over word ids, in the manner of KenLM: look a word's id up once, then
 * score with arrays of ids. Implementations are immutable and thread-safe, and neither
 * {@link #id} nor {@link #logProb} allocates.
 */
public interface LanguageModel {
    int UNKNOWN = -1;

    /** Vocabulary id of a word (the model's own case convention; Sphinx's is lower case), or UNKNOWN. Must not allocate. */
    int id(CharSequence word);

    /** id of the sentence-start token {@code <s>}, or UNKNOWN if the model has none */
    int sentenceStart();

    int order();

    /**
     * log10 P(ids[position] | the up to order-1 ids before it in ids[from, position)). An UNKNOWN id in the
     * history cuts the history there (only words after it are used); an UNKNOWN word gets unknownLogProb().
     * Standard back-off (ARPA semantics). Must not allocate.
     */
    float logProb(int[] ids, int from, int position);

    /**
     * This model for use on the calling thread only: a view that may keep state of that thread (a
     * cache) at hand instead of looking it up on every call, with the same results. The default is
     * the model itself.
     */
    default LanguageModel forCallingThread() {
        return this;
    }

    /** log10 probability given to a word outside the vocabulary (the model's {@code <unk>} if it has one, else a documented floor) */
    float unknownLogProb();

    int vocabularySize();

    /** e.g. "CMU Sphinx en-us trigram (72,547 words)" */
    String description();

    /**
     * log10 probability of ids[start, end), each word conditioned on the words before it from
     * {@code from} on (so ids[from, start) is context that is not scored itself).
     */
    static float logProb(LanguageModel model, int[] ids, int from, int start, int end) {
        float sum = 0f;
        for (int position = start; position < end; position++) {
            sum += model.logProb(ids, from, position);
        }
        return sum;
    }
}
