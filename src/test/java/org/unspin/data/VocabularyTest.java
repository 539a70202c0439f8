package org.unspin.data;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class VocabularyTest {

    private final Vocabulary vocabulary = Vocabulary.of(List.of("say", "take into account", "don't", "well-known", ""));

    @Test
    void numbersTermsInListOrder() {
        assertEquals(5, vocabulary.size());
        assertEquals(0, vocabulary.id("say"));
        assertEquals(1, vocabulary.id("take into account"));
        assertEquals("don't", vocabulary.term(2));
        assertEquals(4, vocabulary.id(""));
    }

    @Test
    void foldsAsciiCapitalsAndFindsNothingElse() {
        assertEquals(0, vocabulary.id("Say"));
        assertEquals(3, vocabulary.id(new StringBuilder("WELL-KNOWN")));
        assertEquals(-1, vocabulary.id("sa"));
        assertEquals(-1, vocabulary.id("says"));
        assertEquals(-1, vocabulary.id("sáy"));
        assertFalse(vocabulary.contains("take  into account"));
        assertTrue(vocabulary.contains("don't"));
    }

    @Test
    void findsEveryTermOfALargeVocabulary() {
        List<String> terms = new java.util.ArrayList<>();
        for (int i = 0; i < 50_000; i++) {
            terms.add("w" + Integer.toString(i, 26));
        }
        Vocabulary large = Vocabulary.of(terms);
        for (int i = 0; i < terms.size(); i++) {
            assertEquals(i, large.id(terms.get(i)));
        }
        assertEquals(-1, large.id("w-1"));
    }

    @Test
    void rejectsDuplicatesAndCapitals() {
        assertThrows(IllegalArgumentException.class, () -> Vocabulary.of(List.of("say", "say")));
        assertThrows(IllegalArgumentException.class, () -> Vocabulary.of(List.of("Say")));
    }
}
