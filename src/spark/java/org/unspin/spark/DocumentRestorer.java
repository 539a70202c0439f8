package org.unspin.spark;

import org.unspin.Restoration;
import org.unspin.RestoreOptions;
import org.unspin.Unspinner;
import org.unspin.workflow.SpinDetector;

import java.util.Iterator;

/**
 * Restores one document into one {@link RestorationRecord}, as {@code unspin restore --batch}
 * restores a file: same options, same spin-risk score, and a document that faults (a rule that
 * throws or loops, a pathological input) becomes a record with its error instead of ending the
 * job. Both ways the job runs (Spark SQL rows, {@link SparkRestorer}; JSON lines, {@link JsonLinesJob})
 * restore through it.
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

    /**
     * One partition on an executor: the executor's engine (built once, {@link ExecutorEngines})
     * over its documents, one at a time as they are asked for, each counted into {@code counter}
     * (null: none).
     */
    static Iterator<RestorationRecord> restoreAll(EngineSource engine, boolean assumeSpun, JobSummary.Counter counter,
                                                  Iterator<CorpusDocument> documents) {
        DocumentRestorer restorer = new DocumentRestorer(ExecutorEngines.get(engine), new RestoreOptions(assumeSpun));
        return MappedIterator.map(documents, document -> {
            RestorationRecord restoration = restorer.restore(document);
            if (counter != null) {
                counter.add(restoration);
            }
            return restoration;
        });
    }

    RestorationRecord restore(CorpusDocument document) {
        long started = System.nanoTime();
        String text = document.text();
        if (text == null) {
            return RestorationRecord.failure(document, millisSince(started), "the document has no text");
        }
        try {
            Restoration r = engine.restore(text, options);
            // as --batch: the risk reuses the restoration when it was made as the detector makes it
            double risk = (options.assumeSpun() ? detector.assess(text) : detector.assess(text, r)).score();
            return new RestorationRecord(document.id(), document.url(), document.date(), r.text(), r.edits(), r.tokens(),
                    r.editCount(), r.documentSpun(), risk, millisSince(started), null);
        } catch (RuntimeException | OutOfMemoryError | StackOverflowError e) {
            return RestorationRecord.failure(document, millisSince(started),
                    e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        }
    }

    private static long millisSince(long started) {
        return (System.nanoTime() - started) / 1_000_000;
    }
}
