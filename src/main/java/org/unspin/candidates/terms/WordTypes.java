package org.unspin.candidates.terms;

import org.unspin.tokenize.Token;
import org.unspin.morphology.WordClass;
import org.unspin.wordnet.Relations;
import org.unspin.util.TypeCache;
import org.unspin.tokenize.FunctionWords;
import org.unspin.wordnet.WordNet;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * Reads word types from tokens: their noun forms, whether WordNet lets them head or modify a noun
 * phrase, whether they are function words. Each type is read once and kept (running text repeats
 * its words), together with what is filled in on it later.
 */
final class WordTypes {

    /** Word types whose readings and candidate terms are kept (about 2 KB each at most). */
    private static final int MAX_CACHED_TYPES = 50_000;

    private final Relations relations;
    private final TypeCache<WordType> types = new TypeCache<>(MAX_CACHED_TYPES);
    // held in a field so that a lookup builds no function object
    private final BiFunction<String, Token, WordType> read = (lower, token) -> read(token);

    WordTypes(Relations relations) {
        this.relations = relations;
    }

    /** The type of a word token, keyed by its lower-case form. */
    WordType of(Token t) {
        return types.get(t.lower(), t, read);
    }

    private WordType read(Token t) {
        Set<String> forms = nounForms(t);
        return new WordType(t.lemmas(), forms, readsAsNoun(t, forms), readsAsModifier(forms),
                FunctionWords.TERM_LINKS.contains(t.lower()), relations);
    }

    /**
     * Whether the head reads as a noun: it has a noun reading, and WordNet's sense-tagged counts
     * do not make it mainly a verb ("the economy hurts" ends in a verb, "the hurts" would not).
     */
    private boolean readsAsNoun(Token t, Set<String> forms) {
        WordNet wn = relations.wordNet();
        int noun = 0;
        int verb = 0;
        boolean hasNoun = false;
        for (String f : forms) {
            if (wn.isLemma(WordClass.NOUN, f)) {
                hasNoun = true;
                noun += wn.useCount(WordClass.NOUN, f);
            }
        }
        for (String l : t.lemmas()) {
            verb += wn.isLemma(WordClass.VERB, l) ? wn.useCount(WordClass.VERB, l) : 0;
        }
        return hasNoun && (verb == 0 || noun * 3 >= verb || !looksVerbal(t.lower()));
    }

    private boolean readsAsModifier(Set<String> forms) {
        WordNet wn = relations.wordNet();
        for (String f : forms) {
            if (wn.isLemma(WordClass.NOUN, f) || wn.isLemma(WordClass.ADJECTIVE, f)) {
                return true;
            }
        }
        return false;
    }

    /** Inflected like a verb: -s (3rd person), -ed, -ing. */
    static boolean looksVerbal(String w) {
        return w.endsWith("ed") || w.endsWith("ing") || (w.endsWith("s") && !w.endsWith("ss"));
    }

    /** Whether a word token is a plural noun form: one of its base forms is its singular (privileges, not press). */
    static boolean isPluralNoun(Token t) {
        for (String l : t.lemmas()) {
            if (isPluralOf(t.lower(), l)) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code plural} is the regular plural of {@code singular}. */
    static boolean isPluralOf(String plural, String singular) {
        return !plural.equals(singular) && (plural.equals(singular + "s") || plural.equals(singular + "es")
                || (singular.endsWith("y") && plural.equals(singular.substring(0, singular.length() - 1) + "ies")));
    }

    /**
     * The head's own word and its singular, not the base forms of other words it may inflect
     * ("spoke" is no form of "speak" when it heads a noun phrase).
     */
    static Set<String> nounForms(Token t) {
        String w = t.lower();
        Set<String> out = new LinkedHashSet<>();
        for (String l : t.lemmas()) {
            if (l.equals(w) || isPluralOf(w, l)) {
                out.add(l);
            }
        }
        return out.isEmpty() ? Set.of(w) : out;
    }
}
