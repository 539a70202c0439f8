package org.unspin.realize;

import org.junit.jupiter.api.Test;
import org.unspin.TestLexicons;
import org.unspin.candidates.LexiconMatcher;
import org.unspin.candidates.Proposal;
import org.unspin.decide.facts.Candidate;
import org.unspin.lexicon.Lexicon;
import org.unspin.tokenize.CaseShape;
import org.unspin.tokenize.TokenizedText;
import org.unspin.wordnet.Inflector;
import org.unspin.wordnet.WordNet;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class RealizerTest {

    private static final WordNet WORDNET = WordNet.shared();
    private static final Inflector INFLECTOR = new Inflector(WORDNET);
    private static final Realizer REALIZER = new Realizer(INFLECTOR);
    private static final LexiconMatcher MATCHER = new LexiconMatcher(lexicon(), INFLECTOR);

    private static Lexicon lexicon() {
        return TestLexicons.of("lexicon/t.tsv", "spun\toriginal\tmatch\tcontext\tstrength\n"
                + "killing try\tassassination attempt\texact\t\tstrong\n"
                + "little hat\tsmall cap\tnoun\t\tstrong\n"
                + "jump\thike\tlemma\t\tstrong\n"
                + "actually\t-\texact\t\tweak\n"
                + "Federal Reservoir\tFederal Reserve\tcase\t\tstrong\n");
    }

    /** Every proposal accepted and realized, applied to the text. */
    private static String realize(String s) {
        TokenizedText text = TestLexicons.tokens(s);
        List<Candidate> accepted = new ArrayList<>();
        for (Proposal p : MATCHER.propose(text)) {
            Candidate c = new Candidate(accepted.size(), p, accepted.size(), text.surface(p.start(), p.end()), 0);
            c.accept("test", "accepted");
            accepted.add(c);
        }
        StringBuilder b = new StringBuilder(s);
        List<RealizedEdit> edits = REALIZER.realize(text, accepted);
        for (int i = edits.size() - 1; i >= 0; i--) {
            RealizedEdit e = edits.get(i);
            assertEquals(s.substring(e.start(), e.end()), e.before(), "before is the text it replaces");
            b.replace(e.start(), e.end(), e.after());
        }
        return b.toString();
    }

    @Test
    void realizesRestorationsInTheSpunWordsInflectionAndCase() {
        assertEquals("Small caps rallied.", realize("Little hats rallied."));
        assertEquals("They hiked tariffs and are hiking taxes.", realize("They jumped tariffs and are jumping taxes."));
        assertEquals("The Federal Reserve met.", realize("The Federal Reservoir met."));
    }

    @Test
    void theArticleAgreesWithTheRestoredWords() {
        assertEquals("He survived an assassination attempt.", realize("He survived a killing try."));
    }

    @Test
    void aDeletionTakesItsSpaceWithIt() {
        assertEquals("The Fed is cutting.", realize("The Fed is actually cutting."));
    }

    @Test
    void carriesCapitalizationOver() {
        assertEquals("Small cap", Realizer.applyCase("small cap", CaseShape.CAPITALIZED, "Little"));
        assertEquals("small cap", Realizer.applyCase("small cap", CaseShape.LOWER, "little"));
        assertEquals("SMALL CAP", Realizer.applyCase("small cap", CaseShape.UPPER, "LITTLE"));
        assertEquals("Federal Reserve", Realizer.applyCase("Federal Reserve", CaseShape.LOWER, "federal"));
    }

    @Test
    void choosesArticlesBySound() {
        assertEquals("an", Articles.articleFor("assassination"));
        assertEquals("a", Articles.articleFor("recession"));
        assertEquals("an", Articles.articleFor("hour"));
        assertEquals("a", Articles.articleFor("union"));
        assertEquals("a", Articles.articleFor("one"));
        assertEquals("an", Articles.articleFor("NYSE"));
        assertEquals("a", Articles.articleFor("CNBC"));
    }
}
