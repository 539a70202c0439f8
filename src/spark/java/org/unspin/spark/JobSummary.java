package org.unspin.spark;

import org.apache.spark.SparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.util.LongAccumulator;

import java.io.Serializable;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

/** What a run restored: documents, tokens, edits, how many were judged spun, how many failed. */
public record JobSummary(long documents, long tokens, long edits, long spun, long failures) {

    /** One aggregation over restorations (read back from a job's output, say: no document is restored twice). */
    public static JobSummary of(Dataset<Row> restorations) {
        Row r = restorations.agg(
                count(lit(1)),
                coalesce(sum(col(RestorationSchema.TOKENS)), lit(0L)),
                coalesce(sum(col(RestorationSchema.EDIT_COUNT)), lit(0L)),
                coalesce(sum(when(col(RestorationSchema.SPUN), 1L).otherwise(0L)), lit(0L)),
                coalesce(sum(when(col(RestorationSchema.ERROR).isNotNull(), 1L).otherwise(0L)), lit(0L)))
                .first();
        return new JobSummary(r.getLong(0), r.getLong(1), r.getLong(2), r.getLong(3), r.getLong(4));
    }

    /**
     * Counts restorations as a job makes them, in accumulators: the summary of a job that writes
     * its restorations without reading them back. Spark applies a task's counts once per
     * partition when the restoring runs in the job's last stage, as it does when the
     * restorations are written (a retried or speculative copy of a task is not counted twice);
     * read {@link #summary()} after that job.
     */
    public static final class Counter implements Serializable {
        private final LongAccumulator documents;
        private final LongAccumulator tokens;
        private final LongAccumulator edits;
        private final LongAccumulator spun;
        private final LongAccumulator failures;

        public Counter(SparkContext spark) {
            this.documents = spark.longAccumulator("unspin documents");
            this.tokens = spark.longAccumulator("unspin tokens");
            this.edits = spark.longAccumulator("unspin edits");
            this.spun = spark.longAccumulator("unspin spun");
            this.failures = spark.longAccumulator("unspin failures");
        }

        /** One restoration. */
        void add(RestorationRecord restoration) {
            documents.add(1);
            tokens.add(restoration.tokens());
            edits.add(restoration.editCount());
            if (restoration.spun()) {
                spun.add(1);
            }
            if (restoration.error() != null) {
                failures.add(1);
            }
        }

        public JobSummary summary() {
            return new JobSummary(documents.value(), tokens.value(), edits.value(), spun.value(), failures.value());
        }
    }

    /** The share of restored documents that the rules judged spun. */
    public double spunShare() {
        long restored = documents - failures;
        return restored == 0 ? 0 : (double) spun / restored;
    }

    @Override
    public String toString() {
        return String.format("restored %d documents (%d tokens, %d edits), %.1f%% judged spun, %d failed",
                documents, tokens, edits, 100 * spunShare(), failures);
    }
}
