package org.unspin.spark;

import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;

/**
 * Steady-state rate of the Spark job in local mode: one session and one engine, the same
 * folder restored and written (as Parquet, or as the job writes JSON Lines) several times, each job timed from its planning to the
 * last file written (session start, engine build and class loading left out after the first).
 * The counterpart of {@code org.unspin.cli.BatchThroughput}; README.md, "Scale out", gives the
 * command and the figures.
 *
 * <pre>java [flags] -cp CLASSPATH org.unspin.spark.SparkThroughput IN OUT MASTER RUNS [FORMAT,...]</pre>
 */
public final class SparkThroughput {

    private SparkThroughput() {
    }

    public static void main(String[] args) {
        String in = args[0];
        String out = args[1];
        int runs = Integer.parseInt(args[3]);
        // parquet, json, or noop (Spark's own sink that writes nothing: the rate without the writer),
        // or lines (the job's way for a text folder into JSON Lines: RDDs, no SQL); several,
        // comma-separated, take turns from run to run
        String[] formats = (args.length > 4 ? args[4] : "parquet").split(",");
        long started = System.nanoTime();
        SparkSession spark = SparkSession.builder().master(args[2]).appName("unspin throughput")
                .config("spark.ui.enabled", "false").getOrCreate();
        try {
            ExecutorEngines.get(EngineSource.bundled());
            System.out.printf("spark: session and engine up in %.1f s%n", (System.nanoTime() - started) / 1e9);
            for (int run = 1; run <= runs; run++) {
                String format = formats[(run - 1) % formats.length];
                long t = System.nanoTime();
                long cpu = cpuNanos();
                if (format.equals("lines")) {
                    JsonLinesJob.run(JavaSparkContext.fromSparkContext(spark.sparkContext()), EngineSource.bundled(), false, in,
                            out + "/run-" + run, true, 0, null);
                } else {
                    SparkRestorer.builder().build().restore(CorpusReader.read(spark, CorpusFormat.TEXT, in))
                            .write().mode(SaveMode.Overwrite).format(format).save(out + "/run-" + run);
                }
                double seconds = (System.nanoTime() - t) / 1e9;
                double cpuSeconds = (cpuNanos() - cpu) / 1e9;
                if (format.equals("noop")) {
                    System.out.printf("spark run %d (noop sink): %.2f s (%.2f s of CPU)%n", run, seconds, cpuSeconds);
                    continue;
                }
                Dataset<Row> written = spark.read().schema(RestorationSchema.RESTORATION).format(format.equals("lines") ? "json" : format)
                        .load(out + "/run-" + run);
                JobSummary s = JobSummary.of(written);
                System.out.printf("spark run %d (" + format + "): %d documents (%d tokens, %d failed) in %.2f s (%.2f s of CPU): %.1f documents/s%n",
                        run, s.documents(), s.tokens(), s.failures(), seconds, cpuSeconds, s.documents() / seconds);
            }
        } finally {
            spark.stop();
        }
    }

    /** CPU time of the whole JVM (every thread, the compiler's and the collector's too). */
    static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }
}
