package org.unspin.lexicon.importer;

import org.unspin.tokenize.FunctionWords;

import org.unspin.morphology.WordClass;
import org.unspin.lexicon.MatchMode;
import org.unspin.tokenize.CaseShape;
import org.unspin.wordnet.WordNet;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Chooses how a science entry matches. A phrase ending in a noun gets {@code noun} matching, so
 * one entry covers singular and plural ("neural organization(s)" -> "neural network(s)"); a
 * plural pair is written in the singular for that. Everything else matches {@code exact}: the
 * screener's phrases are fixed strings, and {@code lemma} matching of their verbs and adjectives
 * would reach word forms nobody checked.
 */
public final class MatchModeChooser {

    private final WordNet wordNet;

    public MatchModeChooser(WordNet wordNet) {
        this.wordNet = wordNet;
    }

    public ShapedPair choose(String spun, String expected) {
        ShapedPair exact = new ShapedPair(spun, expected, MatchMode.EXACT);
        String[] spunWords = spun.split(" ");
        String[] expectedWords = expected.split(" ");
        String spunLast = lower(spunWords[spunWords.length - 1]);
        String expectedLast = lower(expectedWords[expectedWords.length - 1]);
        if (!isPlainWord(spunLast) || !isPlainWord(expectedLast) || hasVerbOnlyModifier(spunWords)
                || hasFunctionWord(spunWords) || hasFunctionWord(expectedWords)) {
            return exact;
        }
        Optional<String> spunSingular = singular(spunLast);
        if (spunSingular.isEmpty()) {
            // a singular spun noun: the restoration's last word takes its plural, so it must be a singular noun too
            return wordNet.isLemma(WordClass.NOUN, spunLast) && isSingularNoun(expectedLast)
                    ? new ShapedPair(spun, expected, MatchMode.NOUN) : exact;
        }
        String singularSpun = replaceLast(spunWords, spunSingular.get());
        if (isSingularNoun(expectedLast)) {
            // "heart ailments" -> "heart disease": the entry restores "heart diseases" for the plural
            return new ShapedPair(singularSpun, expected, MatchMode.NOUN);
        }
        Optional<String> expectedSingular = singular(expectedLast);
        if (expectedSingular.isEmpty()) {
            return exact;
        }
        return new ShapedPair(singularSpun, replaceLast(expectedWords, expectedSingular.get()), MatchMode.NOUN);
    }

    /**
     * Noun matching also accepts an s-form of an inner word: harmless for a noun modifier
     * ("tests arrangement") but not for a verb ("includes choice" is ordinary English).
     */
    private boolean hasVerbOnlyModifier(String[] words) {
        for (int i = 0; i < words.length - 1; i++) {
            String w = lower(words[i]);
            if (wordNet.isLemma(WordClass.VERB, w) && !wordNet.isLemma(WordClass.NOUN, w) && !wordNet.isLemma(WordClass.ADJECTIVE, w)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "set of rules", "in genuine time": with a function word inside, the last word is not the
     * head of the phrase, so its number is not the phrase's number.
     */
    private static boolean hasFunctionWord(String[] words) {
        return Arrays.stream(words).anyMatch(FunctionWords::contains);
    }

    /**
     * A noun in the singular, which the restoration can pluralize: "disease", "analysis"; not
     * "values" (also a lemma, but the plural of "value") nor "data" (WordNet's plural of "datum").
     */
    private boolean isSingularNoun(String lowerWord) {
        return wordNet.isLemma(WordClass.NOUN, lowerWord) && otherNounBases(lowerWord).isEmpty();
    }

    /**
     * The singular of a regular plural ("networks" -> "network", "values" -> "value"); empty for
     * other words. Irregular plurals ("data", "criteria") stay as they are: "data" is written as
     * a singular, and WordNet would make it "datum".
     */
    Optional<String> singular(String lowerWord) {
        return lowerWord.endsWith("s") ? otherNounBases(lowerWord).stream().findFirst() : Optional.empty();
    }

    /** Noun lemmas, other than the word itself, that WordNet's morphology gives as its base form. */
    private List<String> otherNounBases(String lowerWord) {
        return wordNet.baseForms(WordClass.NOUN, lowerWord).stream()
                .map(MatchModeChooser::lower)
                .filter(b -> !b.equals(lowerWord) && !b.contains(" ") && wordNet.isLemma(WordClass.NOUN, b))
                .toList();
    }

    private static String replaceLast(String[] words, String lowerReplacement) {
        String[] copy = Arrays.copyOf(words, words.length);
        copy[copy.length - 1] = CaseShape.of(words[words.length - 1]).apply(lowerReplacement);
        return String.join(" ", copy);
    }

    private static boolean isPlainWord(String w) {
        return w.length() > 1 && w.chars().allMatch(Character::isLetter);
    }

    private static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
