package org.unspin.score;

import java.util.List;
import java.util.Locale;

/**
 * Character error rate, jiwer's definition: (S + D + I) / N over characters, spaces included.
 *
 * <p>Both texts are first brought to {@link RunningText} form (whitespace runs become one
 * space), so line layout does not count; characters are Unicode code points. By default letter
 * case is folded, as for WER.
 */
final class CharacterErrorRate {

    private CharacterErrorRate() {
    }

    /** Case-insensitive CER of {@code candidate} against {@code original}. */
    public static ErrorRate of(String original, String candidate) {
        return of(original, candidate, true);
    }

    public static ErrorRate of(String original, String candidate, boolean lowercase) {
        return Alignment.of(characters(original, lowercase), characters(candidate, lowercase)).errorRate();
    }

    private static List<String> characters(String text, boolean lowercase) {
        String running = RunningText.of(text);
        if (lowercase) {
            running = running.toLowerCase(Locale.ROOT);
        }
        return running.codePoints().mapToObj(Character::toString).toList();
    }
}
