package org.unspin.robust;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.unspin.Restoration;
import org.unspin.RestoreOptions;
import org.unspin.TestEngines;
import org.unspin.TestTexts;
import org.unspin.decide.RuleBase;
import org.unspin.decide.RuleCompileException;
import org.unspin.decide.RuleFaultException;
import org.unspin.decide.RuleProblem;
import org.unspin.io.DataFiles;
import org.unspin.lexicon.Lexicon;
import org.unspin.lexicon.LexiconEntry;
import org.unspin.lexicon.LexiconParser;
import org.unspin.lexicon.LexiconProblem;
import org.unspin.tokenize.PhraseKeys;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Fuzz tests (Jazzer). A plain {@code mvn test} runs each on its seeds under
 * src/test/resources/org/unspin/robust/EngineFuzzTestInputs/METHOD/; with {@code JAZZER_FUZZ=1}
 * Jazzer mutates them for {@link #FUZZ_TIME} (README.md, "Fuzzing"). The invariants: the engine
 * answers every text loss-free; the loaders load a file or report each fault at file:line, and never
 * fail otherwise.
 */
class EngineFuzzTest {

    /** How long one fuzz test runs under JAZZER_FUZZ=1. */
    static final String FUZZ_TIME = "10m";

    private static final String PROBE = "Head of state Joe Biden met the Federal Reservoir after the killing try. "
            + "Little hats rallied, depending on to \"traders\" at the Stock market (NYSE).";

    /** Any bytes, read as a scraped file is (bad UTF-8 becomes U+FFFD). */
    @FuzzTest(maxDuration = FUZZ_TIME)
    void restoreKeepsEveryCharacterOutsideItsEdits(byte[] input) {
        String text = new String(input, StandardCharsets.UTF_8);
        boolean assumeSpun = input.length > 0 && (input[0] & 1) == 1;
        Restoration r = TestEngines.defaults().restore(text, new RestoreOptions(assumeSpun));
        assertEquals(text, r.input());
        TestTexts.assertEditsReproduceText(r);
    }

    /** Any bytes as a lexicon file: problems name the file and a line of it; what loads restores loss-free. */
    @FuzzTest(maxDuration = FUZZ_TIME)
    void lexiconFileLoadsOrIsReportedLineByLine(byte[] input) {
        LexiconParser.Collector collector = new LexiconParser(PhraseKeys::words).collector();
        collector.add("lexicon/fuzz.tsv", input);
        Lexicon lexicon = collector.build();
        long lines = new String(input, StandardCharsets.ISO_8859_1).split("\r\n|\r|\n", -1).length;
        for (LexiconProblem p : lexicon.problems()) {
            assertEquals("lexicon/fuzz.tsv", p.where().file(), p.toString());
            assertTrue(p.where().line() >= 1 && p.where().line() <= lines, p + " (file has " + lines + " lines)");
        }
        Function<String, Restoration> restore = TestEngines.withLexicon(lexicon);
        StringBuilder text = new StringBuilder(PROBE);
        for (LexiconEntry e : lexicon.entries()) {
            text.append(' ').append(e.spun());
        }
        TestTexts.assertEditsReproduceText(restore.apply(text.toString()));
    }

    /**
     * Any bytes as one more rule file next to the bundled ones: it compiles, or every problem
     * names a file; a compiled rule may fault on a document, but only as a {@link RuleFaultException}.
     */
    @FuzzTest(maxDuration = FUZZ_TIME)
    void ruleFileCompilesOrIsReported(byte[] input) {
        List<DataFiles.DataFile> files = new ArrayList<>(DataFiles.fromDirectory(Path.of("rules"), ".drl"));
        files.add(new DataFiles.DataFile("rules/zz-fuzz.drl", input));
        RuleBase rules;
        try {
            rules = RuleBase.compile(files);
        } catch (RuleCompileException e) {
            assertTrue(!e.problems().isEmpty(), "a compile error without problems");
            for (RuleProblem p : e.problems()) {
                assertTrue(p.file().startsWith("rules"), p.toString());
                assertTrue(p.line() >= 0 && !p.message().isBlank(), p.toString());
            }
            return;
        }
        try {
            TestTexts.assertEditsReproduceText(TestEngines.withRules(rules).apply(PROBE));
        } catch (RuleFaultException expected) {
            assertTrue(expected.getMessage().startsWith("rule '"), expected.getMessage());
        }
    }
}
