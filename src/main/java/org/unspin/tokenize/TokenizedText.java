package org.unspin.tokenize;

import java.util.List;

/** A text and its tokens; token offsets point into {@link #text()}. */
public record TokenizedText(String text, List<Token> tokens) {

    public TokenizedText {
        tokens = List.copyOf(tokens);
    }

    public int size() {
        return tokens.size();
    }

    public Token token(int i) {
        return tokens.get(i);
    }

    /** The text from the start of token {@code from} to the end of token {@code to - 1}. */
    public String surface(int from, int to) {
        if (from >= to) {
            return "";
        }
        return text.substring(tokens.get(from).start(), tokens.get(to - 1).end());
    }

    /** True when token i is the first of its sentence. */
    public boolean startsSentence(int i) {
        return i == 0 || tokens.get(i - 1).sentence() != tokens.get(i).sentence();
    }
}
