package org.unspin.unseen;

import org.junit.jupiter.api.Test;
import org.unspin.Edit;
import org.unspin.Restoration;
import org.unspin.RestoreOptions;
import org.unspin.TestEngines;
import org.unspin.Unspinner;
import org.unspin.lexicon.Lexicon;
import org.unspin.lexicon.LexiconEntry;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Honest evaluation of restoring unseen spin: the tortured-phrase entries of science.tsv are split into
 * {@value #FOLDS} folds; for each fold the engine runs without that fold's entries, on carrier
 * sentences holding each of its tortured phrases, in documents declared spun. Recall: phrases
 * restored to the expected wording; precision: restorations of the phrase whose every edit agrees
 * with the original (a part restored by another entry is right as far as it goes). Both
 * must stay at or above the committed baseline (src/test/resources/baselines/kfold.properties).
 */
class TorturedPhraseKFoldTest {

    static final int FOLDS = 5;
    static final int SAMPLE = 400;
    static final String[] CARRIERS = {
            "In this paper we apply %s to the problem.",
            "The results show that %s improves the outcome.",
    };

    @Test
    void unseenSpinRecallAndPrecisionHoldTheBaseline() throws IOException {
        Unspinner base = TestEngines.defaults();
        Lexicon lexicon = base.lexicon();
        List<LexiconEntry> science = lexicon.entries().stream()
                .filter(e -> e.category().equals("science") && e.spunWords().size() >= 2 && !e.isDeletion())
                .toList();
        int stride = Math.max(1, science.size() / SAMPLE);
        List<LexiconEntry> sample = new ArrayList<>();
        for (int i = 0; i < science.size() && sample.size() < SAMPLE; i += stride) {
            sample.add(science.get(i));
        }
        int attempts = 0;
        int restored = 0;
        int restorations = 0;
        int wrong = 0;
        int carrierAlarms = 0;
        List<String> examples = new ArrayList<>();
        List<String> wrongExamples = new ArrayList<>();
        for (int fold = 0; fold < FOLDS; fold++) {
            Set<LexiconEntry> held = new HashSet<>();
            for (int i = fold; i < sample.size(); i += FOLDS) {
                held.add(sample.get(i));
            }
            // every entry with the same spun side goes too, so no duplicate does the fold's work
            Set<String> heldSpun = new HashSet<>();
            held.forEach(e -> heldSpun.add(e.spun().toLowerCase(Locale.ROOT)));
            Set<LexiconEntry> removed = new HashSet<>();
            for (LexiconEntry e : lexicon.entries()) {
                if (heldSpun.contains(e.spun().toLowerCase(Locale.ROOT))) {
                    removed.add(e);
                }
            }
            Unspinner engine = Unspinner.builder().rules(base.rules()).lexicon(lexicon.without(removed)).build();
            for (LexiconEntry e : held) {
                for (String carrier : CARRIERS) {
                    attempts++;
                    String input = String.format(carrier, e.spun());
                    String expected = String.format(carrier, e.original());
                    Restoration r = engine.restore(input, new RestoreOptions(true));
                    int phraseStart = carrier.indexOf("%s");
                    int phraseEnd = phraseStart + e.spun().length();
                    boolean touched = false;
                    boolean disagrees = false;
                    for (Edit edit : r.edits()) {
                        if (edit.kind().equals("typography")) {
                            continue; // quote style, not wording
                        }
                        if (edit.start() < phraseEnd && edit.end() > phraseStart) {
                            touched = true;
                            disagrees |= !agreesWith(edit, e.original());
                        } else {
                            carrierAlarms++;
                        }
                    }
                    if (touched) {
                        restorations++;
                    }
                    if (r.text().replace('\u2019', '\'').equalsIgnoreCase(expected)) {
                        restored++;
                        if (examples.size() < 8) {
                            examples.add(e.spun() + " -> " + e.original());
                        }
                    } else if (touched && disagrees) {
                        wrong++;
                        if (wrongExamples.size() < 12) {
                            wrongExamples.add(e.spun() + " -> " + r.text() + " (expected " + e.original() + "; by "
                                    + r.edits().stream().map(x -> x.kind() + (x.source() == null ? "" : " " + x.source())).toList() + ")");
                        }
                    }
                }
            }
        }
        System.out.println("k-fold: wrong, e.g.: " + wrongExamples);
        double recall = attempts == 0 ? 0 : (double) restored / attempts;
        double precision = restorations == 0 ? 1 : (double) (restorations - wrong) / restorations;
        System.out.printf("k-fold (%d folds, %d tortured phrases, %d carrier sentences): recall %.3f (%d restored), "
                        + "precision %.3f (%d restorations, %d wrong), %d edits elsewhere in the carriers%n",
                FOLDS, sample.size(), attempts, recall, restored, precision, restorations, wrong, carrierAlarms);
        Properties baseline = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/baselines/kfold.properties")) {
            baseline.load(in);
        }
        double minRecall = Double.parseDouble(baseline.getProperty("recall"));
        double minPrecision = Double.parseDouble(baseline.getProperty("precision"));
        int maxCarrierAlarms = Integer.parseInt(baseline.getProperty("carrierAlarms"));
        assertTrue(recall >= minRecall - 1e-9, "recall " + recall + " below baseline " + minRecall
                + "; restored without their entries, e.g.: " + examples);
        assertTrue(precision >= minPrecision - 1e-9, "precision " + precision + " below baseline " + minPrecision
                + "; wrong, e.g.: " + wrongExamples);
        assertTrue(carrierAlarms <= maxCarrierAlarms, carrierAlarms + " edits in carrier text, baseline " + maxCarrierAlarms);
    }

    /**
     * Whether an edit moves the phrase toward its original: what it writes is words of the original
     * ("brain organization" -> "neural network" inside "feed-forward brain organization", whose
     * original is "feedforward neural network"), or what it deletes is not. A restoration of part
     * of a phrase by another entry is right as far as it goes; recall still counts whole phrases.
     */
    static boolean agreesWith(Edit edit, String original) {
        String o = " " + original.toLowerCase(Locale.ROOT).replace('-', ' ') + " ";
        String after = edit.after().trim().toLowerCase(Locale.ROOT).replace('-', ' ');
        if (after.isEmpty()) {
            return !o.contains(" " + edit.before().trim().toLowerCase(Locale.ROOT) + " ");
        }
        return o.contains(" " + after + " ");
    }
}
