package org.unspin.spark;

import java.io.Serializable;

/**
 * One document to restore, as read from a corpus: its id, where it was found and when (null when
 * unknown), and its text (null when it has none). {@code date} is carried over as the reader gave
 * it: a {@link java.sql.Timestamp} (or a {@link java.time.Instant} from a session that uses Java 8
 * time types).
 */
record CorpusDocument(String id, String url, Object date, String text) implements Serializable {
}
