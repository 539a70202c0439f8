package org.unspin.tokenize;

import java.util.List;

/** Splits text into tokens whose offsets point back into that text. */
public interface Tokenizer {
    List<Token> tokenize(String text);
}
