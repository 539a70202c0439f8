package org.unspin.unseen;

import net.sf.extjwnl.JWNLException;
import net.sf.extjwnl.data.IndexWord;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.data.Pointer;
import net.sf.extjwnl.data.PointerType;
import net.sf.extjwnl.data.Synset;
import net.sf.extjwnl.data.Word;
import org.unspin.wordnet.WordNet;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The candidate oracle of WordNet: every lemma one step from the spun word, over all its base forms,
 * parts of speech and senses: synset members, similar adjectives, derivational and pertainym forms,
 * one hypernym or hyponym step. A candidate counts when it is the original word or one of its base
 * forms, so inflection does not matter.
 */
final class WordNetNeighbours implements CandidateOracle {

    private static final PointerType[] WORD_POINTERS = {PointerType.DERIVATION, PointerType.PERTAINYM, PointerType.PARTICIPLE_OF};
    private static final PointerType[] SYNSET_POINTERS = {PointerType.SIMILAR_TO, PointerType.HYPERNYM, PointerType.INSTANCE_HYPERNYM,
            PointerType.HYPONYM, PointerType.INSTANCES_HYPONYM};

    private final WordNet wordNet;
    private final Map<String, Set<String>> cache = new HashMap<>();

    WordNetNeighbours(WordNet wordNet) {
        this.wordNet = wordNet;
    }

    @Override
    public Set<String> originalsFor(String spunWordLower, String spunContext) {
        return cache.computeIfAbsent(spunWordLower, this::neighbours);
    }

    /** Whether the oracle offers {@code originalLower} (or one of its base forms) for {@code spunLower}. */
    boolean offers(String spunLower, String originalLower, String context) {
        Set<String> candidates = originalsFor(spunLower, context);
        for (String form : wordNet.lemmas(originalLower)) {
            if (candidates.contains(form)) {
                return true;
            }
        }
        return false;
    }

    private Set<String> neighbours(String spun) {
        Set<String> out = new HashSet<>();
        for (String base : wordNet.lemmas(spun)) {
            for (POS pos : POS.getAllPOS()) {
                try {
                    IndexWord iw = wordNet.dictionary().getIndexWord(pos, base);
                    if (iw == null) {
                        continue;
                    }
                    for (Synset synset : iw.getSenses()) {
                        addWords(synset, out);
                        for (Word w : synset.getWords()) {
                            if (w.getLemma().equalsIgnoreCase(base)) {
                                for (PointerType type : WORD_POINTERS) {
                                    for (Pointer p : w.getPointers(type)) {
                                        addTarget(p, out);
                                    }
                                }
                            }
                        }
                        for (PointerType type : SYNSET_POINTERS) {
                            for (Pointer p : synset.getPointers(type)) {
                                addWords(p.getTargetSynset(), out);
                            }
                        }
                    }
                } catch (JWNLException e) {
                    throw new IllegalStateException("WordNet lookup failed for " + base + ": " + e.getMessage(), e);
                }
            }
        }
        out.remove(spun);
        return out;
    }

    private static void addTarget(Pointer p, Set<String> out) throws JWNLException {
        if (p.getTarget() instanceof Word w) {
            out.add(w.getLemma().toLowerCase(Locale.ROOT));
        } else {
            addWords(p.getTargetSynset(), out);
        }
    }

    private static void addWords(Synset synset, Set<String> out) {
        for (Word w : synset.getWords()) {
            out.add(w.getLemma().toLowerCase(Locale.ROOT));
        }
    }
}
