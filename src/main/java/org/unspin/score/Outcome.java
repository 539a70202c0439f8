package org.unspin.score;

import java.util.Locale;

/** How an edit fared when system edits are compared with gold edits. */
public enum Outcome {
    /** A system edit equal to a gold edit (same spun span, same replacement): a true positive. */
    CORRECT("restored correctly"),
    /** A system edit and a gold edit that overlap but differ: the system touched the right place wrongly. */
    WRONG("wrong"),
    /** A gold edit no system edit touches. */
    MISSED("missed"),
    /** A system edit where no gold edit is: the original did not differ there. */
    FALSE_ALARM("false alarm");

    private final String label;

    Outcome(String label) {
        this.label = label;
    }

    /** Human-readable name, as reports show it. */
    public String label() {
        return label;
    }

    /** Stable lowercase name, as the JSON report writes it. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
