package org.unspin.tokenize;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EnglishTokenizerTest {

    private final EnglishTokenizer tokenizer = new EnglishTokenizer(w -> Set.of(w));

    private List<String> texts(String s) {
        return tokenizer.tokenize(s).stream().map(Token::text).toList();
    }

    @Test
    void wordsKeepInnerHyphensAbbreviationsAndNumbers() {
        assertEquals(List.of("Small-cap", "stocks", "rose", "3.5", "%", "in", "the", "U.S.", "and", "S&P", "500", "."),
                texts("Small-cap stocks rose 3.5% in the U.S. and S&P 500."));
    }

    @Test
    void cliticsSplitOffSoStemsCanBeLookedUp() {
        assertEquals(List.of("the", "benchmark", "’s", "fifth", ",", "who", "'s", "been", ",", "do", "n't"),
                texts("the benchmark’s fifth, who's been, don't"));
    }

    @Test
    void offsetsPointBackIntoTheInput() {
        String s = "  “We think,” Lee said\u00A0on CNBC’s show.\r\nNew line ";
        for (Token t : tokenizer.tokenize(s)) {
            assertEquals(t.text(), s.substring(t.start(), t.end()));
        }
    }

    @Test
    void sentencesAreNumberedAfterTerminalPunctuation() {
        List<Token> tokens = tokenizer.tokenize("One two. Three four! Five");
        assertEquals(0, tokens.get(0).sentence());
        assertEquals(0, tokens.get(2).sentence());
        assertEquals(1, tokens.get(3).sentence());
        assertEquals(2, tokens.get(6).sentence());
    }

    @Test
    void caseShapeIsRecorded() {
        List<Token> tokens = tokenizer.tokenize("Little NYSE caps iPhone");
        assertEquals(CaseShape.CAPITALIZED, tokens.get(0).shape());
        assertEquals(CaseShape.UPPER, tokens.get(1).shape());
        assertEquals(CaseShape.LOWER, tokens.get(2).shape());
        assertEquals(CaseShape.MIXED, tokens.get(3).shape());
    }

    @Test
    void nothingButWhitespaceIsLost() {
        String s = "a\u0301b 😀 שלום, x\u0000y\ttab";
        StringBuilder rebuilt = new StringBuilder();
        int at = 0;
        for (Token t : tokenizer.tokenize(s)) {
            String gap = s.substring(at, t.start());
            assertTrue(gap.isBlank() || gap.chars().allMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c)), "gap: " + gap);
            rebuilt.append(gap).append(t.text());
            at = t.end();
        }
        rebuilt.append(s.substring(at));
        assertEquals(s, rebuilt.toString());
    }

    @Test
    void countingWordsCountsTheWordAndNumberTokens() {
        for (String s : List.of("", "   ", "word", "the benchmark’s fifth, who's been, don't",
                "Small-cap stocks rose 3.5% in the U.S. and S&P 500.", "2000s and the 5th; 𖭐 x\u0301y",
                "  “We think,” Lee said\u00A0on CNBC’s show.\r\nNew line \n\nA new paragraph!")) {
            long tokens = tokenizer.tokenize(s).stream().filter(t -> t.isWord() || t.isNumber()).count();
            assertEquals(tokens, EnglishTokenizer.countWords(s), s);
        }
    }
}
