package org.unspin.candidates.terms;

import org.unspin.candidates.Confidence;
import org.unspin.candidates.Proposal;
import org.unspin.lexicon.Strength;
import org.unspin.tokenize.Token;
import org.unspin.tokenize.TokenizedText;
import org.unspin.wordnet.Inflection;
import org.unspin.wordnet.Relation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Writes a term match as a proposal: weak (the rules restore it only in a document that shows
 * spin), as confident as its loosest link, the term's head in the spun head's number, and the
 * relations as its reason: "'heart assault' is no known term; 'heart attack' is (term list):
 * assault ~synonym~ attack".
 */
final class TermProposals {

    private TermProposals() {
    }

    /**
     * @param termPlural whether the term's head is already plural (bad manners, human rights)
     * @param spunPlural whether the phrase's head is a plural noun (heart assaults, immature men)
     */
    static Proposal of(TokenizedText text, TermMatch match, boolean termPlural, boolean spunPlural) {
        int start = match.start();
        int end = match.end() - 1;
        String[] term = match.term().words();
        Relation[] links = match.links();
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
        String replacement = match.term().joined();
        Inflection plural = !termPlural && spunPlural ? Inflection.S_FORM : Inflection.BASE;
        List<Inflection> perWord = new ArrayList<>(Arrays.asList(new Inflection[term.length]));
        perWord.replaceAll(x -> Inflection.BASE);
        perWord.set(term.length - 1, plural);
        String reason = "'" + phrase + "' is no known term; '" + replacement + "' is"
                + (match.term().curated() ? " (term list)" : " (WordNet)") + ": " + String.join(", ", why);
        return new Proposal(start, end + 1, replacement, Strength.WEAK, Confidence.term(match.weight()), List.of(),
                Proposal.Origin.of(match.kind(), reason), plural, Proposal.Head.LAST, perWord, List.of(), null);
    }

}
