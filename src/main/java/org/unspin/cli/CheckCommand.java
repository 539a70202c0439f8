package org.unspin.cli;

import org.unspin.workflow.Checker;
import org.unspin.workflow.Finding;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.util.concurrent.Callable;

@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Compiles the rules, loads the lexicon, runs every example; prints each problem as file:line: message.")
public final class CheckCommand implements Callable<Integer> {

    @Mixin
    EngineOptions engine;

    @Override
    public Integer call() {
        long started = System.nanoTime();
        Checker.Report report = new Checker().check(engine.rules, engine.lexicon);
        for (Finding f : report.findings()) {
            System.out.println(f);
        }
        long errors = report.findings().stream().filter(Finding::error).count();
        System.out.printf("%d rules, %d lexicon entries, %d examples run: %d errors, %d warnings (%.1f s)%n",
                report.rules(), report.entries(), report.examplesRun(), errors, report.findings().size() - errors,
                (System.nanoTime() - started) / 1e9);
        return errors > 0 ? 1 : 0;
    }
}
