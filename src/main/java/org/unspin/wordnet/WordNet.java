package org.unspin.wordnet;

import net.sf.extjwnl.JWNLException;
import net.sf.extjwnl.data.IndexWord;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.data.Synset;
import net.sf.extjwnl.data.Word;
import net.sf.extjwnl.dictionary.Dictionary;
import org.unspin.morphology.WordClass;
import org.unspin.util.TypeCache;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The embedded WordNet 3.1 (extJWNL), loaded once per JVM and shared: concurrent reads of one
 * Dictionary are safe, and loading is one of the dearest steps of start-up (README, Performance),
 * so there is never a second copy.
 * Lookups are cached per word type because running text repeats its words. Parts of speech are
 * given as {@link WordClass}: extJWNL's own types stay inside this package.
 */
public final class WordNet {

    /**
     * Running text repeats a vocabulary of far fewer words than this; scraped junk does not, and
     * caching every random string it holds would grow the heap without end.
     */
    static final int MAX_CACHED_WORDS = 200_000;

    private static volatile WordNet shared;

    private final Dictionary dictionary;
    private final TypeCache<Set<String>> lemmaCache = new TypeCache<>(MAX_CACHED_WORDS);
    private final TypeCache<Boolean> termCache = new TypeCache<>(MAX_CACHED_WORDS);
    private final TypeCache<List<Synonym>> synonymCache = new TypeCache<>(MAX_CACHED_WORDS);

    /** WordNet's four parts of speech, in WordNet's own order. */
    public static final List<WordClass> PARTS_OF_SPEECH =
            List.of(WordClass.NOUN, WordClass.VERB, WordClass.ADJECTIVE, WordClass.ADVERB);

    private WordNet(Dictionary dictionary) {
        this.dictionary = dictionary;
    }

    /** The shared instance, loaded on first use. */
    public static WordNet shared() {
        WordNet local = shared;
        if (local == null) {
            synchronized (WordNet.class) {
                local = shared;
                if (local == null) {
                    try {
                        local = new WordNet(Dictionary.getDefaultResourceInstance());
                    } catch (JWNLException e) {
                        throw new IllegalStateException("cannot load the embedded WordNet data: " + e.getMessage(), e);
                    }
                    shared = local;
                }
            }
        }
        return local;
    }

    /** The extJWNL dictionary itself, for this package and for tests' WordNet oracles. */
    public Dictionary dictionary() {
        return dictionary;
    }

    /** extJWNL's part of speech for a word class of WordNet's four; null for {@link WordClass#OTHER}. */
    static POS pos(WordClass wordClass) {
        return switch (wordClass) {
            case NOUN -> POS.NOUN;
            case VERB -> POS.VERB;
            case ADJECTIVE -> POS.ADJECTIVE;
            case ADVERB -> POS.ADVERB;
            case OTHER -> null;
        };
    }

    /** The word class of one of extJWNL's parts of speech. */
    static WordClass wordClass(POS pos) {
        return switch (pos) {
            case NOUN -> WordClass.NOUN;
            case VERB -> WordClass.VERB;
            case ADJECTIVE -> WordClass.ADJECTIVE;
            case ADVERB -> WordClass.ADVERB;
        };
    }

    /**
     * Base forms of a lower-case word over all parts of speech ("increases" -> increase,
     * "dove" -> dove, dive). Always contains the word itself, so callers can match either.
     */
    public Set<String> lemmas(String lowerWord) {
        return lemmaCache.get(lowerWord, this, (word, wordNet) -> wordNet.computeLemmas(word));
    }

    private Set<String> computeLemmas(String word) {
        Set<String> forms = new LinkedHashSet<>();
        forms.add(word);
        if (word.isEmpty() || !Character.isLetter(word.charAt(0)) || word.length() > 40) {
            return Collections.unmodifiableSet(forms);
        }
        for (POS pos : POS.getAllPOS()) {
            try {
                List<String> bases = dictionary.getMorphologicalProcessor().lookupAllBaseForms(pos, word);
                for (String base : bases) {
                    forms.add(base.toLowerCase(Locale.ROOT));
                }
            } catch (JWNLException | RuntimeException e) {
                // A word WordNet cannot analyse simply has no other base form.
            }
        }
        return Collections.unmodifiableSet(forms);
    }

