package org.unspin.score.report;

import org.unspin.score.Outcome;
import org.unspin.score.Span;

import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * One numbered edit as an HTML report shows it: marked in each text column where it has a place,
 * and one row of the edit table. The same number stands in every column and in the table.
 *
 * @param number     1-based, in the order of the spun text
 * @param marks      column id to the characters of that column's text the edit covers (empty span:
 *                   a point, e.g. where words are missing)
 * @param spunChars  the characters of the spun text the edit replaces
 * @param before     the spun wording
 * @param after      the restored wording (as the candidate or engine has it)
 * @param expected   the original's wording, where an original is known and differs; else null
 * @param outcome    how the edit fared against the original; null without an original
 * @param rule       the rule that decided it; null when unknown
 * @param source     the lexicon line behind it (file:line); null when unknown
 * @param confidence the engine's confidence; empty when unknown
 * @param reason     why the rules accepted it; null when unknown
 */
public record ReportedEdit(int number, Map<String, Span> marks, Span spunChars, String before, String after,
                           String expected, Outcome outcome, String rule, String source, OptionalDouble confidence,
                           String reason) {

    public ReportedEdit {
        marks = Map.copyOf(marks);
        Objects.requireNonNull(spunChars, "spunChars");
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        Objects.requireNonNull(confidence, "confidence");
    }
}
