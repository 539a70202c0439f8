package org.unspin.score;

/**
 * One word-level edit that turns part of a source text into a target text, e.g. spun "killing" into
 * original "assassination". Token spans index {@link WordTokens#spans(String)} of each text;
 * character spans are offsets into the texts as given. An insertion has an empty source span
 * (placed before the source token that follows it), a deletion an empty target span.
 *
 * @param sourceTokens tokens replaced in the source
 * @param targetTokens tokens that replace them in the target
 * @param sourceChars  characters replaced in the source
 * @param targetChars  characters that replace them in the target
 * @param before       the replaced source text (empty for an insertion)
 * @param after        the replacing target text (empty for a deletion)
 * @see org.unspin.Edit the engine's own edits, with rule and lexicon source
 */
public record WordEdit(Span sourceTokens, Span targetTokens, Span sourceChars, Span targetChars,
                   String before, String after) {
}
