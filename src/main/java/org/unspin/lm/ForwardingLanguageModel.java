package org.unspin.lm;

/**
 * A language model that answers every question as another one does: the base of wrappers that
 * change only how {@link #logProb} is answered (a cache in front, a view bound to a thread).
 */
abstract class ForwardingLanguageModel implements LanguageModel {

    protected final LanguageModel model;

    ForwardingLanguageModel(LanguageModel model) {
        this.model = model;
    }

    @Override
    public float logProb(int[] ids, int from, int position) {
        return model.logProb(ids, from, position);
    }

    @Override
    public int id(CharSequence word) {
        return model.id(word);
    }

    @Override
    public int sentenceStart() {
        return model.sentenceStart();
    }

    @Override
    public int order() {
        return model.order();
    }

    @Override
    public float unknownLogProb() {
        return model.unknownLogProb();
    }

    @Override
    public int vocabularySize() {
        return model.vocabularySize();
    }

    @Override
    public String description() {
        return model.description();
    }
}
