package org.unspin.bench;

import org.openjdk.jmh.annotations.AuxCounters;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.unspin.LexiconScan;
import org.unspin.Restoration;
import org.unspin.Unspinner;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.concurrent.TimeUnit;

/**
 * Time per document of a whole restoration and of the bare lexicon scan (tokenize + trie, no
 * rules, no realization) on the same documents; tokens/s is {@code tokens} divided by it. The
 * benchmark thread's CPU time is counted too: on a machine shared with other work, wall time
 * includes waiting for a core, CPU time does not. The JVM collects garbage as {@code ./unspin}
 * does for long runs (the parallel collector).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 8, time = 2) // the optimizing compiler needs ~15 s for Drools' generated classes
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g", "-XX:+UseParallelGC"})
public class RestoreBenchmark {

    @Param({"1000", "10000", "100000", "1000000"})
    public int tokens;

    private Unspinner engine;
    private String document;

    @Setup(Level.Trial)
    public void setUp() {
        engine = Unspinner.withDefaults();
        document = BenchDocuments.ofTokens(tokens);
        Restoration check = engine.restore(document);
        if (check.edits().isEmpty()) {
            throw new IllegalStateException("the benchmark document restored with no edits");
        }
    }

    @Benchmark
    public Restoration restore(CpuTime cpu) {
        return engine.restore(document);
    }

    @Benchmark
    public int scan(CpuTime cpu) {
        return LexiconScan.scan(engine, document);
    }

    /** CPU time of the benchmark thread, summed per iteration with the number of calls. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.EVENTS)
    public static class CpuTime {
        private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
        public long cpuNanos;
        public long calls;
        private long before;

        @Setup(Level.Iteration)
        public void reset() {
            cpuNanos = 0;
            calls = 0;
        }

        @Setup(Level.Invocation)
        public void before() {
            before = THREADS.getCurrentThreadCpuTime();
        }

        @TearDown(Level.Invocation)
        public void after() {
            cpuNanos += THREADS.getCurrentThreadCpuTime() - before;
            calls++;
        }
    }
}
