package org.unspin.spark;

import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/** Column names and types of the documents the job reads and of the restorations it writes. */
public final class RestorationSchema {

    public static final String ID = "id";
    public static final String URL = "url";
    public static final String DATE = "date";
    public static final String TEXT = "text";
    public static final String EDITS = "edits";
    public static final String TOKENS = "tokens";
    public static final String EDIT_COUNT = "edit_count";
    public static final String SPUN = "spun";
    public static final String SPIN_RISK = "spin_risk";
    public static final String MILLISECONDS = "milliseconds";
    public static final String ERROR = "error";

    /** A document: id, where it was found (null when unknown), when it was captured, its text. */
    public static final StructType DOCUMENT = new StructType()
            .add(ID, DataTypes.StringType, false)
            .add(URL, DataTypes.StringType, true)
            .add(DATE, DataTypes.TimestampType, true)
            .add(TEXT, DataTypes.StringType, true);

    /** One edit, as org.unspin.Edit: offsets into the document's text, before and after, who decided it. */
    public static final StructType EDIT = new StructType()
            .add("start", DataTypes.IntegerType, false)
            .add("end", DataTypes.IntegerType, false)
            .add("before", DataTypes.StringType, false)
            .add("after", DataTypes.StringType, false)
            .add("stage", DataTypes.StringType, true)
            .add("kind", DataTypes.StringType, true)
            .add("rule", DataTypes.StringType, true)
            .add("source", DataTypes.StringType, true)
            .add("entry", DataTypes.StringType, true)
            .add("confidence", DataTypes.DoubleType, false)
            .add("reason", DataTypes.StringType, true);

    /**
     * A restoration: the document's id, url and date, the restored text, its edits and counts,
     * whether the rules judged it spun and its spin-risk score (0 to 100, as {@code unspin detect}),
     * the milliseconds it took; or, for a document that could not be restored, null text and the error.
     */
    public static final StructType RESTORATION = new StructType()
            .add(ID, DataTypes.StringType, false)
            .add(URL, DataTypes.StringType, true)
            .add(DATE, DataTypes.TimestampType, true)
            .add(TEXT, DataTypes.StringType, true)
            .add(EDITS, DataTypes.createArrayType(EDIT, false), true)
            .add(TOKENS, DataTypes.IntegerType, false)
            .add(EDIT_COUNT, DataTypes.IntegerType, false)
            .add(SPUN, DataTypes.BooleanType, false)
            .add(SPIN_RISK, DataTypes.DoubleType, false)
            .add(MILLISECONDS, DataTypes.LongType, false)
            .add(ERROR, DataTypes.StringType, true);

    private RestorationSchema() {
    }
}
