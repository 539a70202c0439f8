package org.unspin.candidates;

import org.unspin.lexicon.Strength;
import org.unspin.tokenize.CaseShape;
import org.unspin.tokenize.Token;
import org.unspin.tokenize.TokenKind;
import org.unspin.tokenize.TokenizedText;
import org.unspin.wordnet.Inflection;
import org.unspin.wordnet.Relation;
import org.unspin.wordnet.Relations;
import org.unspin.wordnet.TermInventory;
import org.unspin.wordnet.TypeCache;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.Map;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * Compositional restoration through WordNet: a phrase of two to four words that is no known term,
 * whose words each relate (WordNet synonym, similar adjective, related form, hypernym) to the
 * words of a known term in the same order, is proposed to be that term: "profound learning" ->
 * "deep learning", "killing try" -> "assassination attempt", "Federal Reservoir" -> "Federal
 * Reserve". Proposals are weak and carry the relations as their reason; the rules decide
 * (rules/generalize.drl rejects a phrase that could be more than one term). Blocks: numbers,
 * punctuation, names (capitalized words, unless the whole phrase is a name), function words at
 * either end, and phrases that are themselves known terms.
 */
public final class TermMatcher implements ProposalSource {

    private static final Set<String> FUNCTION_WORDS = Set.of("the", "a", "an", "of", "in", "on", "at", "to", "for", "and", "or",
            "by", "with", "from", "as", "is", "are", "was", "were", "be", "been", "it", "its", "this", "that", "these", "those",
            "his", "her", "their", "our", "my", "your", "not", "no", "more", "most", "very", "than", "which", "who");
    /** Relations weaker than this are not used at all. */
    private static final double MIN_WEIGHT = Relation.SIBLING.weight();
    /** Word types whose readings and candidate terms are kept (about 2 KB each at most). */
    private static final int MAX_CACHED_TYPES = 50_000;
    /** Shared first letters that make two words forms of one stem at the least ({@link Relations#sameStem}). */
    private static final int STEM = 5;
    /** Curated-term words whose link to one word type is kept. */
    private static final int MAX_LINKS_PER_TYPE = 1_024;

    private final TermInventory inventory;
    private final Relations relations;
    private final TypeCache<WordType> types = new TypeCache<>(MAX_CACHED_TYPES);
    private final TypeCache<List<TermEntry>> curatedByFirstWord = new TypeCache<>(MAX_CACHED_TYPES);
    private final BiFunction<String, Token, WordType> newWordType = (lower, token) -> new WordType(token);

    public TermMatcher(TermInventory inventory, Relations relations) {
        this.inventory = inventory;
        this.relations = relations;
    }

    /** A term of the inventory with what every match needs of it, worked out once. */
    private record TermEntry(String[] words, String joined, String singular, boolean curated, List<Set<String>> baseForms) {
        int length() {
            return words.length;
        }
    }

    private TermEntry entry(String[] words) {
        String joined = String.join(" ", words);
        boolean curated = inventory.isCurated(joined);
        // the same term reached in singular and plural ("human right(s)") is one
        String singular = joined.endsWith("s") ? joined.substring(0, joined.length() - 1) : joined;
        List<Set<String>> baseForms = new ArrayList<>(words.length);
        for (String w : words) {
            baseForms.add(relations.wordNet().lemmas(w));
        }
        return new TermEntry(words, joined, singular, curated, List.copyOf(baseForms));
    }

    /**
     * What the matcher asks of one word type, whatever its position: its base forms, its noun
     * forms, whether it can head or modify a noun phrase, the lemmas close to it, and the terms
     * a phrase ending in it could be a swapped form of. The last two are filled in on first need.
     */
    private final class WordType {
        final Set<String> lemmas;
        final Set<String> forms;
        final boolean readsAsNoun;
        final boolean readsAsModifier;
        final boolean functionWord;
        /** The first letters of each noun form long enough to share a stem ({@link Relations#sameStem}). */
        final List<String> stemPrefixes;
        private volatile Set<String> close;
        private volatile CandidateTerms candidates;
        /** Links to the words of curated terms, as a head and as a modifier. */
        private final TypeCache<Relation> headLinks = new TypeCache<>(MAX_LINKS_PER_TYPE);
        private final TypeCache<Relation> modifierLinks = new TypeCache<>(MAX_LINKS_PER_TYPE);

