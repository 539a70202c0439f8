package org.unspin.lexicon.importer;

import org.unspin.io.TextFiles;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads pps_pairs.tsv: {@code spun <TAB> expected <TAB> num_papers <TAB> pps_query}, lines
 * starting with {@code #} ignored. A row that does not have that shape is kept with
 * {@code papers = -1} so the importer can count it as malformed instead of failing.
 */
public final class PpsPairReader {

    private PpsPairReader() {
    }

    public static List<PpsPair> read(Path file) throws IOException {
        return parse(TextFiles.strictLines(file));
    }

    public static List<PpsPair> parse(List<String> lines) {
        List<PpsPair> pairs = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\t", -1);
            String spun = cells[0];
            String expected = cells.length > 1 ? cells[1] : "";
            String query = cells.length > 3 ? cells[3] : "";
            int papers = -1;
            if (cells.length > 2) {
                try {
                    papers = Integer.parseInt(cells[2].trim());
                } catch (NumberFormatException e) {
                    papers = -1;
                }
            }
            pairs.add(new PpsPair(spun, expected, papers, query, i + 1));
        }
        return pairs;
    }
}
