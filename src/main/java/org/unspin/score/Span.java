package org.unspin.score;

/**
 * A half-open range {@code [start, end)} of token indices or character offsets.
 * An empty span ({@code start == end}) marks an insertion point.
 */
public record Span(int start, int end) {

    /** @throws IllegalArgumentException for a negative start or an end before the start */
    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
    }

    /** An insertion point: no token or character inside. */
    public boolean isEmpty() {
        return start == end;
    }

    /** How many tokens or characters the span covers. */
    public int length() {
        return end - start;
    }

    /**
     * Whether the two spans share a position. An insertion point touches a span when it lies
     * inside it or on one of its ends, so "insert before X" and "replace X" count as overlapping.
     */
    public boolean overlaps(Span other) {
        if (isEmpty() || other.isEmpty()) {
            Span point = isEmpty() ? this : other;
            Span range = isEmpty() ? other : this;
            return range.start <= point.start && point.start <= range.end;
        }
        return start < other.end && other.start < end;
    }
}
