package org.unspin.realize;

import org.junit.jupiter.api.Test;
import org.unspin.tokenize.CaseShape;

import static org.junit.jupiter.api.Assertions.assertEquals;

class RealizerTest {

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
