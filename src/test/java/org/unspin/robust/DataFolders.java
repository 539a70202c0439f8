package org.unspin.robust;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Copies of the bundled rules/ and lexicon/ folders, for tests that break or extend them. */
final class DataFolders {

    private DataFolders() {
    }

    /** {@code root/rules}, a copy of the bundled rules. */
    static Path copyRules(Path root) throws IOException {
        return copy(Path.of("rules"), root.resolve("rules"));
    }

    /** {@code root/lexicon}, a copy of the bundled lexicon. */
    static Path copyLexicon(Path root) throws IOException {
        return copy(Path.of("lexicon"), root.resolve("lexicon"));
    }

    private static Path copy(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(from)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Files.copy(f, to.resolve(f.getFileName()));
            }
        }
        return to;
    }
}
