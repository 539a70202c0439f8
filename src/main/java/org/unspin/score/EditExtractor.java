package org.unspin.score;

import java.util.ArrayList;
import java.util.List;

import static org.unspin.score.Alignment.Operation.DELETION;
import static org.unspin.score.Alignment.Operation.INSERTION;
import static org.unspin.score.Alignment.Operation.MATCH;
import static org.unspin.score.Alignment.Operation.SUBSTITUTION;

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
    public static List<WordEdit> between(String source, String target) {
        List<WordToken> sourceTokens = WordTokens.spans(source);
        List<WordToken> targetTokens = WordTokens.spans(target);
        Alignment alignment = Alignment.of(keys(sourceTokens), keys(targetTokens));

        List<WordEdit> edits = new ArrayList<>();
        OpenEdit open = null;
        int sourcePosition = 0;
        int targetPosition = 0;
        for (Alignment.Step step : alignment.steps()) {
            Alignment.Operation operation = step.operation();
            if (open != null && (operation == MATCH || operation == SUBSTITUTION)) {
                edits.add(open.close(source, sourceTokens, target, targetTokens));
                open = null;
            }
            if (open == null && operation != MATCH) {
                open = new OpenEdit(sourcePosition, targetPosition);
            }
            if (operation != INSERTION) {
                sourcePosition++;
            }
            if (operation != DELETION) {
                targetPosition++;
            }
            if (open != null) {
                open.sourceEnd = sourcePosition;
                open.targetEnd = targetPosition;
            }
        }
        if (open != null) {
            edits.add(open.close(source, sourceTokens, target, targetTokens));
        }
        return edits;
    }

    /** The token ranges of the edit being collected. */
    private static final class OpenEdit {
        private final int sourceStart;
        private final int targetStart;
        private int sourceEnd;
        private int targetEnd;

        OpenEdit(int sourceStart, int targetStart) {
            this.sourceStart = sourceStart;
            this.targetStart = targetStart;
        }

        WordEdit close(String source, List<WordToken> sourceTokens, String target, List<WordToken> targetTokens) {
            Span sourceSpan = new Span(sourceStart, sourceEnd);
            Span targetSpan = new Span(targetStart, targetEnd);
            Span sourceChars = WordTokens.chars(sourceTokens, sourceSpan);
            Span targetChars = WordTokens.chars(targetTokens, targetSpan);
            return new WordEdit(sourceSpan, targetSpan, sourceChars, targetChars,
                    source.substring(sourceChars.start(), sourceChars.end()),
                    target.substring(targetChars.start(), targetChars.end()));
        }
    }

    private static List<String> keys(List<WordToken> tokens) {
        return tokens.stream().map(WordTokens::key).toList();
    }
}
