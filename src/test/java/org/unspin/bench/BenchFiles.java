package org.unspin.bench;

import org.unspin.cli.BatchBenchmark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the inputs of the end-to-end measurements: {@code target/bench-e2e/doc-1m.txt}, one
 * document of 1,000,000 tokens, and {@code target/bench-batch/in}, the batch benchmark's 1,000
 * documents. Files already there are kept.
 *
 * <pre>java -cp ... org.unspin.bench.BenchFiles</pre> prints the two paths.
 */
public final class BenchFiles {

    public static final Path BIG_DOCUMENT = Path.of("target", "bench-e2e", "doc-1m.txt");
    public static final int BIG_TOKENS = 1_000_000;

    private BenchFiles() {
    }

    public static Path bigDocument() throws IOException {
        if (!Files.isRegularFile(BIG_DOCUMENT)) {
            Files.createDirectories(BIG_DOCUMENT.getParent());
            Path tmp = BIG_DOCUMENT.resolveSibling(BIG_DOCUMENT.getFileName() + ".tmp");
            Files.writeString(tmp, BenchDocuments.ofTokens(BIG_TOKENS), StandardCharsets.UTF_8);
            Files.move(tmp, BIG_DOCUMENT);
        }
        return BIG_DOCUMENT;
    }

    public static Path batchFolder() {
        return BatchBenchmark.writeDocuments();
    }

    public static void main(String[] args) throws IOException {
        System.out.println(bigDocument());
        System.out.println(batchFolder());
    }
}
