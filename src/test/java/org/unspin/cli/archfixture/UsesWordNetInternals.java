package org.unspin.cli.archfixture;

import net.sf.extjwnl.data.POS;
import org.unspin.wordnet.WordNet;

/** Test fixture for ArchitectureRulesTest: a command that goes to WordNet and extJWNL directly. */
public final class UsesWordNetInternals {
    boolean isNoun(String word) {
        return WordNet.shared().dictionary() != null && POS.NOUN != null && !word.isEmpty();
    }
}
