package org.unspin.corpus;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.unspin.Edit;
import org.unspin.Restoration;
import org.unspin.TestEngines;
import org.unspin.Unspinner;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Precision on clean English of many registers ({@link GeneralEnglishCorpus}, about 124,000 words),
 * beside the gloss corpus of {@link CleanCorpusRegressionTest}: as it is, every edit is a false
 * alarm; declared spun, every changed token is. Both held at the committed baseline
 * (src/test/resources/baselines/general-english.properties).
 */
class GeneralEnglishRegressionTest {

    private static List<String> docs;
    private static int words;

    @BeforeAll
    static void load() {
        docs = GeneralEnglishCorpus.documents();
        words = docs.stream().mapToInt(CleanCorpus::countWords).sum();
    }

    static Properties baseline() throws IOException {
        return CorpusBaselines.read("general-english.properties");
    }

    @Test
    void falseAlarmsStayAtOrBelowTheBaseline() throws IOException {
        Unspinner engine = TestEngines.defaults();
        List<String> alarms = new ArrayList<>();
        int spunDocs = 0;
        for (String doc : docs) {
            Restoration r = engine.restore(doc);
            spunDocs += r.documentSpun() ? 1 : 0;
            for (Edit e : r.edits()) {
                alarms.add("'" + e.before() + "' -> '" + e.after() + "' by " + e.rule() + " near '"
                        + doc.substring(Math.max(0, e.start() - 30), Math.min(doc.length(), e.end() + 20)) + "'");
            }
        }
        System.out.printf(Locale.ROOT, "general English: %d documents, %d words, %d judged spun, %d false alarms (%.3f per 1,000 words)%n",
                docs.size(), words, spunDocs, alarms.size(), alarms.size() * 1000.0 / words);
        assertTrue(words >= 100_000, "the corpus must hold at least 100,000 words, has " + words);
        int allowed = Integer.parseInt(baseline().getProperty("falseAlarms").trim());
        assertTrue(alarms.size() <= allowed, alarms.size() + " false alarms, baseline allows " + allowed + ": " + alarms);
        int allowedSpun = Integer.parseInt(baseline().getProperty("documentsJudgedSpun").trim());
        assertTrue(spunDocs <= allowedSpun, spunDocs + " documents judged spun, baseline allows " + allowedSpun);
    }

    /** Fluency evidence grows with the document (rules/thesaurus.drl, wordsPerFluencyHit): no clean article of 1,000 words reaches it. */
    @Test
    void noLongCleanArticleIsJudgedSpun() {
        Unspinner engine = TestEngines.defaults();
        List<String> articles = GeneralEnglishCorpus.documents(1_000);
        long spun = articles.stream().filter(a -> engine.restore(a).documentSpun()).count();
        System.out.printf(Locale.ROOT, "general English in %d articles of about 1,000 words: %d judged spun%n", articles.size(), spun);
        assertTrue(spun == 0, spun + " clean articles judged spun");
    }

    @Test
    void declaredSpunChangesStayAtOrBelowTheBaseline() throws IOException {
        DeclaredSpunRun run = DeclaredSpunRun.of(TestEngines.defaults(), docs);
        Map<String, Integer> bySource = run.count(e -> e.source() != null ? e.source() : e.kind());
        double per1000 = run.changedPer1000();
        System.out.printf(Locale.ROOT, "general English declared spun: %d words, %d tokens changed (%.2f per 1,000 words), edits by source %s%n",
                run.words(), run.changed(), per1000, bySource);
        double allowed = Double.parseDouble(baseline().getProperty("declaredSpunChangedPer1000").trim());
        assertTrue(per1000 <= allowed + 0.05, String.format(Locale.ROOT,
                "%.2f changed tokens per 1,000 words declared spun, baseline allows %.2f: %s", per1000, allowed, bySource));
    }
}
