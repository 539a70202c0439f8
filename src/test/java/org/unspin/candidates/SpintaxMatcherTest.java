package org.unspin.candidates;

import org.junit.jupiter.api.Test;
import org.unspin.Restoration;
import org.unspin.TestEngines;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Spinner markup left in published text is resolved and proves the document spun. */
class SpintaxMatcherTest {

    private static Restoration restore(String text) {
        return TestEngines.defaults().restore(text);
    }

    @Test
    void aBracedSlotBecomesItsMostFluentOption() {
        Restoration r = restore("It affects the {web|the net} visibility of a site.");
        assertEquals("It affects the web visibility of a site.", r.text());
        assertEquals(Proposal.SPINTAX, r.edits().get(0).kind());
        assertTrue(r.edits().get(0).entry().contains("web / the net"), r.edits().get(0).entry());
        assertTrue(r.documentSpun(), "spinner markup is proof of spinning software");
    }

    @Test
    void aSlotThatLostItsOpeningBraceStartsOneWordBeforeTheFirstBar() {
        Restoration r = restore("It improves the visibility of netsite|an internet site|a web site} in search results.");
        assertEquals("It improves the visibility of a web site in search results.", r.text());
    }

    @Test
    void barsThatAreNoSpintaxStayAsTheyAre() {
        for (String text : new String[]{
                "Spencer Platt | Getty Images",
                "Use a|b to choose either.",
                "The set {1, 2, 3} has three members.",
                "Press {Ctrl} and | together.",
                // wiki and web templates
                "Eiffel presented his plans to the {{lang|fr|Société des Ingénieurs Civils}}.",
                "Hello {{user|name}}, welcome back."}) {
            assertEquals(text, restore(text).text(), text);
        }
    }
}
