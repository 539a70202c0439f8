package org.unspin.candidates;

import org.unspin.candidates.terms.TermMatcher;
import org.unspin.lexicon.Term;
import org.unspin.thesaurus.MobyNeighbours;
import org.unspin.tokenize.FunctionWords;
import org.unspin.wordnet.TermInventory;
import org.unspin.wordnet.WordNetNeighbours;

import java.util.List;

/**
 * Builds one proposal source for a loaded lexicon. Register your own through
 * {@code Unspinner.builder().source(...)}: it is built again on every reload, and its proposals are
 * decided by the same rules as the bundled ones (give them a kind of their own and a rule that
 * decides that kind).
 */
@FunctionalInterface
public interface ProposalSourceFactory {

    ProposalSource create(SourceContext context);

    /** The sources every engine has, in the order they run. */
    static List<ProposalSourceFactory> defaults() {
        return List.of(
                c -> new LexiconMatcher(c.lexicon(), c.inflector()),
                c -> new AcronymGlossMatcher(c.lexicon()),
                c -> new TypographyMatcher(),
                c -> new SpintaxMatcher(c.fluency()),
                c -> new TermMatcher(new TermInventory(c.lexicon().terms().stream().map(Term::text).toList()), c.relations(), c.tags(), c.moby()),
                ProposalSourceFactory::thesaurus);
    }

    /** Thesaurus candidates over WordNet and Moby, judged by the engine's language model. */
    static ProposalSource thesaurus(SourceContext c) {
        return new ThesaurusCandidates(c.fluency(), c.tags(),
                List.of(new WordNetNeighbours(c.wordNet()), new MobyNeighbours(c.moby())),
                FunctionWords::contains, c.wordNet()::isLemma, c.counts()::log10Frequency, c.learned());
    }
}
