package org.unspin.unseen;

import org.junit.jupiter.api.Test;
import org.unspin.TestEngines;
import org.unspin.Unspinner;
import org.unspin.score.WordErrorRate;
import org.unspin.workflow.GlossCorpus;
import org.unspin.workflow.SpinnerSimulator;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Spin evidence in long documents: articles of about 1,000 words of WordNet glosses (the clean
 * corpus's slice, cut longer; the threshold was chosen on another), as they are and spun by the WordNet
 * spinner at a rate of 0.3. A long spun article must be judged spun from the fluency of its words
 * alone (no lexicon row was written from it), and no clean one.
 */
class LongDocumentEvidenceTest {

    @Test
    void longSpunArticlesShowSpinAndCleanOnesDoNot() {
        List<String> articles = GlossCorpus.documents(0, 3, 40_000, 1_000);
        SpinnerSimulator spinner = SpinnerSimulator.withWordNet(0.3, 100);
        Unspinner engine = TestEngines.defaults();
        int clean = 0;
        int spun = 0;
        int errorsBefore = 0;
        int errorsAfter = 0;
        for (String article : articles) {
            clean += engine.restore(article).documentSpun() ? 1 : 0;
            SpinnerSimulator.SpunText s = spinner.spin(article);
            org.unspin.Restoration r = engine.restore(s.spun());
            spun += r.documentSpun() ? 1 : 0;
            errorsBefore += WordErrorRate.of(s.original(), s.spun()).errors();
            errorsAfter += WordErrorRate.of(s.original(), r.text()).errors();
        }
        System.out.printf("long articles (%d of about 1,000 words): clean judged spun %d, spun judged spun %d; "
                + "word errors of the spun copies %d -> %d restored%n", articles.size(), clean, spun, errorsBefore, errorsAfter);
        assertEquals(0, clean, "a clean article judged spun");
        assertTrue(spun >= 11, spun + " spun articles judged spun, 14 measured");
        assertTrue(errorsAfter < errorsBefore, "restoring the spun articles must remove errors: " + errorsBefore + " -> " + errorsAfter);
    }
}
