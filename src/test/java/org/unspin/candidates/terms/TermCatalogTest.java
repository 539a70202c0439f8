package org.unspin.candidates.terms;

import org.junit.jupiter.api.Test;
import org.unspin.tokenize.TokenizedText;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.unspin.candidates.terms.TermFixtures.INVENTORY;
import static org.unspin.candidates.terms.TermFixtures.RELATIONS;
import static org.unspin.candidates.terms.TermFixtures.WORDNET;
import static org.unspin.candidates.terms.TermFixtures.tokens;

class TermCatalogTest {

    private final TermCatalog catalog = new TermCatalog(INVENTORY, WORDNET);

    @Test
    void anEntryKnowsItsSingularWhetherItIsCuratedAndItsWordsBaseForms() {
        TermEntry rights = catalog.entry(new String[] {"human", "rights"});
        assertEquals("human rights", rights.joined());
        assertEquals("human right", rights.singular());
        assertTrue(rights.curated());
        assertTrue(rights.baseForms().get(1).contains("right"));
        assertFalse(catalog.entry(new String[] {"stock", "market"}).curated(), "WordNet's own term");
    }

    @Test
    void termsEndingInAWordOrInASynonymOfIt() {
        List<String> attempt = catalog.endingLike(Set.of("attempt")).stream().map(TermEntry::joined).toList();
        assertTrue(attempt.contains("assassination attempt"), attempt.toString());
        List<String> assault = catalog.endingLike(Set.of("assault")).stream().map(TermEntry::joined).toList();
        assertTrue(assault.contains("heart attack"), "attack is a synonym of assault: " + assault);
    }

    @Test
    void curatedTermsByTheirFirstWord() {
        List<String> computer = catalog.curatedStartingWith("computer").stream().map(TermEntry::joined).toList();
        assertEquals(List.of("computer vision"), computer);
        assertSame(catalog.curatedStartingWith("computer"), catalog.curatedStartingWith("computer"), "kept once built");
        assertEquals(List.of(), catalog.curatedStartingWith("profound"));
    }

    @Test
    void candidatesAreWorkedOutOncePerWordType() {
        TokenizedText text = tokens("the killing try");
        WordType tryType = new WordTypes(RELATIONS).of(text.token(2));
        CandidateTerms first = catalog.candidatesEndingIn(tryType);
        assertSame(first, catalog.candidatesEndingIn(tryType));
        assertSame(first, tryType.candidateTerms());
    }

    @Test
    void aPhraseThatIsItselfATermAsWrittenOrWithItsHeadInBaseForm() {
        TokenizedText text = tokens("interest rates and stock marketplace");
        assertTrue(catalog.isKnownTerm(text, 0, 1));
        assertFalse(catalog.isKnownTerm(text, 3, 4));
        assertEquals("stock marketplace", TermCatalog.lowerPhrase(text, 3, 4));
    }
}
