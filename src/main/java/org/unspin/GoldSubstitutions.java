package org.unspin;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import org.unspin.tokenize.Token;
import org.unspin.tokenize.TokenizedText;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The substitutions that lead from a spun copy back to its original: the word spans where the two
 * differ with as many words on both sides (java-diff-utils' alignment of lower-case words), each
 * word on its own and, for a longer span, the span as a whole. Insertions, deletions and rewordings
 * of another length are left out: no substitution undoes them.
 */
final class GoldSubstitutions {

    private final Map<Long, String> originals = new HashMap<>();
    private int words;

    /** @param spun the spun copy as the pipeline prepared it; {@code original} as written */
    GoldSubstitutions(Pipeline pipeline, TokenizedText spun, String original) {
        List<Integer> index = new ArrayList<>();
        List<String> spunWords = new ArrayList<>();
        for (Token t : spun.tokens()) {
            if (t.isWord() || t.isNumber()) {
                index.add(t.index());
                spunWords.add(t.lower());
            }
        }
        List<String> originalWords = new ArrayList<>();
        for (Token t : pipeline.prepare(original).tokens()) {
            if (t.isWord() || t.isNumber()) {
                originalWords.add(t.lower());
            }
        }
        for (AbstractDelta<String> d : DiffUtils.diff(spunWords, originalWords).getDeltas()) {
            List<String> from = d.getSource().getLines();
            List<String> to = d.getTarget().getLines();
            if (from.isEmpty() || from.size() != to.size()) {
                continue;
            }
            int p = d.getSource().getPosition();
            for (int k = 0; k < from.size(); k++) {
                originals.put(span(index.get(p + k), index.get(p + k) + 1), to.get(k));
            }
            if (from.size() > 1) {
                originals.put(span(index.get(p), index.get(p + from.size() - 1) + 1), String.join(" ", to));
            }
            words += from.size();
        }
    }

    /** The original words (lower case) of spun tokens [start, end), or null where they are no gold substitution. */
    String original(int start, int end) {
        return originals.get(span(start, end));
    }

    /** How many spun words the substitutions replace. */
    int words() {
        return words;
    }

    private static long span(int start, int end) {
        return (long) start << 32 | end;
    }
}
