package org.unspin.candidates;

import org.unspin.lm.LanguageModel;
import org.unspin.tokenize.Token;
import org.unspin.tokenize.TokenizedText;

import java.util.Arrays;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/**
 * Asks the language model how a replacement reads in its context. The model sees each sentence's
 * words (lower case, punctuation left out, as the model was trained) after a sentence start; a
 * replacement is scored over its own words and the {@code order - 1} words after it, each given
 * the {@code order - 1} words before it, so a trigram model reads two words either side.
 */
public final class FluencyScorer {

    private final LanguageModel model;
    private final ToDoubleFunction<String> frequency;
    private final PairCounts pairs;

    /** How often two words follow each other in written English (0 when unknown). */
    @FunctionalInterface
    public interface PairCounts {
        long count(String first, String second);
    }

    /**
     * @param frequency log10 relative frequency of a lower-case word in written English; null to
     *                  use the model's own unigram probabilities
     */
    public FluencyScorer(LanguageModel model, ToDoubleFunction<String> frequency, PairCounts pairs) {
        this.model = model;
        this.frequency = frequency;
        this.pairs = pairs;
    }

    /** A text as the model reads it: one id per word, a sentence start before each sentence. */
    public final class Prepared {
        final TokenizedText text;
        final int[] ids;
        /** model position of each token, -1 for tokens the model does not see */
        final int[] position;
        /** the position of the sentence start of each token's sentence */
        final int[] sentenceFrom;
        /** one past the last position of each token's sentence */
        final int[] sentenceTo;
        /** the thread that prepared the text, and what the scorer keeps at hand for it: the model's view and a scratch array */
        final Thread owner = Thread.currentThread();
        final LanguageModel local = model.forCallingThread();
        int[] scratch = new int[64];

        Prepared(TokenizedText text) {
            this.text = text;
            int n = text.size();
            int[] ids = new int[n + 1 + countSentences(text)];
            position = new int[n];
            sentenceFrom = new int[n];
            sentenceTo = new int[n];
            int p = 0;
            int from = 0;
            int sentenceFirstToken = 0;
            for (int i = 0; i < n; i++) {
                Token t = text.token(i);
                if (text.startsSentence(i)) {
                    for (int k = sentenceFirstToken; k < i; k++) {
                        sentenceTo[k] = p;
                    }
                    sentenceFirstToken = i;
                    from = p;
                    ids[p++] = model.sentenceStart();
                }
                sentenceFrom[i] = from;
                if (t.isWord() || t.isNumber()) {
                    position[i] = p;
                    ids[p++] = model.id(t.lower());
                } else {
                    position[i] = -1;
                }
            }
            for (int k = sentenceFirstToken; k < n; k++) {
                sentenceTo[k] = p;
            }
            this.ids = Arrays.copyOf(ids, p);
        }

        public TokenizedText text() {
            return text;
        }

        /** True when the model knows the token's word. */
        public boolean known(int token) {
            return position[token] >= 0 && ids[position[token]] != LanguageModel.UNKNOWN;
        }
    }

    private static int countSentences(TokenizedText text) {
        int s = 0;
        for (int i = 0; i < text.size(); i++) {
            if (text.startsSentence(i)) {
                s++;
            }
        }
        return s;
    }

    /**
     * The text as the model reads it. The sources and the fluency stage of one restoration each ask
     * for the same text; the last one prepared on this thread is kept and handed out again.
     */
    public Prepared prepare(TokenizedText text) {
        Prepared p = lastPrepared.get();
        if (p == null || p.text != text) {
            p = new Prepared(text);
            lastPrepared.set(p);
        }
        return p;
    }

    private final ThreadLocal<Prepared> lastPrepared = new ThreadLocal<>();

    /** The model's ids of a lower-case phrase's words (UNKNOWN for words it does not know). */
    public int[] ids(String phrase) {
        if (phrase.isEmpty()) {
            return new int[0];
        }
        String[] words = phrase.split(" ");
        int[] ids = new int[words.length];
        for (int i = 0; i < words.length; i++) {
            ids[i] = model.id(words[i]);
        }
        return ids;
    }

    /**
     * The spun words of tokens [start, end) in their context, scored once, so that many
     * replacements can be compared against them cheaply ({@link #gain}); null when the model sees
     * none of the tokens.
     */
    public Window window(Prepared text, int start, int end) {
        int first = -1;
        int last = -1;
        for (int i = start; i < end; i++) {
            if (text.position[i] >= 0) {
                first = first < 0 ? text.position[i] : first;
                last = text.position[i];
            }
        }
        if (first < 0) {
            return null;
        }
        int from = Math.max(text.sentenceFrom[start], first - model.order() + 1);
        int after = Math.min(text.sentenceTo[start], last + model.order());
        LanguageModel model = modelFor(text);
        double spun = 0;
        for (int p = first; p < after; p++) {
            spun += model.logProb(text.ids, from, p);
        }
        return new Window(from, first, last, after, spun, text);
    }

    /**
     * Spun words in context: ids[from, first) is history, ids[first, last] the spun words,
     * ids(last, after) the words they condition; {@code text} is the prepared text they come from.
     */
    public record Window(int from, int first, int last, int after, double spunScore, Prepared text) {
        /** The prepared text's model ids. */
        public int[] ids() {
            return text.ids;
        }
    }

