package org.unspin.cli;

import org.unspin.RestoreOptions;
import org.unspin.Unspinner;

import java.nio.file.Path;

/**
 * Steady-state rate of {@code restore --batch}: one engine, the same folder restored several
 * times in one JVM, each run timed from its first file to its summary (the engine build and
 * class loading left out). The counterpart of {@code org.unspin.spark.SparkThroughput}; README.md,
 * "Scale out", gives the command and the figures.
 *
 * <pre>java [flags] -cp CLASSPATH org.unspin.cli.BatchThroughput IN OUT THREADS RUNS</pre>
 */
public final class BatchThroughput {

    private BatchThroughput() {
    }

    public static void main(String[] args) throws Exception {
        Path in = Path.of(args[0]);
        Path out = Path.of(args[1]);
        int threads = Integer.parseInt(args[2]);
        int runs = Integer.parseInt(args[3]);
        long started = System.nanoTime();
        BatchRestorer restorer = new BatchRestorer(Unspinner.withDefaults(), RestoreOptions.defaults(), false, threads);
        System.out.printf("batch: engine built in %.1f s%n", (System.nanoTime() - started) / 1e9);
        for (int run = 1; run <= runs; run++) {
            long t = System.nanoTime();
            long cpu = cpuNanos();
            BatchRestorer.Summary s = restorer.run(in, out.resolve("run-" + run), BatchRestorer.BatchProgress.silent());
            double seconds = (System.nanoTime() - t) / 1e9;
            double cpuSeconds = (cpuNanos() - cpu) / 1e9;
            System.out.printf("batch run %d: %d documents (%d tokens, %d failed) in %.2f s (%.2f s of CPU): %.1f documents/s%n",
                    run, s.results().size(), s.tokens(), s.failures().size(), seconds, cpuSeconds, s.results().size() / seconds);
        }
    }

    /** CPU time of the whole JVM (every thread, the compiler's and the collector's too). */
    static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }
}
