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

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

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
    /** Senses of each word that count for a term known only from WordNet. */
    private static final int WORDNET_SENSES = 2;

    private final TermInventory inventory;
    private final Relations relations;
    private final ConcurrentHashMap<String, List<String[]>> candidatesByLastWord = new ConcurrentHashMap<>();

    public TermMatcher(TermInventory inventory, Relations relations) {
        this.inventory = inventory;
        this.relations = relations;
    }

    @Override
    public List<Proposal> propose(TokenizedText text) {
        List<Proposal> out = new ArrayList<>();
        List<Token> tokens = text.tokens();
        Set<String> seen = new java.util.HashSet<>();
        for (int end = 1; end < tokens.size(); end++) {
            Token last = tokens.get(end);
            if (!isContentWord(last) || !readsAsNoun(last)) {
                continue;
            }
            seen.clear();
            // terms ending in a word related to this one ("killing try": attempt)
            for (String[] term : candidates(last)) {
                tryTerm(text, end - term.length + 1, end, term, seen, out);
            }
            // curated terms starting with a word of this phrase ("computer eyesight": computer vision)
            for (int n = 2; n <= TermInventory.MAX_WORDS && end - n + 1 >= 0; n++) {
                Token first = tokens.get(end - n + 1);
                if (!isContentWord(first)) {
                    continue;
                }
                for (String lemma : first.lemmas()) {
                    for (String[] term : inventory.curatedStartingWith(lemma)) {
                        if (term.length == n) {
                            tryTerm(text, end - n + 1, end, term, seen, out);
                        }
                    }
                }
            }
        }
        return out;
    }

    private void tryTerm(TokenizedText text, int start, int end, String[] term, Set<String> seen, List<Proposal> out) {
        if (start < 0 || !seen.add(start + ":" + singular(term)) || !isWindow(text, start, end)) {
            return; // the same term reached twice, or in singular and plural ("human right(s)")
        }
        Proposal p = match(text, start, end, term);
        if (p != null) {
            out.add(p);
        }
    }

    /** Terms a phrase ending in this word could be a swapped form of (cached per word type). */
    private List<String[]> candidates(Token last) {
        return candidatesByLastWord.computeIfAbsent(last.lower(), k -> {
            Set<String[]> found = new LinkedHashSet<>();
            for (String lemma : last.lemmas()) {
                found.addAll(inventory.endingWith(lemma));
                found.addAll(inventory.endingLike(lemma));
            }
            for (String lemma : last.lemmas()) {
                for (var syn : relatedLastWords(lemma)) {
                    found.addAll(inventory.endingWith(syn));
                }
            }
            return List.copyOf(found);
        });
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
     */
    private Proposal match(TokenizedText text, int start, int end, String[] term) {
        boolean curated = inventory.isCurated(String.join(" ", term));
        StringBuilder spun = new StringBuilder();
        double weight = 1.0;
        int changed = 0;
        Relation modifierLink = Relation.SAME;
        int weakLinks = 0;
        int anchors = 0;
        if (!readsAsNoun(text.token(end))) {
            return null;
        }
        List<String> why = new ArrayList<>();
        for (int i = 0; i < term.length; i++) {
            Token t = text.token(start + i);
            Set<String> lemmas = t.lemmas();
            boolean head = i == term.length - 1;
            Set<String> forms = nounForms(t);
            if (!head && !modifierReadings.computeIfAbsent(t.lower(), k -> readsAsModifier(forms))) {
                return null; // "apply mathematician": a verb cannot modify the head of a term
            }
            if (term[i].indexOf('-') >= 0 && !term[i].equals(t.lower())) {
                return null; // "one-night" is no swap of "one"
            }
            Relation r = sameLemma(lemmas, term[i]) ? Relation.SAME
                    : !curated ? closeRelation(forms, term[i])
                    : head ? relations.between(forms, term[i])
                    : relations.betweenNominal(forms, term[i], 4);
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
                why.add(t.lower() + " ~" + r.name().toLowerCase() + "~ " + term[i]);
            }
            weight = Math.min(weight, r.weight());
            spun.append(i == 0 ? "" : " ").append(t.lower());
        }
        String phrase = spun.toString();
        if (!curated && changed != 1) {
            return null;
        }
        if (anchors == 0) {
            return null; // every word loosely related: a different phrase, not a swapped term
        }
        if (changed == 1 && modifierLink.weight() < Relation.FORM.weight()) {
            return null; // the head kept and its modifier only loosely related: "hold rates" is no "recognition rate"
        }
        if (changed == 0 || inventory.contains(phrase) || inventory.contains(lemmaPhrase(text, start, end))) {
            return null;
        }
        String replacement = String.join(" ", term);
        Inflection plural = pluralOf(text.token(end), term[term.length - 1]);
        List<Inflection> perWord = new ArrayList<>(Arrays.asList(new Inflection[term.length]));
        perWord.replaceAll(x -> Inflection.BASE);
        perWord.set(term.length - 1, plural);
        String reason = "'" + phrase + "' is no known term; '" + replacement + "' is" + (inventory.isCurated(replacement) ? " (term list)" : " (WordNet)")
                + ": " + String.join(", ", why);
        String kind = changed == term.length ? Proposal.TERM_SWAPPED : Proposal.TERM;
        return new Proposal(start, end + 1, kind, replacement, Strength.WEAK, 0.5 * weight, List.of(), null, null,
                plural, Proposal.Head.LAST, perWord, List.of(), reason);
    }

    /**
     * Whether the head reads as a noun: it has a noun reading, and WordNet's sense-tagged counts
     * do not make it mainly a verb ("the economy hurts" ends in a verb, "the hurts" would not).
     */
    /** "paying" and "pay" are one word: an inflection is no swap. */
    private boolean sameLemma(Set<String> lemmas, String termWord) {
        if (lemmas.contains(termWord)) {
            return true;
        }
        for (String t : relations.wordNet().lemmas(termWord)) {
            if (lemmas.contains(t)) {
                return true;
            }
        }
        return false;
    }

    /** For terms known only from WordNet: a synonym, similar adjective or derived form, else nothing. */
    private Relation closeRelation(Set<String> forms, String target) {
        for (String f : forms) {
            Set<String> close = relations.closeLemmas(f);
            if (close.contains(target)) {
                return Relation.SYNONYM;
            }
            for (String t : relations.wordNet().lemmas(target)) {
                if (close.contains(t)) {
                    return Relation.SYNONYM;
                }
            }
        }
        for (String f : forms) {
            if (Relations.sameStem(f, target)) {
                return Relation.FORM;
            }
        }
        return Relation.NONE;
    }

    private final ConcurrentHashMap<String, Boolean> nounReadings = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, Boolean> modifierReadings = new ConcurrentHashMap<>();

    private boolean readsAsNoun(Token t) {
        return nounReadings.computeIfAbsent(t.lower(), k -> computeReadsAsNoun(t));
    }

    private boolean computeReadsAsNoun(Token t) {
        Set<String> forms = nounForms(t);
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

    private boolean readsAsModifier(Set<String> forms) {
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

    private static String singular(String[] term) {
        String joined = String.join(" ", term);
        return joined.endsWith("s") ? joined.substring(0, joined.length() - 1) : joined;
    }

    /** Words only, one sentence, content words at both ends, and either no capitals or all capitals (a name). */
    private static boolean isWindow(TokenizedText text, int start, int end) {
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
        return isContentWord(text.token(start)) && isContentWord(text.token(end));
    }

    private static boolean isContentWord(Token t) {
        return t.kind() == TokenKind.WORD && t.length() > 2 && !FUNCTION_WORDS.contains(t.lower());
    }
}
