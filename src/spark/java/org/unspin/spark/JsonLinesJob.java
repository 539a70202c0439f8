package org.unspin.spark;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.util.StdDateFormat;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.TimeZone;

/**
 * The job's way for a folder of text files restored into JSON Lines, on Spark's core alone (RDDs,
 * no Spark SQL session): the folder's files listed and spread over the partitions, each partition
 * restored by the executor's engine, each restoration written as one JSON line by Jackson, one
 * part file per partition. Without a SQL session nothing plans a query, generates code or starts
 * a columnar writer: a run of a few thousand documents spends its time restoring. The lines hold
 * the same fields and values as the rows {@link SparkRestorer} writes with Spark's JSON writer
 * (both come from {@link DocumentRestorer}).
 */
final class JsonLinesJob {

    /** Thread-safe; each executor JVM makes its own when it first writes a line. */
    private static final ObjectWriter JSON = new ObjectMapper()
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .setDateFormat(new StdDateFormat().withTimeZone(TimeZone.getTimeZone("UTC")).withColonInTimeZone(true))
            .setDefaultPropertyInclusion(JsonInclude.Include.NON_NULL)
            .writerFor(RestorationRecord.class);

    private JsonLinesJob() {
    }

    /**
     * Restores every .txt file under {@code input} into JSON Lines under {@code output} (a
     * folder of part files), replacing it when {@code overwrite}, and counts into {@code counter}.
     * {@code partitions} 0: four per core.
     */
    static void run(JavaSparkContext spark, EngineSource engine, boolean assumeSpun, String input, String output,
                    boolean overwrite, int partitions, JobSummary.Counter counter) {
        // listed first: an input that cannot be read leaves an existing output as it was
        TextFolder files = TextFolder.list(spark.hadoopConfiguration(), input);
        clear(spark, output, overwrite);
        int slices = partitions > 0 ? partitions : Math.min(files.size(), 4 * spark.defaultParallelism());
        JavaRDD<String> lines = files.documents(spark, slices)
                .mapPartitions(documents -> lines(DocumentRestorer.restoreAll(engine, assumeSpun, counter, documents)));
        lines.saveAsTextFile(output);
    }

    /** An existing output is an error unless it is to be replaced, as for Spark SQL's writers. */
    private static void clear(JavaSparkContext spark, String output, boolean overwrite) {
        Path path = new Path(output);
        try {
            FileSystem fs = path.getFileSystem(spark.hadoopConfiguration());
            if (fs.exists(path)) {
                if (!overwrite) {
                    throw new IllegalArgumentException("the output " + output + " exists (--overwrite replaces it)");
                }
                if (!fs.delete(path, true)) {
                    throw new IOException("cannot delete it");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot replace the output " + output + ": " + e.getMessage(), e);
        }
    }

    private static Iterator<String> lines(Iterator<RestorationRecord> restorations) {
        return MappedIterator.map(restorations, JsonLinesJob::line);
    }

    /** One restoration as one line of JSON (the line breaks of its texts escaped). */
    static String line(RestorationRecord restoration) {
        try {
            return JSON.writeValueAsString(restoration);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
