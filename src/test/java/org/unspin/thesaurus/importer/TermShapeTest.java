package org.unspin.thesaurus.importer;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TermShapeTest {

    @ParameterizedTest
    @ValueSource(strings = {"say", "take into account", "well-known", "o'clock", "'tis", "rock-and-roll band"})
    void accepts(String term) {
        assertTrue(TermShape.accepts(term));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Say", "VA hospital", "a b c d", "two  spaces", " lead", "trail ", "-", "'", "b-52", "cafe,"})
    void rejects(String term) {
        assertFalse(TermShape.accepts(term));
    }
}
