package org.unspin.candidates.terms;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The terms a phrase ending in one word type could be a swapped form of, indexed so that a
 * phrase looks up the few whose other words it could match instead of trying them all (a common
 * noun ends hundreds of terms). A term known only from WordNet must keep all its words but one,
 * and change that one for a close word (see {@link RelationMatcher}); so it can only match a
 * phrase in which some modifier has the same base form as the term's word there, or, for a
 * two-word term, whose modifier is close to the term's first word or shares its stem. Those are
 * the index keys. Curated terms take looser links and are always tried. Terms are kept once per
 * singular ("human right(s)"), first one first, in the order they were found.
 */
final class CandidateTerms {

    final TermEntry[] entries;
    final Set<String> singulars = new HashSet<>();
    /** The entries that are curated terms: tried for every phrase. */
    final BitSet curated = new BitSet();
    /** Base form of a modifier -> (entry << 5 | words << 2 | position). */
    private final Map<String, int[]> bySameModifier;
    /** Two-word terms: the first word and its base forms -> entry. */
    private final Map<String, int[]> byCloseModifier;
    /** Two-word terms: the first letters of the first word -> entry. */
    private final Map<String, int[]> byModifierStem;

    CandidateTerms(List<TermEntry> found) {
        List<TermEntry> kept = new ArrayList<>(found.size());
        Map<String, List<Integer>> same = new HashMap<>();
        Map<String, List<Integer>> close = new HashMap<>();
        Map<String, List<Integer>> stem = new HashMap<>();
        for (TermEntry e : found) {
            if (!singulars.add(e.singular())) {
                continue;
            }
            int index = kept.size();
            kept.add(e);
            if (e.curated()) {
                curated.set(index);
                continue;
            }
            String[] words = e.words();
            for (int j = 0; j < words.length - 1; j++) {
                int code = index << 5 | words.length << 2 | j;
                for (String key : withBaseForms(e, j)) {
                    same.computeIfAbsent(key, k -> new ArrayList<>(2)).add(code);
                }
            }
            if (words.length == 2) {
                for (String key : withBaseForms(e, 0)) {
                    close.computeIfAbsent(key, k -> new ArrayList<>(2)).add(index);
                }
                if (words[0].length() >= WordType.STEM) {
                    stem.computeIfAbsent(words[0].substring(0, WordType.STEM), k -> new ArrayList<>(2)).add(index);
                }
            }
        }
        entries = kept.toArray(new TermEntry[0]);
        bySameModifier = asArrays(same);
        byCloseModifier = asArrays(close);
        byModifierStem = asArrays(stem);
    }

    private static Map<String, int[]> asArrays(Map<String, List<Integer>> lists) {
        Map<String, int[]> arrays = new HashMap<>(lists.size() * 2);
        lists.forEach((k, v) -> arrays.put(k, v.stream().mapToInt(Integer::intValue).toArray()));
        return arrays;
    }

    /** The term's j-th word and its base forms. */
    private static Set<String> withBaseForms(TermEntry e, int j) {
        Set<String> keys = new LinkedHashSet<>();
        keys.add(e.words()[j]);
        keys.addAll(e.baseForms().get(j));
        return keys;
    }

    /** Marks the entries a phrase of {@code words} words whose modifiers are {@code modifiers} could match. */
    void markPossible(int words, WordType[] modifiers, BitSet marks) {
        for (int j = 0; j < words - 1; j++) {
            for (String key : modifiers[j].lemmas) {
                int[] codes = bySameModifier.get(key);
                if (codes != null) {
                    for (int code : codes) {
                        if ((code & 3) == j && (code >>> 2 & 7) == words) {
                            marks.set(code >>> 5);
                        }
                    }
                }
            }
        }
        if (words == 2) {
            Set<String> close = modifiers[0].close();
            if (close.size() <= byCloseModifier.size()) {
                for (String key : close) {
                    mark(byCloseModifier.get(key), marks);
                }
            } else {
                for (Map.Entry<String, int[]> e : byCloseModifier.entrySet()) {
                    if (close.contains(e.getKey())) {
                        mark(e.getValue(), marks);
                    }
                }
            }
            for (String prefix : modifiers[0].stemPrefixes) {
                mark(byModifierStem.get(prefix), marks);
            }
        }
    }

    private static void mark(int[] entries, BitSet marks) {
        if (entries != null) {
            for (int e : entries) {
                marks.set(e);
            }
        }
    }
}