        WordType(Token t) {
            lemmas = t.lemmas();
            forms = nounForms(t);
            readsAsNoun = computeReadsAsNoun(t, forms);
            readsAsModifier = computeReadsAsModifier(forms);
            functionWord = FUNCTION_WORDS.contains(t.lower());
            stemPrefixes = forms.stream().filter(f -> f.length() >= STEM).map(f -> f.substring(0, STEM)).distinct().toList();
        }

        Set<String> close() {
            Set<String> c = close;
            if (c == null) {
                Set<String> all = new HashSet<>();
                for (String f : forms) {
                    all.addAll(relations.closeLemmas(f));
                }
                close = c = Set.copyOf(all);
            }
            return c;
        }

        /** Any WordNet link to a curated term's word, read as its head or as a noun or adjective modifier. */
        Relation curatedLink(String termWord, boolean head) {
            return head ? headLinks.get(termWord, this, (w, type) -> type.headLink(w))
                    : modifierLinks.get(termWord, this, (w, type) -> type.modifierLink(w));
        }

        private Relation headLink(String termWord) {
            return relations.between(forms, termWord);
        }

        private Relation modifierLink(String termWord) {
            return relations.betweenNominal(forms, termWord, 4);
        }

        CandidateTerms candidates() {
            CandidateTerms c = candidates;
            if (c == null) {
                candidates = c = new CandidateTerms(computeCandidates(lemmas));
            }
            return c;
        }
    }

