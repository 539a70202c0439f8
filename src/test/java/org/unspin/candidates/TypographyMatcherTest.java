package org.unspin.candidates;

import org.junit.jupiter.api.Test;
import org.unspin.lexicon.Strength;
import org.unspin.tokenize.EnglishTokenizer;
import org.unspin.tokenize.TokenizedText;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TypographyMatcherTest {

    private static final TypographyMatcher MATCHER = new TypographyMatcher();

    private static List<Proposal> propose(String s) {
        return MATCHER.propose(new TokenizedText(s, new EnglishTokenizer(w -> Set.of(w)).tokenize(s)));
    }

    private static String apply(String s) {
        TokenizedText text = new TokenizedText(s, new EnglishTokenizer(w -> Set.of(w)).tokenize(s));
        StringBuilder b = new StringBuilder(s);
        List<Proposal> proposals = MATCHER.propose(text);
        for (int i = proposals.size() - 1; i >= 0; i--) {
            Proposal p = proposals.get(i);
            b.replace(text.token(p.start()).start(), text.token(p.end() - 1).end(), p.replacement());
        }
        return b.toString();
    }

    @Test
    void straightQuotesAndApostrophesBecomeCurly() {
        assertEquals("He said \u201Cit\u2019s over\u201D and left.", apply("He said \"it's over\" and left."));
        assertEquals("The \u2018quoted\u2019 word.", apply("The 'quoted' word."));
    }

    @Test
    void everyProposalIsWeakAndTypographic() {
        List<Proposal> p = propose("He said \"no\".");
        assertEquals(2, p.size());
        assertTrue(p.stream().allMatch(x -> x.strength() == Strength.WEAK && x.kind().equals(Proposal.TYPOGRAPHY)), p.toString());
    }

    @Test
    void aTextWithACurlyQuoteKeepsItsOwnStyle() {
        assertEquals(List.of(), propose("It\u2019s fine, and \"this\" stays."));
        assertEquals(List.of(), propose("No quotes at all."));
    }

    @Test
    void aRestoredPhraseIsCurledTheSameWay() {
        assertEquals("who\u2019s been", TypographyMatcher.curlPhrase("who's been"));
        assertEquals("\u201CSquawk Box\u201D", TypographyMatcher.curlPhrase("\"Squawk Box\""));
        assertEquals("plain", TypographyMatcher.curlPhrase("plain"));
    }
}
