package org.unspin.candidates.terms;

import org.unspin.wordnet.Relation;
import org.unspin.wordnet.Relations;
import org.unspin.util.TypeCache;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What the matcher asks of one word type, whatever its position: its base forms, its noun forms,
 * whether it can head or modify a noun phrase, the lemmas close to it, its links to curated
 * terms' words, and the terms a phrase ending in it could be a swapped form of. The last three
 * are filled in on first need and kept here, so a word type is looked up once per token
 * ({@link WordTypes} reads and caches them).
 */
final class WordType {

    /** Shared first letters that make two words forms of one stem at the least ({@link Relations#sameStem}). */
    static final int STEM = 5;
    /** Curated-term words whose link to one word type is kept. */
    private static final int MAX_LINKS_PER_TYPE = 1_024;

    final Set<String> lemmas;
    /** The word's own form and its singular (see {@link WordTypes#nounForms}). */
    final Set<String> forms;
    final boolean readsAsNoun;
    final boolean readsAsModifier;
    final boolean functionWord;
    /** The first letters of each noun form long enough to share a stem ({@link Relations#sameStem}). */
    final List<String> stemPrefixes;

    private final Relations relations;
    private volatile Set<String> close;
    private volatile CandidateTerms candidates;
    /** Links to the words of curated terms, as a head and as a modifier. */
    private final TypeCache<Relation> headLinks = new TypeCache<>(MAX_LINKS_PER_TYPE);
    private final TypeCache<Relation> modifierLinks = new TypeCache<>(MAX_LINKS_PER_TYPE);

    WordType(Set<String> lemmas, Set<String> forms, boolean readsAsNoun, boolean readsAsModifier, boolean functionWord,
             Relations relations) {
        this.lemmas = lemmas;
        this.forms = forms;
        this.readsAsNoun = readsAsNoun;
        this.readsAsModifier = readsAsModifier;
        this.functionWord = functionWord;
        this.stemPrefixes = forms.stream().filter(f -> f.length() >= STEM).map(f -> f.substring(0, STEM)).distinct().toList();
        this.relations = relations;
    }

    /** The lemmas close to any noun form: WordNet synonyms, similar adjectives, related forms. */
    Set<String> close() {
        Set<String> c = close;
        if (c == null) {
            Set<String> all = new HashSet<>();
            for (String f : forms) {
                all.addAll(relations.closeLemmas(f));
            }
            close = c = Set.copyOf(all);
        }
        return c;
    }

    /**
     * Whether this word is close to {@code target} read from the target's side too, over the
     * target's main senses: a spinner starts from the author's word, so "hard" (difficult, firm)
     * is not replaced by "alcoholic", though "alcoholic" reads as "hard" in one of hard's senses.
     */
    boolean closeTo(String target) {
        Set<String> fromTarget = relations.closeLemmas(target);
        for (String l : lemmas) {
            if (fromTarget.contains(l)) {
                return true;
            }
        }
        return false;
    }

    /** Any WordNet link to a curated term's word, read as its head or as a noun or adjective modifier. */
    Relation curatedLink(String termWord, boolean head) {
        return head ? headLinks.get(termWord, this, (w, type) -> type.headLink(w))
                : modifierLinks.get(termWord, this, (w, type) -> type.modifierLink(w));
    }

    private Relation headLink(String termWord) {
        return relations.between(forms, termWord);
    }

    private Relation modifierLink(String termWord) {
        return relations.betweenNominal(forms, termWord, 4);
    }

    /** The terms a phrase ending in this type could be, once {@link TermCatalog#candidatesEndingIn} has worked them out; else null. */
    CandidateTerms candidateTerms() {
        return candidates;
    }

    void keepCandidateTerms(CandidateTerms c) {
        candidates = c;
    }
}
