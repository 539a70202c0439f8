package org.unspin.lexicon.importer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** The data rows of a small hand-written TSV: header row and {@code #} comments skipped, cells trimmed. */
final class ResourceTsv {

    private ResourceTsv() {
    }

    /** Rows of a classpath resource, each padded to {@code columns} cells. */
    static List<String[]> read(String resource, int columns) {
        try (InputStream in = ResourceTsv.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the classpath");
            }
            return rows(new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList(), columns);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Rows keyed by their first cell read as a phrase (its words, as {@code phraseWords} gives them,
     * joined by spaces), in file order; a later row for the same phrase wins.
     */
    static <V> Map<String, V> byPhrase(List<String[]> rows, Function<String, List<String>> phraseWords, Function<String[], V> value) {
        Map<String, V> byPhrase = new LinkedHashMap<>();
        for (String[] row : rows) {
            byPhrase.put(String.join(" ", phraseWords.apply(row[0])), value.apply(row));
        }
        return byPhrase;
    }

    static List<String[]> rows(List<String> lines, int columns) {
        List<String[]> rows = new ArrayList<>();
        boolean header = true;
        for (String line : lines) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            if (header) {
                header = false;
                continue;
            }
            String[] cells = Arrays.copyOf(line.split("\t", -1), columns);
            for (int i = 0; i < columns; i++) {
                cells[i] = cells[i] == null ? "" : cells[i].trim();
            }
            rows.add(cells);
        }
        return rows;
    }
}