    /** The model as the calling thread asks it: the view the text was prepared with, on the thread that prepared it. */
    private LanguageModel modelFor(Prepared text) {
        return text.owner == Thread.currentThread() ? text.local : model;
    }

    private static final ThreadLocal<int[]> SCRATCH = ThreadLocal.withInitial(() -> new int[64]);

    /** A scratch array of at least {@code length} ids: the text's own on the thread that prepared it, else the thread's. */
    private static int[] scratch(Prepared text, int length) {
        boolean own = text.owner == Thread.currentThread();
        int[] alt = own ? text.scratch : SCRATCH.get();
        if (alt.length < length) {
            alt = new int[length * 2];
            if (own) {
                text.scratch = alt;
            } else {
                SCRATCH.set(alt);
            }
        }
        return alt;
    }

    /** log10 gain of the window with {@code replacement} (model ids) in place of the spun words; allocates nothing. */
    public double gain(Window w, int[] replacement) {
        int before = w.first - w.from;
        int tail = w.after - w.last - 1;
        int length = before + replacement.length + tail;
        Prepared text = w.text;
        LanguageModel model = modelFor(text);
        int[] alt = scratch(text, length);
        System.arraycopy(text.ids, w.from, alt, 0, before);
        System.arraycopy(replacement, 0, alt, before, replacement.length);
        System.arraycopy(text.ids, w.last + 1, alt, before + replacement.length, tail);
        double score = 0;
        for (int p = before; p < length; p++) {
            score += model.logProb(alt, 0, p);
        }
        return score - w.spunScore;
    }

    /**
     * The evidence for replacing tokens [start, end) by {@code replacement} (lower case, words
     * separated by single spaces, already inflected). The link fields are left empty.
     */
    public FluencyEvidence score(Prepared text, int start, int end, String replacement) {
        Window w = window(text, start, end);
        if (w == null) {
            return new FluencyEvidence(0, 0, 0, 0, 0, null, null, 0, true, Double.POSITIVE_INFINITY, false, 0);
        }
        int[] replacementIds = ids(replacement);
        return score(w, start, end, replacement, replacementIds, gain(w, replacementIds));
    }

    /**
     * The same, for a caller that already holds the window, the replacement's ids and its
     * {@link #gain} there (the thesaurus source scores every option's gain before it asks for the rest).
     */
    FluencyEvidence score(Window w, int start, int end, String replacement, int[] replacementIds, double gain) {
        Prepared text = w.text();
        String[] words = replacement.isEmpty() ? new String[0] : replacement.split(" ");
        boolean known = true;
        for (int k = w.first(); k <= w.last(); k++) {
            known &= w.ids()[k] != LanguageModel.UNKNOWN;
        }
        for (int id : replacementIds) {
            known &= id != LanguageModel.UNKNOWN;
        }
        int[] ids = w.ids();
        LanguageModel model = modelFor(text);
        double spunFit = model.logProb(ids, w.from(), w.first()) - model.logProb(ids, w.first(), w.first());
        double spunUnigram = model.logProb(ids, w.first(), w.first());
        double replacementFit = 0;
        double replacementUnigram = 0;
        if (replacementIds.length > 0) {
            // the replacement's first word given the same history, and on its own
            int before = w.first() - w.from();
            int[] head = new int[before + 1];
            System.arraycopy(ids, w.from(), head, 0, before);
            head[before] = replacementIds[0];
            replacementUnigram = model.logProb(head, before, before);
            replacementFit = model.logProb(head, 0, before) - replacementUnigram;
        }
        String spunWord = text.text.token(firstWordToken(text, start, end)).lower();
        return new FluencyEvidence(gain, spunFit, replacementFit,
                frequency(spunWord, spunUnigram), words.length == 0 ? 0 : frequency(words[0], replacementUnigram),
                null, null, 0, true, Double.POSITIVE_INFINITY, known, booksGain(text, start, end, words));
    }

    /** log10 of (pairs the replacement forms with its neighbours + 1) / (pairs the spun words form + 1). */
    private double booksGain(Prepared text, int start, int end, String[] words) {
        if (pairs == null || words.length == 0) {
            return 0;
        }
        TokenizedText t = text.text;
        String before = start > 0 && t.token(start - 1).isWord() && t.token(start - 1).sentence() == t.token(start).sentence()
                ? t.token(start - 1).lower() : null;
        String after = end < t.size() && t.token(end).isWord() && t.token(end).sentence() == t.token(end - 1).sentence()
                ? t.token(end).lower() : null;
        long spun = 1;
        long replaced = 1;
        if (before != null) {
            spun += pairs.count(before, t.token(start).lower());
            replaced += pairs.count(before, words[0]);
        }
        if (after != null) {
            spun += pairs.count(t.token(end - 1).lower(), after);
            replaced += pairs.count(words[words.length - 1], after);
        }
        return Math.log10(replaced) - Math.log10(spun);
    }

    private static int firstWordToken(Prepared text, int start, int end) {
        for (int i = start; i < end; i++) {
            if (text.position[i] >= 0) {
                return i;
            }
        }
        return start;
    }

    private double frequency(String word, double unigram) {
        return frequency == null ? unigram : frequency.applyAsDouble(word.toLowerCase(Locale.ROOT));
    }
}
