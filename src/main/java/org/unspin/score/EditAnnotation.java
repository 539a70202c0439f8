package org.unspin.score;

import java.util.List;
import java.util.Objects;

/**
 * What the restoring engine says about one of its edits, for reports: which rule made it and
 * which lexicon entry it used. Reports show it on system edits that overlap it.
 *
 * @param start  offset of the first replaced character in the SPUN text
 * @param end    offset just past the last replaced character (equal to start for an insertion)
 * @param before the spun text replaced
 * @param after  the text the engine put instead
 * @param rule   name of the rule that fired
 * @param source lexicon entry as {@code file:line}
 */
public record EditAnnotation(int start, int end, String before, String after, String rule, String source) {

    public EditAnnotation {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad character range [" + start + ", " + end + ")");
        }
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(source, "source");
    }

    /** The spun characters this annotation covers. */
    public Span chars() {
        return new Span(start, end);
    }

    /** The annotations that overlap {@code spunChars}, in their given order. */
    public static List<EditAnnotation> overlapping(List<EditAnnotation> annotations, Span spunChars) {
        return annotations.stream().filter(a -> a.chars().overlaps(spunChars)).toList();
    }
}
