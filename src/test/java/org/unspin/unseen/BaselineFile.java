package org.unspin.unseen;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * A committed baseline of figures: TSV, {@code #} comments, a header line, one row per key; "n/a"
 * for a figure that is undefined (precision without edits). Run a test with
 * {@code -Dunspin.updateBaselines=true} to rewrite its baseline from the current engine.
 */
final class BaselineFile {

    static final String NOT_AVAILABLE = "n/a";

    private BaselineFile() {
    }

    /** Whether this run rewrites baselines instead of checking them. */
    static boolean updating() {
        return Boolean.getBoolean("unspin.updateBaselines");
    }

    /** Rows by their first cell; each row holds the cells after it. Empty when the file does not exist. */
    static Map<String, List<String>> read(Path file) throws IOException {
        Map<String, List<String>> rows = new LinkedHashMap<>();
        if (!Files.exists(file)) {
            return rows;
        }
        boolean header = true;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            if (header) { // the first line that is no comment names the columns
                header = false;
                continue;
            }
            String[] cells = line.split("\t");
            rows.put(cells[0], Arrays.asList(cells).subList(1, cells.length));
        }
        return rows;
    }

    static void write(Path file, String comment, String header, List<List<String>> rows) throws IOException {
        StringBuilder b = new StringBuilder();
        for (String line : comment.split("\n")) {
            b.append("# ").append(line).append('\n');
        }
        b.append(header).append('\n');
        for (List<String> row : rows) {
            b.append(String.join("\t", row)).append('\n');
        }
        Files.writeString(file, b.toString(), StandardCharsets.UTF_8);
    }

    static OptionalDouble number(String cell) {
        return cell == null || cell.equals(NOT_AVAILABLE) ? OptionalDouble.empty() : OptionalDouble.of(Double.parseDouble(cell));
    }

    /** {@code value} with {@code decimals} decimals, or "n/a". */
    static String format(OptionalDouble value, int decimals) {
        return value.isPresent() ? String.format(Locale.ROOT, "%." + decimals + "f", value.getAsDouble()) : NOT_AVAILABLE;
    }

    /** num / den, undefined when den is 0. */
    static OptionalDouble ratio(long num, long den) {
        return den == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) num / den);
    }
}
