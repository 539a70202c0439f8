package org.unspin;

/** A restoration the rules considered and rejected, with the rule and reason (for explain --near-misses). */
public record NearMiss(int start, int end, String text, String replacement, String rule, String source, String reason) { }
