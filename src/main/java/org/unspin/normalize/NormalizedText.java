package org.unspin.normalize;

import java.util.List;

/**
 * The input with scraping damage repaired: the repaired text, the edits that made it (in input
 * offsets, sorted, non-overlapping) and a map between the two coordinate systems.
 */
public final class NormalizedText {
    private final String input;
    private final String text;
    private final List<TextEdit> edits;
    private final int[] normStart;
    private final int[] normEnd;

    public NormalizedText(String input, List<TextEdit> sortedEdits) {
        this.input = input;
        this.edits = List.copyOf(sortedEdits);
        this.normStart = new int[edits.size()];
        this.normEnd = new int[edits.size()];
        StringBuilder b = new StringBuilder(input.length());
        int at = 0;
        for (int i = 0; i < edits.size(); i++) {
            TextEdit e = edits.get(i);
            b.append(input, at, e.start());
            normStart[i] = b.length();
            b.append(e.replacement());
            normEnd[i] = b.length();
            at = e.end();
        }
        b.append(input, at, input.length());
        this.text = b.toString();
    }

    public String input() {
        return input;
    }

    public String text() {
        return text;
    }

    public List<TextEdit> edits() {
        return edits;
    }

    /**
     * Input offset of a normalized offset. Offsets strictly inside a replaced region widen to the
     * region's edge ({@code asEnd} picks the far edge); at an edge of a region they map to that
     * edge, and at an emptied (deleted) region a start maps past it and an end before it.
     */
    public int toInput(int n, boolean asEnd) {
        int i = lastEditStartingAtOrBefore(n);
        if (i < 0) {
            return n;
        }
        TextEdit e = edits.get(i);
        int delta = normEnd[i] - e.end();
        if (n > normEnd[i]) {
            return n - delta;
        }
        if (normStart[i] == normEnd[i]) {
            return asEnd ? e.start() : e.end();
        }
        if (n == normStart[i]) {
            return e.start();
        }
        if (n == normEnd[i]) {
            return e.end();
        }
        return asEnd ? e.end() : e.start();
    }

    /** Normalized offset of an input offset outside or at the edge of every edit. */
    public int toNormalized(int inputOffset) {
        int lo = 0;
        int hi = edits.size() - 1;
        int found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (edits.get(mid).start() <= inputOffset) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        if (found < 0) {
            return inputOffset;
        }
        TextEdit e = edits.get(found);
        if (inputOffset >= e.end()) {
            return inputOffset + (normEnd[found] - e.end());
        }
        return inputOffset == e.start() ? normStart[found] : normEnd[found];
    }

    private int lastEditStartingAtOrBefore(int n) {
        int lo = 0;
        int hi = normStart.length - 1;
        int found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (normStart[mid] <= n) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found;
    }
}
