package org.unspin.lexicon.importer;

import org.unspin.lexicon.MatchMode;

/** A pair as the lexicon will hold it: spun side in base form, the restoration, and how the spun side matches. */
public record ShapedPair(String spun, String expected, MatchMode match) { }
