package org.unspin.lexicon;

/** A real multiword term (interest rate, deep learning) with the register it belongs to. */
public record Term(String text, String category, SourceRef source) { }
