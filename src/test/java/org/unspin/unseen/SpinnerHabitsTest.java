package org.unspin.unseen;

import org.junit.jupiter.api.Test;
import org.unspin.Restoration;
import org.unspin.TestEngines;
import org.unspin.Unspinner;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Spinner habits on subjects and registers no lexicon row was written from (health, sport,
 * cooking, law, schools, travel, technology, science, weather, business, history, gardening,
 * music, housing): each spun sentence, placed after a sentence that shows spin, should come back
 * as its original; the original and a clean sentence that uses the spun word as people write it
 * must come out unchanged. Recall is held at its baseline, wrong restorations at theirs, and
 * clean sentences are never touched.
 */
class SpinnerHabitsTest {

    static final Path BASELINE = Path.of("src/test/resources/baselines/spinner-habits.tsv");
    private static final String SPUN_LEAD = "The Federal Reservoir chair said the killing try failed. ";
    private static final String RESTORED_LEAD = "The Federal Reserve chair said the assassination attempt failed. ";

    record Row(String subject, String spun, String original, String clean) { }

    static List<Row> rows() throws IOException {
        List<Row> rows = new ArrayList<>();
        try (InputStream in = SpinnerHabitsTest.class.getResourceAsStream("/unseen/spinner-habits.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                rows.add(new Row(f[0], f[1], f[2], f[3]));
            }
        }
        return rows;
    }

    @Test
    void spinnerHabitsAreRestoredAndCleanSentencesLeftAlone() throws IOException {
        Unspinner engine = TestEngines.defaults();
        List<Row> rows = rows();
        int restored = 0;
        List<String> wrong = new ArrayList<>();
        List<String> damaged = new ArrayList<>();
        for (Row row : rows) {
            Restoration r = engine.restore(SPUN_LEAD + row.spun());
            assertTrue(r.text().startsWith(RESTORED_LEAD), r.text());
            String sentence = r.text().substring(RESTORED_LEAD.length());
            if (sentence.equals(row.original())) {
                restored++;
            } else if (!sentence.equals(row.spun())) {
                wrong.add(row.spun() + " -> " + sentence);
            }
            for (String clean : List.of(row.original(), row.clean())) {
                String out = engine.restore(clean).text();
                if (!out.equals(clean)) {
                    damaged.add(clean + " -> " + out);
                }
            }
        }
        System.out.printf("spinner habits: %d of %d spun sentences restored, %d wrongly edited; %d clean sentences, %d changed%n",
                restored, rows.size(), wrong.size(), 2 * rows.size(), damaged.size());
        wrong.forEach(w -> System.out.println("  wrongly edited: " + w));
        assertEquals(List.of(), damaged, "clean sentences must come out unchanged");
        if (BaselineFile.updating()) {
            BaselineFile.write(BASELINE, "SpinnerHabitsTest: spun sentences restored, and wrongly edited, of src/test/resources/unseen/spinner-habits.tsv\n"
                    + "mvn test -Dtest=SpinnerHabitsTest -Dunspin.updateBaselines=true", "figure\tvalue",
                    List.of(List.of("restored", Integer.toString(restored)), List.of("wrong", Integer.toString(wrong.size()))));
            return;
        }
        Map<String, List<String>> baseline = BaselineFile.read(BASELINE);
        int minRestored = Integer.parseInt(baseline.get("restored").get(0));
        int maxWrong = Integer.parseInt(baseline.get("wrong").get(0));
        assertTrue(restored >= minRestored, restored + " restored, baseline " + minRestored);
        assertTrue(wrong.size() <= maxWrong, wrong.size() + " wrongly edited, baseline " + maxWrong + ": " + wrong);
    }
}
