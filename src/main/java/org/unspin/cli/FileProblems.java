package org.unspin.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;

/**
 * Says what went wrong with a file in one line that names the path and the reason: the JDK's
 * messages name only the path ("/no/such/dir/out.txt"), which reads as no reason at all.
 */
final class FileProblems {

    private FileProblems() {
    }

    /** "cannot write /no/such/dir/out.txt: no such directory /no/such/dir". */
    static UsageException cannotWrite(Path path, IOException e) {
        return new UsageException("cannot write " + path + ": " + reason(path, e));
    }

    /** A one-line message for any I/O failure, naming the file where the exception does. */
    static String describe(Throwable e) {
        if (e instanceof FileSystemException f && f.getFile() != null) {
            return f.getFile() + ": " + reason(Path.of(f.getFile()), f);
        }
        if (e instanceof UncheckedIOException u && u.getCause() instanceof FileSystemException f
                && u.getMessage().equals(f.toString())) {
            return describe(f); // wrapped without a message of its own
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private static String reason(Path path, IOException e) {
        if (e instanceof NoSuchFileException) {
            Path parent = path.toAbsolutePath().getParent();
            return parent != null && !java.nio.file.Files.isDirectory(parent) ? "no such directory " + path.getParent() : "no such file";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NotDirectoryException) {
            return "not a directory";
        }
        if (e instanceof FileAlreadyExistsException) {
            return "already exists";
        }
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return f.getReason();
        }
        String message = e.getMessage();
        return message == null ? e.getClass().getSimpleName() : message.replaceAll("\\s+", " ");
    }
}
