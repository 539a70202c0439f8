package org.unspin.candidates;

import org.unspin.morphology.PosDictionary;
import org.unspin.tokenize.FunctionWords;
import org.unspin.tokenize.Token;
import org.unspin.tokenize.TokenizedText;

/**
 * The infinitive a verb's object takes, read from the words after the verb: "permit the dough to
 * rest" (with "to") or "let the dough rest" (bare). A thesaurus swap between a verb that takes a
 * bare infinitive (let, make) and one that takes "to" (permit, force) leaves the infinitive wrong
 * ("let the dough to rest"), and the language model's window (two words on each side) does not
 * reach the infinitive to see it. Limits: the object is up to {@value #MAX_OBJECT} words with no
 * punctuation, and an infinitive is a word the dictionary reads as a base verb, so a noun that is
 * also a verb ("enough time") reads as a bare infinitive: the reading only ever blocks a swap.
 */
final class VerbComplement {

    static final int MAX_OBJECT = 4;

    enum Kind { TO_INFINITIVE, BARE_INFINITIVE, OTHER }

    private VerbComplement() {
    }

    /** What follows the verb at token {@code verb}: an object (possibly empty), then "to" and a word, or a base verb. */
    static Kind after(TokenizedText text, int verb, PosDictionary tags) {
        int sentence = text.token(verb).sentence();
        int words = 0;
        for (int i = verb + 1; i < text.size() && words <= MAX_OBJECT; i++) {
            Token t = text.token(i);
            if (t.sentence() != sentence || (!t.isWord() && !t.isNumber())) {
                return Kind.OTHER;
            }
            if (t.lower().equals("to")) {
                return i + 1 < text.size() && text.token(i + 1).sentence() == sentence && text.token(i + 1).isWord()
                        && isBaseVerb(text.token(i + 1).lower(), tags) ? Kind.TO_INFINITIVE : Kind.OTHER;
            }
            if (words > 0 && isBaseVerb(t.lower(), tags)) {
                return Kind.BARE_INFINITIVE;
            }
            words++;
        }
        return Kind.OTHER;
    }

    /** True unless the swap from {@code spunLemma} to {@code replacementLemma} crosses the two kinds where the text shows an infinitive. */
    static boolean agrees(Kind after, String spunLemma, String replacementLemma) {
        boolean spunBare = FunctionWords.BARE_INFINITIVE_VERBS.contains(spunLemma);
        boolean replacementBare = FunctionWords.BARE_INFINITIVE_VERBS.contains(replacementLemma);
        if (spunBare == replacementBare) {
            return true;
        }
        return switch (after) {
            case TO_INFINITIVE -> !replacementBare;
            case BARE_INFINITIVE -> replacementBare;
            case OTHER -> true;
        };
    }

    private static boolean isBaseVerb(String word, PosDictionary tags) {
        for (PosDictionary.Reading r : tags.readings(word)) {
            if (r.tag().equals("VB")) {
                return true;
            }
        }
        return false;
    }
}
