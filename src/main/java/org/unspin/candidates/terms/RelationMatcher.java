package org.unspin.candidates.terms;

import org.unspin.tokenize.Token;
import org.unspin.wordnet.Relation;
import org.unspin.wordnet.Relations;

import java.util.Arrays;
import java.util.Set;

/**
 * Matches a phrase against one term word by word through WordNet relations. For a curated term
 * any WordNet link will do, one loose link at most; a term known only from WordNet (60,000 of
 * them, many rare) needs one word kept and the other a close synonym or a related form in its
 * main senses: term completion, "stock marketplace" -> "stock market".
 */
final class RelationMatcher {

    /** Relations weaker than this are not used at all. */
    static final double MIN_WEIGHT = Relation.SIBLING.weight();

    private RelationMatcher() {
    }

    /**
     * The match of tokens from {@code start} against {@code entry}, or null. Cheap tests first:
     * most phrases fail at their first word, and nothing is built for them ({@code links} is the
     * caller's scratch array of at least the term's length; a match gets its own copy).
     */
    static TermMatch match(TextWords words, int start, TermEntry entry, Relation[] links) {
        return match(words, start, entry, links, ThesaurusLinks.NONE);
    }

    /** The same, with WordNet's looser links counted only where {@code thesaurus} links the two words too. */
    static TermMatch match(TextWords words, int start, TermEntry entry, Relation[] links, ThesaurusLinks thesaurus) {
        String[] term = entry.words();
        boolean curated = entry.curated();
        Relation modifierLink = Relation.SAME;
        double weight = 1.0;
        int changed = 0;
        int weakLinks = 0;
        int anchors = 0;
        for (int i = 0; i < term.length; i++) {
            Token t = words.text.token(start + i);
            WordType type = words.type(start + i);
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
            if (!thesaurus.allows(r, type.lemmas, term[i], entry.baseForms().get(i))) {
                return null; // "beta participants" is no "beta particles", "smart switches" no "smart devices"
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
        if (changed == term.length && weight <= Relation.SIBLING.weight()) {
            return null; // every word swapped, one only a kind of the same thing: "market possibilities" is no "game theory"
        }
        return new TermMatch(start, entry, Arrays.copyOf(links, term.length), weight, changed);
    }

    /** "paying" and "pay" are one word: an inflection is no swap. */
    static boolean sameLemma(Set<String> lemmas, String termWord, Set<String> termWordBaseForms) {
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
    static Relation closeRelation(WordType type, String target, Set<String> targetBaseForms) {
        Set<String> close = type.close();
        if (close.contains(target) && type.closeTo(target)) {
            return Relation.SYNONYM;
        }
        for (String t : targetBaseForms) {
            if (close.contains(t) && type.closeTo(t)) {
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
}
