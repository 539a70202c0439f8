package org.unspin.bench;

import org.unspin.lm.LanguageModel;
import org.unspin.lm.SphinxTrieModel;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Measures the bundled language model in a fresh JVM and prints one line per figure: cold load
 * time, heap retained after a full collection, and trigram look-ups per second on one thread over
 * the words of the reference article (every word scored with its two predecessors, as a sentence
 * scorer would). Run from the project folder:
 * {@code java -cp target/classes:target/test-classes org.unspin.bench.LanguageModelBenchmark}
 */
public final class LanguageModelBenchmark {
    private static final Pattern WORD = Pattern.compile("[\\p{L}']+");

    private LanguageModelBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long heapBefore = usedAfterGc(memory);
        long t0 = System.nanoTime();
        SphinxTrieModel model = SphinxTrieModel.bundled();
        long loadNanos = System.nanoTime() - t0;
        long heapAfter = usedAfterGc(memory);
        System.out.printf(Locale.ROOT, "model          %s%n", model.description());
        System.out.printf(Locale.ROOT, "load, cold     %.0f ms%n", loadNanos / 1e6);
        System.out.printf(Locale.ROOT, "retained heap  %.1f MB%n", (heapAfter - heapBefore) / 1048576.0);

        int[] ids = ids(model, Files.readString(Path.of("examples/cnbc-small-caps/original.txt")));
        double sink = 0;
        for (int round = 0; round < 5; round++) {
            long start = System.nanoTime();
            long queries = 0;
            while (System.nanoTime() - start < 2_000_000_000L) {
                for (int i = 0; i < ids.length; i++) {
                    sink += model.logProb(ids, Math.max(0, i - 2), i);
                }
                queries += ids.length;
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf(Locale.ROOT, "round %d        %.2f M trigram look-ups/s (one thread)%n", round + 1, queries / seconds / 1e6);
        }
        if (sink == 0) {
            System.out.println("(no score)");
        }
    }

    private static int[] ids(LanguageModel model, String text) {
        Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
        int[] ids = new int[text.length()];
        int n = 0;
        while (m.find()) {
            ids[n++] = model.id(m.group());
        }
        return java.util.Arrays.copyOf(ids, n);
    }

    private static long usedAfterGc(MemoryMXBean memory) {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return memory.getHeapMemoryUsage().getUsed();
    }
}
