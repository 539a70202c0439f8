package org.unspin.workflow;

import org.unspin.Unspinner;
import org.unspin.decide.RuleBase;
import org.unspin.decide.RuleCompileException;
import org.unspin.decide.RuleProblem;
import org.unspin.lexicon.Lexicon;
import org.unspin.lexicon.LexiconLoader;
import org.unspin.lexicon.LexiconProblem;
import org.unspin.tokenize.PhraseKeys;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * What {@code ./unspin check} does: compile the rules, load the lexicon, and when both load, lint
 * the lexicon against the rules and run every example. All problems come back together.
 */
public final class Checker {

    public record Report(List<Finding> findings, int rules, int entries, int examplesRun) {
    }

    /** @param rulesDir null for the bundled rules; @param lexiconDir null for the bundled lexicon */
    public Report check(Path rulesDir, Path lexiconDir) {
        List<Finding> findings = new ArrayList<>();
        RuleBase rules = null;
        try {
            rules = rulesDir == null ? RuleBase.compileBundled() : RuleBase.compile(rulesDir);
        } catch (RuleCompileException e) {
            for (RuleProblem p : e.problems()) {
                findings.add(new Finding(p.file(), p.line(), true, p.message()));
            }
        }
        LexiconLoader loader = new LexiconLoader(PhraseKeys::words);
        Lexicon lexicon = lexiconDir == null ? loader.read(org.unspin.io.DataFiles.fromClasspath(LexiconLoader.BUNDLED, ".tsv"))
                : loader.readDirectory(lexiconDir);
        for (LexiconProblem p : lexicon.problems()) {
            findings.add(new Finding(p.where().file(), p.where().line(), p.isError(), p.message()));
        }
        int examples = 0;
        boolean lexiconOk = lexicon.problems().stream().noneMatch(LexiconProblem::isError);
        if (rules != null) {
            findings.addAll(new LexiconLint(rules, lexicon).check());
            if (lexiconOk) {
                Unspinner.Builder b = Unspinner.builder().lexicon(lexicon).rules(rules);
                if (rulesDir != null) {
                    b.rules(rulesDir);
                }
                if (lexiconDir != null) {
                    b.lexicon(lexiconDir);
                }
                Unspinner engine = b.build();
                findings.addAll(new ExampleChecker(engine).checkAll());
                examples = rules.rules().size() * 2 + lexicon.entries().stream().mapToInt(e -> e.examples().size()).sum();
            }
        }
        findings.sort(Comparator.comparing(Finding::file).thenComparingInt(Finding::line));
        return new Report(List.copyOf(findings), rules == null ? 0 : rules.rules().size(), lexicon.entries().size(), examples);
    }
}
