package org.unspin.score;

import java.util.Optional;

/**
 * All metrics of one text against the original.
 *
 * @param words      word alignment counts (WER)
 * @param characters character alignment counts (CER)
 * @param bleu       corpus BLEU-4
 * @param chrf       chrF2
 * @param edits      edit precision / recall / F0.5; empty when no spun text was given
 */
public record MetricSet(ErrorRate words, ErrorRate characters, BleuScore bleu, ChrfScore chrf,
                        Optional<EditScore> edits) {
}
