package org.unspin.thesaurus.importer;

import java.util.regex.Pattern;

/**
 * The terms the thesaurus keeps: one to three lower-case words separated by single spaces, each
 * made of letters with hyphens or apostrophes inside or at the ends ("well-known", "o'clock",
 * "take into account"). Capitalized entries (names), digits and other punctuation are dropped:
 * a restorer matches lower-cased tokens, and longer phrases are rarely what a spinner swaps.
 */
public final class TermShape {

    public static final int MAX_WORDS = 3;

    private static final Pattern WORD = "[a-z'-]*[a-z][a-z'-]*".transform(Pattern::compile);
    private static final Pattern TERM = Pattern.compile(WORD.pattern() + "(?: " + WORD.pattern() + "){0," + (MAX_WORDS - 1) + "}");

    private TermShape() {
    }

    public static boolean accepts(String term) {
        return TERM.matcher(term).matches();
    }
}
