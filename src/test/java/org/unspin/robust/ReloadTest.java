package org.unspin.robust;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unspin.TestEngines;
import org.unspin.TestTexts;
import org.unspin.Unspinner;
import org.unspin.decide.RuleCompileException;
import org.unspin.lexicon.LexiconException;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@link Unspinner#reload()}: a failed reload keeps the last good rules and lexicon; reloads do not leak. */
class ReloadTest {

    private static final String SPUN = "The Federal Reservoir met after the killing try.";
    private static final String RESTORED = "The Federal Reserve met after the assassination attempt.";

    @Test
    void aFailedReloadKeepsTheLastGoodRulesAndLexicon(@TempDir Path root) throws IOException {
        Path rules = DataFolders.copyRules(root);
        Path lexicon = DataFolders.copyLexicon(root);
        Unspinner engine = Unspinner.builder().rules(rules).lexicon(lexicon).build();
        assertEquals(RESTORED, engine.restore(SPUN).text());

        Path decisions = rules.resolve("decisions.drl");
        String goodRules = Files.readString(decisions);
        Files.writeString(decisions, goodRules.replace("status == Status.PENDING )", "status == )"));
        RuleCompileException badRules = assertThrows(RuleCompileException.class, engine::reload);
        assertTrue(badRules.problems().stream().anyMatch(p -> p.file().equals("rules/decisions.drl") && p.line() > 0),
                badRules.getMessage());
        assertEquals(RESTORED, engine.restore(SPUN).text(), "the old rules stay in service");
        Files.writeString(decisions, goodRules);

        Path finance = lexicon.resolve("finance.tsv");
        String goodLexicon = Files.readString(finance);
        Files.writeString(finance, goodLexicon + "broken row without original\n");
        int brokenLine = (int) goodLexicon.lines().count() + 1;
        LexiconException badLexicon = assertThrows(LexiconException.class, engine::reload);
        assertEquals("lexicon/finance.tsv:" + brokenLine + ": empty 'original' column", badLexicon.getMessage());
        assertEquals(RESTORED, engine.restore(SPUN).text(), "the old lexicon stays in service");

        Files.writeString(finance, goodLexicon + "Federal Puddle\tFederal Reserve\tcase\t\tstrong\n");
        engine.reload();
        assertEquals("The Federal Reserve met.", engine.restore("The Federal Puddle met.").text(), "the fixed files are in service");
        assertEquals(RESTORED, engine.restore(SPUN).text());
    }

    @Test
    void aMissingFolderFailsTheReloadAndKeepsTheEngine(@TempDir Path root) throws IOException {
        Path lexicon = DataFolders.copyLexicon(root);
        Unspinner engine = Unspinner.builder().lexicon(lexicon).build();
        Files.move(lexicon, root.resolve("moved"));
        assertThrows(java.io.UncheckedIOException.class, engine::reload);
        assertEquals(RESTORED, engine.restore(SPUN).text());
    }

    /** Every reload compiles a new rule base; the old ones must become garbage. Loose bound, figures printed. */
    @Test
    void repeatedReloadsDoNotLeak() {
        Unspinner engine = Unspinner.withDefaults();
        String text = TestTexts.referenceSpun();
        String expected = TestEngines.defaults().restore(text).text();
        engine.reload();
        engine.restore(text);
        long before = usedHeapAfterGc();
        int reloads = 30;
        long started = System.nanoTime();
        for (int i = 0; i < reloads; i++) {
            engine.reload();
            assertEquals(expected, engine.restore(text).text());
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        long after = usedHeapAfterGc();
        System.out.printf("%d reloads in %.1f s; used heap after GC: %d MB before, %d MB after (%+d KB)%n",
                reloads, seconds, before >> 20, after >> 20, (after - before) >> 10);
        // a rule base and lexicon kept alive hold about 0.6 MB: 30 kept would add some 19 MB
        assertTrue(after - before < 8L << 20, "used heap grew by " + ((after - before) >> 20) + " MB over " + reloads + " reloads");
    }

    private static long usedHeapAfterGc() {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            System.gc();
            used = Math.min(used, memory.getHeapMemoryUsage().getUsed());
        }
        return used;
    }
}
