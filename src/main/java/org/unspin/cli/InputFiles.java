package org.unspin.cli;

import org.unspin.io.TextFiles;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * Reads a document every command takes: a file or "-" for standard input, decoded as
 * {@link TextFiles#document} does (UTF-8, byte-order mark dropped, bytes that are not UTF-8
 * become U+FFFD with a warning on stderr, never an error: scraped text is often broken).
 */
final class InputFiles {

    /** Said on stderr before reading a terminal: a command waiting for typed text looks hung. */
    static final String TERMINAL_HINT = "unspin: reading the text from the terminal: type or paste it, then press "
            + "Ctrl-D on a line of its own (or give a FILE; --help for more)";

    /** Whether standard input is a terminal; {@code System.console()} is there only for one. Tests replace it. */
    static BooleanSupplier stdinIsTerminal = () -> System.console() != null;

    private InputFiles() {
    }

    static String read(String name) throws IOException {
        byte[] bytes;
        if (name == null || name.equals("-")) {
            if (stdinIsTerminal.getAsBoolean()) {
                System.err.println(TERMINAL_HINT);
            }
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
        return decode(bytes, warning -> System.err.println("warning: " + name + ": " + warning));
    }

    /** Decodes as {@link #decode(String, byte[])} does, handing the warning (if any) to {@code warnings}. */
    static String decode(byte[] bytes, Consumer<String> warnings) {
        return TextFiles.document(bytes, warnings);
    }
}
