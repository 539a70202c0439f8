package org.unspin.cli;

import org.unspin.workflow.Regression;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "regress", mixinStandardHelpOptions = true,
        description = "Restores every original/spun pair in DIR (NAME.original.txt with NAME.spun.txt, or "
                + "NAME/original.txt with NAME/spun.txt) and compares restored WER and edit F0.5 with the baseline; "
                + "exit 1 when a pair got worse.")
public final class RegressCommand implements Callable<Integer> {

    /** Where the project keeps its regression pairs and their baseline (the tests use them). */
    static final String PROJECT_PAIRS = "src/test/resources/pairs";
    static final String PROJECT_BASELINE = "src/test/resources/baselines/regress.tsv";

    @Mixin
    EngineOptions engine;

    @Parameters(paramLabel = "DIR", description = "Folder of pairs.")
    Path dir;

    @Option(names = "--baseline", paramLabel = "FILE", description = "Baseline TSV (default: DIR/baseline.tsv; the "
            + "project's own: " + PROJECT_BASELINE + " for " + PROJECT_PAIRS + ").")
    Path baseline;

    @Option(names = "--update-baseline", description = "Write the current figures as the new baseline.")
    boolean update;

    @Override
    public Integer call() {
        if (!Files.isDirectory(dir)) {
            throw new UsageException(dir + ": not a directory");
        }
        Path file = baseline != null ? baseline : dir.resolve("baseline.tsv");
        List<Regression.Comparison> results = new Regression(engine.build()).runAll(dir, Regression.readBaseline(file));
        if (results.isEmpty()) {
            throw new UsageException(dir + ": no original/spun pairs found");
        }
        System.out.print(Regression.table(results));
        if (!Files.exists(file) && !update) {
            System.err.println("unspin: no baseline at " + file + ", so nothing to compare with; --update-baseline writes one"
                    + " (the project's own pairs are in " + PROJECT_PAIRS + ", their baseline in " + PROJECT_BASELINE + ")");
        }
        if (update) {
            Regression.writeBaseline(file, results);
            System.out.println("baseline written to " + file);
            return 0;
        }
        return results.stream().anyMatch(Regression.Comparison::worse) ? 1 : 0;
    }
}
