package org.unspin.candidates.terms;

import org.unspin.tokenize.Token;
import org.unspin.tokenize.TokenizedText;
import org.unspin.wordnet.TermInventory;
import org.unspin.util.TypeCache;
import org.unspin.morphology.WordClass;
import org.unspin.wordnet.WordNet;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The inventory's terms as the matcher asks for them: the terms a phrase ending in a word type
 * could be a swapped form of (indexed once per word type, {@link CandidateTerms}), the curated
 * terms starting with a word, and whether a phrase is itself a known term.
 */
final class TermCatalog {

    /** First words whose curated terms are kept. */
    private static final int MAX_CACHED_FIRST_WORDS = 50_000;

    private final TermInventory inventory;
    private final WordNet wordNet;
    private final TypeCache<List<TermEntry>> curatedByFirstWord = new TypeCache<>(MAX_CACHED_FIRST_WORDS);

    TermCatalog(TermInventory inventory, WordNet wordNet) {
        this.inventory = inventory;
        this.wordNet = wordNet;
    }

    TermEntry entry(String[] words) {
        String joined = String.join(" ", words);
        boolean curated = inventory.isCurated(joined);
        // the same term reached in singular and plural ("human right(s)") is one
        String singular = joined.endsWith("s") ? joined.substring(0, joined.length() - 1) : joined;
        List<Set<String>> baseForms = new ArrayList<>(words.length);
        for (String w : words) {
            baseForms.add(wordNet.lemmas(w));
        }
        return new TermEntry(words, joined, singular, curated, List.copyOf(baseForms));
    }

    /** The terms a phrase ending in this word type could be, indexed; worked out on the type's first need and kept with it. */
    CandidateTerms candidatesEndingIn(WordType type) {
        CandidateTerms c = type.candidateTerms();
        if (c == null) {
            c = new CandidateTerms(endingLike(type.lemmas));
            type.keepCandidateTerms(c);
        }
        return c;
    }

    /** Terms a phrase ending in a word with these base forms could be a swapped form of. */
    List<TermEntry> endingLike(Set<String> lemmas) {
        Set<String[]> found = new LinkedHashSet<>();
        for (String lemma : lemmas) {
            found.addAll(inventory.endingWith(lemma));
            found.addAll(inventory.endingLike(lemma));
        }
        for (String lemma : lemmas) {
            for (var syn : relatedLastWords(lemma)) {
                found.addAll(inventory.endingWith(syn));
            }
        }
        List<TermEntry> entries = new ArrayList<>(found.size());
        for (String[] term : found) {
            entries.add(entry(term));
        }
        return List.copyOf(entries);
    }

    /** Single-word synonyms of a lemma in its main senses: a term's head a spinner may have swapped for it. */
    private Set<String> relatedLastWords(String lemma) {
        Set<String> out = new LinkedHashSet<>();
        for (var wordClass : WordNet.PARTS_OF_SPEECH) {
            for (var s : wordNet.synonyms(wordClass, lemma)) {
                if (s.sense() <= 4 && s.lemma().indexOf(' ') < 0) {
                    out.add(s.lemma());
                }
            }
        }
        return out;
    }

    /** Whether a term's word is a plural noun: its singular is a WordNet noun (manners, rights; not process, news). */
    boolean isPluralNoun(String word) {
        if (!word.endsWith("s") || word.endsWith("ss")) {
            return false;
        }
        for (String lemma : wordNet.lemmas(word)) {
            if (!lemma.equals(word) && wordNet.isLemma(WordClass.NOUN, lemma) && WordTypes.isPluralOf(word, lemma)) {
                return true;
            }
        }
        return false;
    }

    /** Curated terms whose first word is {@code lemma}. */
    List<TermEntry> curatedStartingWith(String lemma) {
        List<String[]> terms = inventory.curatedStartingWith(lemma);
        if (terms.isEmpty()) {
            return List.of();
        }
        return curatedByFirstWord.get(lemma, k -> terms.stream().map(this::entry).toList());
    }

    /** Whether tokens [start, end] are themselves a known term, as written or with the last word in a base form. */
    boolean isKnownTerm(TokenizedText text, int start, int end) {
        return inventory.contains(lowerPhrase(text, start, end)) || inventory.contains(lemmaPhrase(text, start, end));
    }

    static String lowerPhrase(TokenizedText text, int start, int end) {
        StringBuilder b = new StringBuilder();
        for (int i = start; i <= end; i++) {
            b.append(i == start ? "" : " ").append(text.token(i).lower());
        }
        return b.toString();
    }

    private static String lemmaPhrase(TokenizedText text, int start, int end) {
        StringBuilder b = new StringBuilder();
        for (int i = start; i <= end; i++) {
            Token t = text.token(i);
            String lemma = t.lemmas().size() > 1 ? t.lemmas().stream().skip(1).findFirst().orElse(t.lower()) : t.lower();
            b.append(i == start ? "" : " ").append(i == end ? lemma : t.lower());
        }
        return b.toString();
    }
}
