package org.unspin.bench;

import org.unspin.RestoreOptions;
import org.unspin.Unspinner;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the warm-up goes: in one fresh JVM, the engine's start-up, then the same document
 * restored again and again, each pass with its wall time, its CPU time on the restoring thread
 * and the process's CPU time (JIT compiler and collector threads included).
 *
 * <pre>java [JVM flags] -cp ... org.unspin.bench.WarmUpTrace FILE [PASSES]</pre>
 */
public final class WarmUpTrace {

    private WarmUpTrace() {
    }

    public static void main(String[] args) throws Exception {
        String text = Files.readString(Path.of(args[0]));
        int passes = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
        long t0 = System.nanoTime();
        long p0 = os.getProcessCpuTime();
        Unspinner engine = Unspinner.withDefaults();
        System.out.printf("JVM start to main: %d ms; engine start-up: %.2f s wall, %.2f s process CPU%n",
                ManagementFactory.getRuntimeMXBean().getUptime() - (System.nanoTime() - t0) / 1_000_000,
                (System.nanoTime() - t0) / 1e9, (os.getProcessCpuTime() - p0) / 1e9);
        for (int i = 1; i <= passes; i++) {
            long w = System.nanoTime();
            long c = threads.getCurrentThreadCpuTime();
            long p = os.getProcessCpuTime();
            int tokens = engine.restore(text, RestoreOptions.defaults()).tokens();
            double wall = (System.nanoTime() - w) / 1e9;
            double cpu = (threads.getCurrentThreadCpuTime() - c) / 1e9;
            double process = (os.getProcessCpuTime() - p) / 1e9;
            System.out.printf("pass %d: %,d tokens, %.2f s wall (%,.0f tokens/s), %.2f s CPU on this thread (%,.0f tokens/s), %.2f s process CPU%n",
                    i, tokens, wall, tokens / wall, cpu, tokens / cpu, process);
        }
        System.out.printf("load average %.1f%n", os.getSystemLoadAverage());
        if (jvmStart < 0) {
            System.out.println();
        }
    }
}
