package org.unspin.lm;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.Arrays;

/**
 * Reads the ARPA text format line by line into an {@link ArpaModel.Builder}: text before
 * {@code \data\} is ignored, then the {@code ngram N=count} lines, one {@code \N-grams:} section
 * per order with exactly the declared number of lines ({@code log10prob w1 .. wN [log10backoff]},
 * fields separated by spaces or tabs), and {@code \end\}. Every problem is reported as
 * {@code file:line: message}.
 */
final class ArpaParser {
    private static final int MAX_PER_ORDER = 1 << 29;

    private final String name;
    private final BufferedReader reader;
    private long lineNumber;
    private String line;
    private final String[] fields = new String[ArpaModel.MAX_ORDER + 2];

    ArpaParser(String name, BufferedReader reader) {
        this.name = name;
        this.reader = reader;
    }

    ArpaModel parse() throws IOException {
        do {
            if (!next()) {
                throw problem("no \\data\\ section: not an ARPA language model");
            }
        } while (!line.strip().equals("\\data\\"));
        int[] counts = readCounts();
        ArpaModel.Builder builder = new ArpaModel.Builder(name, counts);
        WordIds vocabulary = readUnigrams(counts[0], builder);
        int[] ids = new int[counts.length];
        for (int n = 2; n <= counts.length; n++) {
            readNgrams(n, counts[n - 1], counts.length, vocabulary, ids, builder);
        }
        if (!nextNonBlank() || !line.strip().equals("\\end\\")) {
            throw problem("expected \\end\\ after the " + counts.length + "-grams");
        }
        return builder.build();
    }

    private int[] readCounts() throws IOException {
        int[] counts = new int[ArpaModel.MAX_ORDER];
        int order = 0;
        while (nextNonBlank() && line.startsWith("ngram ")) {
            String declaration = line.substring("ngram ".length()).strip();
            int equals = declaration.indexOf('=');
            int n;
            long count;
            try {
                n = Integer.parseInt(declaration.substring(0, Math.max(0, equals)).strip());
                count = Long.parseLong(declaration.substring(equals + 1).strip());
            } catch (NumberFormatException e) {
                throw problem("expected \"ngram N=COUNT\"");
            }
            if (n != order + 1) {
                throw problem("ngram " + n + " declared after ngram " + order);
            }
            if (n > ArpaModel.MAX_ORDER) {
                throw problem("order " + n + " is above the supported " + ArpaModel.MAX_ORDER);
            }
            if (count < 0 || count >= MAX_PER_ORDER || (n == 1 && count == 0)) {
                throw problem("count " + count + " is out of range");
            }
            counts[order++] = (int) count;
        }
        if (order == 0) {
            throw problem("no \"ngram 1=COUNT\" line after \\data\\");
        }
        expectSectionHeader(1);
        return Arrays.copyOf(counts, order);
    }

    private WordIds readUnigrams(int count, ArpaModel.Builder builder) throws IOException {
        String[] words = new String[count];
        long[] lines = new long[count];
        for (int id = 0; id < count; id++) {
            int n = nextEntry(1, count, id);
            lines[id] = lineNumber;
            float prob = probability(fields[0]);
            float backoff = n == 3 ? number(fields[2]) : 0f;
            words[id] = fields[1];
            builder.unigram(id, fields[1], prob, backoff);
        }
        WordIds vocabulary = new WordIds(words);
        for (int id = 0; id < count; id++) {
            if (vocabulary.id(words[id]) != id) {
                throw new LanguageModelFormatException(name, lines[id], "1-gram \"" + words[id] + "\" is listed twice (first on line "
                        + lines[vocabulary.id(words[id])] + ")");
            }
        }
        return vocabulary;
    }

    private void readNgrams(int n, int count, int order, WordIds vocabulary, int[] ids, ArpaModel.Builder builder) throws IOException {
        expectSectionHeader(n);
        for (int i = 0; i < count; i++) {
            int fieldCount = nextEntry(n, count, i);
            float prob = probability(fields[0]);
            for (int k = 0; k < n; k++) {
                ids[k] = vocabulary.id(fields[k + 1]);
                if (ids[k] == LanguageModel.UNKNOWN) {
                    throw problem("\"" + fields[k + 1] + "\" is not among the 1-grams");
                }
            }
            // a back-off weight on the highest order means nothing; some tools write one anyway
            float backoff = fieldCount == n + 2 && n < order ? number(fields[n + 1]) : 0f;
            if (!builder.ngram(ids, n, prob, backoff)) {
                throw problem("this " + n + "-gram is listed twice");
            }
        }
    }

    private void expectSectionHeader(int n) throws IOException {
        String header = "\\" + n + "-grams:";
        if (line == null || !line.strip().equals(header)) {
            if (!nextNonBlank() || !line.strip().equals(header)) {
                throw problem("expected " + header);
            }
        }
    }

    /** reads the next line of a section into {@link #fields}; returns the number of fields */
    private int nextEntry(int n, int count, int index) throws IOException {
        if (!nextNonBlank() || line.startsWith("\\")) {
            throw problem("the \\" + n + "-grams section ends after " + index + " of the " + count + " lines that \\data\\ declares");
        }
        int fieldCount = split(line);
        if (fieldCount != n + 1 && fieldCount != n + 2) {
            throw problem("expected a log10 probability, " + n + (n == 1 ? " word" : " words") + " and an optional back-off weight");
        }
        return fieldCount;
    }

    /** splits at spaces and tabs into {@link #fields}; returns the number of fields, capped one above the most a line may have */
    private int split(String text) {
        int count = 0;
        int i = 0;
        int length = text.length();
        while (i < length && count < fields.length) {
            while (i < length && isSeparator(text.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < length && !isSeparator(text.charAt(i))) {
                i++;
            }
            if (i > start) {
                fields[count++] = text.substring(start, i);
            }
        }
        return count;
    }

    private static boolean isSeparator(char c) {
        return c == ' ' || c == '\t' || c == '\r';
    }

    private float probability(String field) throws LanguageModelFormatException {
        float value = number(field);
        if (value > 0f) {
            throw problem("log10 probability " + field + " is above 0");
        }
        return value;
    }

    private float number(String field) throws LanguageModelFormatException {
        try {
            float value = Float.parseFloat(field);
            if (!Float.isNaN(value)) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw problem("\"" + field + "\" is not a number");
    }

    private boolean nextNonBlank() throws IOException {
        while (next()) {
            if (!line.isBlank()) {
                return true;
            }
        }
        return false;
    }

    private boolean next() throws IOException {
        line = reader.readLine();
        if (line == null) {
            return false;
        }
        lineNumber++;
        return true;
    }

    private LanguageModelFormatException problem(String message) {
        return new LanguageModelFormatException(name, Math.max(1, lineNumber), message);
    }
}
