package org.unspin.lexicon;

/** A problem found in a lexicon file, reported as {@code file:line: message}. */
public record LexiconProblem(SourceRef where, Severity severity, String message) {

    public enum Severity { ERROR, WARNING }

    public static LexiconProblem error(String file, int line, String message) {
        return new LexiconProblem(new SourceRef(file, line), Severity.ERROR, message);
    }

    public static LexiconProblem warning(String file, int line, String message) {
        return new LexiconProblem(new SourceRef(file, line), Severity.WARNING, message);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    @Override
    public String toString() {
        return where + ": " + (severity == Severity.WARNING ? "warning: " : "") + message;
    }
}
