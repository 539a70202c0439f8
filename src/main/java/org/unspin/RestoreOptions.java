package org.unspin;

/**
 * Per-call options. {@code assumeSpun}: the caller knows the text is a spun copy, so weak
 * restorations need no further evidence from the document.
 */
public record RestoreOptions(boolean assumeSpun) {
    /** The text is not known to be spun: weak restorations need evidence from the document. */
    public static RestoreOptions defaults() {
        return new RestoreOptions(false);
    }
}
