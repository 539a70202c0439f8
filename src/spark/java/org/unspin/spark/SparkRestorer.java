package org.unspin.spark;

import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.unspin.Edit;

import java.util.Arrays;
import java.util.Iterator;
import java.util.Objects;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

/**
 * The engine as a Spark transformation: a Dataset of documents in, a Dataset of restorations out
 * ({@link RestorationSchema#RESTORATION}), lazily, for use inside any pipeline.
 *
 * <pre>{@code
 * Dataset<Row> restored = SparkRestorer.builder().textColumn("body").build().restore(documents);
 * }</pre>
 *
 * Each executor builds one engine (see {@link ExecutorEngines}) and restores its partitions with
 * it on as many threads as it runs tasks.
 */
public final class SparkRestorer {

    private final EngineSource engine;
    private final String idColumn;
    private final String textColumn;
    private final String urlColumn;
    private final String dateColumn;
    private final int partitions;
    private final boolean assumeSpun;
    private final JobSummary.Counter counter;

    private SparkRestorer(Builder b) {
        this.engine = b.engine;
        this.idColumn = b.idColumn;
        this.textColumn = b.textColumn;
        this.urlColumn = b.urlColumn;
        this.dateColumn = b.dateColumn;
        this.partitions = b.partitions;
        this.assumeSpun = b.assumeSpun;
        this.counter = b.counter;
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * Restores every row of {@code documents}, which needs the id and text columns; the url and
     * date columns are carried over when present. A document that cannot be restored gets a row
     * with its error.
     */
    public Dataset<Row> restore(Dataset<Row> documents) {
        Dataset<Row> standard = documents.select(
                require(documents, idColumn).cast(DataTypes.StringType).as(RestorationSchema.ID),
                optional(documents, urlColumn).cast(DataTypes.StringType).as(RestorationSchema.URL),
                optional(documents, dateColumn).cast(DataTypes.TimestampType).as(RestorationSchema.DATE),
                require(documents, textColumn).cast(DataTypes.StringType).as(RestorationSchema.TEXT));
        // Readers make one partition per file or per 128 MB: spread the documents over every core,
        // a few partitions per core so that one long document does not hold up the rest. Input
        // already in that many (CorpusReader's text folders) is restored where it is: a shuffle
        // would only copy every document once more. A stream's partitions are known only as it
        // runs: it is always spread.
        int have = documents.isStreaming() ? 0 : standard.rdd().getNumPartitions();
        Dataset<Row> spread;
        if (partitions > 0) {
            spread = have == partitions ? standard : standard.repartition(partitions);
        } else {
            int n = 4 * documents.sparkSession().sparkContext().defaultParallelism();
            spread = have >= n ? standard : standard.repartition(n);
        }
        return spread.mapPartitions(new RestorePartition(engine, assumeSpun, counter), Encoders.row(RestorationSchema.RESTORATION));
    }

    private static Column require(Dataset<Row> documents, String name) {
        if (!hasColumn(documents, name)) {
            throw new IllegalArgumentException("the documents have no column " + name + " (columns: "
                    + String.join(", ", documents.columns()) + ")");
        }
        return col(name);
    }

    private static Column optional(Dataset<Row> documents, String name) {
        return name != null && hasColumn(documents, name) ? col(name) : lit(null);
    }

    private static boolean hasColumn(Dataset<Row> documents, String name) {
        return Arrays.asList(documents.columns()).contains(name);
    }

    /** Runs on the executors: the executor's engine over one partition, one row at a time. */
    private record RestorePartition(EngineSource engine, boolean assumeSpun, JobSummary.Counter counter)
            implements MapPartitionsFunction<Row, Row> {
        @Override
        public Iterator<Row> call(Iterator<Row> documents) {
            Iterator<RestorationRecord> restorations = DocumentRestorer.restoreAll(engine, assumeSpun, counter,
                    MappedIterator.map(documents, SparkRestorer::document));
            return MappedIterator.map(restorations, SparkRestorer::row);
        }
    }

    /** A row of {@link RestorationSchema#DOCUMENT}. */
    private static CorpusDocument document(Row row) {
        return new CorpusDocument(row.getString(0), row.getString(1), row.get(2), row.isNullAt(3) ? null : row.getString(3));
    }

    /** A row of {@link RestorationSchema#RESTORATION}. */
    private static Row row(RestorationRecord r) {
        Row[] edits = null;
        if (r.edits() != null) {
            edits = new Row[r.edits().size()];
            for (int i = 0; i < edits.length; i++) {
                Edit e = r.edits().get(i);
                edits[i] = RowFactory.create(e.start(), e.end(), e.before(), e.after(), e.stage(), e.kind(), e.rule(), e.source(),
                        e.entry(), e.confidence(), e.reason());
            }
        }
        return RowFactory.create(r.id(), r.url(), r.date(), r.text(), edits, r.tokens(), r.editCount(), r.spun(), r.spinRisk(),
                r.milliseconds(), r.error());
    }

    public static final class Builder {
        private EngineSource engine = EngineSource.bundled();
        private String idColumn = RestorationSchema.ID;
        private String textColumn = RestorationSchema.TEXT;
        private String urlColumn = RestorationSchema.URL;
        private String dateColumn = RestorationSchema.DATE;
        private int partitions;
        private boolean assumeSpun;
        private JobSummary.Counter counter;

        /** Rules and lexicon: {@link EngineSource#bundled()} unless given. */
        public Builder engine(EngineSource engine) {
            this.engine = Objects.requireNonNull(engine);
            return this;
        }

        public Builder idColumn(String name) {
            this.idColumn = Objects.requireNonNull(name);
            return this;
        }

        public Builder textColumn(String name) {
            this.textColumn = Objects.requireNonNull(name);
            return this;
        }

        /** Carried over when the documents have it; null for none. */
        public Builder urlColumn(String name) {
            this.urlColumn = name;
            return this;
        }

        /** Carried over (as a timestamp) when the documents have it; null for none. */
        public Builder dateColumn(String name) {
            this.dateColumn = name;
            return this;
        }

        /** How many partitions to restore in; 0 (the default) for four per core of the cluster. */
        public Builder partitions(int partitions) {
            if (partitions < 0) {
                throw new IllegalArgumentException("partitions must be 0 or more");
            }
            this.partitions = partitions;
            return this;
        }

        /** As {@code restore --assume-spun}: every document is known to be a spun copy. */
        public Builder assumeSpun(boolean assumeSpun) {
            this.assumeSpun = assumeSpun;
            return this;
        }

        /**
         * Counts every restoration into {@code counter} (null: none), for a summary without
         * reading the output back; see {@link JobSummary.Counter} for when the counts are exact.
         */
        public Builder count(JobSummary.Counter counter) {
            this.counter = counter;
            return this;
        }

        public SparkRestorer build() {
            return new SparkRestorer(this);
        }
    }
}
