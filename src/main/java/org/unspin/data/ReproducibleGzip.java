package org.unspin.data;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

/**
 * Writes gzip files that depend on their content only: Java's gzip header carries no file name
 * and a zero time stamp, and the compression level is fixed, so an import run again on the same
 * input (and the same JDK's zlib) gives the same bytes.
 */
public final class ReproducibleGzip {

    private ReproducibleGzip() {
    }

    public static void write(Path file, byte[] content) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try (OutputStream out = new BestCompression(Files.newOutputStream(file))) {
            out.write(content);
        }
    }

    private static final class BestCompression extends GZIPOutputStream {
        BestCompression(OutputStream out) throws IOException {
            super(out, 1 << 16);
            def.setLevel(Deflater.BEST_COMPRESSION);
        }
    }
}
