package org.unspin.tokenize;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

/**
 * Tokenizer for English running text. Words keep inner hyphens, apostrophes and periods
 * ("small-cap", "U.S."), numbers keep their separators ("3.5", "1,000"), clitics split off
 * ("benchmark's" -> benchmark + 's, "don't" -> do + n't) so the stem can be looked up, and every
 * other non-space character is a token of its own. Whitespace is never a token: the gaps
 * between tokens hold it, so every character of the input stays recoverable from offsets.
 */
public final class EnglishTokenizer {

    private static final Set<String> CLITICS = Set.of("s", "re", "ve", "ll", "d", "m");
    private static final Set<String> SENTENCE_END = Set.of(".", "!", "?");

    private final Function<String, Set<String>> lemmatizer;

    /** @param lemmatizer lower-case word -> base forms (including the word); cached by the caller */
    public EnglishTokenizer(Function<String, Set<String>> lemmatizer) {
        this.lemmatizer = lemmatizer;
    }

    public List<Token> tokenize(String text) {
        Tokens tokens = new Tokens(text);
        scan(text, tokens);
        return tokens.list;
    }

    /**
     * The words and numbers of a text, as {@link #tokenize} cuts them (a clitic counts as a word
     * of its own), without building the tokens.
     */
    public static int countWords(String text) {
        WordCount count = new WordCount();
        scan(text, count);
        return count.words;
    }

    /** What a scan of the text finds, in order: each token's span and kind, and paragraph breaks. */
    private interface Sink {
        void token(int start, int end, TokenKind kind);

        void paragraphBreak();
    }

    /** Builds the tokens, with their forms, base forms and sentence numbers. */
    private final class Tokens implements Sink {
        final String text;
        final List<Token> list;
        int sentence;

        Tokens(String text) {
            this.text = text;
            this.list = new ArrayList<>(Math.max(16, text.length() / 5));
        }

        @Override
        public void token(int start, int end, TokenKind kind) {
            add(list, text, start, end, kind, sentence);
            if (kind == TokenKind.PUNCT && SENTENCE_END.contains(list.get(list.size() - 1).text())) {
                sentence = nextSentence(list, sentence);
            }
        }

        @Override
        public void paragraphBreak() {
            sentence = nextSentence(list, sentence);
        }
    }

    private static final class WordCount implements Sink {
        int words;

        @Override
        public void token(int start, int end, TokenKind kind) {
            if (kind == TokenKind.WORD || kind == TokenKind.NUMBER) {
                words++;
            }
        }

        @Override
        public void paragraphBreak() {
        }
    }

