package org.unspin.lm;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** Where language models come from: the bundled one, or a file of either supported format. */
public final class LanguageModels {
    private LanguageModels() {
    }

    /**
     * The CMU Sphinx US English trigram model that ships in the jar (unspin/lm/SOURCE.md), loaded on
     * first use and shared: it is immutable (the cost: README, Performance, start-up).
     */
    public static LanguageModel bundled() {
        return Bundled.MODEL;
    }

    /**
     * Reads a model file, its format told by its content: Sphinx's binary trie
     * ({@code Trie Language Model} header) or ARPA text, gzip'ed or not.
     */
    public static LanguageModel load(Path file) throws IOException {
        byte[] start;
        try (InputStream in = Files.newInputStream(file)) {
            start = in.readNBytes(SphinxTrieModel.HEADER.length());
        }
        return SphinxTrieModel.hasHeader(start) ? SphinxTrieModel.load(file) : ArpaModel.load(file);
    }

    private static final class Bundled {
        static final LanguageModel MODEL = SphinxTrieModel.bundled();
    }
}
