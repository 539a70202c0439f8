package org.unspin.lexicon;

/** Where a piece of lexicon or rule data was written: file (as named to the user) and 1-based line. */
public record SourceRef(String file, int line) {
    @Override
    public String toString() {
        return file + ":" + line;
    }
}
