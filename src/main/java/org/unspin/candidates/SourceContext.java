package org.unspin.candidates;

import org.unspin.lexicon.Lexicon;
import org.unspin.lm.WordCounts;
import org.unspin.morphology.PosDictionary;
import org.unspin.thesaurus.MobyThesaurus;
import org.unspin.wordnet.Inflector;
import org.unspin.wordnet.Relations;
import org.unspin.wordnet.WordNet;

/**
 * What a proposal source may be built from: the lexicon just loaded (a reload builds every source
 * again) and the engine's shared language resources, loaded once.
 */
public record SourceContext(Lexicon lexicon, WordNet wordNet, Inflector inflector, Relations relations,
                            FluencyScorer fluency, PosDictionary tags, MobyThesaurus moby, WordCounts counts,
                            LearnedScorer learned) {
}
