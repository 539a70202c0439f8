package org.unspin.wordnet;

import net.sf.extjwnl.JWNLException;
import net.sf.extjwnl.data.IndexWord;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.data.Pointer;
import net.sf.extjwnl.data.PointerType;
import net.sf.extjwnl.data.Synset;
import net.sf.extjwnl.data.Word;
import org.unspin.morphology.WordClass;
import org.unspin.thesaurus.Neighbour;
import org.unspin.thesaurus.NeighbourSource;
import org.unspin.thesaurus.Relation;
import org.unspin.util.TypeCache;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * WordNet read in a cheap spinner's direction: the words whose synsets (any sense: spinners do
 * not disambiguate) hold the spun word, adjectives it is similar to, and one step up or down the
 * hypernym tree (are -> area unit). A hyponym step is taken only from synsets with few hyponyms:
 * "person" has hundreds, and a spinner generalizing to it says nothing about which one it was.
 */
public final class WordNetNeighbours implements NeighbourSource {

    static final int MAX_HYPONYMS = 40;

    private final WordNet wordNet;
    private final TypeCache<List<Neighbour>> cache = new TypeCache<>(WordNet.MAX_CACHED_WORDS);
    private final TypeCache<Integer> fanouts = new TypeCache<>(WordNet.MAX_CACHED_WORDS);

    public WordNetNeighbours(WordNet wordNet) {
        this.wordNet = wordNet;
    }

    @Override
    public String name() {
        return "wordnet";
    }

    @Override
    public List<Neighbour> originalsOf(String spunLemma, WordClass wordClass) {
        POS pos = WordNet.pos(wordClass);
        if (pos == null) {
            return List.of();
        }
        return cache.get(pos.getKey() + spunLemma, k -> compute(spunLemma, pos, wordClass));
    }

    private List<Neighbour> compute(String spun, POS pos, WordClass wordClass) {
        IndexWord iw = indexWord(pos, spun);
        if (iw == null) {
            return List.of();
        }
        Map<String, Relation> found = new LinkedHashMap<>();
        try {
            for (Synset s : iw.getSenses()) {
                add(found, s, Relation.SYNONYM);
            }
            for (Synset s : iw.getSenses()) {
                for (Pointer p : s.getPointers(PointerType.SIMILAR_TO)) {
                    add(found, p.getTargetSynset(), Relation.SIMILAR);
                }
                for (Pointer p : s.getPointers(PointerType.HYPERNYM)) {
                    add(found, p.getTargetSynset(), Relation.NARROWER);
                }
                List<Pointer> hyponyms = s.getPointers(PointerType.HYPONYM);
                if (hyponyms.size() <= MAX_HYPONYMS) {
                    for (Pointer p : hyponyms) {
                        add(found, p.getTargetSynset(), Relation.BROADER);
                    }
                }
            }
        } catch (JWNLException | RuntimeException e) {
            return List.of(); // a word WordNet cannot read has no neighbours
        }
        found.remove(spun);
        List<Neighbour> out = new ArrayList<>(found.size());
        found.forEach((original, relation) -> out.add(new Neighbour(original, wordClass, relation, name(), fanout(pos, original))));
        return List.copyOf(out);
    }

    private static void add(Map<String, Relation> found, Synset synset, Relation relation) {
        for (Word w : synset.getWords()) {
            found.putIfAbsent(w.getLemma().toLowerCase(Locale.ROOT), relation);
        }
    }

    /** How many words a spinner reading WordNet could put for {@code lemma}: its synonyms over all senses. */
    private int fanout(POS pos, String lemma) {
        return fanouts.get(pos.getKey() + lemma, k -> Math.max(1, wordNet.synonyms(WordNet.wordClass(pos), lemma).size()));
    }

    private IndexWord indexWord(POS pos, String lemma) {
        try {
            return wordNet.dictionary().getIndexWord(pos, lemma);
        } catch (JWNLException | RuntimeException e) {
            return null;
        }
    }
}
