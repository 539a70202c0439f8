package org.unspin.corpus;

import org.unspin.Edit;
import org.unspin.Restoration;
import org.unspin.RestoreOptions;
import org.unspin.Unspinner;
import org.unspin.score.WordErrorRate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Clean documents restored as if declared spun: every changed token is a false alarm. Tokens are
 * counted as the scorer counts word errors between a text and its restoration (substitutions,
 * insertions and deletions after alignment), so a term edit that changes one of its two words
 * counts one.
 */
record DeclaredSpunRun(int words, int changed, List<Edit> edits) {

    static DeclaredSpunRun of(Unspinner engine, List<String> docs) {
        int words = 0;
        int changed = 0;
        List<Edit> edits = new ArrayList<>();
        for (String doc : docs) {
            Restoration r = engine.restore(doc, new RestoreOptions(true));
            words += CleanCorpus.countWords(doc);
            changed += WordErrorRate.of(doc, r.text()).errors();
            edits.addAll(r.edits());
        }
        return new DeclaredSpunRun(words, changed, List.copyOf(edits));
    }

    double changedPer1000() {
        return changed * 1000.0 / words;
    }

    /** How many edits fall under each key (kind, source ...). */
    Map<String, Integer> count(Function<Edit, String> key) {
        Map<String, Integer> out = new TreeMap<>();
        edits.forEach(e -> out.merge(key.apply(e), 1, Integer::sum));
        return out;
    }
}
