package org.unspin.lexicon.importer;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Hand-written usage examples for science entries, kept apart from the screener's data so a
 * regenerated lexicon keeps them: {@code spun <TAB> example <TAB> clean}, where example reads
 * {@code spun sentence => restored sentence} and clean uses the expected phrase and must come
 * out unchanged.
 */
public final class CarrierSentences {

    public static final String RESOURCE = "/org/unspin/lexicon/importer/science-examples.tsv";

    public record Carrier(String spun, String example, String clean) { }

    private CarrierSentences() {
    }

    /** The bundled examples, keyed by spun phrase (lower-case tokens joined by spaces). */
    public static Map<String, Carrier> bundled(Function<String, List<String>> phraseWords) {
        return byPhrase(ResourceTsv.read(RESOURCE, 3), phraseWords);
    }

    public static Map<String, Carrier> parse(List<String> lines, Function<String, List<String>> phraseWords) {
        return byPhrase(ResourceTsv.rows(lines, 3), phraseWords);
    }

    private static Map<String, Carrier> byPhrase(List<String[]> rows, Function<String, List<String>> phraseWords) {
        return ResourceTsv.byPhrase(rows, phraseWords, row -> new Carrier(row[0], row[1], row[2]));
    }
}
