package org.unspin.cli;

import org.unspin.io.DataFiles;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads input text: a file or "-" for standard input, decoded as UTF-8. Bytes that are not UTF-8
 * become U+FFFD with a warning on stderr, never an error: scraped text is often broken.
 */
final class InputFiles {

    private InputFiles() {
    }

    static String read(String name) throws IOException {
        byte[] bytes;
        if (name == null || name.equals("-")) {
            bytes = System.in.readAllBytes();
            name = "standard input";
        } else {
            Path p = Path.of(name);
            if (Files.isDirectory(p)) {
                throw new UsageException(name + ": is a directory, not a file");
            }
            if (!Files.exists(p)) {
                throw new UsageException(name + ": no such file");
            }
            if (!Files.isReadable(p)) {
                throw new UsageException(name + ": cannot be read (permission denied)");
            }
            try (InputStream in = Files.newInputStream(p)) {
                bytes = in.readAllBytes();
            } catch (NoSuchFileException e) {
                throw new UsageException(name + ": no such file");
            }
        }
        return decode(name, bytes);
    }

    static String decode(String name, byte[] bytes) {
        int bad = DataFiles.firstNonUtf8Byte(bytes);
        if (bad >= 0) {
            System.err.println("warning: " + name + ": bytes that are not UTF-8 (the first at byte " + bad + ") were replaced by U+FFFD");
        }
        String s = new String(bytes, StandardCharsets.UTF_8);
        return s.startsWith("\uFEFF") ? s.substring(1) : s;
    }
}
