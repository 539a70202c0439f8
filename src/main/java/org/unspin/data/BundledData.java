package org.unspin.data;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.zip.GZIPInputStream;

/** Reads the gzip files bundled under {@code unspin/data/} on the classpath (in the jar or target/classes). */
public final class BundledData {

    private BundledData() {
    }

    /** The decompressed bytes of the classpath resource {@code path}, e.g. {@code unspin/data/moby/thesaurus.bin.gz}. */
    public static byte[] gunzip(String path) {
        InputStream raw = BundledData.class.getClassLoader().getResourceAsStream(path);
        if (raw == null) {
            throw new IllegalStateException("bundled data " + path + " is missing from the classpath");
        }
        try (InputStream in = new GZIPInputStream(raw, 1 << 16)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read bundled data " + path + ": " + e.getMessage(), e);
        }
    }
}
