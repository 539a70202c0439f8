package org.unspin.spark;

import org.apache.spark.SparkFiles;
import org.unspin.Unspinner;

import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Which rules and lexicon an executor's engine is built from: the bundled ones (null) or folders.
 * A folder is looked up as given (a path every executor can read) and, failing that, among the
 * files shipped with the job: {@code --archives my-rules.zip#rules} unpacks a folder named
 * {@code rules} beside each executor, and {@code rules} then names it. Serializable: it travels
 * with the tasks; the engine itself never does.
 */
public record EngineSource(String rules, String lexicon) implements Serializable {

    public static EngineSource bundled() {
        return new EngineSource(null, null);
    }

    /** Builds an engine; slow (rules compiled, WordNet and the language model loaded). */
    Unspinner build() {
        Unspinner.Builder builder = Unspinner.builder();
        if (rules != null) {
            builder.rules(folder(rules));
        }
        if (lexicon != null) {
            builder.lexicon(folder(lexicon));
        }
        return builder.build();
    }

    static Path folder(String name) {
        Path given = Path.of(name);
        if (Files.isDirectory(given)) {
            return given;
        }
        Path shipped = shipped(name);
        if (shipped != null && Files.isDirectory(shipped)) {
            return shipped;
        }
        throw new IllegalArgumentException("no folder " + name + " here nor among the files shipped with the job (--archives FILE.zip#" + name + ")");
    }

    /** Where Spark put a file or archive shipped with the job, or null outside a Spark executor. */
    private static Path shipped(String name) {
        try {
            return Path.of(SparkFiles.get(name));
        } catch (RuntimeException e) {
            return null;
        }
    }
}
