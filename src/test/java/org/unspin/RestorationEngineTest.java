package org.unspin;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RestorationEngineTest {

    private static final Unspinner ENGINE = TestEngines.defaults();
    /** Two strong restorations: a document starting with this shows spin, so weak entries may fire in it. */
    private static final String SPUN_PREFIX = "The Federal Reservoir chair survived a killing try. ";

    @Test
    void theOriginalComesOutUnchanged() {
        String original = TestTexts.referenceOriginal();
        Restoration r = ENGINE.restore(original);
        assertEquals(List.of(), r.edits(), "edits on the unspun original");
        assertEquals(original, r.text());
        String runningText = String.join(" ", original.split("\\s+"));
        assertEquals(List.of(), ENGINE.restore(runningText).edits(), "edits on the original as running text");
        assertEquals(List.of(), ENGINE.restore(runningText, new RestoreOptions(true)).edits(),
                "edits on the original even when declared spun");
    }

    @Test
    void everyEditIsExplainedAndReproducesTheText() {
        Restoration r = ENGINE.restore(TestTexts.referenceSpun());
        assertTrue(r.edits().size() > 50, "edits: " + r.edits().size());
        TestTexts.assertEditsReproduceText(r);
        for (Edit e : r.edits()) {
            assertNotNull(e.rule(), e.toString());
            assertFalse(e.reason() == null || e.reason().isBlank(), e.toString());
            if (Edit.STAGE_RESTORE.equals(e.stage()) && e.kind().equals("lexicon")) {
                assertTrue(e.source().matches("lexicon/[a-z-]+\\.tsv:\\d+"), e.toString());
                assertNotNull(e.entry(), e.toString());
            }
        }
        assertTrue(r.documentSpun());
    }

    /**
     * Each ambiguous word the reference pair needs, in its ordinary sense: its guards keep it
     * unchanged, alone and even inside a document that shows spin.
     */
    @ParameterizedTest
    @ValueSource(strings = {
            "She dove into the pool before breakfast.",
            "The dove flew over the market square at 9 a.m.",
            "He made his mark on the industry.",
            "The Dow crossed the 40,000 mark on Friday.",
            "The Senate passed the measure on Tuesday.",
            "The team won the championship game.",
            "Rent increases hurt tenants in the city.",
            "The company increases its dividend every year.",
            "Medical supplies ran low at the hospital.",
            "The group is gaining traction with voters.",
            "Investors hope to gain from the merger.",
            "Shares are listed on the stock exchange in London.",
            "The temperature rose as high as 40 degrees.",
            "The main road was closed for repairs.",
            "In the past few years, prices rose.",
            "The museum possesses a rare painting.",
            "Prices vary depending on the region.",
            "He noted that sales rose.",
            "She bought a pair of shoes.",
            "Only a handful of people came.",
            "It is an economical car.",
            "The rule, that is, been there for years, stays.",
            "She will dress a mannequin for the show.",
            "Small caps are more conscious of risk."
    })
    void ambiguousWordsInTheirOrdinarySenseStayUnchanged(String clean) {
        assertEquals(clean, ENGINE.restore(clean).text(), "alone");
        Restoration inSpunDocument = ENGINE.restore(SPUN_PREFIX + clean);
        assertTrue(inSpunDocument.documentSpun(), "the prefix makes the document spun");
        for (Edit e : inSpunDocument.edits()) {
            assertTrue(e.end() <= SPUN_PREFIX.length(), "edit inside the clean sentence: " + e);
        }
    }

    /**
     * Weak entries are ordinary English; in a text that shows no spin they never fire (in a spun
     * document they may: that is their design, see rules/evidence.drl).
     */
    @ParameterizedTest
    @ValueSource(strings = {
            "Our experts believe in open data.",
            "The economic crisis of 2008 changed banking.",
            "Analysts watch the economic climate closely.",
            "A research study found no link.",
            "It could possibly rain tomorrow.",
            "The data is actually better than expected.",
            "Growth is coming from Asia.",
            "The head of state spoke on Monday.",
            "Prices will certainly rise, and also wages.",
            "The economy is generally much more stable now."
    })
    void weakEntriesNeverFireInTextWithoutSpin(String clean) {
        Restoration r = ENGINE.restore(clean);
        assertEquals(clean, r.text());
        assertFalse(r.documentSpun());
    }

    /** Spinner habits on subjects and inflections the lexicon was not written from. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Head of state Emmanuel Macron survived a killing try on Sunday.|President Emmanuel Macron survived an assassination attempt on Sunday.",
            "The Federal Reservoir is expected to hold rates, depending on to economists.|The Federal Reserve is expected to hold rates, according to economists.",
            "The coach, that is actually been training the squad for pair of years, stayed, depending on to the club.|The coach, who's been training the squad for two years, stayed, according to the club.",
            "Several startups are getting footing among developers, depending on to the survey.|Several startups are gaining traction among developers, according to the survey.",
            "Both parties performed not agree on the budget, depending on to aides.|Both parties did not agree on the budget, according to aides.",
            "Governors were jumping tolls on steel imports after the killing try.|Governors were hiking tariffs on steel imports after the assassination attempt.",
            "Mega hats and tiny limits both rallied after the Federal Reservoir meeting.|Megacaps and small caps both rallied after the Federal Reserve meeting.",
            "The central bank signalled rate of interest decreases, depending on to traders.|The central bank signalled interest rate cuts, according to traders.",
            "Lower rates of interest will certainly help borrowers, depending on to the Federal Reservoir.|Lower interest rates will help borrowers, according to the Federal Reserve.",
            "Tech shares dropped as cooling rising cost of living data lifted the Federal Reservoir outlook.|Tech shares dropped as cooling inflation data lifted the Federal Reserve outlook.",
            "The senator possesses become a target, depending on to the Federal Reservoir report.|The senator has become a target, according to the Federal Reserve report.",
            "Rate cuts could dress a recession and widen the economical recovery.|Rate cuts could skirt a recession and widen the economic recovery.",
            "Traders deal with the floor of the Stock market (NYSE) each day, depending on to the exchange.|Traders work on the floor of the New York Stock Exchange (NYSE) each day, according to the exchange."
    })
    void restoresSpinOnUnseenText(String spun, String expected) {
        Restoration r = ENGINE.restore(spun);
        String text = r.text().replace('\u2019', '\'').replace('\u201C', '"').replace('\u201D', '"');
        assertEquals(expected, text);
        TestTexts.assertEditsReproduceText(r);
    }

    @Test
    void resultsAreImmutable() {
        Restoration r = ENGINE.restore("The Federal Reservoir met.");
        assertThrows(UnsupportedOperationException.class, () -> r.edits().clear());
        assertThrows(UnsupportedOperationException.class, () -> r.nearMisses().clear());
    }

    @Test
    void restoringTheRestoredTextChangesNothingMore() {
        Restoration once = ENGINE.restore(TestTexts.referenceSpun());
        Restoration twice = ENGINE.restore(once.text(), new RestoreOptions(true));
        assertEquals(List.of(), twice.edits().stream().filter(e -> e.stage().equals(Edit.STAGE_RESTORE)).toList());
    }

    @Test
    void aTextDeclaredSpunRightAfterItsPlainRestorationIsRestoredAsOnItsOwn() {
        // the second restoration shares the stages before the rules with the first (as the spin risk asks for it)
        String text = "The Federal Reservoir watched the economic climate.";
        Restoration plain = ENGINE.restore(text);
        assertFalse(plain.documentSpun());
        Restoration declared = ENGINE.restore(text, new RestoreOptions(true));
        Restoration alone = ENGINE.restore(new String(text.toCharArray()), new RestoreOptions(true));
        assertEquals(alone, declared);
        assertTrue(declared.edits().size() > plain.edits().size(), "the weak row is restored once declared spun");
        assertEquals(plain, ENGINE.restore(new String(text.toCharArray())));
    }
}
