package org.unspin.spark;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.netpreserve.jwarc.WarcConversion;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcTargetRecord;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.Timestamp;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Optional;

/**
 * The documents of one WARC or WET file (plain or gzip'ed), read one record at a time: every
 * {@code conversion} record (the plain text of a WET file) and every {@code resource} record,
 * as a row of {@link RestorationSchema#DOCUMENT} with the record id, target URL and date.
 * Other records (warcinfo, request, response, metadata) hold no document text and are passed over.
 */
final class WarcDocuments implements Iterator<Row>, AutoCloseable {

    private final String file;
    private final WarcReader reader;
    private Row next;

    WarcDocuments(String file, InputStream in) throws IOException {
        this.file = file;
        this.reader = new WarcReader(in);
    }

    @Override
    public boolean hasNext() {
        if (next == null) {
            next = read();
        }
        return next != null;
    }

    @Override
    public Row next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        Row row = next;
        next = null;
        return row;
    }

    /** The next document, or null (and the reader closed) at the end of the file. */
    private Row read() {
        try {
            for (Optional<WarcRecord> record = reader.next(); record.isPresent(); record = reader.next()) {
                if (record.get() instanceof WarcConversion || record.get() instanceof WarcResource) {
                    WarcTargetRecord r = (WarcTargetRecord) record.get();
                    byte[] body = r.body().stream().readAllBytes();
                    return RowFactory.create(r.id().toString(), r.target(), Timestamp.from(r.date()), TextDecoding.utf8(body));
                }
            }
            close();
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }

    void closeQuietly() {
        try {
            close();
        } catch (IOException e) {
            // the task is over: nothing is read from it any more
        }
    }
}
