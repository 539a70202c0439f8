package org.unspin.score;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class WordTokensTest {

    @Test
    void lowercasesAndKeepsPunctuationAsTokens() {
        assertEquals(List.of("the", "s", "&", "p", "500", "rose", "3", ".", "5", "%", "!"),
                WordTokens.of("The S&P 500 rose 3.5%!"));
    }

    @Test
    void doesNotFoldQuotes() {
        assertEquals(List.of("\"", "we", "’", "re", "”", "'"), WordTokens.of("\"We’re” '"));
    }

    @Test
    void wordCharactersAreUnicodeAware() {
        assertEquals(List.of("café", "naïve", "ß", "_x1"), WordTokens.of("Café naïve ß _x1"));
    }

    @Test
    void keepsCaseWhenAsked() {
        assertEquals(List.of("Head", "of", "State"), WordTokens.of("Head of State", false));
    }

    @Test
    void spansCarrySurfaceFormAndOffsets() {
        assertEquals(List.of(new WordToken("New", 1, 4), new WordToken("York", 5, 9), new WordToken(".", 9, 10)),
                WordTokens.spans(" New York."));
    }

    @Test
    void oneTokenPerLineAndRunningTextTokenizeAlike() {
        String original = ScoringExamples.referenceOriginal();
        List<String> tokens = WordTokens.of(original);
        assertEquals(419, tokens.size());
        assertEquals(tokens, WordTokens.of(String.join(" ", original.split("\n"))));
    }

    @Test
    void charsOfATokenSpanAndOfInsertionPoints() {
        List<WordToken> tokens = WordTokens.spans("ab cd ef");
        assertEquals(new Span(3, 8), WordTokens.chars(tokens, new Span(1, 3)));
        assertEquals(new Span(3, 3), WordTokens.chars(tokens, new Span(1, 1)), "before the token it precedes");
        assertEquals(new Span(8, 8), WordTokens.chars(tokens, new Span(3, 3)), "after the last token");
        assertEquals(new Span(0, 0), WordTokens.chars(List.of(), new Span(0, 0)), "empty text");
    }

    @Test
    void runningTextCollapsesWhitespace() {
        assertEquals("a b c", RunningText.of("\n a\n\nb \t c\n"));
        assertEquals("", RunningText.of(" \n "));
    }
}
