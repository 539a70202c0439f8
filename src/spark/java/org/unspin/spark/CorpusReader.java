package org.unspin.spark;

import org.apache.spark.TaskContext;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;

import org.apache.spark.util.TaskCompletionListener;

import java.io.InputStream;

/**
 * Reads a corpus into documents for {@link SparkRestorer}: a Dataset with the columns of
 * {@link RestorationSchema#DOCUMENT} (text folders and WARC files) or the file's own columns
 * (JSON Lines and Parquet, whose id and text column names the restorer is told).
 */
public final class CorpusReader {

    private CorpusReader() {
    }

    public static Dataset<Row> read(SparkSession spark, CorpusFormat format, String path) {
        return switch (format) {
            case TEXT -> textFiles(spark, path);
            case JSONL -> spark.read().json(path);
            case PARQUET -> spark.read().parquet(path);
            case WARC -> warcFiles(spark, path);
        };
    }

    /** Every .txt file under the folder (at any depth, in name order), as {@link TextFolder} reads it. */
    public static Dataset<Row> textFiles(SparkSession spark, String folder) {
        TextFolder files = TextFolder.list(spark.sparkContext().hadoopConfiguration(), folder);
        int slices = Math.min(files.size(), 4 * spark.sparkContext().defaultParallelism());
        JavaRDD<Row> documents = files.documents(JavaSparkContext.fromSparkContext(spark.sparkContext()), slices)
                .map(d -> RowFactory.create(d.id(), d.url(), d.date(), d.text()));
        return spark.createDataFrame(documents, RestorationSchema.DOCUMENT);
    }

    /** The conversion and resource records of every WARC or WET file under the path (a folder or a glob); each file is read by one task. */
    public static Dataset<Row> warcFiles(SparkSession spark, String path) {
        JavaRDD<Row> documents = spark.sparkContext().binaryFiles(path, spark.sparkContext().defaultMinPartitions())
                .toJavaRDD()
                .flatMap(file -> {
                    InputStream in = file._2().open();
                    WarcDocuments records = new WarcDocuments(file._1(), in);
                    // closed at the end of the file, and also when the task stops before it
                    TaskContext.get().addTaskCompletionListener((TaskCompletionListener) context -> records.closeQuietly());
                    return records;
                });
        return spark.createDataFrame(documents, RestorationSchema.DOCUMENT);
    }
}
