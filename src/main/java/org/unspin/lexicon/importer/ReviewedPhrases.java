package org.unspin.lexicon.importer;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Tortured phrases that a reader found in ordinary English although no automatic test catches
 * them ("elderly folks", "heart ailments", "limited motivation"): {@code spun <TAB> reason}.
 * Their entries are made weak.
 */
public final class ReviewedPhrases {

    public static final String RESOURCE = "/org/unspin/lexicon/importer/science-review.tsv";

    private ReviewedPhrases() {
    }

    /** The bundled verdicts: reason by spun phrase (lower-case tokens joined by spaces). */
    public static Map<String, String> bundled(Function<String, List<String>> phraseWords) {
        return byPhrase(ResourceTsv.read(RESOURCE, 2), phraseWords);
    }

    public static Map<String, String> parse(List<String> lines, Function<String, List<String>> phraseWords) {
        return byPhrase(ResourceTsv.rows(lines, 2), phraseWords);
    }

    private static Map<String, String> byPhrase(List<String[]> rows, Function<String, List<String>> phraseWords) {
        return ResourceTsv.byPhrase(rows, phraseWords, row -> row[1].isEmpty() ? "ordinary English" : row[1]);
    }
}
