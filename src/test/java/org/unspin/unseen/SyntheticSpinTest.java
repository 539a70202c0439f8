package org.unspin.unseen;

import org.junit.jupiter.api.Test;
import org.unspin.Edit;
import org.unspin.Restoration;
import org.unspin.RestoreOptions;
import org.unspin.TestEngines;
import org.unspin.Unspinner;
import org.unspin.corpus.CleanCorpus;
import org.unspin.workflow.SpinnerSimulator;
import org.unspin.workflow.SpinnerSimulator.Swap;
import org.unspin.morphology.WordClass;
import org.unspin.wordnet.WordNet;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Unseen spin made on demand: a fixed slice of the clean corpus (about
 * {@value #WORDS} words) spun by the {@link SpinnerSimulator} over WordNet (rate {@value #RATE},
 * seed {@value #SEED}), restored by the default engine, as it is and with the document declared
 * spun. Recall and precision per word class against the recorded swaps: a swap is restored when an
 * edit over it gives back the original words exactly; an edit counts for the class of the first
 * swap it touches, and one touching no swap is a false alarm. Plus the false alarms on the same
 * text unspun. Quote-style edits are not judged (counted apart). Held at src/test/resources/baselines/synthetic-spin.tsv ({@code -Dunspin.updateBaselines=true}
 * rewrites it).
 */
class SyntheticSpinTest {

    static final int WORDS = 4_000;
    static final double RATE = 0.3;
    static final long SEED = 7;
    static final Path BASELINE = Path.of("src/test/resources/baselines/synthetic-spin.tsv");
    static final double TOLERANCE = 0.005;
    static final String ALL = "all";
    static final String UNSPUN = "unspun_false_alarms";

    /** Counts of one word class (or all) under one way of restoring. */
    static final class Tally {
        int swaps;
        int restored;
        int edits;
        int correctEdits;

        OptionalDouble recall() {
            return BaselineFile.ratio(restored, swaps);
        }

        OptionalDouble precision() {
            return BaselineFile.ratio(correctEdits, edits);
        }
    }

    /** Per class and for all, how one way of restoring did; edits touching no swap are counted in {@code elsewhere}. */
    static final class Run {
        final Map<String, Tally> byClass = new LinkedHashMap<>();
        int elsewhere;
        int unspunFalseAlarms;
        int quoteStyle;

        Run() {
            for (WordClass wc : WordNet.PARTS_OF_SPEECH) {
                byClass.put(wc.label(), new Tally());
            }
            byClass.put(ALL, new Tally());
        }
    }

    @Test
    void syntheticSpinRecallAndPrecisionPerWordClassHoldTheBaseline() throws IOException {
        List<String> documents = CleanCorpus.documents(WORDS);
        SpinnerSimulator spinner = SpinnerSimulator.withWordNet(RATE, SEED);
        Unspinner engine = TestEngines.defaults();
        Run asIs = new Run();
        Run assumed = new Run();
        int words = 0;
        for (String document : documents) {
            words += CleanCorpus.countWords(document);
            SpinnerSimulator.SpunText spun = spinner.spin(document);
            judge(spun, engine.restore(spun.spun()), asIs);
            judge(spun, engine.restore(spun.spun(), new RestoreOptions(true)), assumed);
            asIs.unspunFalseAlarms += wordingEdits(engine.restore(document), asIs).size();
            assumed.unspunFalseAlarms += wordingEdits(engine.restore(document, new RestoreOptions(true)), assumed).size();
        }
        System.out.print(table(documents.size(), words, asIs, assumed));

        if (BaselineFile.updating()) {
            writeBaseline(asIs, assumed);
            System.out.println("baseline written to " + BASELINE);
            return;
        }
        Map<String, List<String>> baseline = BaselineFile.read(BASELINE);
        List<String> worse = new ArrayList<>();
        for (String cls : asIs.byClass.keySet()) {
            List<String> row = baseline.get(cls);
            assertTrue(row != null, "no baseline row for " + cls + " in " + BASELINE
                    + "; run mvn test -Dtest=SyntheticSpinTest -Dunspin.updateBaselines=true");
            compare(cls + " recall", asIs.byClass.get(cls).recall(), BaselineFile.number(row.get(0)), worse);
            compare(cls + " precision", asIs.byClass.get(cls).precision(), BaselineFile.number(row.get(1)), worse);
            compare(cls + " recall (declared spun)", assumed.byClass.get(cls).recall(), BaselineFile.number(row.get(2)), worse);
            compare(cls + " precision (declared spun)", assumed.byClass.get(cls).precision(), BaselineFile.number(row.get(3)), worse);
        }
        List<String> alarms = baseline.get(UNSPUN);
        if (asIs.unspunFalseAlarms > Integer.parseInt(alarms.get(0))) {
            worse.add(asIs.unspunFalseAlarms + " false alarms on the unspun text, baseline " + alarms.get(0));
        }
        if (assumed.unspunFalseAlarms > Integer.parseInt(alarms.get(2))) {
            worse.add(assumed.unspunFalseAlarms + " false alarms on the unspun text declared spun, baseline " + alarms.get(2));
        }
        assertTrue(worse.isEmpty(), "worse than " + BASELINE + " (if intended, rewrite it with -Dunspin.updateBaselines=true): "
                + String.join("; ", worse));
    }

    /** A figure is worse when it fell below its baseline; an undefined one (no edits) is never worse. */
    static void compare(String what, OptionalDouble now, OptionalDouble base, List<String> worse) {
        if (now.isPresent() && base.isPresent() && now.getAsDouble() < base.getAsDouble() - TOLERANCE) {
            worse.add(String.format(Locale.ROOT, "%s %.3f < baseline %.3f", what, now.getAsDouble(), base.getAsDouble()));
        }
    }

    /**
     * The edits that change wording. Quote-style edits (straight to typographic quotes, made in
     * documents that show spin) are counted apart: the simulator swaps words, not quotes.
     */
    static List<Edit> wordingEdits(Restoration restoration, Run run) {
        List<Edit> wording = new ArrayList<>();
        for (Edit edit : restoration.edits()) {
            if (edit.kind().equals("typography")) {
                run.quoteStyle++;
            } else {
                wording.add(edit);
            }
        }
        return wording;
    }

    /** Judges the engine's edits of one spun document against its swaps. */
    static void judge(SpinnerSimulator.SpunText spun, Restoration restoration, Run run) {
        Set<Swap> restored = new HashSet<>();
        for (Edit edit : wordingEdits(restoration, run)) {
            List<Swap> touched = spun.swaps().stream().filter(s -> s.start() < edit.end() && edit.start() < s.end()).toList();
            if (touched.isEmpty()) {
                run.elsewhere++;
                run.byClass.get(ALL).edits++;
                continue;
            }
            boolean correct = edit.after().equalsIgnoreCase(originalOf(spun, edit, touched));
            for (String key : List.of(touched.get(0).wordClass().label(), ALL)) {
                Tally t = run.byClass.get(key);
                t.edits++;
                t.correctEdits += correct ? 1 : 0;
            }
            if (correct) {
                restored.addAll(touched);
            }
        }
        for (Swap s : spun.swaps()) {
            for (String key : List.of(s.wordClass().label(), ALL)) {
                Tally t = run.byClass.get(key);
                t.swaps++;
                t.restored += restored.contains(s) ? 1 : 0;
            }
        }
    }

    /** What the original says where the edit is; null when the edit cuts a swapped word (never right). */
    static String originalOf(SpinnerSimulator.SpunText spun, Edit edit, List<Swap> touched) {
        StringBuilder b = new StringBuilder();
        int at = edit.start();
        for (Swap s : touched) {
            if (s.start() < edit.start() || s.end() > edit.end()) {
                return null;
            }
            b.append(spun.spun(), at, s.start()).append(s.original());
            at = s.end();
        }
        return b.append(spun.spun(), at, edit.end()).toString();
    }

    static String table(int documents, int words, Run asIs, Run assumed) {
        StringBuilder b = new StringBuilder(String.format(Locale.ROOT,
                "synthetic spin: %d clean documents, %d words, WordNet spinner rate %.2f seed %d; default engine as it is | document declared spun%n",
                documents, words, RATE, SEED));
        String format = "%-10s %6s | %8s %6s %6s %6s | %8s %6s %6s %6s%n";
        b.append(String.format(Locale.ROOT, format, "class", "swaps", "restored", "recall", "edits", "prec",
                "restored", "recall", "edits", "prec"));
        for (String cls : asIs.byClass.keySet()) {
            Tally a = asIs.byClass.get(cls);
            Tally d = assumed.byClass.get(cls);
            b.append(String.format(Locale.ROOT, format, cls, a.swaps, a.restored, BaselineFile.format(a.recall(), 3), a.edits,
                    BaselineFile.format(a.precision(), 3), d.restored, BaselineFile.format(d.recall(), 3), d.edits,
                    BaselineFile.format(d.precision(), 3)));
        }
        b.append(String.format(Locale.ROOT, "edits touching no swap: %d | %d; false alarms on the same text unspun: %d | %d; "
                        + "quote-style edits (not judged): %d | %d%n",
                asIs.elsewhere, assumed.elsewhere, asIs.unspunFalseAlarms, assumed.unspunFalseAlarms, asIs.quoteStyle, assumed.quoteStyle));
        return b.toString();
    }

    static void writeBaseline(Run asIs, Run assumed) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        for (String cls : asIs.byClass.keySet()) {
            Tally a = asIs.byClass.get(cls);
            Tally d = assumed.byClass.get(cls);
            rows.add(List.of(cls, BaselineFile.format(a.recall(), 4), BaselineFile.format(a.precision(), 4),
                    BaselineFile.format(d.recall(), 4), BaselineFile.format(d.precision(), 4)));
        }
        rows.add(List.of(UNSPUN, Integer.toString(asIs.unspunFalseAlarms), "-", Integer.toString(assumed.unspunFalseAlarms), "-"));
        BaselineFile.write(BASELINE, "SyntheticSpinTest: recall and edit precision per word class (n/a: no edits), as it is and\n"
                        + "with the document declared spun; last row: false alarms on the unspun text. Rewrite with\n"
                        + "mvn test -Dtest=SyntheticSpinTest -Dunspin.updateBaselines=true",
                "class\trecall\tprecision\trecall_declared_spun\tprecision_declared_spun", rows);
    }
}
