package org.unspin.morphology;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PosDictionaryTest {

    private final PosDictionary tags = PosDictionary.bundled();

    @Test
    void readsAFormAsItsBaseFormAndTags() {
        assertTrue(tags.readings("mentioned").contains(new PosDictionary.Reading("mention", "VBD")));
        assertTrue(tags.readings("mentioned").contains(new PosDictionary.Reading("mention", "VBN")));
        assertTrue(tags.readings("qzxv").isEmpty(), "an unknown form has no reading");
    }

    @Test
    void reinflectsABaseFormToATag() {
        assertEquals("said", tags.forms("say", "VBD").get(0));
        assertEquals("better", tags.forms("good", "JJR").get(0));
        assertTrue(tags.forms("kinds", "NNS").isEmpty(), "a form is no base form");
        assertTrue(tags.forms("kind", "NN:UN").contains("kind"), "a subtype tag matches its main tag too");
    }

    @Test
    void tagsMapToWordClasses() {
        assertEquals(WordClass.NOUN, WordClass.ofTag("NNS"));
        assertEquals(WordClass.OTHER, WordClass.ofTag("NNP"));
        assertEquals(WordClass.VERB, WordClass.ofTag("VBD"));
        assertEquals(WordClass.ADJECTIVE, WordClass.ofTag("JJR"));
        assertEquals(WordClass.ADVERB, WordClass.ofTag("RB"));
        assertEquals(WordClass.OTHER, WordClass.ofTag("IN"));
    }
}
