package org.unspin.candidates.terms;

import org.unspin.candidates.Proposal;
import org.unspin.candidates.ProposalSource;
import org.unspin.morphology.PosDictionary;
import org.unspin.thesaurus.MobyThesaurus;
import org.unspin.tokenize.Token;
import org.unspin.tokenize.TokenKind;
import org.unspin.tokenize.TokenizedText;
import org.unspin.wordnet.Relation;
import org.unspin.wordnet.Relations;
import org.unspin.wordnet.TermInventory;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Compositional restoration through WordNet: a phrase of two to four words that is no known term,
 * whose words each relate (WordNet synonym, similar adjective, related form, hypernym) to the
 * words of a known term in the same order, is proposed to be that term: "profound learning" ->
 * "deep learning", "killing try" -> "assassination attempt", "Federal Reservoir" -> "Federal
 * Reserve". Proposals are weak and carry the relations as their reason; the rules decide
 * (rules/terms.drl rejects a phrase that could be more than one term). Blocks: numbers,
 * punctuation, names (capitalized words, unless the whole phrase is a name), function words at
 * either end, and phrases that are themselves known terms.
 *
 * <p>This class finds the phrases and the terms worth trying for each: {@link WordTypes} reads
 * the words, {@link TermCatalog} and {@link CandidateTerms} say which terms a phrase ending in a
 * word could be, {@link RelationMatcher} matches a phrase against one term and
 * {@link TermProposals} writes the proposal.
 */
public final class TermMatcher implements ProposalSource {

    private final WordTypes wordTypes;
    private final TermCatalog catalog;
    private final NounNumber number;
    private final ThesaurusLinks thesaurusLinks;

    /** With the bundled tag dictionary and thesaurus, as the engine builds it. */
    public TermMatcher(TermInventory inventory, Relations relations) {
        this(inventory, relations, PosDictionary.bundled(), MobyThesaurus.bundled());
    }

    /**
     * @param tags      the tag dictionary that reads each word's number (irregular plurals), or null for regular plurals only
     * @param thesaurus a general thesaurus that must also link two words WordNet relates only loosely
     *                  (see {@link ThesaurusLinks}), or null to take every WordNet link
     */
    public TermMatcher(TermInventory inventory, Relations relations, PosDictionary tags, MobyThesaurus thesaurus) {
        this.wordTypes = new WordTypes(relations);
        this.catalog = new TermCatalog(inventory, relations.wordNet());
        this.number = new NounNumber(tags);
        this.thesaurusLinks = new ThesaurusLinks(thesaurus);
    }

    @Override
    public List<Proposal> propose(TokenizedText text) {
        List<Proposal> out = new ArrayList<>();
        List<Token> tokens = text.tokens();
        TextWords words = new TextWords(text, wordTypes);
        Set<String> seen = new HashSet<>();
        BitSet marks = new BitSet();
        WordType[] modifiers = new WordType[TermInventory.MAX_WORDS];
        Relation[] links = new Relation[TermInventory.MAX_WORDS];
        for (int end = 1; end < tokens.size(); end++) {
            Token last = tokens.get(end);
            if (last.kind() != TokenKind.WORD || last.length() <= 2) {
                continue;
            }
            WordType lastType = words.type(end);
            if (lastType.functionWord || !lastType.readsAsNoun) {
                continue;
            }
            // terms ending in a word related to this one ("killing try": attempt)
            CandidateTerms candidates = catalog.candidatesEndingIn(lastType);
            marks.clear();
            marks.or(candidates.curated);
            for (int n = 2; n <= TermInventory.MAX_WORDS && end - n + 1 >= 0; n++) {
                if (words.isWindow(end - n + 1, end)) {
                    for (int j = 0; j < n - 1; j++) {
                        modifiers[j] = words.type(end - n + 1 + j);
                    }
                    candidates.markPossible(n, modifiers, marks);
                }
            }
            for (int i = marks.nextSetBit(0); i >= 0; i = marks.nextSetBit(i + 1)) {
                tryTerm(words, end, candidates.entries[i], links, out);
            }
            // curated terms starting with a word of this phrase ("computer eyesight": computer vision)
            seen.clear();
            for (int n = 2; n <= TermInventory.MAX_WORDS && end - n + 1 >= 0; n++) {
                if (!words.isContentWord(end - n + 1)) {
                    continue;
                }
                Token first = tokens.get(end - n + 1);
                for (String lemma : first.lemmas()) {
                    for (TermEntry term : catalog.curatedStartingWith(lemma)) {
                        if (term.length() == n && !candidates.singulars.contains(term.singular()) && seen.add(term.singular())) {
                            tryTerm(words, end, term, links, out);
                        }
                    }
                }
            }
        }
        return out;
    }

    private void tryTerm(TextWords words, int end, TermEntry term, Relation[] links, List<Proposal> out) {
        int start = end - term.length() + 1;
        if (start < 0 || !words.isWindow(start, end)) {
            return;
        }
        TermMatch match = RelationMatcher.match(words, start, term, links, thesaurusLinks);
        if (match == null || catalog.isKnownTerm(words.text, start, end)) {
            return;
        }
        // a spinner keeps each word's number: "harmful manner" is no swap of "bad manners", nor
        // "muscles contracts" (a plural modifier, and a verb) of "muscle contractions"; only a
        // plural head may stand for a singular one ("heart assaults": heart attacks)
        for (int i = 0; i < term.length() - 1; i++) {
            if (catalog.isPluralNoun(term.words()[i]) != number.isPlural(words.text.token(start + i))) {
                return;
            }
        }
        boolean termPlural = catalog.isPluralNoun(term.words()[term.length() - 1]);
        boolean spunPlural = number.isPlural(words.text.token(end));
        if (termPlural && !spunPlural) {
            return;
        }
        out.add(TermProposals.of(words.text, match, termPlural, spunPlural));
    }
}
