package org.unspin.cli;

import org.unspin.workflow.ScorerTraining;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "train-scorer", mixinStandardHelpOptions = true,
        description = {"Retrains the learned scorer of thesaurus options on synthetic spin (WordNet",
                "glosses the clean corpus does not use, spun by simulated spinners) and prints the",
                "held-out precision and recall on standard error. Writes the weights to --out, or",
                "to standard output. The bundled file is",
                "src/main/resources/unspin/data/learned/thesaurus-scorer.tsv. With --lm, --rules or",
                "--lexicon it learns from the options and evidence of that engine."})
public final class TrainScorerCommand implements Callable<Integer> {

    @Mixin
    EngineOptions engine;

    @Option(names = "--words", paramLabel = "N", defaultValue = "150000",
            description = "Words of glosses to spin and learn from (default: ${DEFAULT-VALUE}).")
    int words;

    @Option(names = "--rate", paramLabel = "R", defaultValue = "0.3",
            description = "Share of swappable content words the simulated spinners swap (default: ${DEFAULT-VALUE}).")
    double rate;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "1", description = "Seed of the spinners (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--out", paramLabel = "FILE", description = "Write the weights to FILE.")
    Path out;

    @Override
    public Integer call() throws Exception {
        if (!(rate > 0 && rate <= 1)) {
            throw new UsageException("--rate must be above 0 and at most 1, is " + rate);
        }
        if (words < 1000) {
            throw new UsageException("--words must be at least 1000, is " + words);
        }
        ScorerTraining.Result result = new ScorerTraining(engine.build(), engine.arguments()).train(words, rate, seed);
        System.err.print(result.report());
        String file = result.weightsFile();
        if (out == null) {
            System.out.print(file);
        } else {
            Files.writeString(out, file, StandardCharsets.UTF_8);
            System.err.println("weights written to " + out);
        }
        return 0;
    }
}
