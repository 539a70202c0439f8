package org.unspin.tokenize;

import java.util.Set;

/**
 * One token of the text: its character span [start, end) in the text it came from, its
 * lower-case form, the base forms WordNet gives for it (always including the lower-case form),
 * its case shape and the sentence it belongs to.
 */
public record Token(int index, int start, int end, String text, String lower, TokenKind kind,
                    CaseShape shape, int sentence, Set<String> lemmas) {

    public boolean isWord() {
        return kind == TokenKind.WORD;
    }

    public boolean isNumber() {
        return kind == TokenKind.NUMBER;
    }

    public int length() {
        return end - start;
    }
}
