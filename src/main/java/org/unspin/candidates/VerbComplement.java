package org.unspin.candidates;

import org.unspin.morphology.PosDictionary;
import org.unspin.tokenize.FunctionWords;
import org.unspin.tokenize.Token;
import org.unspin.tokenize.TokenizedText;

import java.util.Set;

/**
 * The infinitive a verb's object takes, read from the words after the verb: "permit the dough to
 * rest" (with "to") or "let the dough rest" (bare). A thesaurus swap between a verb that takes a
 * bare infinitive (let, make) and one that takes "to" (permit, force) leaves the infinitive wrong
 * ("let the dough to rest"), and the language model's window (two words on each side) does not
 * reach the infinitive to see it. Limits: the object is up to {@value #MAX_OBJECT} words with no
 * punctuation, and an infinitive is a word the dictionary reads as a base verb and that no
 * determiner stands before ("the dough enough time" is a second object, not "time" as a verb).
 * "let" alone among the verbs the thesaurus offers always needs a bare infinitive or a particle
 * after its object ("let the dough rest", "let the cat out"): "permit the dough enough time" is
 * no spin of "let the dough enough time".
 */
final class VerbComplement {

    static final int MAX_OBJECT = 4;

    enum Kind { TO_INFINITIVE, BARE_INFINITIVE, PARTICLE, OTHER }

    /** Words that open a noun phrase: the word after one is a noun's, not an infinitive. */
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "enough", "some", "any", "no", "more", "less",
            "much", "many", "this", "that", "these", "those", "his", "her", "its", "their", "our", "my", "your", "each",
            "every", "all", "several");

    /** Determiners that can be the object on their own, right after the verb ("allow that happen"). */
    private static final Set<String> STANDS_ALONE = Set.of("that", "this", "these", "those", "her", "all", "some",
            "many", "much", "any", "each", "several", "enough", "more", "less");

    /** Adverb particles that complete "let" without an infinitive ("let the cat out", "let them in"). */
    private static final Set<String> PARTICLES = Set.of("in", "out", "up", "down", "off", "through", "away", "back",
            "alone", "loose", "inside", "outside");

    /** Verbs whose object needs a bare infinitive or a particle after it. */
    private static final Set<String> NEED_A_COMPLEMENT = Set.of("let");

    private VerbComplement() {
    }

    /** What follows the verb at token {@code verb}: an object (possibly empty), then "to" and a word, or a base verb. */
    static Kind after(TokenizedText text, int verb, PosDictionary tags) {
        int sentence = text.token(verb).sentence();
        int words = 0;
        boolean particle = false;
        for (int i = verb + 1; i < text.size() && words <= MAX_OBJECT; i++) {
            Token t = text.token(i);
            if (t.sentence() != sentence || (!t.isWord() && !t.isNumber())) {
                break;
            }
            if (t.lower().equals("to")) {
                if (i + 1 < text.size() && text.token(i + 1).sentence() == sentence && text.token(i + 1).isWord()
                        && isBaseVerb(text.token(i + 1).lower(), tags)) {
                    return Kind.TO_INFINITIVE;
                }
                break;
            }
            if (PARTICLES.contains(t.lower())) {
                particle = true; // read on: "permit residents in the area to park" still takes "to"
            } else if (words > 0 && isBaseVerb(t.lower(), tags) && !nounAfterDeterminer(text, verb, i)) {
                return Kind.BARE_INFINITIVE;
            }
            words++;
        }
        return particle ? Kind.PARTICLE : Kind.OTHER;
    }

    /**
     * The word at {@code i} heads a noun phrase: a determiner stands before it that is not itself
     * the object ("the dough enough time"; but "allow that happen", "let her go": the object).
     */
    private static boolean nounAfterDeterminer(TokenizedText text, int verb, int i) {
        String before = text.token(i - 1).lower();
        return DETERMINERS.contains(before) && !(i - 1 == verb + 1 && STANDS_ALONE.contains(before));
    }

    /**
     * True unless the swap from {@code spunLemma} to {@code replacementLemma} crosses the two kinds
     * where the text shows an infinitive, or makes a verb that needs a complement where none follows.
     */
    static boolean agrees(Kind after, String spunLemma, String replacementLemma) {
        if (NEED_A_COMPLEMENT.contains(replacementLemma) && after != Kind.BARE_INFINITIVE && after != Kind.PARTICLE) {
            return false;
        }
        boolean spunBare = FunctionWords.BARE_INFINITIVE_VERBS.contains(spunLemma);
        boolean replacementBare = FunctionWords.BARE_INFINITIVE_VERBS.contains(replacementLemma);
        if (spunBare == replacementBare) {
            return true;
        }
        return switch (after) {
            case TO_INFINITIVE -> !replacementBare;
            case BARE_INFINITIVE -> replacementBare;
            case PARTICLE, OTHER -> true;
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
