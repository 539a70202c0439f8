package org.unspin.thesaurus.importer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads Moby's words.txt: one entry a line (CRLF in the npm package), the head, then the listed
 * terms, all separated by commas. The file is ASCII; it is read as ISO-8859-1 so that a stray
 * byte cannot fail the import (the shape filter drops such terms).
 */
public final class MobyReader {

    private MobyReader() {
    }

    public static List<MobyEntry> read(Path wordsTxt) throws IOException {
        List<MobyEntry> entries = new ArrayList<>();
        for (String line : Files.readAllLines(wordsTxt, StandardCharsets.ISO_8859_1)) {
            if (line.isBlank()) {
                continue;
            }
            String[] fields = line.split(",", -1);
            entries.add(new MobyEntry(fields[0], List.of(fields).subList(1, fields.length)));
        }
        return entries;
    }
}
