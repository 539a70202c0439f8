package org.unspin.wordnet;

import net.sf.extjwnl.JWNLException;
import net.sf.extjwnl.data.IndexWord;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.data.Pointer;
import net.sf.extjwnl.data.PointerType;
import net.sf.extjwnl.data.Synset;
import net.sf.extjwnl.data.Word;

import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Lexical relations between two words through WordNet, over each word's most frequent senses
 * ({@value #SENSES} per part of speech: rare senses link almost anything to anything). Results
 * are cached per word pair; safe for concurrent use.
 */
public final class Relations {

    static final int SENSES = 4;
    static final int HYPERNYM_STEPS = 3;

    private final WordNet wordNet;
    private final ConcurrentHashMap<String, Relation> cache = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, Set<String>> synsetCache = new ConcurrentHashMap<>();

    public Relations(WordNet wordNet) {
        this.wordNet = wordNet;
    }

    public WordNet wordNet() {
        return wordNet;
    }

    /** The strongest relation between any base form of {@code spun} and any base form of {@code target}. */
    public Relation between(Set<String> spunLemmas, String target) {
        Relation best = Relation.NONE;
        for (String t : wordNet.lemmas(target)) {
            for (String s : spunLemmas) {
                Relation r = between(s, t);
                if (r.ordinal() < best.ordinal()) {
                    best = r;
                }
            }
        }
        return best;
    }

    public Relation between(String spun, String target) {
        return between(spun, target, null, SENSES);
    }

    /**
     * The strongest relation reading both words only as nouns or adjectives (the words of a
     * noun-phrase term) and over their {@code senses} most frequent senses.
     */
    public Relation betweenNominal(Set<String> spunLemmas, String target, int senses) {
        Relation best = Relation.NONE;
        for (String t : wordNet.lemmas(target))
        for (String s : spunLemmas) {
            Relation r = between(s, t, NOMINAL, senses);
            if (r.ordinal() < best.ordinal()) {
                best = r;
            }
        }
        return best;
    }

    private static final List<POS> NOMINAL = List.of(POS.NOUN, POS.ADJECTIVE);

    private Relation between(String spun, String target, List<POS> only, int senses) {
        if (spun.equals(target)) {
            return Relation.SAME;
        }
        String key = spun + "\u0000" + target + "\u0000" + (only == null ? "" : only.size()) + senses;
        return cache.computeIfAbsent(key, k -> compute(spun, target, only, senses));
    }

    private Relation compute(String spun, String target, List<POS> only, int senses) {
        Set<String> a = synsets(spun, only, senses);
        Set<String> b = synsets(target, only, senses);
        if (a.isEmpty() || b.isEmpty()) {
            return sameStem(spun, target) ? Relation.FORM : Relation.NONE;
        }
        for (String s : a) {
            if (b.contains(s)) {
                return Relation.SYNONYM;
            }
        }
        if (intersects(neighbours(a, PointerType.SIMILAR_TO, PointerType.SEE_ALSO), b)) {
            return Relation.SIMILAR;
        }
        if (sameStem(spun, target) || derivedFrom(a, spun, target)) {
            return Relation.FORM;
        }
        if (intersects(hypernymClosure(b), a) || intersects(hypernymClosure(a), b)) {
            return Relation.HYPERNYM;
        }
        Set<String> hypA = neighbours(a, PointerType.HYPERNYM);
        Set<String> hypB = neighbours(b, PointerType.HYPERNYM);
        if (intersects(hypA, hypB)) {
            return Relation.SIBLING;
        }
        return Relation.NONE;
    }

    /** Long shared beginnings: reservoir / reserve, economical / economic. */
    public static boolean sameStem(String a, String b) {
        int n = Math.min(a.length(), b.length());
        int i = 0;
        while (i < n && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        return i >= 6 || (i >= 5 && i == n);
    }

    private Set<String> synsets(String lemma, List<POS> only, int senses) {
        return synsetCache.computeIfAbsent((only == null ? "" : only.size()) + ":" + senses + ":" + lemma, k -> {
            String l = lemma;
            Set<String> out = new HashSet<>();
            for (POS pos : only == null ? POS.getAllPOS() : only) {
                try {
                    IndexWord iw = wordNet.dictionary().getIndexWord(pos, l);
                    if (iw == null) {
                        continue;
                    }
                    List<Synset> all = iw.getSenses();
                    for (int i = 0; i < Math.min(senses, all.size()); i++) {
                        out.add(key(all.get(i)));
                    }
                } catch (JWNLException | RuntimeException e) {
                    // no such word under this part of speech
                }
            }
            return Set.copyOf(out);
        });
    }

    private final ConcurrentHashMap<String, Set<String>> closeCache = new ConcurrentHashMap<>();

    /**
     * Lemmas close to a word read as noun or adjective over its two main senses: synonyms and
     * similar adjectives (related forms are left to a shared stem). A set lookup instead of a relation computation, for
     * matching against the many terms known only from WordNet.
     */
    public Set<String> closeLemmas(String lemma) {
        return closeCache.computeIfAbsent(lemma, l -> {
            Set<String> keys = synsets(l, NOMINAL, 2);
            Set<String> near = new HashSet<>(keys);
            near.addAll(neighbours(keys, PointerType.SIMILAR_TO, PointerType.SEE_ALSO));
            Set<String> words = new HashSet<>();
            for (String k : near) {
                Synset s = synset(k);
                if (s != null) {
                    for (net.sf.extjwnl.data.Word w : s.getWords()) {
                        words.add(w.getLemma().toLowerCase(java.util.Locale.ROOT));
                    }
                }
            }
            return Set.copyOf(words);
        });
    }

    private static String key(Synset s) {
        return s.getPOS().getKey() + s.getOffset();
    }

    private final ConcurrentHashMap<String, Set<String>> pointerCache = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, Set<String>> closureCache = new ConcurrentHashMap<>();

    private Set<String> neighbours(Set<String> synsetKeys, PointerType... types) {
        Set<String> out = new HashSet<>();
        for (String k : synsetKeys) {
            for (PointerType type : types) {
                out.addAll(pointers(k, type));
            }
        }
        return out;
    }

    /**
     * Whether WordNet's derivation or pertainym pointers link the word {@code spun} itself (in one
     * of its synsets) to the word {@code target}: these pointers join words, not synsets, so
     * "plan" is no form of "purpose" because another member of its verb synset derives it.
     */
    private boolean derivedFrom(Set<String> spunSynsets, String spun, String target) {
        for (String k : spunSynsets) {
            if (lexicalTargets(k, spun).contains(target)) {
                return true;
            }
        }
        return false;
    }

    /** Lemmas the word {@code lemma} of one synset derives, or pertains to, by WordNet's lexical pointers. */
    private Set<String> lexicalTargets(String synsetKey, String lemma) {
        return pointerCache.computeIfAbsent(synsetKey + "\u0000lexical\u0000" + lemma, k -> {
            Synset s = synset(synsetKey);
            if (s == null) {
                return Set.of();
            }
            Set<String> out = new HashSet<>();
            for (PointerType type : List.of(PointerType.DERIVATION, PointerType.PERTAINYM)) {
                for (Pointer p : s.getPointers(type)) {
                    try {
                        if (p.isLexical() && p.getSource() instanceof Word from && from.getLemma().equalsIgnoreCase(lemma)
                                && p.getTarget() instanceof Word to) {
                            out.add(to.getLemma().toLowerCase(java.util.Locale.ROOT));
                        }
                    } catch (JWNLException | RuntimeException e) {
                        // a dangling pointer links nothing
                    }
                }
            }
            return Set.copyOf(out);
        });
    }

    /** Targets of one synset's pointers of one type, parsed once (extJWNL's own cache is small). */
    private Set<String> pointers(String synsetKey, PointerType type) {
        return pointerCache.computeIfAbsent(synsetKey + type.getKey(), k -> {
            Synset s = synset(synsetKey);
            if (s == null) {
                return Set.of();
            }
            Set<String> out = new HashSet<>();
            for (Pointer p : s.getPointers(type)) {
                try {
                    out.add(key(p.getTargetSynset()));
                } catch (JWNLException | RuntimeException e) {
                    // a dangling pointer links nothing
                }
            }
            return Set.copyOf(out);
        });
    }

    private Set<String> hypernymClosure(Set<String> synsetKeys) {
        Set<String> all = new HashSet<>();
        for (String k : synsetKeys) {
            all.addAll(closureCache.computeIfAbsent(k, key -> {
                Set<String> frontier = Set.of(key);
                Set<String> found = new HashSet<>();
                for (int step = 0; step < HYPERNYM_STEPS && !frontier.isEmpty(); step++) {
                    frontier = neighbours(frontier, PointerType.HYPERNYM);
                    found.addAll(frontier);
                }
                return Set.copyOf(found);
            }));
        }
        return all;
    }

    private Synset synset(String key) {
        POS pos = POS.getPOSForKey(key.substring(0, 1));
        try {
            return wordNet.dictionary().getSynsetAt(pos, Long.parseLong(key.substring(1)));
        } catch (JWNLException | RuntimeException e) {
            return null;
        }
    }

    private static boolean intersects(Set<String> a, Set<String> b) {
        return !Collections.disjoint(a, b);
    }
}
