package org.unspin.lexicon;

import org.unspin.io.TextFiles;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A tab-separated file as linguists write it: UTF-8, a header row naming the columns, lines
 * starting with {@code #} and blank lines ignored. A byte-order mark, CRLF or CR endings and bytes
 * that are not UTF-8 are each reported against their line; rows keep their 1-based line numbers.
 */
public final class TsvFile {

    /** A data row: cells by column name (missing trailing cells read as empty). */
    public record Row(int line, List<String> cells, Map<String, Integer> columns) {
        public String get(String column) {
            Integer i = columns.get(column);
            return i == null || i >= cells.size() ? "" : cells.get(i).trim();
        }
    }

    private final String name;
    private final List<String> header;
    private final Map<String, Integer> columns;
    private final int headerLine;
    private final List<Row> rows;
    private final List<LexiconProblem> problems;

    private TsvFile(String name, List<String> header, Map<String, Integer> columns, int headerLine,
                    List<Row> rows, List<LexiconProblem> problems, boolean generated) {
        this.name = name;
        this.generated = generated;
        this.header = header;
        this.columns = columns;
        this.headerLine = headerLine;
        this.rows = rows;
        this.problems = problems;
    }

    /** The comment that marks a file written by a program (an importer), not by hand. */
    public static final String GENERATED = "# Generated";

    private final boolean generated;

    /** Whether a comment line starts with {@value #GENERATED}: the file is written by a program, not by hand. */
    public boolean generated() {
        return generated;
    }

    public static TsvFile parse(String name, byte[] bytes) {
        List<LexiconProblem> problems = new ArrayList<>();
        List<String> lines = decodeLines(name, bytes, problems);
        List<String> header = null;
        Map<String, Integer> columns = new HashMap<>();
        int headerLine = 0;
        List<Row> rows = new ArrayList<>();
        boolean generated = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            int lineNo = i + 1;
            if (line.isBlank() || line.startsWith("#")) {
                generated |= line.startsWith(GENERATED);
                continue;
            }
            List<String> cells = List.of(line.split("\t", -1));
            if (header == null) {
                header = new ArrayList<>();
                for (int c = 0; c < cells.size(); c++) {
                    String col = cells.get(c).trim().toLowerCase(Locale.ROOT);
                    if (col.isEmpty()) {
                        problems.add(LexiconProblem.error(name, lineNo, "header column " + (c + 1) + " has no name"));
                    } else if (columns.putIfAbsent(col, c) != null) {
                        problems.add(LexiconProblem.error(name, lineNo, "header names column '" + col + "' twice"));
                    }
                    header.add(col);
                }
                headerLine = lineNo;
                continue;
            }
            if (cells.size() > header.size()) {
                problems.add(LexiconProblem.error(name, lineNo, "row has " + cells.size() + " columns, the header has "
                        + header.size() + " (a stray tab?)"));
                continue;
            }
            rows.add(new Row(lineNo, cells, columns));
        }
        if (header == null) {
            header = List.of();
        }
        return new TsvFile(name, Collections.unmodifiableList(header), Collections.unmodifiableMap(columns), headerLine,
                Collections.unmodifiableList(rows), problems, generated);
    }

    private static List<String> decodeLines(String name, byte[] bytes, List<LexiconProblem> problems) {
        int offset = 0;
        if (TextFiles.startsWithByteOrderMark(bytes)) {
            problems.add(LexiconProblem.warning(name, 1, "starts with a byte-order mark (ignored)"));
            offset = 3;
        }
        List<String> lines = new ArrayList<>();
        boolean crlfReported = false;
        boolean crReported = false;
        int start = offset;
        int lineNo = 1;
        for (int i = offset; i <= bytes.length; i++) {
            // a CR alone ends a line too (old Mac editors): read as one line, the file would fail as an unknown header
            boolean loneCr = i < bytes.length && bytes[i] == '\r' && (i + 1 == bytes.length || bytes[i + 1] != '\n');
            if (loneCr && !crReported) {
                problems.add(LexiconProblem.warning(name, lineNo, "CR line endings (read as LF)"));
                crReported = true;
            }
            if (i == bytes.length || bytes[i] == '\n' || loneCr) {
                int end = i;
                if (end > start && bytes[end - 1] == '\r') {
                    end--;
                    if (!crlfReported) {
                        problems.add(LexiconProblem.warning(name, lineNo, "CRLF line endings (read as LF)"));
                        crlfReported = true;
                    }
                }
                if (i == bytes.length && start == end) {
                    break;
                }
                lines.add(decodeLine(name, lineNo, bytes, start, end, problems));
                start = i + 1;
                lineNo++;
            }
        }
        return lines;
    }

    private static String decodeLine(String name, int lineNo, byte[] bytes, int start, int end, List<LexiconProblem> problems) {
        String line = TextFiles.strict(bytes, start, end);
        if (line == null) {
            problems.add(LexiconProblem.error(name, lineNo, "bytes that are not UTF-8 (line skipped)"));
            return "# undecodable line";
        }
        return line;
    }

    public String name() {
        return name;
    }

    public List<String> header() {
        return header;
    }

    public boolean hasColumn(String column) {
        return columns.containsKey(column);
    }

    public int headerLine() {
        return headerLine;
    }

    public List<Row> rows() {
        return rows;
    }

    public List<LexiconProblem> problems() {
        return problems;
    }
}
