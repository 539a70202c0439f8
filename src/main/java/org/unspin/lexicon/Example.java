package org.unspin.lexicon;

/**
 * A usage example carried by a rule or an entry: a spun sentence and its expected restoration
 * ({@code expected} is null for a clean example, which must come out unchanged).
 */
public record Example(String input, String expected, SourceRef where) {

    /** What separates the spun sentence from its restoration. */
    public static final String ARROW = "=>";

    public boolean isClean() {
        return expected == null;
    }

    /**
     * The one reader of the {@code spun sentence => restored sentence} format, for rules'
     * {@code @example} and lexicon rows' {@code example} alike: both sides trimmed; null when the
     * text is null or has no arrow.
     */
    public static Example parse(String text, SourceRef where) {
        int arrow = text == null ? -1 : text.indexOf(ARROW);
        if (arrow < 0) {
            return null;
        }
        return new Example(text.substring(0, arrow).trim(), text.substring(arrow + ARROW.length()).trim(), where);
    }
}
