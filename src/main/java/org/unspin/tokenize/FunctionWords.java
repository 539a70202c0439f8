package org.unspin.tokenize;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The project's lists of English function words, in one place. {@link #contains} is the general
 * list: articles, prepositions, pronouns, auxiliaries, conjunctions and quantifiers; spinners
 * rarely swap them and a swap of one is rarely a restoration. The named sets below are narrower or
 * wider on purpose, each for one job its name says; a word list anywhere else is a bug.
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
            "every", "several", "such", "very", "also");

    /**
     * The words that join the content words of a name or gloss ("the Bank of America", "Stock
     * market"): articles, the commonest prepositions and "and" (a part of the general list). Skipped when the words of a gloss
     * before an acronym are compared with its expansion.
     */
    public static final Set<String> NAME_LINKS = Set.of("the", "a", "an", "of", "in", "on", "at", "for", "and", "to", "by",
            "from", "with");

    /** Minor words of a title, lower case inside title case ("Bank of America"); a part of the general list. */
    public static final Set<String> TITLE_MINOR_WORDS = Set.of("a", "an", "the", "of", "and", "or", "in", "on", "at", "to", "for",
            "by");

    /**
     * The words that are never a content word of a term ("rate of interest"): a part of the
     * general list, so that quantifiers and modals still count as words of a phrase.
     */
    public static final Set<String> TERM_LINKS = Set.of("the", "a", "an", "of", "in", "on", "at", "to", "for", "and", "or",
            "by", "with", "from", "as", "is", "are", "was", "were", "be", "been", "it", "its", "this", "that", "these", "those",
            "his", "her", "their", "our", "my", "your", "not", "no", "more", "most", "very", "than", "which", "who");

    /**
     * Closed-class words and number words: what a simulated spinner never swaps, since a spinner
     * that swapped these would garble every sentence. The general list and more.
     */
    public static final Set<String> NEVER_SPUN = union(WORDS, Set.of(
            "over", "under", "after", "before", "between", "through", "during", "without", "within", "against",
            "up", "down", "out", "off", "via", "per", "while", "because", "although", "though", "unless", "until",
            "when", "where", "why", "how", "only", "just", "both", "either", "neither", "other", "another", "same",
            "many", "much", "few", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
            "hundred", "thousand", "million", "billion", "first", "second"));

    /**
     * Verbs whose object takes a bare infinitive ("let the dough rest", "made them wait"), where
     * their synonyms take "to" ("allow the dough to rest", "forced them to wait"): a swap between
     * the two kinds breaks the sentence unless the infinitive changes too.
     */
    public static final Set<String> BARE_INFINITIVE_VERBS = Set.of("let", "make", "have", "see", "watch", "hear",
            "feel", "notice", "bid");

    private FunctionWords() {
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new HashSet<>(a);
        all.addAll(b);
        return Set.copyOf(all);
    }

    public static boolean contains(String word) {
        return WORDS.contains(word.toLowerCase(Locale.ROOT));
    }
}
