/**
 * Scoring a restoration against the original: word and character error rates, BLEU, chrF and edit-level precision and recall ({@link org.unspin.score.Scorer}, {@link org.unspin.score.Score}). Independent of the engine (ArchitectureTest).
 *
 * <p><b>Public API</b> (README, "Library").
 */
package org.unspin.score;
