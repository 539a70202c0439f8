package org.unspin;

import org.unspin.lm.LanguageModel;
import org.unspin.lm.WordCounts;
import org.unspin.morphology.PosDictionary;
import org.unspin.thesaurus.MobyThesaurus;

/**
 * The language data the thesaurus candidates need, loaded once per engine: a language model,
 * Google Books word counts, the Moby thesaurus and the English tag dictionary. Immutable.
 */
record LanguageData(LanguageModel model, WordCounts counts, MobyThesaurus moby, PosDictionary tags,
                    org.unspin.candidates.LearnedScorer learned) {

    /** The bundled data, with the given model (or the model read from {@code file}) instead of the bundled one when not null. */
    static LanguageData load(LanguageModel model, java.nio.file.Path file) {
        LanguageModel chosen = model != null ? model : file != null ? read(file) : org.unspin.lm.LanguageModels.bundled();
        return new LanguageData(new org.unspin.lm.CachingLanguageModel(chosen), WordCounts.bundled(),
                MobyThesaurus.bundled(), PosDictionary.bundled(), org.unspin.candidates.LearnedScorer.bundled());
    }

    private static LanguageModel read(java.nio.file.Path file) {
        try {
            return org.unspin.lm.LanguageModels.load(file);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot read the language model " + file + ": " + e.getMessage(), e);
        }
    }
}
