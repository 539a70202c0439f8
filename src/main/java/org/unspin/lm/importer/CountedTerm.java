package org.unspin.lm.importer;

/** A word or space-separated word pair with its count. */
public record CountedTerm(String term, long count) { }
