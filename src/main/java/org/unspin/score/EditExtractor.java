package org.unspin.score;

import java.util.ArrayList;
import java.util.List;

/**
 * Extracts the word edits that turn a source text into a target text.
 *
 * <p>Both texts are cut into {@link WordTokens} and compared case-insensitively through their
 * minimum-edit {@link Alignment}. Each run of non-matching steps is split before every
 * substitution; deletions and insertions join the substitution before them, or form an edit of
 * their own when a run has none. So "little hats" to "small caps" gives two edits, "due to the
 * fact that" to "since" one, and "Nyc" to "New York" one. The same procedure extracts gold and
 * system edits, which keeps their spans comparable.
 */
public final class EditExtractor {

    private EditExtractor() {
    }

    /** The edits from {@code source} to {@code target}, in text order. */
    public static List<Edit> between(String source, String target) {
        List<Token> sourceTokens = WordTokens.spans(source);
        List<Token> targetTokens = WordTokens.spans(target);
        Alignment alignment = Alignment.of(keys(sourceTokens), keys(targetTokens));

        List<Edit> edits = new ArrayList<>();
        int sourcePosition = 0;
        int targetPosition = 0;
        int[] open = null; // {sourceStart, sourceEnd, targetStart, targetEnd} of the edit being built
        for (Alignment.Step step : alignment.steps()) {
            switch (step.operation()) {
                case MATCH -> {
                    open = close(open, source, sourceTokens, target, targetTokens, edits);
                    sourcePosition++;
                    targetPosition++;
                }
                case SUBSTITUTION -> {
                    close(open, source, sourceTokens, target, targetTokens, edits);
                    open = new int[] {sourcePosition, ++sourcePosition, targetPosition, ++targetPosition};
                }
                case DELETION -> {
                    if (open == null) {
                        open = new int[] {sourcePosition, sourcePosition, targetPosition, targetPosition};
                    }
                    open[1] = ++sourcePosition;
                }
                case INSERTION -> {
                    if (open == null) {
                        open = new int[] {sourcePosition, sourcePosition, targetPosition, targetPosition};
                    }
                    open[3] = ++targetPosition;
                }
            }
        }
        close(open, source, sourceTokens, target, targetTokens, edits);
        return edits;
    }

    private static int[] close(int[] open, String source, List<Token> sourceTokens,
                               String target, List<Token> targetTokens, List<Edit> edits) {
        if (open != null) {
            Span sourceSpan = new Span(open[0], open[1]);
            Span targetSpan = new Span(open[2], open[3]);
            Span sourceChars = WordTokens.chars(sourceTokens, sourceSpan);
            Span targetChars = WordTokens.chars(targetTokens, targetSpan);
            edits.add(new Edit(sourceSpan, targetSpan, sourceChars, targetChars,
                    source.substring(sourceChars.start(), sourceChars.end()),
                    target.substring(targetChars.start(), targetChars.end())));
        }
        return null;
    }

    private static List<String> keys(List<Token> tokens) {
        return tokens.stream().map(WordTokens::key).toList();
    }
}
