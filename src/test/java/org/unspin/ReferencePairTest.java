package org.unspin;

import org.junit.jupiter.api.Test;
import org.unspin.score.ErrorRate;
import org.unspin.score.WordErrorRate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The reference pair: restoring the spun copy must come within 3% word error rate of the
 * original (tokenized alike: lower case, punctuation split off), down from about 42% as spun.
 */
class ReferencePairTest {

    @Test
    void restoringTheSpunCopyComesWithinThreePercentWer() {
        String original = TestTexts.referenceOriginal();
        String spun = TestTexts.referenceSpun();
        Restoration r = TestEngines.defaults().restore(spun);
        ErrorRate before = WordErrorRate.of(original, spun);
        ErrorRate after = WordErrorRate.of(original, r.text());
        System.out.printf("reference pair: WER spun %.2f%% (%d errors / %d words) -> restored %.2f%% (%d errors), %d edits%n",
                before.percent(), before.errors(), before.referenceLength(), after.percent(), after.errors(), r.editCount());
        assertEquals(42.48, before.percent(), 0.01);
        assertTrue(after.percent() <= 3.0, "restored WER " + after.percent());
    }

    /**
     * Declaring the copy spun must not make its restoration worse: the lexicon's strong rows show
     * its spinner at work either way, so its weak rows, fillers and quote style apply alike (they
     * once did not, and the declared copy came out at 5.49% WER).
     */
    @Test
    void declaredSpunTheCopyComesOutAsWell() {
        String original = TestTexts.referenceOriginal();
        Restoration plain = TestEngines.defaults().restore(TestTexts.referenceSpun());
        Restoration declared = TestEngines.defaults().restore(TestTexts.referenceSpun(), new RestoreOptions(true));
        assertEquals(plain.text(), declared.text());
        assertTrue(WordErrorRate.of(original, declared.text()).percent() <= 3.0);
    }
}
