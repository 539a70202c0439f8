package org.unspin.robust;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.unspin.Edit;
import org.unspin.Restoration;
import org.unspin.TestEngines;
import org.unspin.TestTexts;
import org.unspin.Unspinner;
import org.unspin.decide.RuleBase;
import org.unspin.lexicon.LexiconEntry;
import org.unspin.lexicon.Lexicon;
import org.unspin.lexicon.LexiconLoader;
import org.unspin.tokenize.PhraseKeys;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Lexicon text never becomes rule code (guards are facts), so quotes, backslashes, {@code $},
 * {@code #} and rule keywords in an entry are plain text: they load, restore literally, and the
 * rule base stays the bundled one.
 */
class LexiconInjectionTest {

    @TempDir
    static Path root;
    private static Unspinner engine;

    /** Each hostile original is reached from a harmless spun word, and each harmless original from a hostile spun phrase. */
    private static final String ENTRIES = String.join("\n",
            "spun\toriginal\tmatch\tcontext\tstrength\tnote",
            "zorblaxa\tSystem.exit(1)\texact\t\tstrong\tJava",
            "zorblaxb\tdrools.halt()\texact\t\tstrong\tDrools API",
            "zorblaxc\trule \"x\" when then end\texact\t\tstrong\ta rule in DRL",
            "zorblaxd\t\"); end rule \"evil\" when then System.exit(1); //\texact\t\tstrong\tbreaking out of a string",
            "zorblaxe\tback\\slash \\\" \\n \\u0041\texact\t\tstrong\tescapes",
            "zorblaxf\t$c : Candidate() ${x} $1 \\$\texact\t\tstrong\tbindings and replacement groups",
            "zorblaxg\t#1 pick # not a comment\texact\t\tstrong\thash",
            "zorblaxh\tend\texact\t\tstrong\tkeyword",
            "exit(1); halt()\tquit one\texact\t\tstrong",
            "drools halt()\tstop two\texact\t\tstrong",
            "rule \"x\" when then\trule three\texact\t\tstrong",
            "costs $ more\tcosts four\texact\t\tstrong",
            "back \\ slash\tslash five\texact\t\tstrong",
            "hash # tag\ttag six\texact\t\tstrong",
            "then end\tend seven\texact\tnear:@hostile\tstrong",
            "");

    /** A class whose name and words are DRL, used by the last entry's guard. */
    private static final String CLASSES = "class\twords\n@hostile\tend|\"|drools.halt|$x|#\n";

    @BeforeAll
    static void buildEngineWithHostileLexicon() throws IOException {
        Path lexicon = DataFolders.copyLexicon(root);
        Files.writeString(lexicon.resolve("hostile.tsv"), ENTRIES);
        Files.writeString(lexicon.resolve("hostile-classes.tsv"), CLASSES);
        engine = Unspinner.builder().lexicon(lexicon).build();
    }

    @Test
    void everyHostileEntryLoadsWithItsTextIntact() {
        List<LexiconEntry> hostile = engine.lexicon().entries().stream().filter(e -> e.source().file().endsWith("hostile.tsv")).toList();
        assertEquals(15, hostile.size(), hostile.toString());
        assertTrue(hostile.stream().anyMatch(e -> e.original().equals("\"); end rule \"evil\" when then System.exit(1); //")));
        assertTrue(hostile.stream().anyMatch(e -> e.original().equals("back\\slash \\\" \\n \\u0041")));
        assertTrue(engine.lexicon().problems().stream().noneMatch(p -> p.where().file().contains("hostile")),
                engine.lexicon().problems().toString());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "Call zorblaxa now.|Call System.exit(1) now.",
            "Call zorblaxb now.|Call drools.halt() now.",
            "Call zorblaxc now.|`Call rule \"x\" when then end now.`",
            "Call zorblaxd now.|`Call \"); end rule \"evil\" when then System.exit(1); // now.`",
            "Call zorblaxe now.|`Call back\\slash \\\" \\n \\u0041 now.`",
            "Call zorblaxf now.|`Call $c : Candidate() ${x} $1 \\$ now.`",
            "Call zorblaxg now.|Call #1 pick # not a comment now.",
            "Call zorblaxh now.|Call end now.",
            "Call exit(1); halt() now.|Call quit one now.",
            "Call drools halt() now.|Call stop two now.",
            "`Call rule \"x\" when then now.`|Call rule three now.",
            "It costs $ more now.|It costs four now.",
            "`A back \\ slash now.`|A slash five now.",
            "A hash # tag now.|A tag six now.",
            "`Said \"yes\" then end now.`|`Said \"yes\" end seven now.`"})
    void hostileTextRestoresLiterally(String spun, String expected) {
        Restoration r = engine.restore(spun);
        assertEquals(expected, r.text());
        TestTexts.assertEditsReproduceText(r);
        Edit edit = r.edits().stream().filter(e -> e.stage().equals(Edit.STAGE_RESTORE)).findFirst().orElseThrow();
        assertTrue(edit.source().startsWith("lexicon/hostile.tsv:"), edit.toString());
    }

    /** A phrase with a sentence end inside could never match: it is left out with a warning at its line. */
    @Test
    void aSpunPhraseAcrossASentenceEndIsLeftOutWithAWarning(@TempDir Path dir) throws IOException {
        Path lexicon = Files.createDirectory(dir.resolve("lexicon"));
        Files.writeString(lexicon.resolve("calls.tsv"), "spun\toriginal\nSystem.exit(1)\tquit\ndrools.halt()\tstop\n");
        Lexicon loaded = new LexiconLoader(PhraseKeys::words).load(lexicon);
        assertEquals(List.of(
                "lexicon/calls.tsv:2: warning: spun side 'System.exit(1)' has a sentence end inside ('.'): it can never match",
                "lexicon/calls.tsv:3: warning: spun side 'drools.halt()' has a sentence end inside ('.'): it can never match"),
                loaded.problems().stream().map(Object::toString).toList());
        assertEquals(List.of(), loaded.entries());
    }

    @Test
    void theRuleBaseIsTheBundledOne() {
        List<String> bundled = TestEngines.defaults().rules().rules().stream().map(RuleBase.RuleInfo::name).sorted().toList();
        assertEquals(bundled, engine.rules().rules().stream().map(RuleBase.RuleInfo::name).sorted().toList());
        assertEquals(TestEngines.defaults().restore(TestTexts.referenceSpun()).text(), engine.restore(TestTexts.referenceSpun()).text(),
                "the bundled entries restore as before");
    }
}
