package org.unspin.normalize;

import org.unspin.lexicon.SourceRef;

/**
 * A replacement of input characters [start, end) by {@code replacement}, with the rule that made
 * it and, when a lexicon line is behind it, that line.
 */
public record TextEdit(int start, int end, String replacement, String rule, SourceRef source, String reason) {

    public boolean overlaps(TextEdit other) {
        if (start == end || other.start == other.end) {
            // An insertion conflicts with an edit that touches its point.
            int p = start == end ? start : other.start;
            TextEdit span = start == end ? other : this;
            return p >= span.start && p <= span.end;
        }
        return start < other.end && other.start < end;
    }
}
