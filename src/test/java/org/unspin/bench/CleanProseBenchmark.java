package org.unspin.bench;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.unspin.LexiconScan;
import org.unspin.Restoration;
import org.unspin.Unspinner;
import org.unspin.corpus.CleanCorpus;

import java.util.concurrent.TimeUnit;

/**
 * Restore and bare scan on ordinary prose that was never spun (the clean corpus the precision
 * tests use: the reference original and WordNet glosses, about 72,000 tokens): what the engine
 * costs on most of what it is given, beside {@link RestoreBenchmark}'s heavily spun text.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 8, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g", "-XX:+UseParallelGC"})
public class CleanProseBenchmark {

    public static final int WORDS = 60_000;

    private Unspinner engine;
    private String document;

    /** The document: clean-corpus documents one after another, as paragraphs. */
    public static String text() {
        return String.join("\n\n", CleanCorpus.documents(WORDS));
    }

    @Setup(Level.Trial)
    public void setUp() {
        engine = Unspinner.withDefaults();
        document = text();
    }

    @Benchmark
    public Restoration restore(RestoreBenchmark.CpuTime cpu) {
        return engine.restore(document);
    }

    @Benchmark
    public int scan(RestoreBenchmark.CpuTime cpu) {
        return LexiconScan.scan(engine, document);
    }
}
