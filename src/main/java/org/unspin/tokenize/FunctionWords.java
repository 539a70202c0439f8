package org.unspin.tokenize;

import java.util.Locale;
import java.util.Set;

/**
 * English function words: articles, prepositions, pronouns, auxiliaries, conjunctions and
 * quantifiers. Spinners rarely swap them and a swap of one is rarely a restoration.
 */
public final class FunctionWords {

    private static final Set<String> WORDS = Set.of(
            "a", "an", "the", "and", "or", "but", "nor", "so", "yet", "if", "than", "then", "not", "no",
            "of", "in", "on", "at", "by", "for", "to", "from", "with", "as", "into", "onto", "upon", "about",
            "is", "are", "was", "were", "be", "been", "being", "am", "has", "have", "had", "do", "does", "did",
            "will", "would", "shall", "should", "can", "could", "may", "might", "must",
            "it", "its", "he", "she", "they", "we", "you", "i", "me", "him", "her", "them", "us",
            "his", "my", "our", "your", "their", "this", "that", "these", "those", "which", "who", "whom",
            "whose", "what", "there", "here", "most", "more", "less", "some", "any", "all", "each",
            "every", "such", "very", "also");

    private FunctionWords() {
    }

    public static boolean contains(String word) {
        return WORDS.contains(word.toLowerCase(Locale.ROOT));
    }
}
