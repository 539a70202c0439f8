package org.unspin.candidates;

import org.unspin.lexicon.Acronym;
import org.unspin.lexicon.Lexicon;
import org.unspin.lexicon.Strength;
import org.unspin.tokenize.CaseShape;
import org.unspin.tokenize.Token;
import org.unspin.tokenize.TokenizedText;
import org.unspin.tokenize.FunctionWords;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Restores a name glossed by a known acronym: "the Stock market (NYSE)" -> "the New York Stock
 * Exchange (NYSE)". Writers spell out the name before its acronym; spinners swap words of the
 * name and leave the acronym, so a capitalized gloss that shares a word with the acronym's
 * expansion but does not spell it is the spun one.
 */
public final class AcronymGlossMatcher implements ProposalSource {


    private final Map<String, Acronym> byAcronym = new HashMap<>();

    public AcronymGlossMatcher(Lexicon lexicon) {
        for (Acronym a : lexicon.acronyms()) {
            byAcronym.putIfAbsent(a.acronym().toLowerCase(Locale.ROOT), a);
        }
    }

    @Override
    public List<Proposal> propose(TokenizedText text) {
        List<Proposal> out = new ArrayList<>();
        List<Token> tokens = text.tokens();
        for (int i = 1; i + 2 < tokens.size(); i++) {
            if (!tokens.get(i).text().equals("(") || !tokens.get(i + 2).text().equals(")")) {
                continue;
            }
            Token abbreviation = tokens.get(i + 1);
            Acronym acronym = byAcronym.get(abbreviation.lower());
            if (acronym == null || abbreviation.shape() == CaseShape.LOWER) {
                continue;
            }
            String[] expansion = acronym.expansion().toLowerCase(Locale.ROOT).split("\\s+");
            int start = i;
            while (start > 0 && i - start < expansion.length + 2) {
                Token t = tokens.get(start - 1);
                if (!t.isWord() || FunctionWords.NAME_LINKS.contains(t.lower()) || t.sentence() != tokens.get(i).sentence()) {
                    break;
                }
                start--;
            }
            if (start == i || tokens.get(start).shape() != CaseShape.CAPITALIZED && tokens.get(start).shape() != CaseShape.UPPER) {
                continue;
            }
            String gloss = text.surface(start, i).toLowerCase(Locale.ROOT);
            if (gloss.equals(acronym.expansion().toLowerCase(Locale.ROOT)) || spellsAcronym(tokens, start, i, acronym.acronym())) {
                continue;
            }
            if (!sharesWord(tokens, start, i, expansion)) {
                continue;
            }
            out.add(Proposal.plain(start, i, acronym.expansion(), Strength.STRONG, Confidence.ACRONYM,
                    new Proposal.Origin(Proposal.ACRONYM, null, acronym.source(),
                            "gloss '" + text.surface(start, i) + "' does not spell " + acronym.acronym() + " = " + acronym.expansion())));
        }
        return out;
    }

    private static boolean spellsAcronym(List<Token> tokens, int from, int to, String acronym) {
        StringBuilder initials = new StringBuilder();
        for (int k = from; k < to; k++) {
            initials.append(Character.toLowerCase(tokens.get(k).text().charAt(0)));
        }
        return initials.toString().equals(acronym.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", ""));
    }

    private static boolean sharesWord(List<Token> tokens, int from, int to, String[] expansion) {
        Set<String> words = new HashSet<>(List.of(expansion));
        for (int k = from; k < to; k++) {
            for (String lemma : tokens.get(k).lemmas()) {
                if (words.contains(lemma)) {
                    return true;
                }
            }
        }
        return false;
    }
}
