package org.unspin.lexicon.importer;

import org.unspin.tokenize.FunctionWords;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Keeps only clean one-to-one phrase pairs. The screener's expected values are notes for human
 * readers as often as they are phrases ("relative risk (please note that the HR does exist)",
 * "economic development/profit growth", "???"); only a plain phrase can be written into text.
 */
public final class PairScreen {

    static final int MAX_WORDS = 6;
    /** The lexicon parser's limit on a spun side. */
    static final int MAX_TOKENS = 8;

    private static final Pattern BRACKETS = Pattern.compile("[()\\[\\]{}]");
    private static final Pattern ANNOTATION = Pattern.compile(
            "https?:|www\\.|(^|, )see\\b|\\be\\.g\\.|\\bi\\.e\\.|\\bas in\\b|\\bcaveat\\b|=|\\*|->|:");
    private static final Pattern QUOTES = Pattern.compile("[\"\u201C\u201D\u201E\u2018`\\\\]|^'|'$");
    private static final Pattern BOOLEAN_LIST = Pattern.compile(" (AND|OR) ");
    private static final Pattern COMMA = Pattern.compile(",");
    private static final Pattern OR_WORD = Pattern.compile("\\bor\\b", Pattern.CASE_INSENSITIVE);
    /** A sentence end after a word (not an initial, as in "G.H.G. emission"), or an ellipsis. */
    private static final Pattern SENTENCE_END = Pattern.compile("\\p{Ll}{2}[.!;](\\s|$)|\\.\\.\\.|\u2026");

    private final Function<String, List<String>> phraseWords;

    /** @param phraseWords splits a phrase into tokens the way the lexicon parser does */
    public PairScreen(Function<String, List<String>> phraseWords) {
        this.phraseWords = phraseWords;
    }

    /** Non-breaking and repeated spaces become single spaces; the ends are trimmed. */
    public static String normalizeSpace(String s) {
        return s.replaceAll("[\\s\\u00A0\\u2007\\u202F]+", " ").trim();
    }

    /** The first reason the (space-normalized) pair is not a clean substitution, or empty when it is. */
    public Optional<DropReason> check(PpsPair pair) {
        if (pair.papers() < 0) {
            return Optional.of(DropReason.MALFORMED);
        }
        String spun = normalizeSpace(pair.spun());
        String expected = normalizeSpace(pair.expected());
        String both = spun + "\t" + expected;
        if (spun.isEmpty() || expected.isEmpty()) {
            return Optional.of(DropReason.EMPTY);
        }
        if (both.contains("?")) {
            return Optional.of(DropReason.UNSURE);
        }
        if (BRACKETS.matcher(both).find()) {
            return Optional.of(DropReason.BRACKETS);
        }
        if (ANNOTATION.matcher(expected).find()) {
            return Optional.of(DropReason.ANNOTATION);
        }
        if (QUOTES.matcher(spun).find() || QUOTES.matcher(expected).find()) {
            return Optional.of(DropReason.QUOTES);
        }
        // more "or"s or commas than the spun side has: alternatives ("structure, structural features")
        if (BOOLEAN_LIST.matcher(expected).find() || count(OR_WORD, expected) > count(OR_WORD, spun)
                || count(COMMA, expected) > count(COMMA, spun)) {
            return Optional.of(DropReason.LIST);
        }
        if (expected.contains("/")) {
            return Optional.of(DropReason.ALTERNATIVES);
        }
        if (spun.chars().noneMatch(Character::isLetter) || expected.chars().noneMatch(Character::isLetter)) {
            return Optional.of(DropReason.NO_LETTERS);
        }
        List<String> spunTokens = phraseWords.apply(spun);
        if (spun.equalsIgnoreCase(expected) || spunTokens.equals(phraseWords.apply(expected))) {
            return Optional.of(DropReason.SAME);
        }
        if (isFunctionWord(spun) || isFunctionWord(expected)) {
            return Optional.of(DropReason.FUNCTION_WORD);
        }
        if (wordCount(spun) > MAX_WORDS || wordCount(expected) > MAX_WORDS || spunTokens.size() > MAX_TOKENS) {
            return Optional.of(DropReason.TOO_LONG);
        }
        if (SENTENCE_END.matcher(spun).find() || SENTENCE_END.matcher(expected).find()) {
            return Optional.of(DropReason.SENTENCE);
        }
        return Optional.empty();
    }

    static int wordCount(String phrase) {
        return phrase.isBlank() ? 0 : phrase.trim().split(" +").length;
    }

    private static boolean isFunctionWord(String phrase) {
        return wordCount(phrase) == 1 && FunctionWords.contains(phrase);
    }

    private static int count(Pattern p, String s) {
        return (int) p.matcher(s).results().count();
    }
}