    /**
     * The terms a phrase ending in one word type could be a swapped form of, indexed so that a
     * phrase looks up the few whose other words it could match instead of trying them all (a
     * common noun ends hundreds of terms). A term known only from WordNet must keep all its words
     * but one, and change that one for a close word (see {@link #match}); so it can only match a
     * phrase in which some modifier has the same base form as the term's word there, or, for a
     * two-word term, whose modifier is close to the term's first word or shares its stem. Those
     * are the index keys. Curated terms take looser links and are always tried. Terms are kept
     * once per singular ("human right(s)"), first one first, in the order they were found.
     */
    private final class CandidateTerms {
        final TermEntry[] entries;
        final Set<String> singulars = new HashSet<>();
        final BitSet curated = new BitSet();
        /** Base form of a modifier -> (entry << 5 | words << 2 | position). */
        final Map<String, int[]> bySameModifier;
        /** Two-word terms: the first word and its base forms -> entry. */
        final Map<String, int[]> byCloseModifier;
        /** Two-word terms: the first letters of the first word -> entry. */
        final Map<String, int[]> byModifierStem;

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
                    if (words[0].length() >= STEM) {
                        stem.computeIfAbsent(words[0].substring(0, STEM), k -> new ArrayList<>(2)).add(index);
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

    private WordType type(Token t) {
        return types.get(t.lower(), t, newWordType);
    }

    /** What one pass over a text knows of its tokens, each looked up at most once (a token ends and starts several phrases). */
    private final class TokenFacts {
        final TokenizedText text;
        private final WordType[] types;

        TokenFacts(TokenizedText text) {
            this.text = text;
            this.types = new WordType[text.size()];
        }

        /** The word type of a word token. */
        WordType type(int i) {
            WordType t = types[i];
            if (t == null) {
                types[i] = t = TermMatcher.this.type(text.token(i));
            }
            return t;
        }

        /** A word of three letters or more that is no function word. */
        boolean isContentWord(int i) {
            Token t = text.token(i);
            return t.kind() == TokenKind.WORD && t.length() > 2 && !type(i).functionWord;
        }
    }

    @Override
    public List<Proposal> propose(TokenizedText text) {
        List<Proposal> out = new ArrayList<>();
        List<Token> tokens = text.tokens();
        TokenFacts facts = new TokenFacts(text);
        Set<String> seen = new HashSet<>();
        BitSet marks = new BitSet();
        WordType[] modifiers = new WordType[TermInventory.MAX_WORDS];
        // per phrase length: 0 not yet checked, 1 a window, -1 not a window
        int[] windowChecked = new int[TermInventory.MAX_WORDS + 1];
        Relation[] links = new Relation[TermInventory.MAX_WORDS];
        for (int end = 1; end < tokens.size(); end++) {
            Token last = tokens.get(end);
            if (last.kind() != TokenKind.WORD || last.length() <= 2) {
                continue;
            }
            WordType lastType = facts.type(end);
            if (lastType.functionWord || !lastType.readsAsNoun) {
                continue;
            }
            Arrays.fill(windowChecked, 0);
            // terms ending in a word related to this one ("killing try": attempt)
            CandidateTerms candidates = lastType.candidates();
            marks.clear();
            marks.or(candidates.curated);
            for (int n = 2; n <= TermInventory.MAX_WORDS && end - n + 1 >= 0; n++) {
                if (window(facts, end - n + 1, end, windowChecked)) {
                    for (int j = 0; j < n - 1; j++) {
                        modifiers[j] = facts.type(end - n + 1 + j);
                    }
                    candidates.markPossible(n, modifiers, marks);
                }
            }
            for (int i = marks.nextSetBit(0); i >= 0; i = marks.nextSetBit(i + 1)) {
                tryTerm(facts, end, candidates.entries[i], windowChecked, links, out);
            }
            // curated terms starting with a word of this phrase ("computer eyesight": computer vision)
            seen.clear();
            for (int n = 2; n <= TermInventory.MAX_WORDS && end - n + 1 >= 0; n++) {
                if (!facts.isContentWord(end - n + 1)) {
                    continue;
                }
                Token first = tokens.get(end - n + 1);
                for (String lemma : first.lemmas()) {
                    for (TermEntry term : curatedStartingWith(lemma)) {
                        if (term.length() == n && !candidates.singulars.contains(term.singular()) && seen.add(term.singular())) {
                            tryTerm(facts, end, term, windowChecked, links, out);
                        }
                    }
                }
            }
        }
        return out;
    }

    private void tryTerm(TokenFacts facts, int end, TermEntry term, int[] windowChecked, Relation[] links, List<Proposal> out) {
        int start = end - term.length() + 1;
        if (start < 0 || !window(facts, start, end, windowChecked)) {
            return;
        }
        Proposal p = match(facts, start, end, term, links);
        if (p != null) {
            out.add(p);
        }
    }

    private static boolean window(TokenFacts facts, int start, int end, int[] windowChecked) {
        int n = end - start + 1;
        if (windowChecked[n] == 0) {
            windowChecked[n] = isWindow(facts, start, end) ? 1 : -1;
        }
        return windowChecked[n] > 0;
    }

    private List<TermEntry> curatedStartingWith(String lemma) {
        List<String[]> terms = inventory.curatedStartingWith(lemma);
        if (terms.isEmpty()) {
            return List.of();
        }
        return curatedByFirstWord.get(lemma, k -> terms.stream().map(this::entry).toList());
    }

    /** Terms a phrase ending in a word with these base forms could be a swapped form of. */
    private List<TermEntry> computeCandidates(Set<String> lemmas) {
        Set<String[]> found = new LinkedHashSet<>();
        for (String lemma : lemmas) {
            found.addAll(inventory.endingWith(lemma));
            found.addAll(inventory.endingLike(lemma));
        }
        for (String lemma : lemmas) {
            for (var syn : relatedLastWords(lemma)) {
                found.addAll(inventory.endingWith(syn));
            }
        }
        List<TermEntry> entries = new ArrayList<>(found.size());
        for (String[] term : found) {
            entries.add(entry(term));
        }
        return List.copyOf(entries);
    }

    private Set<String> relatedLastWords(String lemma) {
        Set<String> out = new LinkedHashSet<>();
        for (net.sf.extjwnl.data.POS pos : net.sf.extjwnl.data.POS.getAllPOS()) {
            for (var s : relations.wordNet().synonyms(pos, lemma)) {
                if (s.sense() <= 4 && s.lemma().indexOf(' ') < 0) {
                    out.add(s.lemma());
                }
            }
        }
        return out;
    }

    /**
     * For a curated term any WordNet link will do, one loose link at most; a term known only from
     * WordNet (60,000 of them, many rare) needs one word kept and the other a close synonym or a
     * related form in its main senses: term completion, "stock marketplace" -> "stock market".
     * Cheap tests first: most phrases fail at their first word, and nothing is built for them.
     */
    private Proposal match(TokenFacts facts, int start, int end, TermEntry entry, Relation[] links) {
        TokenizedText text = facts.text;
        String[] term = entry.words();
        boolean curated = entry.curated();
        Relation modifierLink = Relation.SAME;
        double weight = 1.0;
        int changed = 0;
        int weakLinks = 0;
        int anchors = 0;
        for (int i = 0; i < term.length; i++) {
            Token t = text.token(start + i);
            WordType type = facts.type(start + i);
            boolean head = i == term.length - 1;
            if (!head && !type.readsAsModifier) {
                return null; // "apply mathematician": a verb cannot modify the head of a term
            }
            if (term[i].indexOf('-') >= 0 && !term[i].equals(t.lower())) {
                return null; // "one-night" is no swap of "one"
            }
            Relation r = sameLemma(type.lemmas, term[i], entry.baseForms().get(i)) ? Relation.SAME
                    : !curated ? closeRelation(type, term[i], entry.baseForms().get(i))
                    : type.curatedLink(term[i], head);
            if (r == Relation.SAME || r == Relation.SYNONYM) {
                anchors++;
            }
            if (!head && r.ordinal() > modifierLink.ordinal()) {
                modifierLink = r;
            }
            if (r.weight() < MIN_WEIGHT || (!curated && r.weight() < Relation.FORM.weight()) || (head && r == Relation.SIBLING)) {
                return null;
            }
            if (r.weight() < Relation.FORM.weight() && ++weakLinks > 1) {
                return null; // one loose link is a swap; two are a different phrase
            }
            if (r != Relation.SAME) {
                changed++;
            }
            weight = Math.min(weight, r.weight());
            links[i] = r;
        }
        if (!curated && changed != 1) {
            return null;
        }
        if (anchors == 0) {
            return null; // every word loosely related: a different phrase, not a swapped term
        }
        if (changed == 1 && modifierLink.weight() < Relation.FORM.weight()) {
            return null; // the head kept and its modifier only loosely related: "hold rates" is no "recognition rate"
        }
        if (changed == 0) {
            return null;
        }
        StringBuilder spun = new StringBuilder();
        List<String> why = new ArrayList<>();
        for (int i = 0; i < term.length; i++) {
            String lower = text.token(start + i).lower();
            spun.append(i == 0 ? "" : " ").append(lower);
            if (links[i] != Relation.SAME) {
                why.add(lower + " ~" + links[i].name().toLowerCase() + "~ " + term[i]);
            }
        }
        String phrase = spun.toString();
        if (inventory.contains(phrase) || inventory.contains(lemmaPhrase(text, start, end))) {
            return null;
        }
        String replacement = entry.joined();
        Inflection plural = pluralOf(text.token(end), term[term.length - 1]);
        List<Inflection> perWord = new ArrayList<>(Arrays.asList(new Inflection[term.length]));
        perWord.replaceAll(x -> Inflection.BASE);
        perWord.set(term.length - 1, plural);
        String reason = "'" + phrase + "' is no known term; '" + replacement + "' is" + (curated ? " (term list)" : " (WordNet)")
                + ": " + String.join(", ", why);
        String kind = changed == term.length ? Proposal.TERM_SWAPPED : Proposal.TERM;
        return new Proposal(start, end + 1, replacement, Strength.WEAK, Confidence.term(weight), List.of(),
                Proposal.Origin.of(kind, reason), plural, Proposal.Head.LAST, perWord, List.of(), null);
    }

    /** "paying" and "pay" are one word: an inflection is no swap. */
    private static boolean sameLemma(Set<String> lemmas, String termWord, Set<String> termWordBaseForms) {
        if (lemmas.contains(termWord)) {
            return true;
        }
        for (String t : termWordBaseForms) {
            if (lemmas.contains(t)) {
                return true;
            }
        }
        return false;
    }

    /** For terms known only from WordNet: a synonym, similar adjective or derived form, else nothing. */
    private static Relation closeRelation(WordType type, String target, Set<String> targetBaseForms) {
        Set<String> close = type.close();
        if (close.contains(target)) {
            return Relation.SYNONYM;
        }
        for (String t : targetBaseForms) {
            if (close.contains(t)) {
                return Relation.SYNONYM;
            }
        }
        for (String f : type.forms) {
            if (Relations.sameStem(f, target)) {
                return Relation.FORM;
            }
        }
        return Relation.NONE;
    }

    /**
     * Whether the head reads as a noun: it has a noun reading, and WordNet's sense-tagged counts
     * do not make it mainly a verb ("the economy hurts" ends in a verb, "the hurts" would not).
     */
    private boolean computeReadsAsNoun(Token t, Set<String> forms) {
        var wn = relations.wordNet();
        int noun = 0;
        int verb = 0;
        boolean hasNoun = false;
        for (String f : forms) {
            if (wn.isLemma(net.sf.extjwnl.data.POS.NOUN, f)) {
                hasNoun = true;
                noun += wn.useCount(net.sf.extjwnl.data.POS.NOUN, f);
            }
        }
        for (String l : t.lemmas()) {
            verb += wn.isLemma(net.sf.extjwnl.data.POS.VERB, l) ? wn.useCount(net.sf.extjwnl.data.POS.VERB, l) : 0;
        }
        return hasNoun && (verb == 0 || noun * 3 >= verb || !looksVerbal(t.lower()));
    }

    private boolean computeReadsAsModifier(Set<String> forms) {
        var wn = relations.wordNet();
        for (String f : forms) {
            if (wn.isLemma(net.sf.extjwnl.data.POS.NOUN, f) || wn.isLemma(net.sf.extjwnl.data.POS.ADJECTIVE, f)) {
                return true;
            }
        }
        return false;
    }

    /** Inflected like a verb: -s (3rd person), -ed, -ing. */
    private static boolean looksVerbal(String w) {
        return w.endsWith("ed") || w.endsWith("ing") || (w.endsWith("s") && !w.endsWith("ss"));
    }

    /**
     * The head's own word and its singular, not the base forms of other words it may inflect
     * ("spoke" is no form of "speak" when it heads a noun phrase).
     */
    private static Set<String> nounForms(Token t) {
        String w = t.lower();
        Set<String> out = new LinkedHashSet<>();
        for (String l : t.lemmas()) {
            if (l.equals(w) || w.equals(l + "s") || w.equals(l + "es") || (l.endsWith("y") && w.equals(l.substring(0, l.length() - 1) + "ies"))) {
                out.add(l);
            }
        }
        return out.isEmpty() ? Set.of(w) : out;
    }

    private static Inflection pluralOf(Token last, String termLast) {
        String lower = last.lower();
        return !lower.equals(termLast) && lower.endsWith("s") && !termLast.endsWith("s") && last.lemmas().size() > 1
                ? Inflection.S_FORM : Inflection.BASE;
    }

    private static String lemmaPhrase(TokenizedText text, int start, int end) {
        StringBuilder b = new StringBuilder();
        for (int i = start; i <= end; i++) {
            Token t = text.token(i);
            String lemma = t.lemmas().size() > 1 ? t.lemmas().stream().skip(1).findFirst().orElse(t.lower()) : t.lower();
            b.append(i == start ? "" : " ").append(i == end ? lemma : t.lower());
        }
        return b.toString();
    }

    /** Words only, one sentence, content words at both ends, and either no capitals or all capitals (a name). */
    private static boolean isWindow(TokenFacts facts, int start, int end) {
        TokenizedText text = facts.text;
        int sentence = text.token(end).sentence();
        int capitalized = 0;
        for (int i = start; i <= end; i++) {
            Token t = text.token(i);
            if (t.kind() != TokenKind.WORD || t.sentence() != sentence || t.text().indexOf('-') >= 0) {
                return false;
            }
            boolean cap = t.shape() == CaseShape.CAPITALIZED || t.shape() == CaseShape.UPPER || t.shape() == CaseShape.MIXED;
            if (cap && !(i == start && text.startsSentence(i))) {
                capitalized++;
            }
        }
        int inner = end - start + 1 - (text.startsSentence(start) ? 1 : 0);
        if (capitalized != 0 && capitalized != inner) {
            return false;
        }
        return facts.isContentWord(start) && facts.isContentWord(end);
    }
}
