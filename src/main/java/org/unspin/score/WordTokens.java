package org.unspin.score;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The project's word tokenization, used for WER and for edit extraction.
 *
 * <p>Tokens are matches of {@code \w+|[^\w\s]} with Unicode-aware {@code \w}
 * ({@link Pattern#UNICODE_CHARACTER_CLASS}): runs of letters, digits and underscores, and every
 * other non-space character as a token of its own. Punctuation is kept; quotes are not folded
 * ({@code "} and {@code ”} stay different tokens). By default the text is lowercased
 * ({@link Locale#ROOT}) before tokenizing. Line breaks are plain whitespace, so a text given as
 * one token per line and the same text as running prose give the same tokens.
 */
public final class WordTokens {

    private static final Pattern TOKEN = Pattern.compile("\\w+|[^\\w\\s]", Pattern.UNICODE_CHARACTER_CLASS);

    private WordTokens() {
    }

    /** Lowercased tokens of {@code text}: the tokenization WER is defined on. */
    public static List<String> of(String text) {
        return of(text, true);
    }

    /** Tokens of {@code text}, lowercased or in their original case. */
    public static List<String> of(String text, boolean lowercase) {
        String source = lowercase ? text.toLowerCase(Locale.ROOT) : text;
        List<String> tokens = new ArrayList<>();
        Matcher matcher = TOKEN.matcher(source);
        while (matcher.find()) {
            tokens.add(matcher.group());
        }
        return tokens;
    }

    /**
     * Tokens of {@code text} in their original case, with their character offsets.
     * Lowercasing each of them gives {@link #of(String)} except for the rare letters whose
     * lowercase form has a different length (such as U+0130).
     */
    public static List<WordToken> spans(String text) {
        List<WordToken> tokens = new ArrayList<>();
        Matcher matcher = TOKEN.matcher(text);
        while (matcher.find()) {
            tokens.add(new WordToken(matcher.group(), matcher.start(), matcher.end()));
        }
        return tokens;
    }

    /**
     * The characters a span of {@code tokens} covers. An empty span (an insertion point) becomes
     * the start of the token it precedes, or the end of the last token when it is at the end.
     */
    public static Span chars(List<WordToken> tokens, Span tokenSpan) {
        if (!tokenSpan.isEmpty()) {
            return new Span(tokens.get(tokenSpan.start()).start(), tokens.get(tokenSpan.end() - 1).end());
        }
        int point;
        if (tokenSpan.start() < tokens.size()) {
            point = tokens.get(tokenSpan.start()).start();
        } else {
            point = tokens.isEmpty() ? 0 : tokens.get(tokens.size() - 1).end();
        }
        return new Span(point, point);
    }

    /** The comparison key of a token: what {@link #of(String)} would give for it. */
    public static String key(WordToken token) {
        return token.text().toLowerCase(Locale.ROOT);
    }
}
