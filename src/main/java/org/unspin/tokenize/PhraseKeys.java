package org.unspin.tokenize;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The one way words and phrases become lookup keys. Lexicon rows, class words, context guards and
 * the tokens of running text must agree on it, or a guard never matches: keys are lower case with
 * typographic apostrophes made plain ("Who’s" and "who's" are one key), and a phrase is split
 * into words exactly as the tokenizer splits text ("benchmark's" is two words).
 */
public final class PhraseKeys {

    private PhraseKeys() {
    }

    /** Typographic apostrophes (’) made plain ('), so "who’s" and "who's" look alike. */
    public static String plainApostrophes(String s) {
        return s.indexOf('\u2019') < 0 ? s : s.replace('\u2019', '\'');
    }

    /** The key of one word as written in a file: trimmed, lower case, plain apostrophes. */
    public static String key(String word) {
        return plainApostrophes(word.trim().toLowerCase(Locale.ROOT));
    }

    /** Splits a phrase the way lexicon entries are split: the tokenizer's words as keys. */
    public static List<String> words(String phrase) {
        return new EnglishTokenizer(w -> Set.of(w)).tokenize(phrase).stream()
                .map(Token::lower).map(PhraseKeys::plainApostrophes).toList();
    }
}
