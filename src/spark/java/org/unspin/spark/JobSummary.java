package org.unspin.spark;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

/** What a run restored: documents, tokens, edits, how many were judged spun, how many failed. */
public record JobSummary(long documents, long tokens, long edits, long spun, long failures) {

    /** One aggregation over restorations (read back from the job's output: no document is restored twice). */
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
