package org.unspin.spark;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;

import org.apache.spark.util.SerializableConfiguration;
import org.apache.spark.util.TaskCompletionListener;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

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

    /**
     * Every .txt file under the folder (at any depth, in name order), decoded as the command line
     * decodes a file. Listed here rather than by Spark's binaryFile source, which drops empty files.
     */
    public static Dataset<Row> textFiles(SparkSession spark, String folder) {
        Configuration hadoop = spark.sparkContext().hadoopConfiguration();
        Path root = new Path(folder);
        List<String> files = new ArrayList<>();
        String prefix;
        try {
            FileSystem fs = root.getFileSystem(hadoop);
            root = fs.makeQualified(root);
            prefix = root.toString().endsWith("/") ? root.toString() : root + "/";
            listTextFiles(fs, root, files);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + folder + ": " + e.getMessage(), e);
        }
        Collections.sort(files);
        SerializableConfiguration conf = new SerializableConfiguration(hadoop);
        int slices = Math.max(1, Math.min(files.size(), 4 * spark.sparkContext().defaultParallelism()));
        JavaRDD<Row> documents = JavaSparkContext.fromSparkContext(spark.sparkContext()).parallelize(files, slices).map(name -> {
            Path path = new Path(name);
            try (InputStream in = path.getFileSystem(conf.value()).open(path)) {
                // the id is the path under the folder, as --batch names its files
                String id = name.startsWith(prefix) ? name.substring(prefix.length()) : name;
                return RowFactory.create(id, null, null, TextDecoding.utf8(in.readAllBytes()));
            }
        });
        return spark.createDataFrame(documents, RestorationSchema.DOCUMENT);
    }

    /**
     * The .txt files under a folder, at any depth. Walked with listStatus rather than
     * listFiles: on the local file system without Hadoop's native library, listFiles reads each
     * file's permissions by running {@code ls -ld} on it (one process per file, seconds for a
     * thousand files), and nothing here needs them.
     */
    private static void listTextFiles(FileSystem fs, Path folder, List<String> files) throws IOException {
        for (FileStatus status : fs.listStatus(folder)) {
            if (status.isDirectory()) {
                listTextFiles(fs, status.getPath(), files);
            } else if (status.getPath().getName().toLowerCase(Locale.ROOT).endsWith(".txt")) {
                files.add(status.getPath().toString());
            }
        }
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
