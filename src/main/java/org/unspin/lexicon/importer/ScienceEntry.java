package org.unspin.lexicon.importer;

import org.unspin.lexicon.MatchMode;
import org.unspin.lexicon.Strength;

/**
 * One row of lexicon/science.tsv. {@code phrase} is the whole tortured phrase; {@code spun} is
 * what the entry matches, which is shorter when a leading acronym became the {@code context}
 * guard ({@link AcronymPrefix}). {@code example} and {@code clean} may be empty.
 */
public record ScienceEntry(String phrase, String spun, String original, MatchMode match, String context,
                           Strength strength, int papers, String note, String example, String clean) {

    public ScienceEntry withCarrier(CarrierSentences.Carrier carrier) {
        return new ScienceEntry(phrase, spun, original, match, context, strength, papers, note, carrier.example(), carrier.clean());
    }
}