    /** True when the exact lower-case phrase is a WordNet lemma of any part of speech. */
    public boolean isLemma(String lowerPhrase) {
        return termCache.get(lowerPhrase, p -> {
            for (POS pos : POS.getAllPOS()) {
                if (indexWord(pos, p) != null) {
                    return true;
                }
            }
            return false;
        });
    }

    private final TypeCache<Boolean> posLemmaCache = new TypeCache<>(MAX_CACHED_WORDS);

    /** True when the phrase is a lemma of the given part of speech (cached per phrase). */
    public boolean isLemma(WordClass wordClass, String lowerPhrase) {
        POS pos = pos(wordClass);
        return posLemmaCache.get(pos.getKey() + lowerPhrase, k -> indexWord(pos, lowerPhrase) != null);
    }

    /**
     * The base forms WordNet's morphology gives a word in one part of speech, as it gives them
     * (case kept, the word itself included when it is a lemma); empty when it cannot analyse the word.
     */
    public List<String> baseForms(WordClass wordClass, String lowerWord) {
        try {
            return dictionary.getMorphologicalProcessor().lookupAllBaseForms(pos(wordClass), lowerWord);
        } catch (JWNLException | RuntimeException e) {
            return List.of();
        }
    }

    /**
     * The lemmas, as WordNet spells them (capitals kept), of every word of every sense of a lemma
     * in one part of speech, sense by sense (the lemma itself included); empty when it is none.
     */
    public List<String> senseLemmas(WordClass wordClass, String lowerLemma) {
        List<String> out = new ArrayList<>();
        try {
            IndexWord iw = dictionary.getIndexWord(pos(wordClass), lowerLemma);
            if (iw == null) {
                return List.of();
            }
            for (Synset s : iw.getSenses()) {
                for (Word w : s.getWords()) {
                    out.add(w.getLemma());
                }
            }
        } catch (JWNLException | RuntimeException e) {
            return List.of();
        }
        return out;
    }

    /** The glosses (definitions and example sentences) of every synset of one part of speech, in WordNet's order. */
    public Iterator<String> glosses(WordClass wordClass) {
        Iterator<Synset> synsets;
        try {
            synsets = dictionary.getSynsetIterator(pos(wordClass));
        } catch (JWNLException e) {
            throw new IllegalStateException("cannot read WordNet glosses: " + e.getMessage(), e);
        }
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return synsets.hasNext();
            }

            @Override
            public String next() {
                return synsets.next().getGloss();
            }
        };
    }

    /** Sense-tagged use count of a lemma summed over its senses (SemCor; sparse). */
    public int useCount(WordClass wordClass, String lowerPhrase) {
        IndexWord iw = indexWord(pos(wordClass), lowerPhrase);
        if (iw == null) {
            return 0;
        }
        int total = 0;
        for (Synset s : iw.getSenses()) {
            for (Word w : s.getWords()) {
                if (w.getLemma().equalsIgnoreCase(lowerPhrase)) {
                    total += w.getUseCount();
                }
            }
        }
        return total;
    }

    /** Lemmas sharing a synset with the given lemma, same part of speech, in sense order. */
    public List<Synonym> synonyms(WordClass wordClass, String lowerLemma) {
        POS pos = pos(wordClass);
        return synonymCache.get(pos.getKey() + ":" + lowerLemma, k -> {
            IndexWord iw = indexWord(pos, lowerLemma);
            if (iw == null) {
                return List.of();
            }
            List<Synonym> result = new ArrayList<>();
            int sense = 0;
            for (Synset s : iw.getSenses()) {
                sense++;
                for (Word w : s.getWords()) {
                    String lemma = w.getLemma().toLowerCase(Locale.ROOT);
                    if (!lemma.equals(lowerLemma)) {
                        result.add(new Synonym(lemma, wordClass, sense, s.getOffset()));
                    }
                }
            }
            return List.copyOf(result);
        });
    }

    private IndexWord indexWord(POS pos, String lemma) {
        if (lemma.isEmpty() || lemma.length() > 80) {
            return null;
        }
        try {
            return dictionary.getIndexWord(pos, lemma);
        } catch (JWNLException | RuntimeException e) {
            return null;
        }
    }

    /** A lemma reached through a shared synset; {@code sense} is the 1-based sense of the source word. */
    public record Synonym(String lemma, WordClass wordClass, int sense, long synsetOffset) { }
}
