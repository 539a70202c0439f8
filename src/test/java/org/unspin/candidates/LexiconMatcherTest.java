package org.unspin.candidates;

import org.junit.jupiter.api.Test;
import org.unspin.TestLexicons;
import org.unspin.lexicon.Lexicon;
import org.unspin.wordnet.Inflection;
import org.unspin.wordnet.Inflector;
import org.unspin.wordnet.WordNet;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LexiconMatcherTest {

    private static final WordNet WORDNET = WordNet.shared();
    private static final LexiconMatcher MATCHER = new LexiconMatcher(lexicon(), new Inflector(WORDNET));

    private static Lexicon lexicon() {
        return TestLexicons.of("lexicon/classes.tsv", "class\twords\n@filler\tactually\n",
                "lexicon/t.tsv", "spun\toriginal\tmatch\n"
                + "increase\tgain\tnoun\n"
                + "rate of interest\tinterest rate\texact\n"
                + "rate of interest decrease\tinterest rate cut\tnoun\n"
                + "that is been\twho's been\texact\n"
                + "get footing\tgain traction\tlemma\n");
    }

    private static List<Proposal> propose(String s) {
        return MATCHER.propose(TestLexicons.tokens(s));
    }

    @Test
    void matchesInflectionsOfBaseFormEntries() {
        List<Proposal> p = propose("a streak of increases");
        assertEquals(1, p.size());
        assertEquals(Inflection.S_FORM, p.get(0).inflection());
    }

    @Test
    void nounModeRefusesVerbForms() {
        assertTrue(propose("prices increased sharply").isEmpty());
        assertTrue(propose("prices are increasing").isEmpty());
    }

    @Test
    void findsEveryLengthSoRulesCanPreferTheLongest() {
        List<Proposal> p = propose("hopes of rate of interest decreases");
        assertEquals(2, p.size());
        assertTrue(p.stream().anyMatch(x -> x.length() == 4 && x.inflection() == Inflection.S_FORM));
        assertTrue(p.stream().anyMatch(x -> x.length() == 3));
    }

    @Test
    void skipsSpinnerFillerInsideAPhrase() {
        List<Proposal> p = propose("Lee, that is actually been calling");
        assertEquals(1, p.size());
        assertEquals(4, p.get(0).length());
        assertEquals(1, p.get(0).skipped().size());
    }

    @Test
    void recordsTheInflectionOfEachWord() {
        Proposal p = propose("the group is getting footing").get(0);
        assertEquals(List.of(Inflection.GERUND, Inflection.BASE), p.wordInflections());
    }

    @Test
    void exactEntriesNeedTheSurfaceForm() {
        assertTrue(propose("rates of interest").isEmpty());
    }
}
