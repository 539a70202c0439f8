package org.unspin.tokenize;

public enum TokenKind {
    WORD, NUMBER, PUNCT, SYMBOL
}
