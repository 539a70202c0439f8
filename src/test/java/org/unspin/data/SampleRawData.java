package org.unspin.data;

import java.nio.file.Path;

/** The hand-made samples of the raw npm files under src/test/resources/org/unspin/data/sample. */
public final class SampleRawData {

    private static final Path DIR = Path.of("src/test/resources/org/unspin/data/sample");

    public static final Path MOBY_WORDS = DIR.resolve("moby-words.txt");
    public static final Path UNIGRAMS = DIR.resolve("unigrams.txt");
    public static final Path BIGRAMS = DIR.resolve("bigrams.txt");

    private SampleRawData() {
    }
}
