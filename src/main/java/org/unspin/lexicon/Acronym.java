package org.unspin.lexicon;

/** A well-known acronym and the name it abbreviates (NYSE: New York Stock Exchange). */
public record Acronym(String acronym, String expansion, SourceRef source) { }
