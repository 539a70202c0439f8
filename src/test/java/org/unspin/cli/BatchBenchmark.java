package org.unspin.cli;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.unspin.RestoreOptions;
import org.unspin.Unspinner;
import org.unspin.bench.BenchDocuments;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * {@code restore --batch} over {@value #DOCUMENTS} documents of 200 to 1,800 tokens (cut from
 * the reference pair at varying places), with 1 and with 2 threads sharing one engine. Each fork
 * writes its files to {@code target/bench-batch/out-THREADS} so the report can check that both
 * thread counts wrote identical files.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
// The optimizing compiler works through Drools' generated classes for ~25 s and takes a core
// meanwhile: a shorter warm-up measures 2 threads sharing one core with it.
@Warmup(iterations = 12)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g", "-XX:+UseParallelGC"}) // as ./unspin --batch runs
public class BatchBenchmark {

    public static final int DOCUMENTS = 1000;
    public static final Path ROOT = Path.of("target", "bench-batch");

    @Param({"1", "2"})
    public int threads;

    private BatchRestorer restorer;
    private Path in;
    private Path out;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        in = writeDocuments();
        out = ROOT.resolve("out-" + threads);
        restorer = new BatchRestorer(Unspinner.withDefaults(), RestoreOptions.defaults(), false, threads);
    }

    @Benchmark
    public BatchRestorer.Summary restoreFolder() throws IOException {
        BatchRestorer.Summary s = restorer.run(in, out, BatchRestorer.BatchProgress.silent());
        if (!s.failures().isEmpty()) {
            throw new IllegalStateException("batch failures: " + s.failures());
        }
        return s;
    }

    /** The input folder, written once (the same documents for every fork). */
    public static synchronized Path writeDocuments() {
        Path dir = ROOT.resolve("in");
        try {
            if (Files.isDirectory(dir)) {
                try (var files = Files.list(dir)) {
                    if (files.count() == DOCUMENTS) {
                        return dir;
                    }
                }
            }
            Files.createDirectories(dir);
            for (int i = 0; i < DOCUMENTS; i++) {
                int tokens = 200 + (i * 397) % 1600;
                int from = (i * 211) % 3000;
                Files.writeString(dir.resolve(String.format("doc-%04d.txt", i)), BenchDocuments.slice(from, tokens));
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
