package org.unspin.score;

import java.util.List;
import java.util.regex.Pattern;

/**
 * sacreBLEU's default BLEU tokenizer "13a" (the mteval-v13a.pl rules used by WMT): splits
 * off symbols and punctuation, but keeps periods and commas inside numbers ("3.5", "1,000") and
 * splits a dash only after a digit. A port of sacreBLEU's tokenizer_13a.py and tokenizer_re.py.
 */
final class Tokenizer13a {

    // The language-dependent rules of tokenizer_re.py, in order.
    private static final Pattern SYMBOL = Pattern.compile("([{-~\\[-` -&(-+:-@/])");
    private static final Pattern PERIOD_COMMA_AFTER_NON_DIGIT = Pattern.compile("([^0-9])([.,])");
    private static final Pattern PERIOD_COMMA_BEFORE_NON_DIGIT = Pattern.compile("([.,])([^0-9])");
    private static final Pattern DASH_AFTER_DIGIT = Pattern.compile("([0-9])(-)");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+", Pattern.UNICODE_CHARACTER_CLASS);

    private Tokenizer13a() {
    }

    /** The tokens of one segment. */
    public static List<String> tokens(String segment) {
        String line = segment.replace("<skipped>", "")
                .replace("-\n", "")
                .replace("\n", " ")
                .replace("&quot;", "\"")
                .replace("&amp;", "&")
                .replace("&lt;", "<")
                .replace("&gt;", ">");
        line = " " + line + " ";
        line = SYMBOL.matcher(line).replaceAll(" $1 ");
        line = PERIOD_COMMA_AFTER_NON_DIGIT.matcher(line).replaceAll("$1 $2 ");
        line = PERIOD_COMMA_BEFORE_NON_DIGIT.matcher(line).replaceAll(" $1 $2");
        line = DASH_AFTER_DIGIT.matcher(line).replaceAll("$1 $2 ");
        return splitOnWhitespace(line);
    }

    /** Python's {@code str.split()}: whitespace-separated words, no empty ones. */
    static List<String> splitOnWhitespace(String text) {
        String trimmed = WHITESPACE.matcher(text).replaceAll(" ").strip();
        return trimmed.isEmpty() ? List.of() : List.of(trimmed.split(" "));
    }
}
