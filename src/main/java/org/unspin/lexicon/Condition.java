package org.unspin.lexicon;

import org.unspin.tokenize.PhraseKeys;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * A context guard of a lexicon entry, written {@code [!]where:word|word|@class}.
 * {@code next} and {@code prev} test the token right after / before the matched phrase,
 * {@code near} any token of the same sentence within {@value #NEAR_WINDOW} tokens of it.
 * Words match a token's lower-case form or any of its base forms; {@code @name} names a word
 * class (classes.tsv, or the built-ins @number, @capitalized, @start, @end).
 * Guards are data: the rules engine evaluates them, they never become rule text.
 */
public record Condition(Where where, boolean negated, Set<String> keys, String text) {

    public static final int NEAR_WINDOW = 8;

    public enum Where { NEXT, PREV, NEAR }

    public static Condition parse(String text) {
        String s = text.trim();
        boolean negated = s.startsWith("!");
        if (negated) {
            s = s.substring(1);
        }
        int colon = s.indexOf(':');
        if (colon <= 0 || colon == s.length() - 1) {
            throw new IllegalArgumentException("context '" + text + "' is not of the form where:word|word (where = next, prev or near)");
        }
        Where where;
        switch (s.substring(0, colon)) {
            case "next": where = Where.NEXT; break;
            case "prev": where = Where.PREV; break;
            case "near": where = Where.NEAR; break;
            default:
                throw new IllegalArgumentException("context '" + text + "': unknown position '" + s.substring(0, colon)
                        + "' (expected next, prev or near)");
        }
        Set<String> keys = new LinkedHashSet<>();
        for (String k : s.substring(colon + 1).split("\\|", -1)) {
            String key = PhraseKeys.key(k);
            if (key.isEmpty()) {
                throw new IllegalArgumentException("context '" + text + "' has an empty word");
            }
            keys.add(key);
        }
        return new Condition(where, negated, Set.copyOf(keys), text.trim());
    }

    @Override
    public String toString() {
        return text;
    }
}
