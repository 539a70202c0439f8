package org.unspin.spark;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.util.SerializableConfiguration;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * A folder of text files as documents: every .txt file under it (at any depth, in name order),
 * one document each, its id the path under the folder (as {@code restore --batch} names its
 * files), decoded as the command line decodes a file. Listed here rather than by Spark's
 * binaryFile source, which drops empty files; each task reads the files of its slice.
 */
final class TextFolder {

    private final String prefix;
    private final List<String> files;

    private TextFolder(String prefix, List<String> files) {
        this.prefix = prefix;
        this.files = files;
    }

    static TextFolder list(Configuration hadoop, String folder) {
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
        return new TextFolder(prefix, files);
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

    int size() {
        return files.size();
    }

    /** The documents, in {@code slices} partitions (at least one) of consecutive files. */
    JavaRDD<CorpusDocument> documents(JavaSparkContext spark, int slices) {
        SerializableConfiguration conf = new SerializableConfiguration(spark.hadoopConfiguration());
        String prefix = this.prefix;
        return spark.parallelize(files, Math.max(1, slices)).map(name -> {
            Path path = new Path(name);
            try (InputStream in = path.getFileSystem(conf.value()).open(path)) {
                String id = name.startsWith(prefix) ? name.substring(prefix.length()) : name;
                return new CorpusDocument(id, null, null, TextDecoding.utf8(in.readAllBytes()));
            }
        });
    }
}
