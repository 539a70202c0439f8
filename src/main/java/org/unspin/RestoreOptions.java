package org.unspin;

/**
 * Per-call options. {@code assumeSpun}: the caller knows the text is a spun copy, so weak
 * restorations need no further evidence from the document. {@code sectionThreads}: a text long
 * enough to be restored in sections (see {@code Unspinner#restore}) has them restored on up to this
 * many threads; the result is the same as on one. A caller that already restores many documents
 * side by side keeps 1.
 */
public record RestoreOptions(boolean assumeSpun, int sectionThreads) {

    public RestoreOptions {
        if (sectionThreads < 1) {
            throw new IllegalArgumentException("sectionThreads must be at least 1, is " + sectionThreads);
        }
    }

    /** One thread; {@code assumeSpun} false: weak restorations need evidence from the document. */
    public RestoreOptions(boolean assumeSpun) {
        this(assumeSpun, 1);
    }

    public static RestoreOptions defaults() {
        return new RestoreOptions(false);
    }

    /** The same options with sections restored on up to {@code threads} threads. */
    public RestoreOptions withSectionThreads(int threads) {
        return new RestoreOptions(assumeSpun, threads);
    }
}
