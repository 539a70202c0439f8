package org.unspin.decide;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unspin.TestEngines;
import org.unspin.Unspinner;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RuleBaseTest {

    static void copyRules(Path to) throws IOException {
        try (Stream<Path> files = Files.list(Path.of("rules"))) {
            for (Path f : files.toList()) {
                Files.copy(f, to.resolve(f.getFileName()));
            }
        }
    }

    @Test
    void bundledRulesCompileIntoTheKnownPhases() {
        RuleBase rules = RuleBase.compile(Path.of("rules"));
        assertTrue(rules.rules().size() >= 10, "rules: " + rules.rules());
        for (RuleBase.RuleInfo r : rules.rules()) {
            assertTrue(Decider.PHASES.contains(r.agendaGroup()) || r.agendaGroup().equals("MAIN"), r.toString());
            assertTrue(r.file().startsWith("rules/"), r.toString());
        }
    }

    @Test
    void syntaxErrorsNameFileAndLine(@TempDir Path dir) throws IOException {
        copyRules(dir);
        Files.writeString(dir.resolve("broken.drl"), "package org.unspin.rules;\n\nrule \"broken\"\nwhen\n    Candidate( status == \nthen\nend\n");
        RuleCompileException e = assertThrows(RuleCompileException.class, () -> RuleBase.compile(dir));
        assertTrue(e.problems().stream().anyMatch(p -> p.file().endsWith("broken.drl") && p.line() >= 5), e.getMessage());
    }

    @Test
    void aRuleThatNeverStopsIsCutOffAndNamed(@TempDir Path dir) throws IOException {
        copyRules(dir);
        Files.writeString(dir.resolve("loop.drl"), "package org.unspin.rules;\n"
                + "import org.unspin.decide.facts.Candidate;\n"
                + "rule \"loops forever\"\n    agenda-group \"decide\"\n    salience 500\nwhen\n    $c : Candidate() @watch( * )\nthen\n"
                + "    modify( $c ) { setStrong( true ) }\nend\n");
        Unspinner engine = Unspinner.builder().rules(dir).build();
        RuleFaultException e = assertThrows(RuleFaultException.class, () -> engine.restore("The Federal Reservoir met."));
        assertEquals("loops forever", e.rule());
        assertTrue(e.getMessage().contains("still firing"), e.getMessage());
        // the shared default engine is untouched and keeps working
        assertEquals("The Federal Reserve met.", TestEngines.defaults().restore("The Federal Reservoir met.").text());
    }

    @Test
    void aRuleThatThrowsIsReportedWithItsNameAndPosition(@TempDir Path dir) throws IOException {
        copyRules(dir);
        Files.writeString(dir.resolve("throws.drl"), "package org.unspin.rules;\n"
                + "import org.unspin.decide.facts.Candidate;\n"
                + "rule \"throws\"\n    agenda-group \"decide\"\n    salience 500\nwhen\n    $c : Candidate()\nthen\n"
                + "    throw new IllegalStateException(\"boom\");\nend\n");
        Unspinner engine = Unspinner.builder().rules(dir).build();
        RuleFaultException e = assertThrows(RuleFaultException.class, () -> engine.restore("Hello. The Federal Reservoir met."));
        assertEquals("throws", e.rule());
        assertEquals(11, e.offset());
        assertTrue(e.getMessage().contains("boom"), e.getMessage());
        assertEquals("Nothing to do.", engine.restore("Nothing to do.").text());
    }
}
