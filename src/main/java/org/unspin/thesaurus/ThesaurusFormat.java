package org.unspin.thesaurus;

/**
 * The layout of {@code unspin/data/moby/thesaurus.bin.gz}, written by
 * {@code org.unspin.thesaurus.importer.ThesaurusWriter} and read by {@link MobyThesaurus}.
 * Inside the gzip, all integers are {@link org.unspin.data.Varint}s:
 * <pre>
 * "UNSPIN THESAURUS 1\n"
 * termCount
 * termCount x (shared, suffixLength, suffix bytes)   terms in ascending byte order, each sharing
 *                                                   {@code shared} leading bytes with the one before
 * linkCount
 * termCount x (n, n x gap)                          for term id 0, 1, ...: the ids of the terms it
 *                                                   lists as a head, ascending; the first gap is the
 *                                                   first id, each next gap the difference
 * </pre>
 * Only the forward direction (head -> listed) is stored; the reverse index is built at load.
 */
public final class ThesaurusFormat {

    /** Where the bundled thesaurus sits on the classpath. */
    public static final String BUNDLED = "unspin/data/moby/thesaurus.bin.gz";

    /** The first bytes of the decompressed file; the number is the format version. */
    public static final String HEADER = "UNSPIN THESAURUS 1\n";

    private ThesaurusFormat() {
    }
}
