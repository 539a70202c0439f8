package org.unspin.workflow;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unspin.LexiconExamplesTest;
import org.unspin.Unspinner;
import org.unspin.cli.CliRun;
import org.unspin.decide.RuleBase;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A linguist's edits: new entries and rules take effect from copied folders, and check catches mistakes. */
class LinguistWorkflowTest {

    static void copy(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(from)) {
            for (Path f : files.toList()) {
                Files.copy(f, to.resolve(f.getFileName()));
            }
        }
    }

    @Test
    void newEntryAndRuleTakeEffectWithoutRebuilding(@TempDir Path dir) throws IOException {
        Path rules = dir.resolve("rules");
        Path lexicon = dir.resolve("lexicon");
        copy(Path.of("rules"), rules);
        copy(Path.of("lexicon"), lexicon);
        Path input = dir.resolve("in.txt");
        Files.writeString(input, "The quarterly gross revenue grew as the Federal Reservoir met.");

        CliRun before = CliRun.of("restore", "--rules", rules.toString(), "--lexicon", lexicon.toString(), input.toString());
        assertEquals("The quarterly gross revenue grew as the Federal Reserve met.\n", before.out());

        Files.writeString(lexicon.resolve("mine.tsv"), "spun\toriginal\tmatch\tstrength\nquarterly gross revenue\tquarterly sales\texact\tstrong\n");
        CliRun withEntry = CliRun.of("restore", "--rules", rules.toString(), "--lexicon", lexicon.toString(), input.toString());
        assertEquals("The quarterly sales grew as the Federal Reserve met.\n", withEntry.out());

        // a rule that vetoes restorations inside a sentence mentioning "revenue"
        Files.writeString(rules.resolve("veto.drl"), String.join("\n",
                "package org.unspin.rules;",
                "import org.unspin.decide.facts.Candidate;",
                "import org.unspin.decide.facts.Status;",
                "rule \"veto: nothing in the revenue sentence\"",
                "    @example(\"The quarterly gross revenue grew as the Federal Reservoir met. => The quarterly gross revenue grew as the Federal Reserve met.\")",
                "    @clean(\"Gross revenue grew.\")",
                "    agenda-group \"conflicts\"",
                "    salience -100",
                "when",
                "    $c : Candidate( status == Status.ACCEPTED, text == \"quarterly gross revenue\" )",
                "then",
                "    modify( $c ) { reject( drools.getRule().getName(), \"vetoed\" ) }",
                "end", ""));
        CliRun withRule = CliRun.of("restore", "--rules", rules.toString(), "--lexicon", lexicon.toString(), input.toString());
        assertEquals("The quarterly gross revenue grew as the Federal Reserve met.\n", withRule.out());
        assertEquals(0, CliRun.of("check", "--rules", rules.toString(), "--lexicon", lexicon.toString()).exit());
    }

    @Test
    void checkNamesFileAndLineOfASyntaxError(@TempDir Path dir) throws IOException {
        Path rules = dir.resolve("rules");
        copy(Path.of("rules"), rules);
        Files.writeString(rules.resolve("guards.drl"), Files.readString(rules.resolve("guards.drl"))
                .replace("$r : Requirement( position == \"next\"", "$r : Requirement( position === \"next\""));
        CliRun run = CliRun.of("check", "--rules", rules.toString());
        assertEquals(1, run.exit());
        assertTrue(run.out().lines().anyMatch(l -> l.matches("rules/guards\\.drl:\\d+: .*")), run.out());
    }

    @Test
    void checkReportsLexiconMistakesWithFileAndLine(@TempDir Path dir) throws IOException {
        Path lexicon = dir.resolve("lexicon");
        copy(Path.of("lexicon"), lexicon);
        Files.writeString(lexicon.resolve("bad.tsv"), "spun\toriginal\tcontext\n"
                + "federal reservoir\tFederal Reserve\n"
                + "dusk\tdusk\n"
                + "murky\tdark\tnext:of !next:of\n"
                + "gloomy\tdark\tnear:@nosuch\n");
        CliRun run = CliRun.of("check", "--lexicon", lexicon.toString());
        assertEquals(1, run.exit());
        assertTrue(run.out().contains("lexicon/bad.tsv:3: both sides are 'dusk'"), run.out());
        assertTrue(run.out().contains("lexicon/bad.tsv:4: can never fire: 'next:of' and '!next:of' cannot both hold"), run.out());
        assertTrue(run.out().contains("lexicon/bad.tsv:5: context names class @nosuch"), run.out());
    }

    @Test
    void checkSaysWhichHandWrittenRowsLackAnExampleOrACleanSentence(@TempDir Path dir) throws IOException {
        Path lexicon = dir.resolve("lexicon");
        copy(Path.of("lexicon"), lexicon);
        Files.writeString(lexicon.resolve("mine.tsv"), "spun\toriginal\tmatch\tstrength\texample\tclean\n"
                + "quarterly gross revenue\tquarterly sales\texact\tstrong\n"
                + "gross turnover\tgross sales\texact\tstrong\t\tGross sales rose.\n");
        CliRun run = CliRun.of("check", "--lexicon", lexicon.toString());
        assertEquals(0, run.exit(), "a warning: " + run.out());
        assertTrue(run.out().contains("lexicon/mine.tsv:2: warning: quarterly gross revenue -> quarterly sales has no example"),
                run.out());
        assertTrue(run.out().contains("lexicon/mine.tsv:2: warning: quarterly gross revenue -> quarterly sales has no clean sentence"),
                run.out());
        assertTrue(run.out().contains("lexicon/mine.tsv:3: warning: gross turnover -> gross sales has no example"), run.out());
        assertTrue(run.out().lines().noneMatch(l -> l.startsWith("lexicon/mine.tsv:3:") && l.contains("no clean sentence")), run.out());
        assertTrue(run.out().lines().noneMatch(l -> l.startsWith("lexicon/science.tsv:") && l.contains(" has no ")),
                "generated rows need none: " + run.out());
    }

    @Test
    void aRuleWithoutExamplesFailsTheHarness(@TempDir Path dir) throws IOException {
        Path rules = dir.resolve("rules");
        copy(Path.of("rules"), rules);
        Path file = rules.resolve("decisions.drl");
        List<String> lines = Files.readAllLines(file);
        Files.write(file, lines.stream().filter(l -> !l.trim().startsWith("@example") && !l.trim().startsWith("@clean")).toList());
        Unspinner engine = Unspinner.builder().rules(rules).build();
        ExampleChecker checker = new ExampleChecker(engine);
        List<Finding> findings = engine.rules().rules().stream()
                .filter(r -> r.file().endsWith("decisions.drl"))
                .flatMap(r -> checker.checkRule(r).stream()).toList();
        assertTrue(findings.stream().anyMatch(f -> f.message().contains("has no @example")), findings.toString());
        assertTrue(findings.stream().allMatch(f -> f.file().equals("rules/decisions.drl") && f.line() > 0), findings.toString());
    }

    @Test
    void bundledRulesAndLexiconPassTheirOwnCheck() {
        Checker.Report report = new Checker().check(Path.of("rules"), Path.of("lexicon"));
        assertEquals(List.of(), report.findings().stream().filter(Finding::error).toList());
        assertEquals(List.of(), report.findings().stream().filter(f -> f.message().contains(" has no "))
                        .filter(f -> !LexiconExamplesTest.KNOWN_FAILING.containsKey(f.file() + ":" + f.line())).toList(),
                "every hand-written row has an example and a clean sentence, but the known failing ones");
        assertTrue(report.examplesRun() > 50);
        RuleBase.compile(Path.of("rules"));
    }
}
