package org.unspin.realize;

import org.unspin.decide.facts.Candidate;

/**
 * A restoration written out: characters [start, end) of the normalized text become {@code after}.
 * {@code candidate} is the decision behind it (for an article fixed to agree with a restored
 * word, the restoration that needed it).
 */
public record RealizedEdit(int start, int end, String before, String after, String rule, Candidate candidate) { }
