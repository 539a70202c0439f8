package org.unspin;

/**
 * One change the engine made, in offsets of the text it was given: characters [start, end) read
 * {@code before} and now read {@code after}. {@code rule} names the rule that decided it,
 * {@code source} the lexicon line behind it ("lexicon/finance.tsv:12"; for a scraping repair
 * its lexicon/scraping.tsv line or "built-in: " and the normalizer rule; null for a restoration
 * that no lexicon line proposed), {@code entry}
 * that line's substitution, {@code reason} why the rules accepted it.
 */
public record Edit(int start, int end, String before, String after, String stage, String kind, String rule,
                   String source, String entry, double confidence, String reason) {

    public static final String STAGE_NORMALIZE = "normalize";
    public static final String STAGE_RESTORE = "restore";
}
