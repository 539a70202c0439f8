package org.unspin.spark;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.unspin.Edit;
import org.unspin.Restoration;
import org.unspin.RestoreOptions;
import org.unspin.Unspinner;
import org.unspin.workflow.SpinDetector;

import java.util.ArrayList;
import java.util.List;

/**
 * Restores one document row into one restoration row ({@link RestorationSchema}), as
 * {@code unspin restore --batch} restores a file: same options, same spin-risk score, and a
 * document that faults (a rule that throws or loops, a pathological input) becomes a row with
 * its error instead of ending the job.
 */
final class DocumentRestorer {

    private final Unspinner engine;
    private final SpinDetector detector;
    private final RestoreOptions options;

    DocumentRestorer(Unspinner engine, RestoreOptions options) {
        this.engine = engine;
        this.detector = new SpinDetector(engine);
        this.options = options;
    }

    /** {@code document} has the columns of {@link RestorationSchema#DOCUMENT}, in that order. */
    Row restore(Row document) {
        String id = document.getString(0);
        Object url = document.get(1);
        Object date = document.get(2);
        long started = System.nanoTime();
        if (document.isNullAt(3)) {
            return failure(id, url, date, started, "the document has no text");
        }
        String text = document.getString(3);
        try {
            Restoration r = engine.restore(text, options);
            // as --batch: the risk reuses the restoration when it was made as the detector makes it
            double risk = (options.assumeSpun() ? detector.assess(text) : detector.assess(text, r)).score();
            return RowFactory.create(id, url, date, r.text(), edits(r), r.tokens(), r.editCount(), r.documentSpun(), risk,
                    millisSince(started), null);
        } catch (RuntimeException | OutOfMemoryError | StackOverflowError e) {
            return failure(id, url, date, started, e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        }
    }

    private static Row[] edits(Restoration r) {
        List<Row> rows = new ArrayList<>(r.editCount());
        for (Edit e : r.edits()) {
            rows.add(RowFactory.create(e.start(), e.end(), e.before(), e.after(), e.stage(), e.kind(), e.rule(), e.source(),
                    e.entry(), e.confidence(), e.reason()));
        }
        return rows.toArray(new Row[0]);
    }

    private static Row failure(String id, Object url, Object date, long started, String error) {
        return RowFactory.create(id, url, date, null, null, 0, 0, false, 0.0, millisSince(started), error);
    }

    private static long millisSince(long started) {
        return (System.nanoTime() - started) / 1_000_000;
    }
}
