package org.unspin.spark;

import org.apache.hadoop.fs.Path;
import org.apache.spark.TaskContext;
import org.apache.spark.util.TaskCompletionListener;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;

import java.io.InputStream;
import java.util.Iterator;

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

    /** Every .txt file under the folder (at any depth), decoded as the command line decodes a file. */
    public static Dataset<Row> textFiles(SparkSession spark, String folder) {
        Path root = new Path(folder);
        try {
            root = root.getFileSystem(spark.sparkContext().hadoopConfiguration()).makeQualified(root);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot open " + folder + ": " + e.getMessage(), e);
        }
        String prefix = root.toString().endsWith("/") ? root.toString() : root + "/";
        return spark.read().format("binaryFile")
                .option("recursiveFileLookup", "true")
                .option("pathGlobFilter", "*.[tT][xX][tT]")
                .load(folder)
                .select("path", "content")
                .map((org.apache.spark.api.java.function.MapFunction<Row, Row>) file -> {
                    String path = file.getString(0);
                    // the id is the path under the folder, as --batch names its files
                    String id = path.startsWith(prefix) ? path.substring(prefix.length()) : path;
                    return RowFactory.create(id, null, null, TextDecoding.utf8((byte[]) file.get(1)));
                }, Encoders.row(RestorationSchema.DOCUMENT));
    }

    /** The conversion and resource records of every WARC or WET file under the path (one task per file). */
    public static Dataset<Row> warcFiles(SparkSession spark, String path) {
        JavaRDD<Row> documents = spark.sparkContext().binaryFiles(path, spark.sparkContext().defaultMinPartitions())
                .toJavaRDD()
                .flatMap(file -> {
                    InputStream in = file._2().open();
                    WarcDocuments records = new WarcDocuments(file._1(), in);
                    // closed at the end of the file, and also when the task stops before it
                    TaskContext.get().addTaskCompletionListener((TaskCompletionListener) context -> records.closeQuietly());
                    return (Iterator<Row>) records;
                });
        return spark.createDataFrame(documents, RestorationSchema.DOCUMENT);
    }
}
