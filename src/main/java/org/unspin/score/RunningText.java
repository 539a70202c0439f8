package org.unspin.score;

import java.util.regex.Pattern;

/**
 * Brings a text to one canonical running form: every run of whitespace (line breaks included)
 * becomes one space, and the ends are trimmed. A text given one token per line and the same
 * text as prose become the same string, which is what CER, BLEU and chrF are computed on.
 */
final class RunningText {

    private static final Pattern WHITESPACE = Pattern.compile("\\s+", Pattern.UNICODE_CHARACTER_CLASS);

    private RunningText() {
    }

    public static String of(String text) {
        return WHITESPACE.matcher(text).replaceAll(" ").strip();
    }
}
