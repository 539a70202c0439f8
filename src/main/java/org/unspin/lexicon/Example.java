package org.unspin.lexicon;

/**
 * A usage example carried by a rule or an entry: a spun sentence and its expected restoration
 * ({@code expected} is null for a clean example, which must come out unchanged).
 */
public record Example(String input, String expected, SourceRef where) {
    public boolean isClean() {
        return expected == null;
    }
}
