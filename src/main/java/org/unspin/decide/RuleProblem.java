package org.unspin.decide;

/** A problem in a rule file: {@code file:line: message} (line 0 when the compiler gave none). */
public record RuleProblem(String file, int line, int column, String message) {
    @Override
    public String toString() {
        return file + ":" + line + (column > 0 ? ":" + column : "") + ": " + message;
    }
}
