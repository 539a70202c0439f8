package org.unspin.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The files of a rules or lexicon folder, read whole, named as the user should see them in
 * messages ("lexicon/finance.tsv"). The folder is a directory on disk or, for the bundled
 * defaults, a folder on the classpath (inside the jar or in target/classes). Their bytes are
 * read as text by {@link TextFiles}, strictly.
 */
public final class DataFiles {

    /** One file: its display name and bytes. */
    public record DataFile(String name, byte[] bytes) { }

    private DataFiles() {
    }

    /**
     * Files directly in {@code dir} whose names end with one of {@code suffixes}, sorted by name.
     * A folder with none is an error naming it: pointed at the wrong folder, an engine would
     * otherwise run without rules or restore nothing, and say nothing.
     */
    public static List<DataFile> fromDirectory(Path dir, String... suffixes) {
        if (!Files.exists(dir)) {
            throw new UncheckedIOException(dir + ": no such directory", new NoSuchFileException(dir.toString()));
        }
        if (!Files.isDirectory(dir)) {
            throw new UncheckedIOException(dir + ": not a directory", new NotDirectoryException(dir.toString()));
        }
        String prefix = dir.getFileName() == null ? "" : dir.getFileName() + "/";
        List<DataFile> files = list(dir, prefix, suffixes);
        if (files.isEmpty()) {
            throw new UncheckedIOException(dir + ": no " + anyOf(suffixes) + " file in this folder",
                    new NoSuchFileException(dir.toString()));
        }
        return files;
    }

    /** ".drl, .dsl or .dslr". */
    private static String anyOf(String... suffixes) {
        int last = suffixes.length - 1;
        return last == 0 ? suffixes[0] : String.join(", ", List.of(suffixes).subList(0, last)) + " or " + suffixes[last];
    }

    /** Files of a classpath folder such as {@code unspin/lexicon}, named {@code lexicon/...}. */
    public static List<DataFile> fromClasspath(String folder, String... suffixes) {
        URL url = DataFiles.class.getClassLoader().getResource(folder);
        if (url == null) {
            throw new IllegalStateException("bundled folder " + folder + " is missing from the classpath");
        }
        String display = folder.substring(folder.lastIndexOf('/') + 1) + "/";
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                FileSystem fs;
                try {
                    fs = FileSystems.newFileSystem(uri, Map.of());
                } catch (FileSystemAlreadyExistsException e) {
                    fs = FileSystems.getFileSystem(uri);
                }
                return list(fs.provider().getPath(uri), display, suffixes);
            }
            return list(Path.of(uri), display, suffixes);
        } catch (URISyntaxException | IOException e) {
            throw new IllegalStateException("cannot read bundled folder " + folder + ": " + e.getMessage(), e);
        }
    }

    private static List<DataFile> list(Path dir, String displayPrefix, String... suffixes) {
        List<DataFile> files = new ArrayList<>();
        try (Stream<Path> stream = Files.list(dir)) {
            List<Path> paths = stream.filter(Files::isRegularFile)
                    .filter(p -> matches(p.getFileName().toString(), suffixes))
                    .sorted(Comparator.comparing(p -> p.getFileName().toString()))
                    .toList();
            for (Path p : paths) {
                try (InputStream in = Files.newInputStream(p)) {
                    files.add(new DataFile(displayPrefix + p.getFileName(), in.readAllBytes()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + dir + ": " + e.getMessage(), e);
        }
        return files;
    }

    private static boolean matches(String name, String... suffixes) {
        for (String s : suffixes) {
            if (name.endsWith(s)) {
                return true;
            }
        }
        return false;
    }
}
