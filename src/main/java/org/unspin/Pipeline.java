package org.unspin;

import org.unspin.candidates.AcronymGlossMatcher;
import org.unspin.candidates.LexiconMatcher;
import org.unspin.candidates.Proposal;
import org.unspin.candidates.ProposalSource;
import org.unspin.candidates.TermMatcher;
import org.unspin.candidates.TypographyMatcher;
import org.unspin.decide.DecideOptions;
import org.unspin.decide.Decider;
import org.unspin.decide.Decisions;
import org.unspin.decide.RuleBase;
import org.unspin.decide.facts.Candidate;
import org.unspin.decide.facts.Status;
import org.unspin.lexicon.Lexicon;
import org.unspin.lexicon.Term;
import org.unspin.normalize.NormalizedText;
import org.unspin.normalize.Normalizer;
import org.unspin.realize.RealizedEdit;
import org.unspin.realize.Realizer;
import org.unspin.tokenize.EnglishTokenizer;
import org.unspin.tokenize.TokenizedText;
import org.unspin.wordnet.Inflector;
import org.unspin.wordnet.Relations;
import org.unspin.wordnet.TermInventory;
import org.unspin.wordnet.WordNet;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One immutable set of stages built from one rule base and one lexicon:
 * normalize -> tokenize -> candidates -> decide -> realize -> assemble.
 */
final class Pipeline {

    private final RuleBase rules;
    private final Lexicon lexicon;
    private final Normalizer normalizer;
    private final EnglishTokenizer tokenizer;
    private final LexiconMatcher lexiconMatcher;
    private final List<ProposalSource> sources;
    private final Decider decider;
    private final Realizer realizer;

    Pipeline(RuleBase rules, Lexicon lexicon, WordNet wordNet, Inflector inflector, Relations relations, DecideOptions options) {
        this.rules = rules;
        this.lexicon = lexicon;
        this.normalizer = new Normalizer(lexicon.scraping(), w -> isEnglishWord(wordNet, w));
        this.tokenizer = new EnglishTokenizer(wordNet::lemmas);
        TermInventory terms = new TermInventory(lexicon.terms().stream().map(Term::text).toList());
        this.lexiconMatcher = new LexiconMatcher(lexicon, inflector);
        this.sources = List.of(lexiconMatcher, new AcronymGlossMatcher(lexicon), new TypographyMatcher(),
                new TermMatcher(terms, relations));
        this.decider = new Decider(rules, lexicon.classes(), options);
        this.realizer = new Realizer(inflector);
    }

    private static boolean isEnglishWord(WordNet wordNet, String lower) {
        for (String lemma : wordNet.lemmas(lower)) {
            if (wordNet.isLemma(lemma)) {
                return true;
            }
        }
        return false;
    }

    RuleBase rules() {
        return rules;
    }

    Lexicon lexicon() {
        return lexicon;
    }

    EnglishTokenizer tokenizer() {
        return tokenizer;
    }

    /**
     * Tokenizes and matches the lexicon, nothing else (no rules, no realization): the floor that
     * the cost of a whole restoration is measured against. Returns the number of lexicon matches.
     */
    int scanLexicon(String input) {
        TokenizedText tokens = new TokenizedText(input, tokenizer.tokenize(input));
        return lexiconMatcher.propose(tokens).size();
    }

    Restoration restore(String input, RestoreOptions options) {
        NormalizedText normalized = normalizer.normalize(input);
        TokenizedText tokens = new TokenizedText(normalized.text(), tokenizer.tokenize(normalized.text()));
        List<Proposal> proposals = new ArrayList<>();
        for (ProposalSource source : sources) {
            proposals.addAll(source.propose(tokens));
        }
        Decisions decisions = decider.decide(tokens, proposals, options.assumeSpun());
        List<RealizedEdit> realized = realizer.realize(tokens, decisions.accepted());
        List<Edit> edits = EditAssembler.assemble(normalized, realized, decisions);
        String text = EditAssembler.apply(input, edits);
        List<NearMiss> nearMisses = new ArrayList<>();
        Set<String> fired = new HashSet<>(decisions.rulesFired());
        for (Candidate c : decisions.candidates()) {
            if (c.getStatus() != Status.ACCEPTED) {
                int start = tokens.token(c.getStart()).start();
                int end = tokens.token(c.getEnd() - 1).end();
                nearMisses.add(new NearMiss(normalized.toInput(start, false), normalized.toInput(end, true), c.getText(),
                        c.getReplacement(), c.getDecidedBy(), c.getProposal().source() == null ? null : c.getProposal().source().toString(),
                        c.getReason() == null ? "undecided" : c.getReason()));
            }
        }
        if (!normalized.edits().isEmpty()) {
            normalized.edits().forEach(e -> fired.add(e.rule()));
        }
        realized.forEach(r -> {
            if (r.rule() != null) {
                fired.add(r.rule());
            }
        });
        return new Restoration(input, text, edits, nearMisses, decisions.documentSpun(), decisions.spinReason(), tokens.size(), fired);
    }
}