    private static void scan(String text, Sink sink) {
        int i = 0;
        int n = text.length();
        while (i < n) {
            int cp = text.codePointAt(i);
            if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                if (cp == '\n' && i + 1 < n && text.charAt(i + 1) == '\n') {
                    sink.paragraphBreak();
                }
                i += Character.charCount(cp);
                continue;
            }
            int start = i;
            TokenKind kind;
            if (Character.isDigit(cp)) {
                i = scanNumber(text, i);
                kind = TokenKind.NUMBER;
                // "2000s", "5th": a number with a letter tail is a word-like number; keep it whole.
                while (i < n && Character.isLetter(text.charAt(i)) && i - start < 40) {
                    i++;
                }
            } else if (Character.isLetter(cp)) {
                i = scanWord(text, i);
                kind = TokenKind.WORD;
                int clitic = cliticStart(text, start, i);
                if (clitic > start) {
                    sink.token(start, clitic, TokenKind.WORD);
                    start = clitic;
                }
            } else {
                i += Character.charCount(cp);
                // combining marks stay with their base character
                while (i < n && isCombining(text.codePointAt(i))) {
                    i += Character.charCount(text.codePointAt(i));
                }
                kind = isPunctuation(cp) ? TokenKind.PUNCT : TokenKind.SYMBOL;
            }
            sink.token(start, i, kind);
        }
    }

    private static int nextSentence(List<Token> tokens, int sentence) {
        return tokens.isEmpty() || tokens.get(tokens.size() - 1).sentence() < sentence ? sentence : sentence + 1;
    }

    private void add(List<Token> tokens, String text, int start, int end, TokenKind kind, int sentence) {
        String surface = text.substring(start, end);
        String lower = surface.toLowerCase(Locale.ROOT);
        Set<String> lemmas = kind == TokenKind.WORD ? lemmatizer.apply(PhraseKeys.plainApostrophes(lower)) : Set.of(lower);
        tokens.add(new Token(tokens.size(), start, end, surface, lower, kind, CaseShape.of(surface), sentence, lemmas));
    }

    private static int scanWord(String text, int i) {
        int n = text.length();
        while (i < n) {
            int cp = text.codePointAt(i);
            if (Character.isLetterOrDigit(cp) || isCombining(cp)) {
                i += Character.charCount(cp);
            } else if ((cp == '-' || cp == '\'' || cp == '\u2019' || cp == '.' || cp == '&')
                    && i + 1 < n && Character.isLetter(text.charAt(i + 1))
                    && (cp != '.' || isAbbreviationDot(text, i))
                    && (cp != '&' || Character.isUpperCase(text.charAt(i - 1)))) {
                i++;
            } else if (cp == '.' && isAbbreviationEnd(text, i)) {
                return i + 1;
            } else {
                break;
            }
        }
        return i;
    }

    /** "U.S" inside an abbreviation: single letters separated by dots. */
    private static boolean isAbbreviationDot(String text, int dot) {
        return dot >= 1 && Character.isUpperCase(text.charAt(dot - 1))
                && (dot < 2 || !Character.isLetter(text.charAt(dot - 2)))
                && dot + 2 <= text.length() && Character.isUpperCase(text.charAt(dot + 1))
                && (dot + 2 == text.length() || !Character.isLetter(text.charAt(dot + 2)));
    }

    /** The final dot of "U.S." belongs to the word. */
    private static boolean isAbbreviationEnd(String text, int dot) {
        return dot >= 3 && Character.isUpperCase(text.charAt(dot - 1)) && text.charAt(dot - 2) == '.'
                && Character.isUpperCase(text.charAt(dot - 3));
    }

    private static int cliticStart(String text, int start, int end) {
        for (int j = end - 1; j > start; j--) {
            char c = text.charAt(j);
            if (c == '\'' || c == '\u2019') {
                String tail = text.substring(j + 1, end).toLowerCase(Locale.ROOT);
                if (CLITICS.contains(tail)) {
                    return j;
                }
                if (tail.equals("t") && j - 1 > start && Character.toLowerCase(text.charAt(j - 1)) == 'n') {
                    return j - 1;
                }
                return start;
            }
        }
        return start;
    }

    /** By code point: a digit outside the BMP (U+16B50 "𖭐") must advance the scan, or tokenizing never ends. */
    private static int scanNumber(String text, int i) {
        int n = text.length();
        while (i < n) {
            int c = text.codePointAt(i);
            if (Character.isDigit(c)) {
                i += Character.charCount(c);
            } else if ((c == '.' || c == ',') && i + 1 < n && Character.isDigit(text.codePointAt(i + 1))) {
                i++;
            } else {
                break;
            }
        }
        return i;
    }

    private static boolean isCombining(int cp) {
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.COMBINING_SPACING_MARK;
    }

    private static boolean isPunctuation(int cp) {
        int type = Character.getType(cp);
        return type == Character.CONNECTOR_PUNCTUATION || type == Character.DASH_PUNCTUATION
                || type == Character.START_PUNCTUATION || type == Character.END_PUNCTUATION
                || type == Character.INITIAL_QUOTE_PUNCTUATION || type == Character.FINAL_QUOTE_PUNCTUATION
                || type == Character.OTHER_PUNCTUATION;
    }
}
