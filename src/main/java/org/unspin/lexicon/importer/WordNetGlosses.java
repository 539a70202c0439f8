package org.unspin.lexicon.importer;

import org.unspin.morphology.WordClass;
import org.unspin.wordnet.WordNet;


import java.util.Collection;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Finds which phrases occur in WordNet's own glosses and example sentences. A phrase that
 * lexicographers use to define other words ("a malignant growth", "in the surface region") is
 * ordinary English, however odd it looks as a science term.
 */
public final class WordNetGlosses {

    private final WordNet wordNet;
    private final Function<String, List<String>> phraseWords;

    /** @param phraseWords splits text into lower-case tokens the way the lexicon parser does */
    public WordNetGlosses(WordNet wordNet, Function<String, List<String>> phraseWords) {
        this.wordNet = wordNet;
        this.phraseWords = phraseWords;
    }

    /**
     * The phrases, given as space-joined lower-case tokens, that occur in some gloss.
     * One pass over every synset of every part of speech.
     */
    public Set<String> occurring(Collection<String> phrases) {
        Set<String> wanted = new HashSet<>(phrases);
        int longest = wanted.stream().mapToInt(p -> p.split(" ").length).max().orElse(0);
        Set<String> found = new HashSet<>();
        if (wanted.isEmpty()) {
            return found;
        }
        for (WordClass wordClass : WordNet.PARTS_OF_SPEECH) {
            Iterator<String> glosses = wordNet.glosses(wordClass);
            while (glosses.hasNext()) {
                String gloss = glosses.next();
                if (gloss != null) {
                    collect(phraseWords.apply(gloss), wanted, longest, found);
                }
            }
        }
        return found;
    }

    private static void collect(List<String> tokens, Set<String> wanted, int longest, Set<String> found) {
        for (int i = 0; i < tokens.size(); i++) {
            StringBuilder phrase = new StringBuilder(tokens.get(i));
            if (wanted.contains(phrase.toString())) {
                found.add(phrase.toString());
            }
            for (int j = i + 1; j < tokens.size() && j - i < longest; j++) {
                phrase.append(' ').append(tokens.get(j));
                String s = phrase.toString();
                if (wanted.contains(s)) {
                    found.add(s);
                }
            }
        }
    }
}
