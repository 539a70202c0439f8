package org.unspin.cli;

import org.unspin.workflow.SpinnerSimulator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "simulate", mixinStandardHelpOptions = true,
        description = {"Spins clean text the way a cheap word spinner does: a share of the content",
                "words swapped for thesaurus neighbours, inflection and capitalization kept,",
                "every swap recorded. Writes the spun text to standard output, or with",
                "--pair DIR the pair regress reads plus its swaps (NAME.swaps.tsv)."})
public final class SimulateCommand implements Callable<Integer> {

    @Option(names = "--rate", paramLabel = "R", defaultValue = "0.3",
            description = "Share of swappable content words to swap, 0..1 (default: ${DEFAULT-VALUE}).")
    double rate;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "1", description = "Seed of the random choices (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--thesaurus", paramLabel = "NAME", defaultValue = "wordnet",
            description = "Where the spinner takes its words: wordnet (default).")
    String thesaurus;

    @Option(names = "--swaps", paramLabel = "FILE", description = "Write the swaps as TSV to FILE.")
    Path swaps;

    @Option(names = "--pair", paramLabel = "DIR",
            description = "Write NAME.original.txt, NAME.spun.txt and NAME.swaps.tsv to DIR (NAME: the input file's name).")
    Path pairDir;

    @Parameters(paramLabel = "FILE", defaultValue = "-", description = "Clean text, or - for standard input (default).")
    String file;

    @Override
    public Integer call() throws Exception {
        if (!(rate >= 0 && rate <= 1)) {
            throw new UsageException("--rate must be between 0 and 1, is " + rate);
        }
        if (!thesaurus.equals("wordnet")) {
            throw new UsageException("unknown thesaurus '" + thesaurus + "' (known: wordnet)");
        }
        String text = InputFiles.read(file);
        SpinnerSimulator.SpunText result = SpinnerSimulator.withWordNet(rate, seed).spin(text);
        if (swaps != null) {
            Files.writeString(swaps, result.swapsTsv(), StandardCharsets.UTF_8);
        }
        if (pairDir != null) {
            String name = file.equals("-") ? "stdin" : stem(Path.of(file).getFileName().toString());
            Files.createDirectories(pairDir);
            Files.writeString(pairDir.resolve(name + ".original.txt"), text, StandardCharsets.UTF_8);
            Files.writeString(pairDir.resolve(name + ".spun.txt"), result.spun(), StandardCharsets.UTF_8);
            Files.writeString(pairDir.resolve(name + ".swaps.tsv"), result.swapsTsv(), StandardCharsets.UTF_8);
            System.err.printf("%d swaps; pair %s written to %s%n", result.swaps().size(), name, pairDir);
        } else {
            System.out.print(result.spun());
        }
        return 0;
    }

    private static String stem(String fileName) {
        int dot = fileName.lastIndexOf('.');
        String stem = dot > 0 ? fileName.substring(0, dot) : fileName;
        return stem.endsWith(".original") ? stem.substring(0, stem.length() - ".original".length()) : stem;
    }
}
