package org.unspin.workflow;

/** One problem found by {@code check}: {@code file:line: message}; errors fail the check, warnings do not. */
public record Finding(String file, int line, boolean error, String message) {
    @Override
    public String toString() {
        return file + ":" + line + ": " + (error ? "" : "warning: ") + message;
    }
}
