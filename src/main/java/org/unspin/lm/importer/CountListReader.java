package org.unspin.lm.importer;

import org.unspin.io.TextFiles;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads one of SymSpell's frequency dictionaries: per line {@code words} words and a count,
 * separated by spaces (a leading byte-order mark and CRLF endings are accepted). Words must be
 * lower case letters and apostrophes, as in the Google Books lists; anything else is an error
 * naming the file and line, since it would mean a different input than the one documented.
 */
public final class CountListReader {

    private static final Pattern WORD = Pattern.compile("[a-z']+");

    private CountListReader() {
    }

    public static List<CountedTerm> read(Path file, int words) throws IOException {
        List<String> lines = TextFiles.strictLines(file);
        List<CountedTerm> out = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            String[] parts = line.strip().split(" +");
            if (parts.length != words + 1) {
                throw problem(file, i, "expected " + words + " word(s) and a count");
            }
            for (int w = 0; w < words; w++) {
                if (!WORD.matcher(parts[w]).matches()) {
                    throw problem(file, i, "not a lower-case word: " + parts[w]);
                }
            }
            long count;
            try {
                count = Long.parseLong(parts[words]);
            } catch (NumberFormatException e) {
                throw problem(file, i, "not a count: " + parts[words]);
            }
            if (count <= 0) {
                throw problem(file, i, "count must be positive");
            }
            out.add(new CountedTerm(String.join(" ", List.of(parts).subList(0, words)), count));
        }
        return out;
    }

    private static IOException problem(Path file, int index, String message) {
        return new IOException(file + ":" + (index + 1) + ": " + message);
    }
}
